package org.ogplod.convert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What one conversion has seen so far: members by slug and by name, commitment ids with where they were first
 * read, and the shared resources (plans, institutions, reports) already emitted, so each is described once.
 */
final class Registry {
    /** A member as later rows refer to it. */
    record Member(String slug, String name, boolean national, String code, String where) {
    }

    private final Map<String, Member> membersBySlug = new HashMap<>();
    private final Map<String, Member> membersByName = new HashMap<>();
    private final Map<String, Member> membersByCode = new HashMap<>();
    private final Map<String, String> commitmentIds = new HashMap<>();
    private final Set<Node> emitted = new HashSet<>();

    /** Registers a member; returns the earlier one with the same slug, or null. */
    Member addMember(Member member) {
        Member earlier = membersBySlug.putIfAbsent(member.slug(), member);
        if (earlier == null) {
            membersByName.putIfAbsent(key(member.name()), member);
            if (!member.code().isEmpty()) {
                membersByCode.putIfAbsent(key(member.code()), member);
            }
        }
        return earlier;
    }

    /** The member a cell names, by slug or by name, in any case; null when unknown. */
    Member member(String slugOrName) {
        Member bySlug = membersBySlug.get(slugOrName);
        return bySlug != null ? bySlug : membersByName.get(key(slugOrName));
    }

    /** The member with this slug, else the one with this OGP code (any case); never by name. Null when unknown. */
    Member memberBySlugOrCode(String slug, String code) {
        Member bySlug = membersBySlug.get(slug);
        return bySlug != null || code.isEmpty() ? bySlug : membersByCode.get(key(code));
    }

    /** Registers a commitment id; returns where it was first seen when it is a duplicate, else null. */
    String addCommitment(String id, String where) {
        return commitmentIds.putIfAbsent(id, where);
    }

    /** True the first time a shared resource is seen: the caller then describes it. */
    boolean firstTime(Node resource) {
        return emitted.add(resource);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
