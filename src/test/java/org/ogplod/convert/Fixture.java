package org.ogplod.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A small valid members and commitments pair that the problem tests break one cell at a time. */
final class Fixture {
    static final Rows MEMBERS = Rows.of(List.of("slug", "name", "type", "parent", "source"),
            List.of("kenya", "Kenya", "national", "", "https://www.opengovpartnership.org/members/kenya/"),
            List.of("makueni-kenya", "Makueni, Kenya", "local", "kenya",
                    "https://opengovpartnership.org/members/makueni-kenya/"));

    static final Rows COMMITMENTS = Rows.of(
            List.of("id", "member", "title", "policy_areas", "ogp_values", "start", "end", "source"),
            List.of("KE0001", "kenya", "Open Data Portal", "Open Data;Fiscal Openness", "Access to Information",
                    "2021", "2022-06", "https://www.opengovpartnership.org/members/kenya/commitments/KE0001/"),
            List.of("KE0002", "kenya", "Beneficial Ownership Register", "Beneficial Ownership",
                    "Public Accountability", "2021-03", "2023-12-31",
                    "https://www.opengovpartnership.org/members/kenya/commitments/KE0002/"),
            List.of("KEMKC0001", "makueni-kenya", "Publish project data", "",
                    "Access to Information;Civic Participation", "2021-08", "2022-06",
                    "https://opengovpartnership.org/members/makueni-kenya/commitments/kemkc0001"));

    private Fixture() {
    }

    /** Writes both tables in {@code format} into {@code folder}; returns the commitments file. */
    static Path write(InputFormat format, Path folder, Rows members, Rows commitments) throws IOException {
        format.write(members, folder, "members");
        return format.write(commitments, folder, "commitments");
    }

    static Path write(InputFormat format, Path folder, Rows commitments) throws IOException {
        return write(format, folder, MEMBERS, commitments);
    }
}
