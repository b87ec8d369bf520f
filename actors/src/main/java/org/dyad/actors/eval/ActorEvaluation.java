package org.dyad.actors.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.dyad.json.Json;
import org.dyad.model.Document;
import org.dyad.model.Genre;
import org.dyad.model.Ids;
import org.dyad.model.Mention;
import org.dyad.model.PartialDate;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;
import org.dyad.model.PublishedDate;
import org.dyad.model.ReferenceCodes;
import org.dyad.model.Source;
import org.dyad.model.Span;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * Scores actor resolution on JSON Lines of {@code {"text": ..., "date": "2017-09-15", "actors": [{"text":
 * "Hun Sen", "country": "KHM", "sector": "GOV"}]}}, or of PLOVER-coded records, whose actors are
 * {@code source_actors} and {@code target_actors} with a {@code code} (a country or IGO/NGO) and an optional
 * {@code sector}. A gold actor is found when a mention overlaps the first unused occurrence of its text;
 * country recall counts found actors with the right country (or the right IGO/NGO class), sector accuracy
 * the right sector among those whose gold record states one (in dyad's own format, null = no sector).
 */
public final class ActorEvaluation {
  private final Function<Document, AnalyzedDocument> analyse;

  /** {@code analyse} runs the pipeline up to and including the actors stage. */
  public ActorEvaluation(Function<Document, AnalyzedDocument> analyse) {
    this.analyse = Objects.requireNonNull(analyse, "analyse");
  }

  /** One gold actor and what dyad made of it. */
  public record Outcome(int line, String text, String goldCountry, String goldSector, boolean sectorScored,
      boolean goldIsCode, String country, String sector, String code, boolean found) {
    public boolean countryRight() {
      if (!found) {
        return false;
      }
      if (goldIsCode) {
        // a PLOVER code: a country, or for an IGO or NGO (which have no country) its class
        return ReferenceCodes.sameCountry(country != null ? country : ReferenceCodes.country(code), goldCountry);
      }
      return Objects.equals(goldCountry, country);
    }

    public boolean sectorRight() {
      return countryRight() && sectorScored && Objects.equals(goldSector, sector);
    }
  }

  /** The scores and every outcome. */
  public record Report(String input, int documents, int mentions, List<Outcome> outcomes) {
    public Report {
      outcomes = List.copyOf(outcomes);
    }

    public double countryRecall() {
      return outcomes.isEmpty() ? 0 : outcomes.stream().filter(Outcome::countryRight).count()
          / (double) outcomes.size();
    }

    public double sectorAccuracy() {
      long checked = sectorChecked();
      return checked == 0 ? 0 : outcomes.stream().filter(Outcome::sectorRight).count() / (double) checked;
    }

    private long sectorChecked() {
      return outcomes.stream().filter(o -> o.countryRight() && o.sectorScored()).count();
    }

    public String toText() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format("%s: %d documents, %d gold actors, %d mentions%n", input, documents,
          outcomes.size(), mentions));
      sb.append(String.format("country recall  %.3f (%d/%d)%n", countryRecall(),
          outcomes.stream().filter(Outcome::countryRight).count(), outcomes.size()));
      sb.append(String.format("sector accuracy %.3f (%d/%d)%n", sectorAccuracy(),
          outcomes.stream().filter(Outcome::sectorRight).count(), sectorChecked()));
      for (Outcome o : outcomes) {
        if (!o.countryRight() || (o.sectorScored() && !o.sectorRight())) {
          sb.append(String.format("  line %d: '%s' gold %s/%s, got %s%n", o.line(), o.text(), o.goldCountry(),
              o.goldSector(), o.found() ? o.country() + "/" + o.sector() : "nothing"));
        }
      }
      return sb.toString();
    }
  }

  public Report run(Path jsonl, ProblemSink sink) throws IOException {
    return run(jsonl, true, sink);
  }

  /** @param useDates false for sets whose dates are placeholders: each record is then read as undated */
  public Report run(Path jsonl, boolean useDates, ProblemSink sink) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    int documents = 0;
    int mentions = 0;
    try (BufferedReader r = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          JsonNode node = Json.mapper().readTree(line);
          String text = node.path("text").asText(null);
          if (text == null) {
            throw new IllegalArgumentException("no \"text\"");
          }
          AnalyzedDocument done = analyse.apply(document(text, useDates ? node.path("date").asText(null) : null));
          documents++;
          mentions += done.mentions().size();
          score(lineNo, text, goldActors(node), done.mentions(), outcomes);
        } catch (IOException | RuntimeException e) {
          sink.report(new Problem(jsonl.toString(), "line " + lineNo, "not a scorable record: " + e.getMessage()));
        }
      }
    }
    return new Report(jsonl.toString(), documents, mentions, outcomes);
  }

  /** The gold actors of a record, in dyad's format or in the PLOVER one. */
  private static List<JsonNode> goldActors(JsonNode record) {
    List<JsonNode> out = new ArrayList<>();
    if (record.has("actors")) {
      record.get("actors").forEach(out::add);
    } else {
      record.path("source_actors").forEach(out::add);
      record.path("target_actors").forEach(out::add);
    }
    return out;
  }

  private static void score(int lineNo, String text, List<JsonNode> gold, List<Mention> mentions,
      List<Outcome> out) {
    List<Span> used = new ArrayList<>();
    for (JsonNode g : gold) {
      String t = g.path("text").asText();
      Span span = firstUnused(text, t, used);
      boolean plover = !g.has("country") && g.has("code");
      String gc = plover ? ReferenceCodes.country(nullable(g, "code")) : nullable(g, "country");
      String gs = plover ? ploverSector(nullable(g, "sector")) : nullable(g, "sector");
      boolean sectorScored = !plover || (gs != null && gs.matches("[A-Z]{3}"));
      Mention best = null;
      if (span != null) {
        used.add(span);
        best = longestOverlapping(mentions, namingPart(t, span));
        if (best == null) {
          best = longestOverlapping(mentions, span);
        }
      }
      out.add(best == null ? new Outcome(lineNo, t, gc, gs, sectorScored, plover, null, null, null, false)
          : new Outcome(lineNo, t, gc, gs, sectorScored, plover, best.actor().country(), best.actor().sector(),
              best.actor().code(), true));
    }
  }

  private static Mention longestOverlapping(List<Mention> mentions, Span span) {
    Mention best = null;
    for (Mention m : mentions) {
      if (m.span().overlaps(span) && (best == null || m.span().length() > best.span().length())) {
        best = m;
      }
    }
    return best;
  }

  /** Words after which a gold phrase's head has ended: what follows places or describes it. */
  private static final Set<String> POST_MODIFIERS = Set.of("in", "at", "of", "from", "near", "on", "across",
      "throughout", "inside", "outside", "based", "living", "operating", "fleeing", "who", "which", "(", ",");
  /** Words before "of" that count rather than name: "hundreds of thousands of people" is named by "people". */
  private static final Set<String> QUANTIFIERS = Set.of("hundreds", "thousands", "dozens", "scores", "tens",
      "millions", "group", "groups", "number", "crowd", "crowds");

  /**
   * The word that names the gold actor: the head of its phrase. An ellipsis skips another actor's words that
   * share a head ("Sierra Leonean ... refugees" in "Sierra Leonean and Liberian refugees"), so only the words
   * before it count; a phrase's head is its last word before what places or describes it ("Rebels in the Ivory
   * Coast" is named by "Rebels", "Osama bin Laden's al-Qaeda" by "al-Qaeda"). The mention on the head is the
   * actor dyad gave the phrase, not a longer mention of the place it is tied to.
   */
  static Span namingPart(String goldText, Span span) {
    String first = goldText.strip().split("\\s*\\.\\.\\.?\\s+")[0];
    java.util.regex.Matcher words = java.util.regex.Pattern.compile("[^\\s,(]+|[,(]").matcher(first);
    int headStart = -1;
    int headEnd = -1;
    String previous = null;
    while (words.find()) {
      String w = words.group().toLowerCase(java.util.Locale.ROOT);
      boolean boundary = POST_MODIFIERS.contains(w) && headStart >= 0
          && !(w.equals("of") && QUANTIFIERS.contains(previous));
      if (boundary) {
        break;
      }
      if (!POST_MODIFIERS.contains(w)) {
        headStart = words.start();
        headEnd = words.end();
      }
      previous = w;
    }
    if (headStart < 0) {
      return span;
    }
    int end = Math.min(span.end(), span.start() + headEnd);
    return new Span(Math.min(end, span.start() + headStart), end);
  }

  /**
   * Where a gold actor's text stands: reference sets pad it with spaces and skip words with an ellipsis
   * ("U.S. ... negotiators"), so the parts are found in order and the span runs from the first to the last.
   */
  static Span firstUnused(String text, String goldText, List<Span> used) {
    String[] parts = goldText.strip().split("\\s*\\.\\.\\.?\\s+");
    if (parts.length == 1) {
      return firstExact(text, parts[0], used);
    }
    Span first = firstExact(text, parts[0], used);
    if (first == null) {
      return null;
    }
    int end = first.end();
    for (int k = 1; k < parts.length; k++) {
      int i = text.indexOf(parts[k], end);
      if (i < 0) {
        return first;
      }
      end = i + parts[k].length();
    }
    return new Span(first.start(), end);
  }

  /**
   * The first occurrence of the needle that no other gold actor holds: preferably one that overlaps none of
   * theirs (two gold actors of one record name different words: "Palestinian security forces" and "Palestinian
   * ... residential areas" are two "Palestinian"s), else the first not taken as such.
   */
  private static Span firstExact(String text, String needle, List<Span> used) {
    Span notTaken = null;
    int from = 0;
    while (!needle.isEmpty()) {
      int i = text.indexOf(needle, from);
      if (i < 0) {
        return notTaken;
      }
      Span s = new Span(i, i + needle.length());
      if (used.stream().noneMatch(s::overlaps)) {
        return s;
      }
      if (notTaken == null && !used.contains(s)) {
        notTaken = s;
      }
      from = i + 1;
    }
    return null;
  }

  /**
   * PLOVER-coded records write two sectors in another vocabulary than CAMEO's, which dyad follows: medical
   * actors (doctors, the Red Cross as a relief body) are {@code MED} there and {@code HLH} in CAMEO, and the press
   * (newspapers, journalists) is {@code JRN} there and {@code MED} in CAMEO. Every use of the two codes in the
   * PLOVER set reads so; the translation is one to one, so nothing else is scored more leniently.
   */
  static String ploverSector(String sector) {
    if (sector == null) {
      return null;
    }
    return switch (sector) {
      case "MED" -> "HLH";
      case "JRN" -> "MED";
      default -> sector;
    };
  }

  private static String nullable(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
  }

  static Document document(String text, String date) {
    PublishedDate published = date == null || date.isBlank() ? PublishedDate.UNKNOWN
        : PublishedDate.of(PartialDate.parse(date), "given");
    String id = Ids.documentId(text);
    return new Document(id, new Source("eval:" + id, "eval", Ids.contentHash(text.getBytes(StandardCharsets.UTF_8)),
        "text/plain", null, null), null, Genre.NEWS, null, "en", published, null, null, null, text, null);
  }
}
