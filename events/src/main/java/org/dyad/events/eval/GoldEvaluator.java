package org.dyad.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.ProblemSink;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * Scores a pipeline on gold.json-style annotations: for each listed document, its reference events (actor and
 * recipient countries, acceptable types, a date prefix, the evidence words) and its must-not cases. A
 * predicted event is a candidate for a reference event when its sentence overlaps the reference evidence; the
 * best candidate (most fields right) is scored field by field. An event matches when actor, recipient and type
 * are right; it matches with its date when the date is right too. Must-not cases count the events that break
 * them.
 */
public final class GoldEvaluator {

  /** One reference event. A null in {@code recipients} means "no recipient" is acceptable. */
  public record ReferenceEvent(String id, List<String> actors, List<String> recipients, List<String> types,
      String date, String evidence) {
    public ReferenceEvent {
      actors = List.copyOf(actors);
      recipients = java.util.Collections.unmodifiableList(new ArrayList<>(recipients));
      types = List.copyOf(types);
    }
  }

  /** A must-not case: any event that fits all its given constraints (and not its excused modalities) breaks it. */
  public record MustNot(String why, String evidenceContains, String actor, String recipient, List<String> types,
      List<String> unlessModality) {
    public MustNot {
      types = List.copyOf(types);
      unlessModality = List.copyOf(unlessModality);
    }
  }

  /** What happened to one reference event. */
  public record EventOutcome(ReferenceEvent reference, Event best, boolean matched, boolean matchedWithDate) {}

  /** One document's result. */
  public record DocumentResult(String document, int events, List<EventOutcome> outcomes,
      List<String> mustNotViolations, int predicted) {
    public DocumentResult {
      outcomes = List.copyOf(outcomes);
      mustNotViolations = List.copyOf(mustNotViolations);
    }

    public double recall() {
      return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(EventOutcome::matched).count() / outcomes.size();
    }

    public double recallWithDate() {
      return outcomes.isEmpty() ? 0
          : (double) outcomes.stream().filter(EventOutcome::matchedWithDate).count() / outcomes.size();
    }
  }

  /** The whole evaluation. */
  public record Result(List<DocumentResult> documents, FieldScore type, FieldScore actor, FieldScore recipient,
      FieldScore date, FieldScore event, int mustNotViolations, int problems) {
    public Result {
      documents = List.copyOf(documents);
    }

    public void print(PrintStream out) {
      for (DocumentResult d : documents) {
        if (d.outcomes().isEmpty() && d.mustNotViolations().isEmpty()) {
          continue;
        }
        out.printf(Locale.ROOT, "%s: %d events coded; recall %.2f (%.2f with date) of %d; must-not violations %d%n",
            d.document(), d.predicted(), d.recall(), d.recallWithDate(), d.outcomes().size(),
            d.mustNotViolations().size());
        for (EventOutcome o : d.outcomes()) {
          out.printf("  %-24s %s%s%n", o.reference().id(), o.matchedWithDate() ? "matched with date"
              : o.matched() ? "matched, date differs" : "missed", o.best() == null ? "" : "  (best: "
              + describe(o.best()) + ")");
        }
        d.mustNotViolations().forEach(v -> out.println("  MUST NOT: " + v));
      }
      for (FieldScore f : List.of(type, actor, recipient, date, event)) {
        out.println(f);
      }
      out.println("must-not violations: " + mustNotViolations + "; problems: " + problems);
    }
  }

  private GoldEvaluator() {}

  /**
   * @param gold the gold.json file; documents are read from its folder
   * @param reader turns a document file into a {@link Document} (e.g. dyad's ingest; {@link EvalDocs#plainText})
   */
  public static Result evaluate(Path gold, Function<Path, Document> reader,
      Function<Document, AnalyzedDocument> pipeline, ProblemSink problems) {
    FieldScore.Counter type = new FieldScore.Counter("type");
    FieldScore.Counter actor = new FieldScore.Counter("actor country");
    FieldScore.Counter recipient = new FieldScore.Counter("recipient country");
    FieldScore.Counter date = new FieldScore.Counter("date");
    FieldScore.Counter event = new FieldScore.Counter("event (actor+rcpt+type)");
    List<DocumentResult> results = new ArrayList<>();
    int[] violations = {0};
    int problemCount = GoldDocuments.forEach(gold, spec -> spec.has("events") || spec.has("must_not"), reader,
        pipeline, problems, doc -> {
      JsonNode spec = doc.spec();
      AnalyzedDocument analyzed = doc.analyzed();
      List<EventOutcome> outcomes = new ArrayList<>();
      for (ReferenceEvent ref : referenceEvents(spec.path("events"))) {
        EventOutcome o = score(ref, analyzed);
        outcomes.add(o);
        boolean has = o.best() != null;
        type.add(has, has && ref.types().contains(o.best().type()));
        actor.add(has, has && containsCountry(ref.actors(), Codes.country(o.best().actor())));
        recipient.add(has, has && containsCountry(ref.recipients(), Codes.country(o.best().recipient())));
        if (ref.date() != null) {
          date.add(has && o.best().date() != null, has && dateMatches(o.best().date(), ref.date()));
        }
        event.add(has, o.matched());
      }
      List<String> broken = new ArrayList<>();
      for (MustNot rule : mustNots(spec.path("must_not"))) {
        for (Event e : analyzed.events()) {
          if (breaks(rule, e, analyzed)) {
            broken.add(rule.why() + " <- " + describe(e));
          }
        }
      }
      violations[0] += broken.size();
      results.add(new DocumentResult(doc.name(), outcomes.size(), outcomes, broken, analyzed.events().size()));
    });
    return new Result(results, type.score(), actor.score(), recipient.score(), date.score(), event.score(),
        violations[0], problemCount);
  }

  private static EventOutcome score(ReferenceEvent ref, AnalyzedDocument doc) {
    Span where = locate(doc.document().text(), ref.evidence());
    Event best = null;
    int bestScore = -1;
    for (Event e : doc.events()) {
      Span sentence = sentenceSpan(doc, e);
      if (where == null || sentence == null || !sentence.overlaps(where)) {
        continue;
      }
      int s = (ref.types().contains(e.type()) ? 1 : 0)
          + (containsCountry(ref.actors(), Codes.country(e.actor())) ? 1 : 0)
          + (containsCountry(ref.recipients(), Codes.country(e.recipient())) ? 1 : 0)
          + (ref.date() != null && e.date() != null && dateMatches(e.date(), ref.date()) ? 1 : 0);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    boolean matched = best != null && ref.types().contains(best.type())
        && containsCountry(ref.actors(), Codes.country(best.actor()))
        && containsCountry(ref.recipients(), Codes.country(best.recipient()));
    boolean withDate = matched && (ref.date() == null || (best.date() != null && dateMatches(best.date(), ref.date())));
    return new EventOutcome(ref, best, matched, withDate);
  }

  private static boolean breaks(MustNot rule, Event e, AnalyzedDocument doc) {
    if (rule.unlessModality().contains(e.modality().wireName())) {
      return false;
    }
    if (rule.evidenceContains() != null) {
      Span sentence = sentenceSpan(doc, e);
      String text = sentence == null ? e.evidence().text() : sentence.of(doc.document().text());
      if (!normalise(text).contains(normalise(rule.evidenceContains()))) {
        return false;
      }
    }
    if (rule.actor() != null && !Codes.sameCountry(Codes.country(e.actor()), rule.actor())) {
      return false;
    }
    if (rule.recipient() != null && !Codes.sameCountry(Codes.country(e.recipient()), rule.recipient())) {
      return false;
    }
    return rule.types().isEmpty() || rule.types().contains(e.type());
  }

  /** A date matches when the event's date begins with the reference prefix ("2017-09-11" fits "2017-09"). */
  static boolean dateMatches(String predicted, String reference) {
    return predicted != null && predicted.startsWith(reference);
  }

  static boolean containsCountry(List<String> reference, String predicted) {
    if (reference.isEmpty()) {
      return true; // the reference does not say
    }
    for (String r : reference) {
      if (r == null ? predicted == null : Codes.sameCountry(predicted, r)) {
        return true;
      }
    }
    return false;
  }

  private static Span sentenceSpan(AnalyzedDocument doc, Event e) {
    for (Sentence s : doc.sentences()) {
      if (s.index() == e.evidence().sentence()) {
        return s.span();
      }
    }
    return new Span(e.evidence().start(), e.evidence().end());
  }

  /** Finds the evidence words in the text, tolerant of quote styles and spacing; null if absent. */
  static Span locate(String text, String evidence) {
    if (evidence == null) {
      return null;
    }
    String t = normalise(text);
    String ev = normalise(evidence);
    int at = t.indexOf(ev);
    if (at < 0 && ev.length() > 30) {
      at = t.indexOf(ev.substring(0, 30));
    }
    if (at < 0) {
      return null;
    }
    // normalise() keeps length (one char for one char), so offsets carry over
    return new Span(at, Math.min(text.length(), at + ev.length()));
  }

  private static String normalise(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(switch (c) {
        case '\u2018', '\u2019' -> '\'';
        case '\u201C', '\u201D' -> '"';
        case '\n', '\t', '\r', '\u00A0' -> ' ';
        default -> Character.toLowerCase(c);
      });
    }
    return sb.toString();
  }

  static List<ReferenceEvent> referenceEvents(JsonNode events) {
    List<ReferenceEvent> out = new ArrayList<>();
    for (JsonNode e : events) {
      out.add(new ReferenceEvent(e.path("id").asText(), strings(e.path("actor")), strings(e.path("recipient")),
          strings(e.path("types")), e.path("date").isTextual() ? e.path("date").asText() : null,
          e.path("evidence").asText(null)));
    }
    return out;
  }

  static List<MustNot> mustNots(JsonNode rules) {
    List<MustNot> out = new ArrayList<>();
    for (JsonNode r : rules) {
      out.add(new MustNot(r.path("why").asText(""), text(r, "evidence_contains"), text(r, "actor"),
          text(r, "recipient"), strings(r.path("types")), strings(r.path("unless_modality"))));
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    return n.path(field).isTextual() ? n.path(field).asText() : null;
  }

  /** A string, a list of strings (nulls kept), or nothing. */
  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n.isArray()) {
      for (JsonNode x : n) {
        out.add(x.isNull() ? null : x.asText());
      }
    } else if (n.isTextual()) {
      out.add(n.asText());
    } else if (n.isNull()) {
      out.add(null);
    }
    return out;
  }

  static String describe(Event e) {
    return e.type() + " " + (e.actor() == null ? "-" : e.actor().code()) + ">"
        + (e.recipient() == null ? "-" : e.recipient().code()) + " " + e.modality().wireName() + " " + e.date()
        + " \"" + e.evidence().text() + "\"";
  }
}
