package org.dyad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.json.Json;
import org.dyad.testkit.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeCommandIT {
  static final List<String> CONTRACT = List.of("event_id", "doc_id", "source_uri", "type", "mode", "cameo",
      "quad_class", "goldstein", "modality", "actor", "recipient", "date", "date_precision", "date_basis",
      "location", "evidence", "genre", "post", "confidence");
  static final Set<String> MODALITIES = Set.of("asserted", "negated", "hypothetical", "future", "recommended",
      "alleged");

  @TempDir Path tmp;

  static List<JsonNode> events(String out) throws Exception {
    List<JsonNode> nodes = new java.util.ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(Json.mapper().readTree(line));
      }
    }
    return nodes;
  }

  @Test
  void everySharedDocumentYieldsEventsWithEveryContractField() throws Exception {
    Path corpus = SharedData.resolve("corpus/cambodia-us");
    Set<String> sources = new HashSet<>();
    for (String name : List.of("000_c12c18d87c51bd36.txt", "001_e3cb2b40a588c175.txt", "002_2b258d5afc2d841b.txt",
        "003_00d285fa5470a794.txt", "004_4182529e3da3c08d.txt")) {
      CliRun run = CliRun.of("code", corpus.resolve(name).toString());
      assertEquals(0, run.exit(), run.err());
      List<JsonNode> events = events(run.out());
      assertFalse(events.isEmpty(), "no events from " + name);
      for (JsonNode e : events) {
        for (String field : CONTRACT) {
          assertTrue(e.has(field), "missing " + field + " in " + e);
        }
        assertTrue(MODALITIES.contains(e.get("modality").asText()), e.toString());
        int start = e.get("evidence").get("start").asInt();
        int end = e.get("evidence").get("end").asInt();
        assertTrue(start >= 0 && end > start, e.toString());
        sources.add(e.get("source_uri").asText());
      }
    }
    assertEquals(5, sources.size());
  }

  @Test
  void evidenceOffsetsPointIntoTheTextInspectPrints() throws Exception {
    Path doc = SharedData.resolve("corpus/cambodia-us/004_4182529e3da3c08d.txt");
    JsonNode inspected = Json.mapper().readTree(CliRun.of("inspect", doc.toString()).out());
    String text = inspected.get("text").asText();
    for (JsonNode e : events(CliRun.of("code", doc.toString()).out())) {
      JsonNode ev = e.get("evidence");
      assertEquals(ev.get("text").asText(), text.substring(ev.get("start").asInt(), ev.get("end").asInt()));
    }
  }

  @Test
  void inspectPrintsTheDocumentModelOfEachSharedDocument() throws Exception {
    for (Path p : Files.list(SharedData.resolve("corpus/cambodia-us")).filter(f -> f.toString().endsWith(".txt"))
        .sorted().toList()) {
      CliRun run = CliRun.of("inspect", p.toString());
      assertEquals(0, run.exit(), run.err());
      JsonNode d = Json.mapper().readTree(run.out());
      for (String field : List.of("doc_id", "source_uri", "title", "genre", "language", "published", "dateline",
          "wire_source", "byline", "text", "posts", "mentions", "events")) {
        assertTrue(d.has(field), "inspect of " + p.getFileName() + " lacks " + field);
      }
      assertFalse(d.get("text").asText().isBlank());
    }
  }

  @Test
  void aMissingFileIsReportedAndTheOtherInputsAreStillCoded() throws Exception {
    Path good = tmp.resolve("good.txt");
    Files.writeString(good, "Visit\n\nPHNOM PENH, June 4, 2024 - U.S. Defense Secretary Lloyd Austin met Prime "
        + "Minister Hun Manet in Phnom Penh on Tuesday.\n");
    Path missing = tmp.resolve("nowhere.txt");
    CliRun run = CliRun.of("code", missing.toString(), good.toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exit());
    assertTrue(run.err().contains(missing.toString()), run.err());
    assertTrue(run.err().contains("1 document read"), run.err());
    assertFalse(events(run.out()).isEmpty(), "the good input was still coded");
  }

  @Test
  void emptyAndBinaryFilesAreReportedWithTheirReason() throws Exception {
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "");
    Path binary = tmp.resolve("image.html");
    byte[] bytes = new byte[4096];
    new java.util.Random(1).nextBytes(bytes);
    Files.write(binary, bytes);
    CliRun run = CliRun.of("code", empty.toString(), binary.toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exit());
    assertTrue(run.err().contains("empty.txt"), run.err());
    assertTrue(run.err().contains("image.html"), run.err());
    assertTrue(run.out().isBlank());
  }

  @Test
  void aDirectoryWithoutDocumentsIsReported() {
    CliRun run = CliRun.of("code", tmp.toString());
    assertEquals(ExitCodes.SOME_INPUTS_FAILED, run.exit(), run.err());
    assertTrue(run.err().contains(tmp.toString()), run.err());
  }

  @Test
  void standardInputIsReadAndRelativeDatesResolveAgainstTheGivenDate() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(("Cambodia's Prime Minister Hun Sen threatened on Monday to ban the "
          + "opposition party.\n").getBytes(StandardCharsets.UTF_8)));
      CliRun run = CliRun.of("code", "--doc-date", "2017-09-14", "-");
      assertEquals(0, run.exit(), run.err());
      List<JsonNode> events = events(run.out());
      assertFalse(events.isEmpty(), run.err());
      assertEquals("2017-09-11", events.get(0).get("date").asText());
      assertEquals("relative", events.get(0).get("date_basis").asText());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void badInputNeitherCrashesNorInventsEvents() throws Exception {
    StringBuilder endless = new StringBuilder("Harvest notes\n\nThe farmers of the valley counted");
    for (int i = 0; i < 400; i++) {
      endless.append(" sacks of rice, baskets of beans");
    }
    Path longSentence = write("long.txt", endless.append(" before the rain came.\n").toString());
    Path noActor = write("weather.txt", "Weather\n\nRain fell on the hills through the night. The river rose by "
        + "two metres and the road to the market was closed until noon.\n");
    Path table = write("table.txt", "Seats won\n\nParty | Votes | Seats\nGreen League | 1200 | 12\n"
        + "Farmers Union | 900 | 9\n- first: Cambodia\n- second: Thailand\n- third: Laos\n");
    Path shouting = write("caps.txt", "THAILAND AND LAOS TALK TRADE AS FLOODS RECEDE\n\nVIENTIANE, Sept. 5 - "
        + "Laotian officials on Tuesday praised Thailand for sending rescue boats to the flooded provinces.\n");
    Path german = write("german.txt", "Hochwasser in Laos\n\nDie Regierung in Vientiane hat am Dienstag Thailand "
        + "für die schnelle Hilfe gedankt. Die Boote kamen in der Nacht und brachten Wasser und Reis in die Dörfer.\n");

    CliRun run = CliRun.of("code", "--doc-date", "2019-09-06", longSentence.toString(), noActor.toString(),
        table.toString(), shouting.toString(), german.toString());

    assertEquals(ExitCodes.OK, run.exit(), run.err());
    for (JsonNode e : events(run.out())) {
      assertTrue(e.get("source_uri").asText().endsWith("caps.txt"), "an event from nothing: " + e);
      assertEquals("LAO", e.get("actor").get("country").asText(), e.toString());
      assertEquals("THA", e.get("recipient").get("country").asText(), e.toString());
    }
    assertFalse(events(run.out()).isEmpty(), "the story under the all-caps headline is still coded");
    assertTrue(run.err().contains("german.txt: skipped: written in 'de'"), run.err());
    assertTrue(run.err().contains("1 skipped {language de=1}"), run.err());
  }

  private Path write(String name, String text) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void wrongCommandLineExitsWithTwo() {
    assertEquals(ExitCodes.USAGE, CliRun.of("code").exit());
    assertEquals(ExitCodes.USAGE, CliRun.of("no-such-command").exit());
  }
}
