package org.ogplod.web.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address a request comes from, for rate limits: the socket's peer, unless that peer is a configured trusted
 * proxy, in which case the last address in X-Forwarded-For that is not itself a trusted proxy.
 */
final class ClientAddress {
    private ClientAddress() {
    }

    static String of(HttpServletRequest request, Set<String> trustedProxies) {
        String peer = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop.length() > 64 ? hop.substring(0, 64) : hop;
            }
        }
        return peer;
    }
}
