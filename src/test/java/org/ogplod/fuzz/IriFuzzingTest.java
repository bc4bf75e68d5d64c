package org.ogplod.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ogplod.ontology.Iris;

/** Jazzer target for IRI minting: any name gives a slug of the documented shape, or nothing. */
class IriFuzzingTest {

    @FuzzTest(maxDuration = "30s")
    void slugsAreEmptyOrWellFormed(FuzzedDataProvider data) {
        String name = data.consumeRemainingAsString();
        String slug = Iris.slug(name);
        assertTrue(slug.isEmpty() || Iris.SLUG.matcher(slug).matches(), () -> "bad slug '" + slug + "'");
        assertTrue(slug.isEmpty() || Iris.isIdentifierPath("member/" + slug), () -> "not a member path: " + slug);
        String institution = Iris.institution("kenya", name).getURI();
        assertTrue(slug.isEmpty() || institution.endsWith("/id/institution/kenya/" + slug), institution);
    }
}
