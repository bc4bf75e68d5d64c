package org.ogplod.web.common;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.shared.PrefixMapping;

/**
 * A small RDF graph served as a document (the catalogue, VoID, the service description): written at most once per
 * representation, each with a strong ETag made of the release id, the document's name and a digest of the bytes.
 */
public final class RdfDocument {
    /** The bytes of one representation, with their media type and ETag. */
    public record Rendered(byte[] body, String contentType, String etag) {
    }

    private final String name;
    private final String releaseId;
    private final Model model;
    private final Map<Representation, Rendered> rendered = new ConcurrentHashMap<>();

    /** {@code prefixes} are offered to the writers; only those the graph uses are kept. */
    public RdfDocument(String name, String releaseId, Model model, PrefixMapping prefixes) {
        this.name = name;
        this.releaseId = releaseId;
        this.model = model;
        prefixes.getNsPrefixMap().forEach((prefix, namespace) -> {
            if (uses(model, namespace)) {
                model.setNsPrefix(prefix, namespace);
            }
        });
    }

    /** The document as {@code representation} (never HTML). */
    public Rendered render(Representation representation) {
        return rendered.computeIfAbsent(representation, this::write);
    }

    private Rendered write(Representation representation) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(model.getGraph()).format(representation.format()).output(out);
        byte[] body = out.toByteArray();
        String type = representation.mediaType() + (representation == Representation.JSONLD ? "" : ";charset=utf-8");
        String etag = Conditional.releaseTag(releaseId, name + "-" + representation.suffix() + "-" + digest(body));
        return new Rendered(body, type, etag);
    }

    private static boolean uses(Model model, String namespace) {
        return model.getGraph().stream().anyMatch(triple -> in(triple.getSubject(), namespace)
                || in(triple.getPredicate(), namespace) || in(triple.getObject(), namespace)
                || triple.getObject().isLiteral() && triple.getObject().getLiteralDatatypeURI().startsWith(namespace));
    }

    private static boolean in(Node node, String namespace) {
        return node.isURI() && node.getURI().startsWith(namespace);
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
