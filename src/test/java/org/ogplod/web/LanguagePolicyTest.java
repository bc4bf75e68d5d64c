package org.ogplod.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One fallback chain (?lang=, Accept-Language, English, any) on the landing page, resource pages and search. */
@ExtendWith(SharedServer.class)
class LanguagePolicyTest {
    private static TestServer server;

    @BeforeAll
    static void start(TestServer shared) {
        server = shared;
    }

    @Test
    void theLandingPageLabelsFollowLangThenAcceptLanguageThenEnglish() {
        HttpResponse<String> spanish = server.get("/?lang=es");
        assertEquals("es", spanish.headers().firstValue("Content-Language").orElse(null));
        assertTrue(spanish.body().contains("Acceso a la información"), "no Spanish theme label");
        HttpResponse<String> header = server.get("/", "Accept-Language", "es-ES,es;q=0.9");
        assertTrue(header.body().contains("Acceso a la información"), "Accept-Language was not followed");
        HttpResponse<String> french = server.get("/?lang=fr");
        assertTrue(french.body().contains("Access to Information"), "no fall-back to English for French");
        HttpResponse<String> english = server.get("/");
        assertFalse(english.body().contains("Acceso a la información"));
        assertTrue(english.headers().firstValue("Vary").orElse("").contains("Accept-Language"));
        assertFalse(spanish.headers().firstValue("ETag").equals(english.headers().firstValue("ETag")),
                "each language needs its own ETag");
    }

    @Test
    void resourcePagesAndSearchUseTheSameChain() {
        HttpResponse<String> page = server.get("/def/theme/open-data",
                "Accept-Language", "es");
        assertEquals("es", page.headers().firstValue("Content-Language").orElse(null));
        assertTrue(page.body().contains("<h1>Datos Abiertos</h1>"), page.body());
        HttpResponse<String> search = server.get("/search?q=open+data&lang=es");
        assertTrue(search.body().contains(">Datos Abiertos</a>"), "search labels are not in Spanish");
    }
}
