package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.dyad.json.Json;
import org.dyad.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over a store filled with the fixture, through real HTTP. */
class ServerApiTest {
  @TempDir static Path dir;
  static DyadServer server;
  static Fixture fixture;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    fixture = Fixture.build();
    try (EventStore store = EventStore.open(dir)) {
      fixture.fill(store);
    }
    server = DyadServer.start(ServerConfig.ephemeral(dir));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = get(path);
    assertEquals(200, r.statusCode(), path + " -> " + r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), path);
    return Json.mapper().readTree(r.body());
  }

  @Test
  void overviewCountsEverythingAndRanksCambodiaUsFirst() throws Exception {
    JsonNode o = json("/api/overview");
    assertEquals(fixture.documents().size(), o.get("documents").asInt());
    assertEquals(fixture.eventCount(), o.get("events").asInt());
    assertEquals("KHM", o.get("top_pairs").get(0).get("country_a").asText());
    assertEquals("USA", o.get("top_pairs").get(0).get("country_b").asText());
    assertFalse(o.get("recent_events").isEmpty());
    assertFalse(o.get("recent_documents").isEmpty());
  }

  @Test
  void monthlyTimelineHasEveryMonthAndFindsTheColdYears() throws Exception {
    JsonNode t = json("/api/pairs/khm/usa/timeline?granularity=month&from=2019-01-01&to=2024-12-31");
    assertEquals(72, t.get("periods").size());
    assertEquals("2019-01-01", t.get("periods").get(0).get("period").asText());
    assertEquals("2019-01-31", t.get("periods").get(0).get("period_end").asText());
    JsonNode changes = t.get("change_points");
    assertTrue(changes.size() >= 1, changes.toString());
    JsonNode first = changes.get(0);
    assertTrue(first.get("period").asText().startsWith("2020-") || first.get("period").asText().startsWith("2021-"),
        first.toString());
    assertTrue(first.get("before").asDouble() > 0.5 && first.get("after").asDouble() < -0.5, first.toString());
  }

  @Test
  void timelineDefaultsToThePairsOwnSpan() throws Exception {
    JsonNode t = json("/api/pairs/KHM/CHN/timeline?granularity=year");
    assertEquals("year", t.get("granularity").asText());
    assertEquals(6, t.get("periods").size());
  }

  @Test
  void eventsFilterLikeTheCliAndPage() throws Exception {
    JsonNode all = json("/api/events?dyad=KHM,USA&limit=5");
    long total = all.get("total").asLong();
    assertEquals(5, all.get("events").size());
    JsonNode sanctions = json("/api/events?dyad=USA,KHM&type=sanction,reduce&from=2021-01-01&to=2022-12-31");
    assertTrue(sanctions.get("total").asLong() > 0 && sanctions.get("total").asLong() < total);
    for (JsonNode e : sanctions.get("events")) {
      assertTrue(Set.of("SANCTION", "REDUCE").contains(e.get("type").asText()));
      assertTrue(e.get("date").asText().startsWith("2021") || e.get("date").asText().startsWith("2022"));
    }
    JsonNode directed = json("/api/events?dyad=KHM,USA&directed=true&type=SANCTION");
    assertEquals(0, directed.get("total").asLong());
    JsonNode second = json("/api/events?dyad=KHM,USA&limit=5&offset=5");
    assertFalse(second.get("events").get(0).get("event_id").equals(all.get("events").get(0).get("event_id")));
  }

  @Test
  void anEventListsEveryReportOfTheSameHappening() throws Exception {
    JsonNode page = json("/api/events?dyad=KHM,USA&from=2024-06-04&to=2024-06-04&type=CONSULT");
    assertEquals(2, page.get("total").asInt());
    String id = page.get("events").get(0).get("event_id").asText();
    JsonNode v = json("/api/events/" + id);
    assertEquals("Prime Minister", v.get("event").get("recipient").get("role").asText());
    assertEquals(2, v.get("reports").size());
    Set<String> outlets = new HashSet<>();
    v.get("reports").forEach(r -> outlets.add(r.get("outlet").asText()));
    assertEquals(Set.of("Capital Wire", "Mekong Observer"), outlets);
  }

  @Test
  void aDocumentComesWithItsHighlightsAndEvents() throws Exception {
    String id = fixture.documents().get(0).document().id();
    JsonNode d = json("/api/documents/" + id);
    String text = d.get("document").get("text").asText();
    Set<String> kinds = new HashSet<>();
    for (JsonNode s : d.get("spans")) {
      kinds.add(s.get("kind").asText());
      String covered = text.substring(s.get("start").asInt(), s.get("end").asInt());
      if (s.get("kind").asText().equals("time")) {
        assertTrue(covered.matches("\\d{1,2} [A-Z][a-z]+ \\d{4}"), covered);
      }
    }
    assertEquals(Set.of("actor", "time", "event"), kinds);
    assertFalse(d.get("events").isEmpty());
  }

  @Test
  void anActorHasRolesOverTime() throws Exception {
    JsonNode a = json("/api/actors/hun-manet");
    assertEquals("Hun Manet", a.get("names").get(0).asText());
    Set<String> roles = new HashSet<>();
    a.get("roles").forEach(r -> roles.add(r.get("role").asText()));
    assertTrue(roles.contains("Prime Minister"), roles.toString());
    assertTrue(a.get("as_recipient").asLong() > 0);
  }

  @Test
  void searchFindsDocumentsThenEvidence() throws Exception {
    JsonNode r = json("/api/search?q=Ream%20naval");
    assertFalse(r.get("hits").isEmpty());
    assertEquals("document", r.get("hits").get(0).get("kind").asText());
    assertTrue(r.get("hits").get(0).get("snippet").asText().contains("Ream naval"));
  }

  @Test
  void searchFindsOtherFormsOfAWordAndLinksEvidenceToItsEvent() throws Exception {
    JsonNode hits = json("/api/search?q=meddle").get("hits");
    assertFalse(hits.isEmpty());
    boolean sawEvidence = false;
    for (JsonNode h : hits) {
      assertTrue(h.get("snippet").asText().toLowerCase(java.util.Locale.ROOT).contains("meddling"), h.toString());
      if (h.get("kind").asText().equals("evidence")) {
        sawEvidence = true;
        assertEquals(200, get("/api/events/" + h.get("event_id").asText()).statusCode(), h.toString());
      }
    }
    assertTrue(sawEvidence, hits.toString());
  }

  @Test
  void errorsAreJsonWithAMessageAndNoStackTrace() throws Exception {
    for (String[] c : new String[][] {
        {"/api/events/nope", "404", "event nope was not found"},
        {"/api/events?from=yesterday", "400", "'from' must be a date"},
        {"/api/events?dyad=KH", "400", "ISO 3166"},
        {"/api/pairs/KHM/USA/timeline?granularity=fortnight", "400", "granularity"},
        {"/api/pairs/KHM/USA/timeline?granularity=day&from=1900-01-01&to=2024-01-01", "400", "coarser"},
        {"/api/search", "400", "'q' is required"},
        {"/api/nothing-here", "404", "nothing at GET /api/nothing-here"}}) {
      HttpResponse<String> r = get(c[0]);
      assertEquals(Integer.parseInt(c[1]), r.statusCode(), c[0] + " -> " + r.body());
      JsonNode body = Json.mapper().readTree(r.body());
      assertTrue(body.get("error").asText().contains(c[2]), c[0] + " -> " + r.body());
      assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
    }
  }

  @Test
  void theOpenApiDescriptionDocumentsEveryApiRoute() throws Exception {
    JsonNode spec = json("/openapi.json");
    assertTrue(spec.get("openapi").asText().startsWith("3."));
    Set<String> documented = new HashSet<>();
    for (Iterator<String> it = spec.get("paths").fieldNames(); it.hasNext(); ) {
      String path = it.next();
      spec.get("paths").get(path).fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path));
    }
    Set<String> routes = new HashSet<>();
    server.routes().forEach(r -> {
      if (r.startsWith("GET /api") || !r.startsWith("GET ") || r.equals("GET /openapi.json")) {
        routes.add(r);
      }
    });
    assertEquals(routes, documented);
  }

  @Test
  void pagesAndTheChartLibraryAreServedFromTheServer() throws Exception {
    for (Page p : Page.values()) {
      String page = p.path;
      HttpResponse<String> r = get(page);
      assertEquals(200, r.statusCode(), page);
      assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
      assertFalse(r.body().contains("http://") || r.body().contains("https://"), "no outside resource on " + page);
      assertFalse(r.body().contains("{{"), "the shell is filled in on " + page);
    }
    assertTrue(get("/pair").body().contains("echarts.min.js"), "the pair page loads the chart library");
    assertFalse(get("/event").body().contains("echarts.min.js"), "other pages do not");
    HttpResponse<String> echarts = get("/webjars/echarts/5.3.1/dist/echarts.min.js");
    assertEquals(200, echarts.statusCode());
    assertTrue(echarts.body().length() > 500_000);
    assertEquals(200, get("/static/app.js").statusCode());
  }

  @Test
  void aHostileDocumentIsServedAsDataNotMarkup() throws Exception {
    HttpResponse<String> r = get("/api/documents/" + Fixture.hostileDocumentId());
    assertEquals(200, r.statusCode());
    assertNotNull(Json.mapper().readTree(r.body()).get("document").get("title"));
    assertEquals(Fixture.HOSTILE_TITLE, Json.mapper().readTree(r.body()).get("document").get("title").asText());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
    String body = new String(r.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    assertTrue(body.contains("<script>"), "JSON carries the text as it is; the page renders it as text");
  }
}
