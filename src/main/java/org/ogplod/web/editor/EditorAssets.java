package org.ogplod.web.editor;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.ogplod.web.common.Conditional;

/**
 * The scripts and stylesheets of the query editor, {@code /static/editor/{file}}: our own files under
 * {@code web/editor/} and CodeMirror 5 from its webjar, each from a fixed list of class-path resources read once at
 * start-up (a missing one stops the start-up). The URL only ever selects an entry of the list, never a path.
 */
public final class EditorAssets {
    /** Where the pages link the assets from. */
    public static final String PATH = "/static/editor/";

    private static final String JS = "text/javascript;charset=utf-8";
    private static final String CSS = "text/css;charset=utf-8";
    private static final String CODEMIRROR_POM = "/META-INF/maven/org.webjars.npm/codemirror/pom.properties";

    /** One file: its bytes, media type and strong ETag. */
    private record Asset(byte[] bytes, String contentType, String etag) {
    }

    private final Map<String, Asset> assets;

    private EditorAssets(Map<String, Asset> assets) {
        this.assets = Map.copyOf(assets);
    }

    /** Reads every asset from the class path. */
    public static EditorAssets load() {
        String codemirror = "/META-INF/resources/webjars/codemirror/" + codemirrorVersion() + "/";
        Map<String, Asset> assets = new LinkedHashMap<>();
        add(assets, "codemirror.js", codemirror + "lib/codemirror.js", JS);
        add(assets, "codemirror.css", codemirror + "lib/codemirror.css", CSS);
        add(assets, "sparql.js", codemirror + "mode/sparql/sparql.js", JS);
        add(assets, "show-hint.js", codemirror + "addon/hint/show-hint.js", JS);
        add(assets, "show-hint.css", codemirror + "addon/hint/show-hint.css", CSS);
        add(assets, "matchbrackets.js", codemirror + "addon/edit/matchbrackets.js", JS);
        add(assets, "editor.js", "/web/editor/editor.js", JS);
        add(assets, "snippets.js", "/web/editor/snippets.js", JS);
        add(assets, "results.js", "/web/editor/results.js", JS);
        add(assets, "editor.css", "/web/editor/editor.css", CSS);
        return new EditorAssets(assets);
    }

    /** {@code GET /static/editor/{file}}: one of the listed files, 304 when the client has it already. */
    public void serve(Context ctx) {
        String name = ctx.pathParam("file");
        Asset asset = assets.get(name);
        if (asset == null) {
            throw new NotFoundResponse("There is no file " + PATH + name + ".");
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        if (Conditional.notModified(ctx, asset.etag())) {
            return;
        }
        ctx.contentType(asset.contentType()).result(asset.bytes());
    }

    private static void add(Map<String, Asset> assets, String name, String resource, String contentType) {
        byte[] bytes = read(resource);
        assets.put(name, new Asset(bytes, contentType, "\"" + sha256(bytes).substring(0, 32) + "\""));
    }

    /** The version of the CodeMirror webjar on the class path: the pom pins it, so it is named in one place. */
    private static String codemirrorVersion() {
        Properties pom = new Properties();
        try (InputStream in = EditorAssets.class.getResourceAsStream(CODEMIRROR_POM)) {
            if (in == null) {
                throw new IllegalStateException("the CodeMirror webjar (org.webjars.npm:codemirror) is missing from "
                        + "the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CODEMIRROR_POM, e);
        }
        return pom.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = EditorAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the editor asset " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the editor asset " + resource, e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
