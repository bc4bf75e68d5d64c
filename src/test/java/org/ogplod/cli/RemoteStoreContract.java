package org.ogplod.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * What ogp-lod serves must not depend on where its releases are held: the same assertions run against the embedded
 * TDB2 store ({@link RemoteStoreEmbeddedTest}) and over real remote engines ({@link RemoteStoreFusekiTest},
 * {@link RemoteStoreVirtuosoTest}). Everything goes through the command line as an operator uses it: {@code load}
 * and {@code serve} are child processes, and the tests talk HTTP to the nodes. Expected answers are computed from
 * the release's own N-Triples dump with Jena, never written down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RemoteStoreContract {
    private static final String OGP = "http://localhost:8080/def/ogp#";
    private static final Pattern PORT = Pattern.compile("on port (\\d+)");
    private static final Duration LOAD_TIME = Duration.ofMinutes(3);

    private Path work;

    private SparqlEngine engine;
    private final List<ReleaseChildProcess> nodes = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Graph dump;
    private String releaseId;

    /** The engine the releases are held in, or null for the embedded store. */
    abstract SparqlEngine startEngine(Path work) throws Exception;

    @BeforeAll
    void loadAndServe(@TempDir Path folder) throws Exception {
        work = folder;
        engine = startEngine(work);
        int loaded = load("first", "data");
        assertEquals(0, loaded, "load of the bundled data");
        for (int node = 0; node < (engine == null ? 1 : 2); node++) {
            startNode();
        }
        releaseId = get(0, "/health").headers().firstValue("X-OGP-Release").orElseThrow();
        dump = servedDump(0);
    }

    @AfterAll
    void stop() throws Exception {
        for (ReleaseChildProcess node : nodes) {
            node.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    private List<String> storeOptions() {
        return engine == null ? List.of("--store", work.resolve("store").toString())
                : engine.storeOptions(work.resolve("store-files"));
    }

    private java.util.Map<String, String> environment() {
        return engine == null ? java.util.Map.of() : engine.environment();
    }

    /** Runs {@code load} of {@code inputs} (keeping two releases) and returns its exit code. */
    private int load(String name, String... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(storeOptions());
        if (engine != null) {
            args.addAll(List.of("--keep", "2"));
        }
        args.addAll(List.of(inputs));
        Path log = work.resolve("load-" + name + ".log");
        try (ReleaseChildProcess load = ReleaseChildProcess.start(log, environment(), args.toArray(String[]::new))) {
            int exit = load.exitCode(LOAD_TIME);
            if (exit != 0 && !name.startsWith("refused")) {
                fail("load " + name + " failed:\n" + load.printed());
            }
            return exit;
        }
    }

    private void startNode() throws Exception {
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0", "--query-rate", "0", "--page-rate", "0"));
        args.addAll(storeOptions());
        ReleaseChildProcess node = ReleaseChildProcess.start(work.resolve("serve-" + nodes.size() + ".log"),
                environment(), args.toArray(String[]::new));
        nodes.add(node);
        Matcher port = node.awaitLine(PORT, Duration.ofMinutes(2));
        ports.add(Integer.parseInt(port.group(1)));
    }

    @Test
    @Order(1)
    void countsTheTriplesOfTheDumpAndEveryFormatSaysSo() throws Exception {
        String count = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }";
        for (String type : List.of("application/sparql-results+json", "application/sparql-results+xml",
                "text/csv", "text/tab-separated-values")) {
            HttpResponse<String> response = sparql(0, count, type);
            assertEquals(200, response.statusCode(), type + ": " + response.body());
            RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body()
                    .getBytes(StandardCharsets.UTF_8)), type.endsWith("json") ? ResultSetLang.RS_JSON
                            : type.endsWith("xml") ? ResultSetLang.RS_XML : type.equals("text/csv")
                                    ? ResultSetLang.RS_CSV : ResultSetLang.RS_TSV));
            assertEquals(dump.size(), Long.parseLong(rows.next().get("triples").getLiteralLexicalForm()), type);
        }
        assertEquals(Set.of(releaseId), releasesServed(), "every node serves the loaded release");
    }

    @Test
    @Order(2)
    void answersEveryExampleQueryAsJenaDoesOverTheDump() throws Exception {
        List<Path> examples;
        try (var files = Files.list(Path.of("queries"))) {
            examples = files.filter(file -> file.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(examples.size() >= 10, "the example queries");
        for (Path example : examples) {
            String text = Files.readString(example, StandardCharsets.UTF_8);
            Query query = QueryFactory.create(text);
            if (text.contains("text:query")) {
                continue;
            }
            HttpResponse<String> response = sparql(1 % ports.size(), text,
                    "application/sparql-results+json, application/n-triples;q=0.9");
            assertEquals(200, response.statusCode(), example + ": " + response.body());
            try (QueryExec local = QueryExec.graph(dump).query(query).build()) {
                if (query.isAskType()) {
                    assertTrue(response.body().contains("\"boolean\" : " + local.ask())
                            || response.body().contains("\"boolean\": " + local.ask()), example + ": " + response.body());
                } else if (query.isSelectType()) {
                    RowSet served = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body()
                            .getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
                    List<String> servedIris = new ArrayList<>();
                    int servedRows = rows(served, servedIris);
                    List<String> expectedIris = new ArrayList<>();
                    int expectedRows = rows(local.select(), expectedIris);
                    assertEquals(expectedRows, servedRows, example.getFileName() + ": rows");
                    assertEquals(new TreeSet<>(expectedIris), new TreeSet<>(servedIris), example.getFileName()
                            + ": the IRIs in the answer");
                } else {
                    Graph served = parse(response.body(), Lang.NTRIPLES);
                    assertTrue(served.isIsomorphicWith(local.construct()), example + ": the constructed graph");
                }
            }
        }
    }

    @Test
    @Order(3)
    void searchesTheFullTextWithTheRelease() throws Exception {
        String text = Files.readString(Path.of("queries", "full-text-search.rq"), StandardCharsets.UTF_8);
        HttpResponse<String> response = sparql(0, text, "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        RowSet rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(response.body()
                .getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
        int found = 0;
        while (rows.hasNext()) {
            Node resource = rows.next().get("resource");
            found++;
            boolean mentions = false;
            for (Triple triple : dump.find(resource, Node.ANY, Node.ANY).toList()) {
                mentions |= triple.getObject().isLiteral() && triple.getObject().getLiteralLexicalForm()
                        .toLowerCase(Locale.ROOT).contains("open data");
            }
            assertTrue(mentions, resource + " was found for \"open data\" but none of its texts says so");
        }
        assertTrue(found > 0, "full-text search found nothing");
        HttpResponse<String> page = get(0, "/search?q=" + URLEncoder.encode("open data", StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
    }

    @Test
    @Order(4)
    void negotiatesEveryFormatOfAResourceAndRedirectsItsIdentifier() throws Exception {
        Node commitment = aCommitment();
        String path = URI.create(commitment.getURI()).getPath();
        HttpResponse<String> redirect = get(1 % ports.size(), path, "Accept", "text/turtle");
        assertEquals(303, redirect.statusCode());
        String document = path.replaceFirst("^/id/", "/doc/");
        assertEquals(document, URI.create(redirect.headers().firstValue("Location").orElseThrow()).getPath());
        List<Triple> described = dump.find(commitment, Node.ANY, Node.ANY).toList();
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.RDFXML, Lang.NTRIPLES)) {
            HttpResponse<String> response = get(0, document, "Accept", lang.getHeaderString());
            assertEquals(200, response.statusCode(), lang + ": " + response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow()
                    .startsWith(lang.getHeaderString()), lang.toString());
            Graph graph = parse(response.body(), lang);
            for (Triple triple : described) {
                assertTrue(graph.contains(triple), lang + " lacks " + triple);
            }
        }
        String label = dump.find(commitment, RDFS.label.asNode(), Node.ANY).toList().stream()
                .map(Triple::getObject).filter(node -> node.getLiteralLanguage().isEmpty())
                .map(Node::getLiteralLexicalForm).findFirst().orElseThrow();
        HttpResponse<String> html = get(1 % ports.size(), document, "Accept", "text/html");
        assertEquals(200, html.statusCode());
        assertTrue(html.body().contains(escape(label)), "the page shows the title " + label);
    }

    @Test
    @Order(5)
    void constructsFromTheReleaseInTurtleAndJsonLd() throws Exception {
        Node commitment = aCommitment();
        String construct = "CONSTRUCT WHERE { <" + commitment.getURI() + "> ?p ?o }";
        Graph expected = GraphFactory.createDefaultGraph();
        dump.find(commitment, Node.ANY, Node.ANY).forEach(expected::add);
        for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD)) {
            HttpResponse<String> response = sparql(0, construct, lang.getHeaderString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(parse(response.body(), lang).isIsomorphicWith(expected), lang.toString());
        }
    }

    @Test
    @Order(6)
    void refusesWritesRemoteCallsAndOversizeQueriesAndKeepsItsData() throws Exception {
        HttpResponse<String> update = post(0, "/sparql", "application/x-www-form-urlencoded",
                "update=" + URLEncoder.encode("DROP ALL", StandardCharsets.UTF_8));
        assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update: " + update.statusCode());
        HttpResponse<String> service = sparql(0, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "application/sparql-results+json");
        assertEquals(400, service.statusCode(), service.body());
        HttpResponse<String> put = send(0, HttpRequest.newBuilder(uri(0, "/sparql?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:a> <a:b> <a:c> .")));
        assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, "PUT: " + put.statusCode());
        HttpResponse<String> huge = sparql(0, "SELECT * WHERE { ?s ?p \"" + "x".repeat(300_000) + "\" }",
                "application/sparql-results+json");
        assertTrue(huge.statusCode() == 413 || huge.statusCode() == 400, "oversize: " + huge.statusCode());
        HttpResponse<String> count = sparql(0, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        assertEquals(dump.size(), Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip()));
    }

    @Test
    @Order(7)
    void reportsTheChangesAndTheHealthOfTheRelease() throws Exception {
        HttpResponse<String> changes = get(0, "/changes?format=json");
        assertEquals(200, changes.statusCode(), changes.body());
        assertTrue(changes.body().contains("id/release/" + releaseId), changes.body());
        HttpResponse<String> patch = get(1 % ports.size(), "/changes/" + releaseId + ".rdfp");
        assertEquals(200, patch.statusCode());
        assertTrue(patch.body().contains("PA "), "the patch adds triples");
        HttpResponse<String> health = get(0, "/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok " + releaseId, health.body().strip());
        HttpResponse<String> landing = get(1 % ports.size(), "/");
        assertEquals(200, landing.statusCode());
        long commitments = dump.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(OGP + "Commitment")).toList()
                .size();
        assertTrue(landing.body().replace(",", "").contains(Long.toString(commitments)), "landing page figures");
    }

    /** Remote engines only: a load the engine refuses fails with a sentence that says why, and changes nothing. */
    @Test
    @Order(8)
    void aRefusedLoadSaysWhyAndChangesNothing() throws Exception {
        Assumptions.assumeTrue(engine != null, "remote engines only");
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(storeOptions());
        java.util.Map<String, String> environment;
        String expected;
        if (engine.credentials() != null) {
            environment = java.util.Map.of();
            expected = "refused the update (401)";
        } else {
            args.addAll(List.of("--update-url", engine.queryUrl() + "/no-such-endpoint"));
            environment = environment();
            expected = "failed the update with 4";
        }
        args.add("data");
        ReleaseChildProcess load = ReleaseChildProcess.start(work.resolve("load-refused.log"), environment,
                args.toArray(String[]::new));
        assertEquals(1, load.exitCode(LOAD_TIME), load.printed());
        assertTrue(load.printed().contains(expected), load.printed());
        assertFalse(load.printed().contains("dba:dba"), "credentials are never printed");
        assertEquals(Set.of(releaseId), releasesServed());
        assertEquals(dump.size(), tripleCount(1 % ports.size()));
        assertFalse(engine.query("SELECT ?g WHERE { GRAPH <urn:x-ogp-lod:releases> { ?g "
                + "<urn:x-ogp-lod:release#started> ?t FILTER NOT EXISTS { ?g <urn:x-ogp-lod:release#completed> ?c } } }")
                .contains("id/release/"), "a release left unfinished");
    }

    /** Remote engines only: nodes switch together while readers keep reading, each answer from one release. */
    @Test
    @Order(10)
    void everyNodeSwitchesToANewReleaseWhileReadersRead() throws Exception {
        Assumptions.assumeTrue(engine != null, "several nodes share a remote engine only");
        Path synthetic = work.resolve("synthetic");
        assertEquals(0, CommandRun.of("generate", "--commitments", "30", "--members", "4", "--seed", "7", "-o",
                synthetic.toString()).exitCode());
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        AtomicBoolean reading = new AtomicBoolean(true);
        ConcurrentLinkedQueue<String> answers = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int reader = 0; reader < 3; reader++) {
            int node = reader % ports.size();
            readers.add(Thread.ofPlatform().start(() -> {
                while (reading.get()) {
                    HttpResponse<String> response = sparql(node, count, "text/csv");
                    answers.add(response.statusCode() + " " + response.headers().firstValue("X-OGP-Release")
                            .orElse("?") + " " + response.body().lines().skip(1).findFirst().orElse("").strip());
                }
            }));
        }
        load("synthetic", synthetic.toString());
        String next = awaitEveryNodeOnANewRelease(Duration.ofSeconds(20));
        reading.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
        long nextSize = Long.parseLong(sparql(0, count, "text/csv").body().lines().skip(1).findFirst().orElseThrow()
                .strip());
        assertNotEquals(dump.size(), nextSize);
        assertFalse(answers.isEmpty());
        for (String answer : answers) {
            // Each answer is whole: the size of the release its header names, never a mix or a failure.
            assertTrue(answer.equals("200 " + releaseId + " " + dump.size()) || answer.equals("200 " + next + " "
                    + nextSize), answer);
        }
        releaseId = next;
        dump = servedDump(0);
    }

    /** Remote engines only: a load killed half-way changes nothing served, and the next load clears what it left. */
    @Test
    @Order(11)
    void aKilledLoadLeavesTheServedReleaseAndTheNextLoadRemovesItsGraph() throws Exception {
        Assumptions.assumeTrue(engine != null, "remote engines only");
        List<String> args = new ArrayList<>(List.of("load"));
        args.addAll(storeOptions());
        args.add("data");
        String halfWritten;
        try (ReleaseChildProcess load = ReleaseChildProcess.start(work.resolve("load-killed.log"), environment(),
                args.toArray(String[]::new))) {
            halfWritten = awaitUnfinishedRecord(load, Duration.ofMinutes(3));
            load.kill();
        }
        assertEquals(Set.of(releaseId), releasesServed());
        assertEquals(dump.size(), tripleCount(0));
        assertTrue(engine.query("ASK { GRAPH <" + halfWritten + "> { ?s ?p ?o } }").contains("true"),
                "the killed load had begun to write " + halfWritten);
        load("after-kill", "data");
        assertTrue(engine.query("ASK { GRAPH <" + halfWritten + "> { ?s ?p ?o } }").contains("false"),
                "the next load removed " + halfWritten);
        releaseId = awaitEveryNodeOnANewRelease(Duration.ofSeconds(20));
        dump = servedDump(0);
        assertEquals(dump.size(), tripleCount(1));
    }

    /** Remote engines only: with --keep 2, the engine holds the last two releases and no other graph of ours. */
    @Test
    @Order(12)
    void keepsTheLastReleasesOnly() {
        Assumptions.assumeTrue(engine != null, "remote engines only");
        String graphs = engine.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                + "FILTER(STRSTARTS(STR(?g), \"http://localhost:8080/id/release/\")) }");
        Matcher release = Pattern.compile("id/release/([0-9-]+)").matcher(graphs);
        Set<String> held = new TreeSet<>();
        while (release.find()) {
            held.add(release.group(1));
        }
        assertEquals(2, held.size(), "release graphs in the engine: " + held);
        assertTrue(held.contains(releaseId), held.toString());
    }

    /** Remote engines only, last: with the engine gone, /health says so, while /health/live still answers. */
    @Test
    @Order(15)
    void aNodeStoppedBySigtermClosesItsStoreAndRemovesItsCopiesOfTheSearchIndex() throws Exception {
        Path temporary = Files.createDirectories(work.resolve("node-tmp"));
        java.util.Map<String, String> environment = new java.util.HashMap<>(environment());
        environment.put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temporary);
        List<String> args = new ArrayList<>(List.of("serve", "--port", "0"));
        // TDB2 is one process's at a time, so the embedded case serves the data from memory beside node 0.
        args.addAll(engine == null ? List.of("--store", "mem") : storeOptions());
        try (ReleaseChildProcess node = ReleaseChildProcess.start(work.resolve("serve-stopped.log"), environment,
                args.toArray(String[]::new))) {
            node.awaitLine(PORT, Duration.ofMinutes(2));
            if (engine != null) {
                assertFalse(searchCopies(temporary).isEmpty(), "a remote node reads a private copy of the index");
            }
            node.stop(Duration.ofSeconds(30));
            assertTrue(node.printed().contains("stopping: closing the server and the store"), node.printed());
        }
        assertEquals(List.of(), searchCopies(temporary), "nothing left in the node's temporary folder");
    }

    private static List<Path> searchCopies(Path folder) throws java.io.IOException {
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().startsWith("ogp-lod-search-")).toList();
        }
    }

    @Test
    @Order(20)
    void healthSaysWhenTheEngineIsGone() throws Exception {
        Assumptions.assumeTrue(engine != null, "remote engines only");
        engine.close();
        HttpResponse<String> health = get(0, "/health");
        assertEquals(503, health.statusCode(), health.body());
        assertTrue(health.body().contains("cannot be read") && health.body().contains(releaseId), health.body());
        assertEquals(200, get(1 % ports.size(), "/health/live").statusCode());
    }

    /** Polls the engine's records until a release is started but not completed; returns its graph. */
    private String awaitUnfinishedRecord(ReleaseChildProcess load, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        Pattern graph = Pattern.compile("\"value\"\\s*:\\s*\"(http://localhost:8080/id/release/[0-9-]+)\"");
        while (System.nanoTime() < deadline && load.isAlive()) {
            Matcher found = graph.matcher(engine.query("SELECT ?g WHERE { GRAPH <urn:x-ogp-lod:releases> { ?g "
                    + "<urn:x-ogp-lod:release#started> ?t FILTER NOT EXISTS { ?g <urn:x-ogp-lod:release#completed> "
                    + "?c } } }"));
            if (found.find() && engine.query("ASK { GRAPH <" + found.group(1) + "> { ?s ?p ?o } }").contains("true")) {
                return found.group(1);
            }
            Thread.sleep(20);
        }
        return fail("the load never started writing its graph:\n" + load.printed());
    }

    private String awaitEveryNodeOnANewRelease(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Set<String> served = releasesServed();
            if (served.size() == 1 && !served.contains(releaseId)) {
                return served.iterator().next();
            }
            Thread.sleep(200);
        }
        return fail("the nodes serve " + releasesServed() + " " + limit.toSeconds() + " s after the load");
    }

    private Set<String> releasesServed() {
        Set<String> served = new TreeSet<>();
        for (int node = 0; node < ports.size(); node++) {
            served.add(get(node, "/health").headers().firstValue("X-OGP-Release").orElse("none"));
        }
        return served;
    }

    private long tripleCount(int node) {
        HttpResponse<String> count = sparql(node, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "text/csv");
        return Long.parseLong(count.body().lines().skip(1).findFirst().orElseThrow().strip());
    }

    /** The first commitment (by IRI) of the dump whose title needs no escaping. */
    private Node aCommitment() {
        return dump.find(Node.ANY, RDF.type.asNode(), NodeFactory.createURI(OGP + "Commitment")).mapWith(Triple::getSubject)
                .toList().stream().sorted(java.util.Comparator.comparing(Node::getURI)).findFirst().orElseThrow();
    }

    private Graph servedDump(int node) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri(node, "/dumps/ogp-lod.nt.gz")).timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "identity").build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.source(new GZIPInputStream(new ByteArrayInputStream(response.body()))).lang(Lang.NTRIPLES)
                    .parse(graph);
            return graph;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int rows(RowSet rows, List<String> iris) {
        int count = 0;
        while (rows.hasNext()) {
            var row = rows.next();
            count++;
            row.forEach((variable, value) -> {
                if (value.isURI()) {
                    iris.add(value.getURI());
                }
            });
        }
        return count;
    }

    private static Graph parse(String text, Lang lang) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, lang).parse(graph);
        return graph;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private URI uri(int node, String path) {
        return URI.create("http://localhost:" + ports.get(node) + path);
    }

    private HttpResponse<String> get(int node, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(60));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(node, request);
    }

    private HttpResponse<String> post(int node, String path, String type, String body) {
        return send(node, HttpRequest.newBuilder(uri(node, path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> sparql(int node, String query, String accept) {
        return send(node, HttpRequest.newBuilder(uri(node, "/sparql")).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))));
    }

    private HttpResponse<String> send(int node, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("node " + node + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
