/**
 * Linked Data documents: {@code /id} and {@code /doc} (303 redirects, content negotiation, HTML and RDF pages, the
 * page cache) and Triple Pattern Fragments at {@code /fragments}.
 */
package org.ogplod.web.ld;
