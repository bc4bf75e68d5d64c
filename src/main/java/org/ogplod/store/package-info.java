/**
 * Where the RDF lives: releases built aside (TDB2 on disk, or in memory for tests), each with its dumps, switched in
 * only once complete. The converter meets the store at the {@link org.apache.jena.riot.system.StreamRDF} of a
 * {@link org.ogplod.store.Staging}; this package never imports {@code convert}. Depends on {@code ontology} and Jena.
 */
package org.ogplod.store;
