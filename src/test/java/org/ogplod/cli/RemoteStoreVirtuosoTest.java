package org.ogplod.cli;

import java.nio.file.Path;

/**
 * The contract over OpenLink Virtuoso 7 ({@code --store sparql:http://HOST/sparql --update-url .../sparql-auth},
 * credentials from the environment), two web nodes in front of it.
 */
class RemoteStoreVirtuosoTest extends RemoteStoreContract {
    @Override
    SparqlEngine startEngine(Path work) throws Exception {
        return SparqlEngine.virtuoso(work);
    }
}
