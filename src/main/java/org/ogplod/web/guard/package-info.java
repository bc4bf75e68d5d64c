/**
 * What a public query may ask for, checked before it runs, and the bounded forms of the built-ins whose cost grows
 * with their input (regular expressions, string building). Depends on Jena (ARQ, Fuseki) only; {@code web} uses it.
 */
package org.ogplod.web.guard;
