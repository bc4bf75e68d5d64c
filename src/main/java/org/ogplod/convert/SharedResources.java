package org.ogplod.convert;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Ogp;

/**
 * The resources that many rows share (action plans, institutions, IRM reports): each is described the first time a
 * row names it, whichever input format the row comes from.
 */
final class SharedResources {
    private final Registry registry;
    /** Names repeat on many rows; slugging them (Unicode folding, regexes) once each is a large saving. */
    private final java.util.Map<String, Node> byName = new java.util.HashMap<>();

    SharedResources(Registry registry) {
        this.registry = registry;
    }

    /** The plan of a member for a period given as checked years; described on first sight. */
    Node plan(Registry.Member member, String start, String end, TripleBuffer out) {
        Node plan = Iris.actionPlan(member.slug(), start, end);
        if (registry.firstTime(plan)) {
            out.add(plan, RDF.type.asNode(), Ogp.ActionPlan);
            out.add(plan, RDFS.label.asNode(), Literals.text(member.name() + " action plan " + start + "-" + end));
            out.add(plan, Ogp.member, Iris.member(member.slug()));
            out.add(plan, SchemaDO.startDate.asNode(), Literals.year(start));
            out.add(plan, SchemaDO.endDate.asNode(), Literals.year(end));
        }
        return plan;
    }

    /** The institution of a member with this name; described on first sight. Null when the name has no slug. */
    Node institution(Registry.Member member, String name, TripleBuffer out) {
        Node institution = byName.computeIfAbsent(member.slug() + "\n" + name,
                key -> Iris.slug(name).isEmpty() ? null : Iris.institution(member.slug(), name));
        if (institution != null && registry.firstTime(institution)) {
            out.add(institution, RDF.type.asNode(), Ogp.Institution);
            out.add(institution, RDF.type.asNode(), ORG.Organization.asNode());
            out.add(institution, RDFS.label.asNode(), Literals.text(name));
        }
        return institution;
    }

    /** The IRM report of a member with this name; described on first sight. */
    Node report(Registry.Member member, String name, TripleBuffer out) {
        Node report = byName.computeIfAbsent(member.slug() + "\r" + name, key -> Iris.irmReport(member.slug(), name));
        if (registry.firstTime(report)) {
            out.add(report, RDF.type.asNode(), Ogp.IRMReport);
            out.add(report, RDF.type.asNode(), FOAF.Document.asNode());
            out.add(report, RDFS.label.asNode(), Literals.text(member.name() + " IRM " + name));
            out.add(report, Ogp.member, Iris.member(member.slug()));
        }
        return report;
    }

    /** True the first time a resource is seen (for facts given once, such as a plan's title). */
    boolean firstTime(Node resource) {
        return registry.firstTime(resource);
    }
}
