package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.json.Json;
import org.dyad.testkit.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five shared documents through `dyad ingest` into one store: the two reports of Hun Sen's November 2019
 * letter (a Reuters story reposted in a forum, an AP story) become one event with two independent sources,
 * and a forum thread's quotes add nothing.
 */
class SharedCorpusStoreIT {
  @TempDir static Path data;
  static List<JsonNode> clusters = new ArrayList<>();

  @BeforeAll
  static void ingest() throws Exception {
    List<String> undated = new ArrayList<>(List.of("ingest", "--data", data.toString(), "--doc-date", "2019-11-29"));
    List<String> dated = new ArrayList<>(List.of("ingest", "--data", data.toString()));
    try (var files = Files.list(SharedData.resolve("corpus/cambodia-us"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = p.getFileName().toString();
        (name.startsWith("000") || name.startsWith("001") ? undated : dated).add(p.toString());
      }
    }
    assertEquals(0, CliRun.of(undated.toArray(String[]::new)).exit());
    assertEquals(0, CliRun.of(dated.toArray(String[]::new)).exit());
    CliRun export = CliRun.of("export", "--format", "jsonl", "--data", data.toString());
    assertEquals(0, export.exit(), export.err());
    for (String line : export.out().split("\n")) {
      if (!line.isBlank()) {
        clusters.add(Json.mapper().readTree(line));
      }
    }
  }

  @Test
  void theLetterReportedByReutersAndApIsOneEventWithTwoIndependentSources() {
    JsonNode letter = clusters.stream().filter(c -> documents(c).size() == 2
            && documents(c).stream().anyMatch(u -> u.contains("000_")) && documents(c).stream().anyMatch(u -> u.contains("001_")))
        .findFirst().orElseThrow(() -> new AssertionError("no event joins the two reports of the letter"));
    assertEquals("KHM", letter.path("actor").path("country").asText());
    assertEquals("USA", letter.path("recipient").path("country").asText());
    assertEquals(2, letter.path("num_sources").asInt(), letter.toString());
    assertTrue(letter.path("date").asText().startsWith("2019-11"), letter.toString());
  }

  @Test
  void aForumThreadsQuotesAddNoEvents() {
    Set<String> seen = new HashSet<>();
    for (JsonNode c : clusters) {
      for (JsonNode r : c.path("reports")) {
        if (r.path("genre").asText().equals("forum_thread")) {
          String key = r.path("doc_id").asText() + "|" + c.path("type").asText() + "|"
              + r.path("evidence").path("text").asText();
          assertTrue(seen.add(key), "the same words were coded twice in one thread: " + key);
        }
      }
    }
    assertFalse(seen.isEmpty(), "the thread's own posts are coded");
  }

  private static List<String> documents(JsonNode cluster) {
    List<String> out = new ArrayList<>();
    cluster.path("reports").forEach(r -> out.add(r.path("source_uri").asText()));
    return out;
  }
}
