/**
 * The one-port server: the embedded Fuseki SPARQL endpoint (query only) and the Javalin site (landing page, Linked
 * Data pages with content negotiation, dumps, catalogue, VoID, search, health and metrics) in one Jetty.
 * Depends on {@code store}, {@code ontology} and the libraries; never on {@code convert} or {@code cli}.
 */
package org.ogplod.web;
