package org.ogplod.web.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accept headers that a careless parser gets wrong: refusals, parameters before q, case, wildcards. */
class NegotiationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "text/turtle;q=0 | NONE",
        "*/*;q=0 | NONE",
        "text/html;q=0, */* | TURTLE",
        "text/html;charset=utf-8;q=0.2, text/turtle;q=0.3 | TURTLE",
        "text/html;level=1;q=0.2, text/turtle;q=0.3 | TURTLE",
        "TEXT/TURTLE | TURTLE",
        "text/turtle;q=0.5, application/rdf+xml;q=0.9 | RDFXML",
        "application/* | JSONLD",
        "*/* | HTML",
        "image/png | NONE",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | HTML"})
    void theChoiceFollowsQValuesRefusalsAndWildcards(String accept, String expected) {
        Optional<Representation> chosen = Representation.negotiate(accept, true);
        assertEquals(expected, chosen.map(Enum::name).orElse("NONE"), accept);
    }

    @ParameterizedTest(name = "{0} -> JSON {1}")
    @CsvSource(delimiter = '|', value = {
        "application/json | true",
        "application/json, text/html;q=0.5 | true",
        "text/html;q=0.1, application/json | true",
        "text/html, application/json | false",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | false",
        "application/*;q=0.9, text/html;q=0.8 | true",
        "application/json;q=0 | false",
        "*/* | false",
        "text/csv | false"})
    void pagesWithAJsonFormAnswerJsonWhenAcceptRanksItAboveHtml(String accept, boolean json) {
        assertEquals(json, Representation.prefersJson(accept), accept);
    }

    @ParameterizedTest(name = "If-None-Match {0}")
    @CsvSource(delimiter = '|', value = {"\"a\", \"b\" | true", "W/\"b\" | true", "* | true", "\"c\" | false"})
    void ifNoneMatchListsAndWeakTagsMatch(String header, boolean matches) {
        assertEquals(matches, Conditional.matches(header, "\"b\""));
    }
}
