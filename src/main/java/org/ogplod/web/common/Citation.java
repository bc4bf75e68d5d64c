package org.ogplod.web.common;

import java.time.LocalDate;

/**
 * How to cite the data: the dataset, its publisher, the release with its date and the SHA-256 of its N-Triples dump
 * (which pins the exact data), and the permalink of a resource page, or of a query with the query itself, as plain
 * text and as BibTeX. The editor's script ({@code web/editor/snippets.js}) writes the same text for queries.
 *
 * @param sha256 the hex SHA-256 of the release's N-Triples dump
 */
public record Citation(String releaseId, LocalDate released, String sha256) {
    public static final String TITLE = "ogp-lod: Open Government Partnership commitments as Linked Open Data";
    public static final String PUBLISHER = "ogp-lod";

    /** The citation of a release, from its facts. */
    public static Citation of(org.ogplod.store.Release release) {
        return new Citation(release.id(), release.info().created().atOffset(java.time.ZoneOffset.UTC).toLocalDate(),
                release.sha256(org.ogplod.store.DumpFile.NTRIPLES));
    }

    /** The citation of one resource page. */
    public String text(String permalink) {
        return PUBLISHER + " (" + released.getYear() + "). " + TITLE + ". Release " + releaseId + ", " + released
                + ". SHA-256 of the N-Triples dump: " + sha256 + ". " + permalink;
    }

    public String bibtex(String permalink) {
        return "@misc{ogplod-" + releaseId + ",\n"
                + "  title     = {" + TITLE + "},\n"
                + "  author    = {{" + PUBLISHER + "}},\n"
                + "  publisher = {" + PUBLISHER + "},\n"
                + "  year      = {" + released.getYear() + "},\n"
                + "  version   = {" + releaseId + "},\n"
                + "  url       = {" + permalink + "},\n"
                + "  note      = {Release " + releaseId + ", SHA-256 of the N-Triples dump " + sha256 + "}\n}\n";
    }

    public String text(String permalink, String query) {
        return PUBLISHER + " (" + released.getYear() + "). " + TITLE + ". Release " + releaseId + ", " + released
                + ". Publisher: " + PUBLISHER + ". SHA-256 of the N-Triples dump: " + sha256 + ".\nQuery: "
                + permalink + "\n\n" + query;
    }

    public String bibtex(String permalink, String query) {
        return "@misc{ogplod-" + releaseId + ",\n"
                + "  title     = {" + TITLE + "},\n"
                + "  author    = {{" + PUBLISHER + "}},\n"
                + "  publisher = {" + PUBLISHER + "},\n"
                + "  year      = {" + released.getYear() + "},\n"
                + "  date      = {" + released + "},\n"
                + "  version   = {" + releaseId + "},\n"
                + "  url       = {" + permalink + "},\n"
                + "  note      = {Release " + releaseId + ", SHA-256 of the N-Triples dump " + sha256
                + ". SPARQL query: " + latex(query) + "}\n}\n";
    }

    /** Text safe inside a BibTeX field: LaTeX's special characters escaped, so braces always balance. */
    static String latex(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                case '^' -> escaped.append("\\textasciicircum{}");
                case '{', '}', '#', '$', '%', '&', '_' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
