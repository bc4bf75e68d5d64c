/**
 * The ogp-lod vocabulary and the loaded ontology: term constants, the one place where IRI patterns live,
 * SKOS concept lookup, SHACL validation and re-basing of IRIs. Depends on Jena only; every other package may use it.
 */
package org.ogplod.ontology;
