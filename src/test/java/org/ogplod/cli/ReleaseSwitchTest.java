package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.ogplod.convert.InputFiles;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Release;
import org.ogplod.store.Store;
import org.ogplod.web.Server;
import org.ogplod.web.common.Settings;

/**
 * Readers during a release switch: 8 threads query the count of commitments and fetch the landing page while the
 * server moves from release A to release B (one commitment fewer). Every answer is A's or B's, whole; none fails.
 */
class ReleaseSwitchTest {
    private static final String COUNT = """
            PREFIX ogp: <http://localhost:8080/def/ogp#>
            SELECT (COUNT(DISTINCT ?commitment) AS ?n) WHERE { ?commitment a ogp:Commitment }
            """;
    private static final Pattern PAGE_RELEASE =
            Pattern.compile("id=\"release\">Release <a href=\"/doc/release/([^\"]+)\"");
    private static final Pattern PAGE_COUNT = Pattern.compile("id=\"count-commitments\"><b><data value=\"([0-9]+)\"");
    private static final int READERS = 8;
    private static final Duration RUN = Duration.ofSeconds(3);

    @TempDir
    static Path temp;

    private static Store store;
    private static Release releaseA;
    private static Release releaseB;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** One answer: what a reader asked, when, and which release's figures it got ("A", "B" or what it saw). */
    private record Answer(String kind, long startedNanos, String seen) {
    }

    @BeforeAll
    static void makeTwoReleases() throws IOException {
        Path changed = temp.resolve("one-commitment-fewer");
        Files.createDirectories(changed);
        Files.copy(Path.of("data/members.csv"), changed.resolve("members.csv"));
        List<String> rows = Files.readAllLines(Path.of("data/commitments.csv"), StandardCharsets.UTF_8);
        Files.write(changed.resolve("commitments.csv"), rows.subList(0, rows.size() - 1), StandardCharsets.UTF_8);
        store = Store.open("mem");
        Publisher publisher = new Publisher(Ontology.load(), "http://localhost:8080/", false,
                new PrintWriter(System.err, true));
        releaseA = publisher.publish(store, InputFiles.read(List.of(Path.of("data"))));
        releaseB = publisher.publish(store, InputFiles.read(List.of(changed)));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void readersDuringASwitchSeeEitherTheOldOrTheNewReleaseAndNeverAnError() throws Exception {
        long countA = count(releaseA);
        long countB = count(releaseB);
        assertNotEquals(countA, countB, "the two releases must differ in their count of commitments");
        Settings settings = Settings.defaults().withPort(0).withRateLimits(0, 0)
                .withQueryCap(READERS, Duration.ofSeconds(10));
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        long switchedAt;
        try (Server server = Server.start(settings, releaseA, Ontology.load())) {
            ExecutorService readers = Executors.newFixedThreadPool(READERS);
            // Readers go on until half a run after the switch returns: with more data a switch (pages built for the
            // new release) can outlast a fixed run on a busy machine, and then no reader would see release B.
            java.util.concurrent.atomic.AtomicLong end = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < READERS; i++) {
                running.add(readers.submit(() -> read(server.port(), end, countA, countB, answers)));
            }
            Thread.sleep(RUN.toMillis() / 2);
            server.switchTo(releaseB);
            switchedAt = System.nanoTime();
            end.set(switchedAt + RUN.toNanos() / 2);
            readers.shutdown();
            for (Future<?> reader : running) {
                reader.get(30, TimeUnit.SECONDS);
            }
        }
        List<Answer> all = List.copyOf(answers);
        String summary = summary(all);
        System.out.println("reads during the switch: " + summary);
        for (Answer answer : all) {
            assertTrue(answer.seen().equals("A") || answer.seen().equals("B"), answer + "\n" + summary);
            if (answer.startedNanos() > switchedAt) {
                assertEquals("B", answer.seen(), "asked after the switch: " + answer);
            }
        }
        assertTrue(all.stream().anyMatch(answer -> answer.seen().equals("A")), summary);
        assertTrue(all.stream().anyMatch(answer -> answer.seen().equals("B")), summary);
    }

    /** Alternates a count query and a landing page until {@code end}; records what each answer showed. */
    private void read(int port, java.util.concurrent.atomic.AtomicLong end, long countA, long countB,
            List<Answer> answers) {
        while (System.nanoTime() < end.get()) {
            long started = System.nanoTime();
            HttpResponse<String> query = get(port, "/sparql?query=" + URLEncoder.encode(COUNT, StandardCharsets.UTF_8),
                    "text/csv");
            String count = query.statusCode() == 200 ? query.body().strip().split("\\R")[1].strip() : null;
            answers.add(new Answer("count", started, query.statusCode() != 200 ? "status " + query.statusCode()
                    : count.equals(Long.toString(countA)) ? "A" : count.equals(Long.toString(countB)) ? "B"
                    : "count " + count));

            started = System.nanoTime();
            HttpResponse<String> page = get(port, "/", "text/html");
            answers.add(new Answer("page", started, page.statusCode() != 200 ? "status " + page.statusCode()
                    : pageRelease(page.body(), countA, countB)));
        }
    }

    /** "A" or "B" when the page names a release and shows that release's count; otherwise what it shows. */
    private static String pageRelease(String html, long countA, long countB) {
        Matcher release = PAGE_RELEASE.matcher(html);
        Matcher count = PAGE_COUNT.matcher(html);
        if (!release.find() || !count.find()) {
            return "a page without release or count";
        }
        String seen = release.group(1) + " with " + count.group(1) + " commitments";
        if (seen.equals(releaseA.id() + " with " + countA + " commitments")) {
            return "A";
        }
        return seen.equals(releaseB.id() + " with " + countB + " commitments") ? "B" : seen;
    }

    private HttpResponse<String> get(int port, String path, String accept) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).timeout(Duration.ofSeconds(20)).GET().build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(Release release) {
        return Txn.calculateRead(release.dataset(), () -> {
            try (QueryExec exec = QueryExec.dataset(release.dataset()).query(QueryFactory.create(COUNT)).build()) {
                return ((Number) exec.select().next().get("n").getLiteralValue()).longValue();
            }
        });
    }

    private static String summary(List<Answer> answers) {
        return answers.stream().collect(java.util.stream.Collectors.groupingBy(
                answer -> answer.kind() + " " + answer.seen(), java.util.TreeMap::new,
                java.util.stream.Collectors.counting())).toString();
    }
}
