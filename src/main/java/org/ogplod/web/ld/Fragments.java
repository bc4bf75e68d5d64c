package org.ogplod.web.ld;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotAcceptableResponse;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.ogplod.ontology.Prefixes;
import org.ogplod.store.Release;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.Representation;
import org.ogplod.web.common.Settings;

/**
 * {@code GET /fragments}: Triple Pattern Fragments over the current release, {@value FragmentPage#PAGE_SIZE} triples
 * a page, as HTML, Turtle, JSON-LD, RDF/XML or N-Triples by the site's negotiation. JSON-LD keeps the Hydra controls
 * in their own named graph; the triple-only formats carry them beside the data, as TPF allows.
 */
public final class Fragments {
    private final String base;
    private final Release release;
    private final FragmentPage pages;
    private final PrefixMapping prefixes;

    public Fragments(Settings settings, Release release) {
        this.base = settings.baseUri();
        this.release = release;
        this.pages = new FragmentPage(release.dataset());
        this.prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.forBase(base))
                .setNsPrefix("hydra", FragmentControls.HYDRA).setNsPrefix("void", org.apache.jena.vocabulary.VOID.NS);
    }

    public void page(Context ctx) {
        ctx.header("Vary", "Accept");
        Representation chosen = Representation.negotiate(ctx.header("Accept"), true)
                .orElseThrow(() -> new NotAcceptableResponse(Representation.notAcceptable(false)));
        Triple pattern = Triple.create(FragmentTerm.parse(ctx.queryParam("subject"), "subject"),
                FragmentTerm.parse(ctx.queryParam("predicate"), "predicate"),
                FragmentTerm.parse(ctx.queryParam("object"), "object"));
        int number = pageNumber(ctx.queryParam("page"));
        // A fragment changes only with the release, so the release and the representation tag it.
        if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), "fragment-" + chosen.suffix()))) {
            return;
        }
        FragmentPage.Page page = pages.read(pattern, number);
        if (number > 1 && page.triples().isEmpty()) {
            throw new NotFoundResponse("This fragment has no page " + number + "; its last page is "
                    + Math.max(1, (page.total() + FragmentPage.PAGE_SIZE - 1) / FragmentPage.PAGE_SIZE) + ".");
        }
        Dataset dataset = FragmentControls.build(base, pattern, number, page);
        if (chosen == Representation.HTML) {
            ctx.html(FragmentHtml.render(base, release.id(), pattern, number, page));
        } else {
            byte[] body = write(dataset, chosen);
            ctx.contentType(chosen.mediaType() + (chosen == Representation.JSONLD ? "" : ";charset=utf-8"))
                    .result(body);
        }
    }

    private byte[] write(Dataset dataset, Representation chosen) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (chosen == Representation.JSONLD) {
            dataset.getDefaultModel().setNsPrefixes(prefixes);
            RDFWriter.source(dataset.asDatasetGraph()).format(RDFFormat.JSONLD11).output(out);
        } else {
            Model union = dataset.getUnionModel().union(dataset.getDefaultModel()).setNsPrefixes(prefixes);
            RDFDataMgr.write(out, union, chosen == Representation.TURTLE ? RDFFormat.TURTLE_BLOCKS : chosen.format());
        }
        return out.toByteArray();
    }

    private static int pageNumber(String text) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        if (!text.matches("[1-9][0-9]{0,6}")) {
            throw new BadRequestResponse("The page '" + text + "' is not a page number (1, 2, ...).");
        }
        return Integer.parseInt(text);
    }
}
