package org.ogplod.web.common;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Jazzer target for content and language negotiation: any headers give a representation or none, never a crash. */
class NegotiationFuzzingTest {

    @FuzzTest(maxDuration = "30s")
    void negotiationNeverFails(FuzzedDataProvider data) {
        String accept = data.consumeString(300);
        boolean html = data.consumeBoolean();
        String lang = data.consumeString(40);
        String acceptLanguage = data.consumeRemainingAsString();
        var chosen = Representation.negotiate(accept, html);
        assertNotNull(chosen);
        chosen.ifPresent(representation -> assertTrue(html || representation != Representation.HTML));
        Labels labels = Labels.of(lang, acceptLanguage);
        assertTrue(labels.primary().matches("[a-z0-9]{1,8}"), labels.primary());
    }
}
