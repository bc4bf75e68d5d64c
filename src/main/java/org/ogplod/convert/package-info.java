/**
 * Rows in, RDF out: streaming readers for CSV, XLSX and JSON, the column table with its aliases, the mappers that
 * turn records into triples sent to a caller's {@link org.apache.jena.riot.system.StreamRDF}, and the problem
 * report. Depends on {@code ontology} and Jena only; never on {@code store}, {@code web} or {@code cli}.
 */
package org.ogplod.convert;
