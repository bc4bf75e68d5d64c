package org.ogplod.web;

import io.javalin.Javalin;
import io.javalin.http.servlet.JavalinServlet;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.util.Context;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.ogplod.ontology.Ontology;
import org.ogplod.store.Release;
import org.ogplod.web.common.Settings;
import org.ogplod.web.common.SitePaths;
import org.ogplod.web.endpoint.ClientConnection;
import org.ogplod.web.endpoint.ConnectionGuard;
import org.ogplod.web.endpoint.EndpointGuard;
import org.ogplod.web.endpoint.PathFirst;
import org.ogplod.web.endpoint.SecurityHeaders;
import org.ogplod.web.endpoint.SwitchingDataset;
import org.ogplod.web.endpoint.Utf8Charset;
import org.ogplod.web.guard.BoundedBuiltins;
import org.ogplod.web.guard.GuardedQuery;
import org.ogplod.web.guard.QueryLimits;
import org.ogplod.web.guard.QueryPolicy;
import org.ogplod.web.ops.Metrics;

/**
 * Fuseki's SPARQL endpoint and the Javalin site in one Jetty on one port. The dataset is registered with the query
 * operation only (no update, no Graph Store Protocol), with SERVICE off and a server-side timeout.
 * <pre>
 *   try (Server server = Server.start(Settings.defaults().withPort(0), release, Ontology.load())) {
 *       URI home = URI.create("http://localhost:" + server.port() + "/");
 *   }
 * </pre>
 */
public final class Server implements AutoCloseable {
    /** Bytes a second below which a client that is sending or reading is dropped (slow-client protection). */
    static final long MIN_DATA_RATE = 256;
    /** Bytes a response is buffered before it is sent in pieces. */
    static final int OUTPUT_BUFFER = 32 * 1024;

    private final FusekiServer fuseki;
    private final SwitchingDataset dataset;
    private final Site site;

    private Server(FusekiServer fuseki, SwitchingDataset dataset, Site site) {
        this.fuseki = fuseki;
        this.dataset = dataset;
        this.site = site;
    }

    public static Server start(Settings settings, Release release, Ontology ontology) {
        lockDownArq();
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        context.set(TextQuery.textIndex, release.search());
        BoundedBuiltins.install(context, QueryLimits.defaults());
        RewriteFactory optimizer = context.get(ARQConstants.sysOptimizerFactory);
        context.set(ARQConstants.sysOptimizerFactory,
                (RewriteFactory) queryContext -> op -> PathFirst.apply(optimizer.create(queryContext).rewrite(op)));
        SwitchingDataset dataset = new SwitchingDataset(release.id(), release.dataset(), context);
        Metrics metrics = new Metrics(release.id());
        Site site = new Site(settings, release, ontology, metrics);
        Javalin app = Javalin.create(site::configure);
        DataService service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "").build();
        FusekiServer fuseki = FusekiServer.create()
                .port(settings.port())
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .enableCors(false)
                .registerOperation(Operation.Query, new GuardedQuery(new QueryPolicy(QueryLimits.defaults()),
                        settings.queryTimeout(), ClientConnection::onGone))
                .addFilter("/*", new Utf8Charset())
                .addFilter("/*", new EndpointGuard(settings, site::serviceDescription, metrics, site::releaseId,
                        dataset))
                .add(SitePaths.SPARQL, service)
                .addServlet("/*", new JavalinServlet(app.unsafe))
                .build();
        limitConnections(fuseki, settings);
        fuseki.getJettyServer().setErrorHandler(new ErrorHandler() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                    org.eclipse.jetty.util.Callback callback) throws Exception {
                SecurityHeaders.add(response.getHeaders());
                return super.handle(request, response, callback);
            }
        });
        fuseki.start();
        return new Server(fuseki, dataset, site);
    }

    /**
     * Serves {@code release} from now on, without a restart: its pages are built first, then queries and pages
     * move to it. Requests in flight finish on the release they started with.
     */
    public void switchTo(Release release) {
        site.switchTo(release);
        dataset.getContext().set(TextQuery.textIndex, release.search());
        dataset.switchTo(release.id(), release.dataset());
    }

    /**
     * Header size (431 beyond it), idle timeout, minimum data rates, the header deadline and the per-client connection
     * cap against slow clients, on every connector.
     */
    private static void limitConnections(FusekiServer fuseki, Settings settings) {
        org.eclipse.jetty.server.Server jetty = fuseki.getJettyServer();
        for (Connector connector : jetty.getConnectors()) {
            if (connector instanceof ServerConnector server) {
                server.setIdleTimeout(settings.idleTimeout().toMillis());
                ConnectionGuard guard = new ConnectionGuard(settings.maxConnectionsPerClient(), settings.headerTimeout(),
                        settings.trustedProxies(), server.getScheduler());
                server.addEventListener(guard);
                jetty.setHandler(guard.around(jetty.getHandler()));
            }
            for (ConnectionFactory factory : connector.getConnectionFactories()) {
                if (factory instanceof HttpConnectionFactory http) {
                    HttpConfiguration configuration = http.getHttpConfiguration();
                    configuration.setRequestHeaderSize(settings.maxHeaderBytes());
                    configuration.setIdleTimeout(settings.idleTimeout().toMillis());
                    configuration.setMinRequestDataRate(MIN_DATA_RATE);
                    configuration.setMinResponseDataRate(MIN_DATA_RATE);
                    configuration.setSendServerVersion(false);
                    configuration.setSendXPoweredBy(false);
                    // Fuseki asks Jetty for 5 MB response buffers: too big to pool, so every response allocated a
                    // humongous array and pages ran 20 times slower than static bytes. 32 KB buffers are pooled.
                    configuration.setOutputBufferSize(OUTPUT_BUFFER);
                }
            }
        }
    }

    /** SERVICE and script functions off for every query in this JVM, whatever a dataset's context says. */
    static void lockDownArq() {
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        System.setProperty(ARQ.systemPropertyScripting, "false");
    }

    /**
     * Every endpoint Fuseki registered, as "dataset path" to "endpoint name: operation" entries (the endpoint name
     * is empty for the dataset URL itself), for the start-up check against the allow-list.
     */
    public java.util.Map<String, java.util.Set<String>> endpoints() {
        java.util.Map<String, java.util.Set<String>> endpoints = new java.util.TreeMap<>();
        for (var accessPoint : fuseki.getDataAccessPointRegistry().accessPoints()) {
            java.util.Set<String> operations = new java.util.TreeSet<>();
            accessPoint.getDataService().forEachEndpoint(endpoint -> operations.add(
                    (endpoint.getName() == null ? "" : endpoint.getName()) + ": " + endpoint.getOperation().getName()));
            endpoints.put(accessPoint.getName(), operations);
        }
        return endpoints;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
