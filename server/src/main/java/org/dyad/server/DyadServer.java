package org.dyad.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.ContentType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.json.Json;
import org.dyad.pipeline.Version;
import org.dyad.store.EventStore;
import org.dyad.store.SearchIndex;
import org.dyad.store.StoreReaders;

/**
 * The running dashboard and JSON API over one store. {@link #start} opens the store in the configured data
 * directory and listens; {@link #stop} stops listening, waits for a running ingest and closes the store.
 */
public final class DyadServer implements AutoCloseable {
  private static final String WEB = "/org/dyad/server/web";
  /** Scripts only from this server, no inline script, no plugins: defence in depth behind escaping. */
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /** How many aggregate answers (overview, pairs, timelines) are kept between writes. */
  private static final int ANSWERS = 1000;

  private final Javalin app;
  private final EventStore store;
  private final StoreReaders readers;
  private final SearchIndex index;
  private final IngestJobs jobs;
  private final ServerConfig config;
  private final List<String> routes;

  private DyadServer(Javalin app, EventStore store, StoreReaders readers, SearchIndex index, IngestJobs jobs,
      ServerConfig config, List<String> routes) {
    this.routes = List.copyOf(routes);
    this.app = app;
    this.store = store;
    this.readers = readers;
    this.index = index;
    this.jobs = jobs;
    this.config = config;
  }

  /** Starts a server whose browser ingest runs dyad's standard pipeline. */
  public static DyadServer start(ServerConfig config) {
    return start(config, PipelineIngest.standard());
  }

  public static DyadServer start(ServerConfig config, IngestService ingest) {
    EventStore store = EventStore.open(config.dataDir());
    StoreReaders readers = null;
    SearchIndex index = null;
    IngestJobs jobs = null;
    try {
      readers = new StoreReaders(store, config.readers());
      // Opening the index catches it up with the store (all of it, the first time).
      index = SearchIndex.open(store);
      StoreChanges changes = new StoreChanges(store, index);
      jobs = new IngestJobs(ingest, store, changes);
      ReadApi read = new ReadApi(readers, new LuceneTextSearch(index), new AnswerCache(changes, ANSWERS));
      WriteApi write = new WriteApi(store, jobs, config, changes);
      WriteGuard guard = new WriteGuard(config.writeToken());
      Map<String, byte[]> pages = loadPages();
      byte[] openApi = resource("/org/dyad/server/openapi.json");
      List<String> routes = new ArrayList<>();
      Javalin app = Javalin.create(c -> configure(c, config, read, write, guard, pages, openApi, routes));
      app.start(config.host(), config.port());
      return new DyadServer(app, store, readers, index, jobs, config, routes);
    } catch (RuntimeException e) {
      if (jobs != null) {
        jobs.close();
      }
      if (index != null) {
        index.close();
      }
      if (readers != null) {
        readers.close();
      }
      store.close();
      throw e;
    }
  }

  private static void configure(JavalinConfig c, ServerConfig config, ReadApi read, WriteApi write,
      WriteGuard guard, Map<String, byte[]> pages, byte[] openApi, List<String> routes) {
    c.startup.showJavalinBanner = false;
    c.startup.showOldJavalinVersionWarning = false;
    c.jsonMapper(new JavalinJackson(Json.mapper(), false));
    c.http.maxRequestSize = Math.min(config.maxUploadBytes(), 1024 * 1024);
    c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
    c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 64 * 1024, SizeUnit.BYTES);
    c.jetty.multipartConfig.maxInMemoryFileSize(256 * 1024, SizeUnit.BYTES);
    c.staticFiles.enableWebjars();
    c.staticFiles.add(sf -> {
      sf.hostedPath = "/static";
      sf.directory = WEB;
      sf.location = Location.CLASSPATH;
      sf.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
    });
    c.routes.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    c.routes.exception(Exception.class, ErrorMapper::handle);
    c.routes.error(404, ErrorMapper::notFound);
    pages.forEach((path, html) -> c.routes.get(path, ctx -> ctx.contentType(ContentType.TEXT_HTML).result(html)));
    Routes r = new Routes(c);
    r.get("/openapi.json", ctx -> ctx.contentType(ContentType.APPLICATION_JSON).result(openApi));
    r.get("/api/config", ctx -> ctx.json(
        new Views.ClientConfig(config.writesNeedToken(), config.maxUploadBytes(), Version.DYAD)));
    r.get("/api/overview", read::overview);
    r.get("/api/pairs", read::pairs);
    r.get("/api/pairs/{a}/{b}/timeline", read::timeline);
    r.get("/api/events", read::events);
    r.get("/api/events/{id}", read::event);
    r.get("/api/documents", read::documents);
    r.get("/api/documents/{id}", read::document);
    r.get("/api/actors/{id}", read::actor);
    r.get("/api/search", read::search);
    r.get("/api/ingest/{id}", write::job);
    r.post("/api/ingest", ctx -> {
      guard.check(ctx);
      write.ingest(ctx);
    });
    r.delete("/api/documents/{id}", ctx -> {
      guard.check(ctx);
      write.deleteDocument(ctx);
    });
    routes.addAll(r.registered());
  }

  private static Map<String, byte[]> loadPages() {
    String shell = new String(resource(WEB + "/page.html"), StandardCharsets.UTF_8);
    Map<String, byte[]> out = new HashMap<>();
    for (Page page : Page.values()) {
      out.put(page.path, page.render(shell));
    }
    return out;
  }

  private static byte[] resource(String name) {
    try (InputStream in = DyadServer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the server jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + name, e);
    }
  }

  /** The port the server listens on (the chosen one when the configuration asked for 0). */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port();
  }

  /** The API routes as "METHOD /path", as documented in /openapi.json. */
  public List<String> routes() {
    return routes;
  }

  public ServerConfig config() {
    return config;
  }

  /** Stops listening, lets a running ingest finish, and closes the store. */
  public void stop() {
    app.stop();
    jobs.close();
    index.close();
    readers.close();
    store.close();
  }

  @Override
  public void close() {
    stop();
  }
}
