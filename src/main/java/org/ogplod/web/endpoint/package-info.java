/**
 * The guard in front of {@code /sparql} and of every other request: body and rate limits per client, the cap on
 * queries running at once, connection limits, security headers, the release each answer reads (and names), the
 * result cache and ETags of query results. The query's own checks are in {@code guard}.
 */
package org.ogplod.web.endpoint;
