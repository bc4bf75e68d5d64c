package org.ogplod.web.ld;

import io.javalin.http.Context;
import io.javalin.http.NotAcceptableResponse;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.ogplod.ontology.Iris;
import org.ogplod.ontology.Prefixes;
import org.ogplod.store.Release;
import org.ogplod.web.common.Citation;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.Labels;
import org.ogplod.web.common.Representation;
import org.ogplod.web.common.Settings;

/**
 * Linked Data for every IRI we mint: {@code /id/...} answers 303 See Other to {@code /doc/...}; documents and
 * {@code /def/...} terms negotiate HTML, Turtle, JSON-LD, RDF/XML and N-Triples, with suffixes winning over Accept.
 */
public final class ResourcePages {
    public static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";

    private final Settings settings;
    private final Release release;
    private final PageCache cache = new PageCache();
    private final ResourceHtml html;

    public ResourcePages(Settings settings, Release release) {
        this.settings = settings;
        this.release = release;
        this.html = new ResourceHtml(settings.baseUri(), release.id(), Citation.of(release));
    }

    /** {@code GET /id/<path>}: 303 to the document, 301 to the upper-case id, 404 for what we never minted. */
    public void identifier(Context ctx) {
        String path = ctx.pathParam("path");
        String upper = upperCaseId(path);
        if (!upper.equals(path) && Iris.isIdentifierPath(upper)) {
            redirect(ctx, 301, "id/" + upper);
            return;
        }
        if (!Iris.isIdentifierPath(path) || !exists(Description.iri(settings.baseUri() + "id/" + path))) {
            throw new NotFoundResponse("Nothing is published at /id/" + path + ".");
        }
        redirect(ctx, 303, "doc/" + path);
    }

    /** {@code GET /doc/<path>}: the document about {@code /id/<path>}. */
    public void document(Context ctx) {
        serve(ctx, "doc/", "id/", Iris::isIdentifierPath);
    }

    /** {@code GET /def/<path>}: the ontology, a scheme or a concept, at its own IRI. */
    public void definition(Context ctx) {
        serve(ctx, "def/", "def/", Iris::isDefinitionPath);
    }

    /** {@code GET /.well-known/genid/<id>}: the ontology's skolemized blank nodes (owl:unionOf lists), described. */
    public void skolem(Context ctx) {
        serve(ctx, ".well-known/genid/", ".well-known/genid/", path -> path.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    private void serve(Context ctx, String documentPrefix, String subjectPrefix,
            java.util.function.Predicate<String> valid) {
        Requested requested = Requested.of(ctx.pathParam("path"));
        if (!valid.test(requested.path())) {
            redirectOrNotFound(ctx, documentPrefix, requested, valid);
            return;
        }
        Representation chosen = chosen(ctx, documentPrefix, requested);
        String documentPath = "/" + documentPrefix + requested.path();
        Labels labels = Labels.of(ctx.queryParam("lang"), ctx.header("Accept-Language"));
        int page = page(ctx.queryParam("page"));
        String key = documentPath + "|" + chosen + "|" + labels.key() + "|" + page;
        Node subject = Description.iri(settings.baseUri() + subjectPrefix + requested.path());
        PageCache.Rendered rendered = cache.get(key, () -> render(subject, chosen, labels, page, documentPath));
        if (rendered == null) {
            throw new NotFoundResponse("Nothing is published at " + subject.getURI() + ".");
        }
        ctx.header("Link", links(documentPath));
        if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), Integer.toHexString(key.hashCode())))) {
            return;
        }
        ctx.contentType(rendered.contentType());
        if (rendered.language() != null) {
            ctx.header("Content-Language", rendered.language());
        }
        ctx.result(rendered.body());
    }

    /** The path of a document request, without its suffix ({@code ttl}, {@code html}, ...), which may be null. */
    private record Requested(String path, String suffix) {
        static Requested of(String path) {
            int dot = path.lastIndexOf('.');
            return dot > path.lastIndexOf('/') ? new Requested(path.substring(0, dot), path.substring(dot + 1))
                    : new Requested(path, null);
        }
    }

    /** A path that is not one of ours: 301 to its upper-case form when that is one (IDs are upper case), else 404. */
    private void redirectOrNotFound(Context ctx, String documentPrefix, Requested requested,
            java.util.function.Predicate<String> valid) {
        String upper = upperCaseId(requested.path());
        if (!upper.equals(requested.path()) && valid.test(upper)) {
            redirect(ctx, 301, documentPrefix + upper + (requested.suffix() == null ? "" : "." + requested.suffix()));
            return;
        }
        throw new NotFoundResponse("Nothing is published at /" + documentPrefix + requested.path() + ".");
    }

    /** The suffix's representation (404 for an unknown suffix), else the one Accept negotiates (406 for none). */
    private static Representation chosen(Context ctx, String documentPrefix, Requested requested) {
        Optional<Representation> representation = requested.suffix() == null
                ? Representation.negotiate(ctx.header("Accept"), true) : Representation.bySuffix(requested.suffix());
        if (requested.suffix() != null && representation.isEmpty()) {
            throw new NotFoundResponse("There is no ." + requested.suffix() + " form of /" + documentPrefix
                    + requested.path() + ".");
        }
        ctx.header("Vary", "Accept, Accept-Language");
        return representation.orElseThrow(() -> new NotAcceptableResponse(Representation.notAcceptable()));
    }

    private PageCache.Rendered render(Node subject, Representation representation, Labels labels, int page,
            String documentPath) {
        DatasetGraph dataset = release.dataset();
        return Txn.calculateRead(dataset, () -> {
            Graph data = dataset.getDefaultGraph();
            Description description = Description.of(data, subject, page);
            if (description == null) {
                return null;
            }
            if (representation == Representation.HTML) {
                String body = html.render(description, data, labels, documentPath, page);
                return new PageCache.Rendered(body.getBytes(StandardCharsets.UTF_8), "text/html;charset=utf-8",
                        labels.primary());
            }
            Graph graph = description.rdf();
            graph.getPrefixMapping().setNsPrefixes(Prefixes.forBase(settings.baseUri()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFWriter.source(graph).format(representation.format()).output(out);
            String type = representation.mediaType() + (representation == Representation.JSONLD ? "" : ";charset=utf-8");
            return new PageCache.Rendered(out.toByteArray(), type, null);
        });
    }

    private boolean exists(Node subject) {
        DatasetGraph dataset = release.dataset();
        return Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().contains(subject, Node.ANY, Node.ANY));
    }

    /** Redirects to a path under the configured base (never the request's Host). */
    private void redirect(Context ctx, int status, String path) {
        ctx.status(status);
        String query = ctx.queryString();
        ctx.header("Location", settings.baseUri() + path + (query == null || query.isEmpty() ? "" : "?" + query));
        ctx.header("Vary", "Accept");
    }

    private static String links(String documentPath) {
        StringBuilder links = new StringBuilder();
        for (Representation alternate : Representation.values()) {
            links.append('<').append(documentPath).append('.').append(alternate.suffix()).append(">; rel=\"alternate\"; type=\"")
                    .append(alternate.mediaType()).append("\", ");
        }
        return links.append('<').append(LICENSE).append(">; rel=\"license\"").toString();
    }

    /** The path with an ogp commitment id's letters in upper case (ids are case-stable; lower case redirects). */
    private static String upperCaseId(String path) {
        int slash = path.indexOf('/');
        if (slash < 0) {
            return path;
        }
        String type = path.substring(0, slash);
        if (!type.equals("commitment") && !type.equals("assessment")) {
            return path;
        }
        String rest = path.substring(slash + 1);
        int next = rest.indexOf('/');
        String id = next < 0 ? rest : rest.substring(0, next);
        return type + "/" + id.toUpperCase(Locale.ROOT) + (next < 0 ? "" : rest.substring(next));
    }

    private static int page(String parameter) {
        if (parameter == null || !parameter.matches("[0-9]{1,5}")) {
            return 0;
        }
        return Integer.parseInt(parameter);
    }
}
