/**
 * Small leaves every other part of the web layer may use: the server's settings and site paths, conditional GET, the
 * release header, the choice of an RDF representation, RDF documents rendered once, HTML escaping, labels, citation
 * facts and the SPARQL files the pages run. Depends on {@code store}, {@code ontology} and the libraries only.
 */
package org.ogplod.web.common;
