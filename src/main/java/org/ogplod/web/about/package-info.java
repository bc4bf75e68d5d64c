/**
 * Self-description: the DCAT-AP catalogue, VoID, the SPARQL service description, the sitemap and robots.txt, the
 * JSON-LD context and the link report page; the facts of the published dumps they state.
 */
package org.ogplod.web.about;
