package org.dyad.events.eval;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dyad.model.DateBasis;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.ProblemSink;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * Scores event dates on gold.json-style annotations (the format {@link GoldEvaluator} reads): for each reference
 * event, the event coded in its evidence sentence that fits it best by type, actor and recipient (the date is
 * not used to choose, so a right date elsewhere in the sentence cannot help) is judged on its date alone:
 * <ul>
 *   <li>right: the coded date lies within the reference period at least as finely ("2019-11-01" or "2019-11"
 *       for "2019-11"); too coarse: it holds the reference but is wider ("2019" for "2019-11-01"); wrong:
 *       it does not hold the reference; unknown: no date;</li>
 *   <li>a reference event whose date is null (the text does not give it) is right when the coded date does not
 *       claim to come from the text (basis {@code publication} or {@code unknown}) and wrong when it claims an
 *       {@code explicit} or {@code relative} date.</li>
 * </ul>
 * Reference events with no coded event in their sentence are counted apart: they measure the coder, not dating.
 */
public final class DateEvaluator {

  /** How a coded event's date compares with the reference. */
  public enum Verdict { RIGHT, TOO_COARSE, WRONG, UNKNOWN, NOT_CODED }

  /** One reference event and the coded event judged for it. */
  public record Outcome(String document, GoldEvaluator.ReferenceEvent reference, Event coded, Verdict verdict) {}

  /** The whole evaluation. */
  public record Result(List<Outcome> outcomes, int problems) {
    public Result {
      outcomes = List.copyOf(outcomes);
    }

    public long count(Verdict v, boolean dated) {
      return outcomes.stream().filter(o -> o.verdict() == v && (o.reference().date() != null) == dated).count();
    }

    /** Right dates among the dated reference events that were coded. */
    public double accuracy() {
      long coded = outcomes.stream().filter(o -> o.reference().date() != null && o.verdict() != Verdict.NOT_CODED)
          .count();
      return coded == 0 ? 0 : (double) count(Verdict.RIGHT, true) / coded;
    }

    /** Right dates among the coded events that were given a date at all (a wrong date costs, none does not). */
    public double precision() {
      long claimed = count(Verdict.RIGHT, true) + count(Verdict.TOO_COARSE, true) + count(Verdict.WRONG, true);
      return claimed == 0 ? 0 : (double) count(Verdict.RIGHT, true) / claimed;
    }

    public void print(PrintStream out, boolean details) {
      if (details) {
        for (Outcome o : outcomes) {
          out.printf(Locale.ROOT, "  %-11s %-28s gold %-10s got %-10s %-11s %s%n", o.verdict().name().toLowerCase(Locale.ROOT),
              o.document().length() > 28 ? o.document().substring(0, 28) : o.document(),
              o.reference().date() == null ? "(none)" : o.reference().date(),
              o.coded() == null || o.coded().date() == null ? "-" : o.coded().date(),
              o.coded() == null ? "" : o.coded().dateBasis().wireName(), o.reference().id());
        }
      }
      long dated = outcomes.stream().filter(o -> o.reference().date() != null).count();
      long datedCoded = dated - count(Verdict.NOT_CODED, true);
      out.printf(Locale.ROOT, "dated reference events %d, coded %d; date accuracy %.3f (%d right, %d too coarse, "
              + "%d wrong, %d unknown); precision of given dates %.3f%n", dated, datedCoded, accuracy(),
          count(Verdict.RIGHT, true), count(Verdict.TOO_COARSE, true), count(Verdict.WRONG, true),
          count(Verdict.UNKNOWN, true), precision());
      long undated = outcomes.size() - dated;
      long undatedCoded = undated - count(Verdict.NOT_CODED, false);
      out.printf(Locale.ROOT, "undated reference events %d, coded %d; claimed a date from the text %d%n", undated,
          undatedCoded, count(Verdict.WRONG, false));
      out.println("by basis (dated reference events): " + breakdown(o -> o.coded().dateBasis().wireName()));
      out.println("by precision (dated reference events): " + breakdown(o -> o.coded().datePrecision().wireName()));
      out.println("problems: " + problems);
    }

    /** right/total per key over the coded, dated reference events. */
    private String breakdown(Function<Outcome, String> key) {
      Map<String, int[]> counts = new TreeMap<>();
      for (Outcome o : outcomes) {
        if (o.reference().date() == null || o.coded() == null) {
          continue;
        }
        int[] c = counts.computeIfAbsent(key.apply(o), k -> new int[2]);
        c[1]++;
        if (o.verdict() == Verdict.RIGHT) {
          c[0]++;
        }
      }
      StringBuilder sb = new StringBuilder();
      counts.forEach((k, c) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(c[0])
          .append('/').append(c[1]));
      return sb.toString();
    }
  }

  private DateEvaluator() {}

  /**
   * @param gold the gold.json file; documents are read from its folder
   * @param reader turns a document file into a {@link Document}
   */
  public static Result evaluate(Path gold, Function<Path, Document> reader,
      Function<Document, AnalyzedDocument> pipeline, ProblemSink problems) {
    List<Outcome> outcomes = new ArrayList<>();
    int problemCount = GoldDocuments.forEach(gold, spec -> spec.has("events"), reader, pipeline, problems, doc -> {
      for (GoldEvaluator.ReferenceEvent ref : GoldEvaluator.referenceEvents(doc.spec().path("events"))) {
        Event coded = bestByContent(ref, doc.analyzed());
        outcomes.add(new Outcome(doc.name(), ref, coded,
            coded == null ? Verdict.NOT_CODED : verdict(ref.date(), coded.date(), coded.dateBasis())));
      }
    });
    return new Result(outcomes, problemCount);
  }

  /** The verdict on a coded date ({@code got}, null when unknown) against the reference (null: undated). */
  static Verdict verdict(String reference, String got, DateBasis basis) {
    if (reference == null) {
      boolean claimsText = basis == DateBasis.EXPLICIT || basis == DateBasis.RELATIVE;
      return claimsText ? Verdict.WRONG : Verdict.RIGHT;
    }
    if (got == null) {
      return Verdict.UNKNOWN;
    }
    if (got.startsWith(reference)) {
      return Verdict.RIGHT;
    }
    return coarserHolding(got, reference) ? Verdict.TOO_COARSE : Verdict.WRONG;
  }

  /** Whether the coded period holds the reference but is wider ("2019" or "2019-Q4" for "2019-11-01"). */
  private static boolean coarserHolding(String got, String reference) {
    try {
      org.dyad.model.PartialDate g = org.dyad.model.PartialDate.parse(got);
      org.dyad.model.PartialDate r = org.dyad.model.PartialDate.parse(reference);
      return !g.start().isAfter(r.start()) && !g.end().isBefore(r.end());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The coded event in the evidence sentence that fits type, actor and recipient best; first on a tie. */
  private static Event bestByContent(GoldEvaluator.ReferenceEvent ref, AnalyzedDocument doc) {
    Span where = GoldEvaluator.locate(doc.document().text(), ref.evidence());
    Event best = null;
    int bestScore = -1;
    for (Event e : doc.events()) {
      Span sentence = sentenceSpan(doc, e);
      if (where == null || !sentence.overlaps(where)) {
        continue;
      }
      int s = (ref.types().contains(e.type()) ? 4 : 0)
          + (GoldEvaluator.containsCountry(ref.actors(), Codes.country(e.actor())) ? 2 : 0)
          + (GoldEvaluator.containsCountry(ref.recipients(), Codes.country(e.recipient())) ? 1 : 0);
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  private static Span sentenceSpan(AnalyzedDocument doc, Event e) {
    for (Sentence s : doc.sentences()) {
      if (s.index() == e.evidence().sentence()) {
        return s.span();
      }
    }
    return new Span(e.evidence().start(), e.evidence().end());
  }
}
