package org.ogplod.web.common;


/** Paths of the site that several parts name: one place to read them, so no part reaches up to the server for one. */
public final class SitePaths {
    /** The SPARQL 1.1 endpoint (and the service description on a GET without a query); also Fuseki's dataset name. */
    public static final String SPARQL = "/sparql";

    private SitePaths() {
    }
}
