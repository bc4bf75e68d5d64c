/**
 * The one-port server: the embedded Fuseki SPARQL endpoint (query only) and the Javalin site in one Jetty. This
 * package assembles the parts ({@code Server} the Jetty, {@code Site} the routes); each part is a sub-package found
 * by its URLs, and the arrows run one way only:
 * <pre>
 *   web (Server, Site) ──► every sub-package below
 *   endpoint  the guard in front of /sparql: limits, rates, headers, the release answered ──► ops, common
 *   guard     what a query may ask for: checks before it runs, bounded built-ins ──► Jena only
 *   pages     /, /search, /changes, /dumps, /static ──► about, common
 *   about     /catalog, /.well-known/void, /sitemap.xml, /robots.txt, /context.jsonld, /links, the service
 *             description ──► ld, common
 *   ld        /id, /doc, /def, /.well-known/genid, /fragments ──► common
 *   editor    /query and its assets ──► common
 *   ops       /health, /metrics ──► store
 *   common    settings, site paths, conditional GET, representations, HTML, labels, citation, query files
 *             ──► store, ontology
 * </pre>
 * Depends on {@code store}, {@code ontology} and the libraries; never on {@code convert} or {@code cli}.
 */
package org.ogplod.web;
