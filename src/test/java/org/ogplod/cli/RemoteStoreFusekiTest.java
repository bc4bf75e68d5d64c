package org.ogplod.cli;

import java.nio.file.Path;

/** The contract over a standalone Fuseki ({@code --store sparql:http://HOST/ds}), two web nodes in front of it. */
class RemoteStoreFusekiTest extends RemoteStoreContract {
    @Override
    SparqlEngine startEngine(Path work) throws Exception {
        return SparqlEngine.fuseki(work);
    }
}
