package org.ogplod.web.pages;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.ogplod.store.DumpFile;
import org.ogplod.store.Release;
import org.ogplod.web.common.Conditional;
import org.ogplod.web.common.Html;

/**
 * Files served from fixed lists only, never from a path built out of the URL: the dumps of the release (with ETag,
 * Last-Modified, 304 and Range) and the site's own assets.
 */
public final class StaticFiles {
    private static final Map<String, String> ASSETS = Map.of("site.css", "text/css;charset=utf-8");
    private static final Map<String, byte[]> ASSET_BYTES = read(ASSETS.keySet());

    private final Release release;
    private final String lastModified;

    public StaticFiles(Release release) {
        this.release = release;
        this.lastModified = DateTimeFormatter.RFC_1123_DATE_TIME.format(release.info().created().atOffset(ZoneOffset.UTC));
    }

    /** {@code GET /dumps/}: the dump files with their sizes and checksums. */
    public void index(Context ctx) {
        if (Conditional.notModified(ctx, Conditional.releaseTag(release.id(), "dumps"))) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        for (DumpFile dump : DumpFile.all()) {
            rows.append("<tr><td>").append(Html.link("/dumps/" + dump.fileName(), dump.fileName())).append("</td><td>")
                    .append(Html.escape(dump.gzipped() ? dump.mediaType() + " (gzip)" : dump.label()))
                    .append("</td><td>").append(size(dump))
                    .append(" bytes</td><td><code>").append(Html.escape(sha256(dump))).append("</code> ")
                    .append(Html.link("/dumps/" + dump.checksumName(), "sha256")).append("</td></tr>\n");
        }
        String body = "<h1>Dumps of release " + Html.escape(release.id()) + "</h1>\n<p>The whole dataset, made once "
                + "per release. The RDF text files are gzip-compressed; HDT is compressed and searchable as it is "
                + "(<a href=\"https://www.rdfhdt.org/\">rdfhdt.org</a>). Each file's SHA-256 is beside it.</p>\n"
                + "<table class=\"properties\"><tr><th>File</th><th>Format</th><th>Size</th><th>SHA-256</th></tr>\n"
                + rows + "</table>\n";
        ctx.html(Html.page("Dumps", "en", release.id(), body));
    }

    /** {@code GET /dumps/{file}}: one of the fixed dump or checksum files. */
    public void dump(Context ctx) throws IOException {
        String name = ctx.pathParam("file");
        for (DumpFile dump : DumpFile.all()) {
            if (dump.fileName().equals(name)) {
                send(ctx, release.dump(dump), dump.gzipped() ? "application/gzip" : dump.mediaType(), "\"" + sha256(dump) + "\"");
                return;
            }
            if (dump.checksumName().equals(name)) {
                send(ctx, release.checksum(dump), "text/plain;charset=utf-8", "\"" + sha256(dump) + "-sum\"");
                return;
            }
        }
        throw new NotFoundResponse("There is no dump called " + name + "; see /dumps/.");
    }

    /** {@code GET /static/{file}}: a stylesheet shipped in the jar, read once. */
    public void asset(Context ctx) {
        String name = ctx.pathParam("file");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new NotFoundResponse("There is no file /static/" + name + ".");
        }
        ctx.header("Cache-Control", "public, max-age=3600");
        ctx.contentType(type).result(ASSET_BYTES.get(name));
    }

    /** A file with conditional GET and one byte range at most (RFC 9110, sections 13 and 14). */
    private void send(Context ctx, Path file, String contentType, String etag) throws IOException {
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Cache-Control", "public, max-age=3600");
        if (Conditional.notModified(ctx, etag, lastModified)) {
            return;
        }
        long size = Files.size(file);
        ctx.contentType(contentType);
        String ifRange = ctx.header("If-Range");
        boolean sameFile = ifRange == null || ifRange.equals(etag) || ifRange.equals(lastModified);
        long[] range = sameFile ? range(ctx.header("Range"), size) : null;
        if (range == null) {
            ctx.header("Content-Length", Long.toString(size));
            ctx.result(Files.newInputStream(file));
        } else if (range.length == 0) {
            ctx.status(416).header("Content-Range", "bytes */" + size).result("The range is outside the file.\n");
        } else {
            long length = range[1] - range[0] + 1;
            ctx.status(206).header("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + size)
                    .header("Content-Length", Long.toString(length));
            ctx.result(Slice.of(file, range[0], length));
        }
    }

    /** The bytes of a file from {@code first}, {@code length} of them. */
    private static final class Slice extends java.io.FilterInputStream {
        private long left;

        private Slice(InputStream in, long length) {
            super(in);
            this.left = length;
        }

        static Slice of(Path file, long first, long length) throws IOException {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(first);
            return new Slice(in, length);
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            left--;
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int count) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(count, left));
            left -= Math.max(read, 0);
            return read;
        }
    }

    /**
     * The one byte range a Range header asks for, as {first, last}; null for none (or several, which get the whole
     * file), an empty array when it cannot be satisfied.
     */
    static long[] range(String header, long size) {
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return null;
        }
        java.util.regex.Matcher spec = java.util.regex.Pattern.compile("bytes=([0-9]{0,18})-([0-9]{0,18})")
                .matcher(header.strip());
        if (!spec.matches() || spec.group(1).isEmpty() && spec.group(2).isEmpty()) {
            return null;
        }
        long first;
        long last;
        if (spec.group(1).isEmpty()) {
            long suffix = Long.parseLong(spec.group(2));
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = Long.parseLong(spec.group(1));
            last = spec.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(spec.group(2)), size - 1);
        }
        return first >= size || first > last ? new long[0] : new long[] {first, last};
    }

    private static Map<String, byte[]> read(java.util.Set<String> names) {
        Map<String, byte[]> bytes = new java.util.HashMap<>();
        for (String name : names) {
            try (InputStream in = StaticFiles.class.getResourceAsStream("/web/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the asset /web/" + name + " is missing from the class path");
                }
                bytes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(bytes);
    }

    private long size(DumpFile dump) {
        try {
            return Files.size(release.dump(dump));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String sha256(DumpFile dump) {
        return release.sha256(dump);
    }
}
