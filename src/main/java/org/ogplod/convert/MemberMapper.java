package org.ogplod.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ogp;
import org.ogplod.ontology.Terms;

/** Maps a members row onto the ontology: the member, its codes, its country links and its sources. */
final class MemberMapper {
    private static final Node PUBLIC_ORGANISATION = NodeFactory.createURI("http://data.europa.eu/m8g/PublicOrganisation");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final java.util.Set<String> TYPES = java.util.Set.of("national", "local", "other");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    /** A parent reference, checked once every member is known. */
    record ParentLink(Node member, String parent, String where) {
    }

    private final Registry registry;
    private final Vocabularies vocabularies;
    private final Tally problems;
    private final List<ParentLink> parents = new ArrayList<>();

    MemberMapper(Registry registry, Vocabularies vocabularies, Tally problems) {
        this.registry = registry;
        this.vocabularies = vocabularies;
        this.problems = problems;
    }

    /** Adds the member's triples to {@code out}; returns false when the row has errors and is rejected. */
    boolean map(Record row, TripleBuffer out) {
        long before = problems.errors();
        String slug = row.get(Column.SLUG);
        String name = row.get(Column.NAME);
        String type = row.get(Column.TYPE).toLowerCase(Locale.ROOT);
        if (!identified(row, slug, name, type)) {
            return false;
        }
        Node member = Iris.member(slug);
        describe(member, slug, name, type, out);
        Emitter emit = new Emitter(out, member, row, problems);
        codes(row, emit);
        emit.concept(Column.REGION, Ogp.region, vocabularies.regions());
        emit.year(Column.JOINED, Ogp.yearJoined);
        emit.bool(Column.FOUNDING, Ogp.foundingMember);
        emit.concept(Column.MEMBER_STATUS, Ogp.status, vocabularies.status());
        emit.sources(Column.MEMBER_SOURCE);
        emit.text(Column.MEMBER_NOTES, SKOS.editorialNote.asNode());
        emit.bool(Column.MEMBER_SYNTHETIC, Ogp.synthetic);
        parent(row, member, type);
        return problems.errors() == before;
    }

    /** Whether the member's slug, name and type are valid and the slug is new (registering it); else says why. */
    private boolean identified(Record row, String slug, String name, String type) {
        long before = problems.errors();
        if (!Iris.SLUG.matcher(slug).matches()) {
            problems.accept(row.error(Column.SLUG, slug, "is not a slug (lower-case letters, digits and single hyphens)"));
        }
        if (name.isEmpty()) {
            problems.accept(row.error(Column.NAME, name, "is required"));
        }
        if (!TYPES.contains(type)) {
            problems.accept(row.error(Column.TYPE, type, "must be 'national', 'local' or 'other'"));
        }
        if (problems.errors() > before) {
            return false;
        }
        Registry.Member earlier = registry.addMember(new Registry.Member(slug, name, type.equals("national"),
                row.get(Column.CODE), row.where(Column.SLUG)));
        if (earlier != null) {
            problems.accept(row.error(Column.SLUG, slug, "is a duplicate member slug (first at " + earlier.where() + ")"));
            return false;
        }
        return true;
    }

    /** A local member's parent, linked once every member is known; any other member may not name one. */
    private void parent(Record row, Node member, String type) {
        if (row.has(Column.PARENT) && !type.equals("local")) {
            problems.accept(row.error(Column.PARENT, row.get(Column.PARENT),
                    "is only for local members: a national or other member has no parent member"));
        } else if (row.has(Column.PARENT)) {
            parents.add(new ParentLink(member, row.get(Column.PARENT), row.where(Column.PARENT)));
        }
    }

    /**
     * The triples every member has, whatever the input: its types by level of government ({@code national},
     * {@code local}, or {@code other} for a member that is neither, such as Kosovo in OGP's sheet), name and slug.
     */
    static void describe(Node member, String slug, String name, String type, TripleBuffer out) {
        out.add(member, RDF.type.asNode(), Ogp.Member);
        if (!type.equals("other")) {
            out.add(member, RDF.type.asNode(), type.equals("national") ? Ogp.NationalMember : Ogp.LocalMember);
        }
        out.add(member, RDF.type.asNode(), ORG.Organization.asNode());
        out.add(member, RDF.type.asNode(), PUBLIC_ORGANISATION);
        out.add(member, RDF.type.asNode(), SchemaDO.GovernmentOrganization.asNode());
        out.add(member, RDFS.label.asNode(), Literals.text(name));
        out.add(member, SKOS.prefLabel.asNode(), Literals.text(name));
        out.add(member, DCTerms.identifier.asNode(), Literals.text(slug));
    }

    /** Adds parent links whose target is a known national member; reports the others. */
    void linkParents(TripleBuffer out) {
        for (ParentLink link : parents) {
            Registry.Member parent = registry.member(link.parent());
            if (parent == null || !parent.national()) {
                problems.accept(Problem.error(link.where(), Column.PARENT.canonical(), link.parent(),
                        parent == null ? "is not a member slug" : "is not a national member"));
            } else {
                out.add(link.member(), Ogp.parentMember, Iris.member(parent.slug()));
            }
        }
        parents.clear();
    }

    private void codes(Record row, Emitter emit) {
        emit.text(Column.CODE, Ogp.ogpCode);
        String iso2 = row.get(Column.ISO2);
        String iso3 = row.get(Column.ISO3);
        String qid = row.get(Column.WIKIDATA);
        if (!iso2.isEmpty() && emit.valid(Column.ISO2, ISO2, "is not an ISO 3166-1 alpha-2 code")) {
            emit.add(Ogp.isoAlpha2, Literals.text(iso2));
        }
        if (!iso3.isEmpty() && emit.valid(Column.ISO3, ISO3, "is not an ISO 3166-1 alpha-3 code")) {
            Node country = NodeFactory.createURI(Terms.EU_COUNTRY + iso3);
            emit.add(Ogp.isoAlpha3, Literals.text(iso3));
            emit.add(DCTerms.spatial.asNode(), country);
            emit.add(SKOS.closeMatch.asNode(), country);
        }
        if (!qid.isEmpty() && emit.valid(Column.WIKIDATA, QID, "is not a Wikidata item id (Q followed by digits)")) {
            emit.add(Ogp.wikidataId, Literals.text(qid));
            emit.add(SKOS.closeMatch.asNode(), NodeFactory.createURI(Terms.WIKIDATA + qid));
        }
    }
}
