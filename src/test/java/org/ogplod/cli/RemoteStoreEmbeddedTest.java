package org.ogplod.cli;

import java.nio.file.Path;

/** The contract over the embedded TDB2 store: the baseline the remote engines must match. */
class RemoteStoreEmbeddedTest extends RemoteStoreContract {
    @Override
    SparqlEngine startEngine(Path work) {
        return null;
    }
}
