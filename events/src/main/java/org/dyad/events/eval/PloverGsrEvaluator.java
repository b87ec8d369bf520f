package org.dyad.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.Modality;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * Scores a pipeline on the PLOVER gold-standard records ({@code plover_gsr.jsonl}): each record is one
 * sentence with one reference event. The pipeline codes the sentence; its primary event (the most confident,
 * asserted before other modalities, then the first) is compared with the reference: type (older PLOVER names
 * mapped to current ones), actor country and recipient country.
 *
 * <p>PLOVER codes an action announced for the future as an intention: AGREE when cooperative, THREATEN when
 * conflictual. dyad keeps the action's own type and marks it {@code future}; for the comparison a future event
 * is read the PLOVER way ({@link #ploverType}). (A negated intention or concession, "will not accept", dyad
 * itself codes as REJECT.) The "type as coded" field scores dyad's types unconverted.
 */
public final class PloverGsrEvaluator {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One reference record. An empty target set means the reference codes no recipient. */
  public record Reference(String id, String text, String type, Set<String> sources, Set<String> targets) {
    public Reference {
      sources = Set.copyOf(sources);
      targets = Set.copyOf(targets);
    }
  }

  /** The outcome for one record: the reference and dyad's primary event (or null). */
  public record Outcome(Reference reference, Event primary, int events, boolean anyEventHasType) {}

  /** Scores per field, with every record's outcome for inspection. */
  public record Result(List<Outcome> outcomes, FieldScore type, FieldScore actorCountry, FieldScore recipientCountry,
      FieldScore typeAnyEvent, FieldScore typeAsCoded, FieldScore cameoTableAgreement, int problems, long millis) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    public List<FieldScore> fields() {
      List<FieldScore> f = new ArrayList<>(List.of(type, actorCountry, recipientCountry, typeAnyEvent, typeAsCoded));
      if (cameoTableAgreement != null) {
        f.add(cameoTableAgreement);
      }
      return f;
    }

    public void print(PrintStream out) {
      out.printf("PLOVER gold standard: %d records, %d coded with at least one event, %d problems, %d ms%n",
          outcomes.size(), outcomes.stream().filter(o -> o.primary() != null).count(), problems, millis);
      fields().forEach(out::println);
    }

    /** One line per record whose type or countries dyad got wrong, for error analysis. */
    public void printMisses(PrintStream out) {
      for (Outcome o : outcomes) {
        Reference r = o.reference();
        Event e = o.primary();
        String got = e == null ? "no event"
            : ploverType(e) + " " + Codes.country(e.actor()) + " -> " + (e.recipient() == null ? "-" : Codes.country(e.recipient()));
        boolean typeOk = e != null && ploverType(e).equals(r.type());
        boolean actorOk = r.sources().isEmpty() || (e != null && matches(Codes.country(e.actor()), r.sources()));
        boolean recipientOk = r.targets().isEmpty() || (e != null && matches(Codes.country(e.recipient()), r.targets()));
        if (!typeOk || !actorOk || !recipientOk) {
          // sorted, so that two runs' lists can be compared line by line
          out.printf("MISS %s  want %s %s -> %s  got %s%n     %s%n", r.id(), r.type(), new java.util.TreeSet<>(r.sources()),
              r.targets().isEmpty() ? "-" : new java.util.TreeSet<>(r.targets()), got, r.text());
        }
      }
    }
  }

  private PloverGsrEvaluator() {}

  public static List<Reference> read(Path file, ProblemSink problems) {
    List<Reference> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(line);
          String text = node.path("text").asText(null);
          String type = Codes.ploverType(node.path("event_type").asText(null));
          if (text == null || type == null) {
            throw new IllegalArgumentException("record needs 'text' and 'event_type'");
          }
          Set<String> sources = countries(node.path("source_actors"));
          Set<String> targets = countries(node.path("target_actors"));
          // "SRC/TAR" marks reciprocal actors: each is the other's recipient
          if (targets.isEmpty() && node.path("markup").asText("").contains("SRC/TAR")) {
            targets = sources;
          }
          out.add(new Reference(node.path("id").asText("line " + n), text, type, sources, targets));
        } catch (IOException | IllegalArgumentException e) {
          problems.report(new Problem(file.toString(), "line " + n, "bad record: " + e.getMessage()));
        }
      }
    } catch (IOException e) {
      problems.report(new Problem(file.toString(), "", "cannot read: " + e.getMessage()));
    }
    return out;
  }

  /**
   * @param table the CAMEO-PLOVER conversion table to check predicted CAMEO codes against, or null
   */
  public static Result evaluate(Path file, Function<Document, AnalyzedDocument> pipeline, CameoPloverTable table,
      ProblemSink problems) {
    long t0 = System.nanoTime();
    int[] problemCount = {0};
    ProblemSink counting = p -> {
      problemCount[0]++;
      problems.report(p);
    };
    List<Reference> refs = read(file, counting);
    FieldScore.Counter type = new FieldScore.Counter("type");
    FieldScore.Counter actor = new FieldScore.Counter("actor country");
    FieldScore.Counter recipient = new FieldScore.Counter("recipient country");
    FieldScore.Counter anyType = new FieldScore.Counter("type (any event)");
    FieldScore.Counter asCoded = new FieldScore.Counter("type as coded");
    FieldScore.Counter tableAgreement = new FieldScore.Counter("cameo->type vs table");
    List<Outcome> outcomes = new ArrayList<>();
    for (Reference ref : refs) {
      List<Event> events;
      try {
        events = pipeline.apply(EvalDocs.sentence(file + "#" + ref.id(), ref.text(), null)).events();
      } catch (RuntimeException e) {
        counting.report(new Problem(file.toString(), ref.id(), "pipeline failed: " + e));
        events = List.of();
      }
      Event primary = primary(events);
      boolean any = events.stream().anyMatch(e -> ploverType(e).equals(ref.type()));
      outcomes.add(new Outcome(ref, primary, events.size(), any));
      type.add(primary != null, primary != null && ploverType(primary).equals(ref.type()));
      asCoded.add(primary != null, primary != null && primary.type().equals(ref.type()));
      anyType.add(!events.isEmpty(), any);
      if (!ref.sources().isEmpty()) {
        actor.add(primary != null, primary != null && matches(Codes.country(primary.actor()), ref.sources()));
      }
      if (!ref.targets().isEmpty()) {
        recipient.add(primary != null && primary.recipient() != null,
            primary != null && matches(Codes.country(primary.recipient()), ref.targets()));
      } else if (primary != null && primary.recipient() != null) {
        recipient.spurious();
      }
      if (table != null) {
        for (Event e : events) {
          String t = e.cameo() == null ? null : table.typeOf(e.cameo());
          if (t != null) {
            tableAgreement.add(true, t.equals(e.type()));
          }
        }
      }
    }
    return new Result(outcomes, type.score(), actor.score(), recipient.score(), anyType.score(), asCoded.score(),
        table == null ? null : tableAgreement.score(), problemCount[0], (System.nanoTime() - t0) / 1_000_000);
  }

  /** The PLOVER reading of an event: a future cooperative action is an AGREE, a future conflictual one a THREATEN. */
  public static String ploverType(Event e) {
    if (e.modality() != Modality.FUTURE || e.type().equals("AGREE") || e.type().equals("THREATEN")) {
      return e.type();
    }
    return e.quadClass() <= 2 ? "AGREE" : "THREATEN";
  }

  /** The event that stands for the sentence: most confident, asserted first, then the earliest. */
  static Event primary(List<Event> events) {
    return events.stream().min(Comparator
        .comparingDouble((Event e) -> -e.confidence())
        .thenComparing(e -> e.modality() == Modality.ASSERTED ? 0 : 1)
        .thenComparingInt(e -> e.evidence().start())).orElse(null);
  }

  private static boolean matches(String predicted, Set<String> reference) {
    for (String r : reference) {
      if (Codes.sameCountry(predicted, r)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> countries(JsonNode actors) {
    Set<String> out = new LinkedHashSet<>();
    for (JsonNode a : actors) {
      String c = Codes.country(a.path("code").asText(null));
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }
}
