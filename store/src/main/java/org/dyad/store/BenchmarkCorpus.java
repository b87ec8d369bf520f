package org.dyad.store;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.dyad.model.Actor;
import org.dyad.model.DateBasis;
import org.dyad.model.DatePrecision;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Genre;
import org.dyad.model.Ids;
import org.dyad.model.Mention;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.dyad.model.Provenance;
import org.dyad.model.PublishedDate;
import org.dyad.model.Resolution;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Source;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Layer;

/**
 * Generated analysed documents shaped like the pipeline's output on news, for {@link StoreBenchmark}: an
 * article of {@code sentences} sentences (about 130 characters each), every actor named in it a mention
 * with its span, a time expression in each event sentence, and {@code eventsPerDocument} events with both
 * actors (code, country, sector, entity, role), evidence, date and provenance. One document in ten is a
 * syndicated copy of an earlier one under another outlet, as wire stories are.
 */
final class BenchmarkCorpus {
  static final String FINGERPRINT = "bench-pipeline-1";

  private static final Actor[] ACTORS = {
    new Actor("Prime Minister Hun Sen", "KHMGOV", "KHM", "GOV", "hun-sen", "Prime Minister"),
    new Actor("the Cambodian army", "KHMMIL", "KHM", "MIL", "royal-cambodian-armed-forces", null),
    new Actor("opposition leader Kem Sokha", "KHMOPP", "KHM", "OPP", "kem-sokha", "Party leader"),
    new Actor("Secretary of State Antony Blinken", "USAGOV", "USA", "GOV", "antony-blinken", "Secretary of State"),
    new Actor("the Pentagon", "USAMIL", "USA", "MIL", "us-defense-department", null),
    new Actor("Foreign Minister Wang Yi", "CHNGOV", "CHN", "GOV", "wang-yi", "Foreign Minister"),
    new Actor("Vietnamese officials", "VNMGOV", "VNM", "GOV", null, null),
    new Actor("the Thai government", "THAGOV", "THA", "GOV", "thai-government", null),
    new Actor("President Emmanuel Macron", "FRAGOV", "FRA", "GOV", "emmanuel-macron", "President"),
    new Actor("Japanese diplomats", "JPNGOV", "JPN", "GOV", null, null),
  };

  private record Kind(String type, String cameo, int quad, double goldstein, String verb) {}

  private static final Kind[] KINDS = {
    new Kind("CONSULT", "040", 1, 1.0, "met with"),
    new Kind("AGREE", "057", 1, 8.0, "signed an agreement with"),
    new Kind("AID", "070", 2, 7.0, "pledged aid to"),
    new Kind("COOPERATE", "061", 2, 6.4, "held joint exercises with"),
    new Kind("ACCUSE", "112", 3, -2.0, "accused"),
    new Kind("THREATEN", "130", 3, -4.4, "threatened"),
    new Kind("SANCTION", "163", 4, -8.0, "imposed visa restrictions on"),
    new Kind("REJECT", "120", 3, -4.0, "rejected a request from"),
  };

  private static final String[] OUTLETS = {"phnompenhpost.com", "khmertimeskh.com", "voacambodia.com",
      "rfa.org", "straitstimes.com", "scmp.com", "reuters.com", "apnews.com"};
  private static final String[] WORDS = ("talks border trade visit officials statement ministry security "
      + "election court protest investment delegation parliament relations pressure warning port naval base "
      + "loans tariffs garment exports rights activists journalists media licence radio embassy summit")
      .split(" ");

  private BenchmarkCorpus() {}

  static List<AnalyzedDocument> generate(long seed, int documents, int eventsPerDocument, int sentences) {
    if (eventsPerDocument > sentences) {
      throw new IllegalArgumentException("one event per sentence at most: " + eventsPerDocument + " events, "
          + sentences + " sentences");
    }
    SplittableRandom r = new SplittableRandom(seed);
    List<AnalyzedDocument> out = new ArrayList<>(documents);
    LocalDate first = LocalDate.of(2015, 1, 1);
    for (int n = 0; n < documents; n++) {
      String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
      if (n > 10 && r.nextInt(10) == 0) {
        out.add(copy(out.get(r.nextInt(out.size())), outlet, n));
        continue;
      }
      out.add(article(r, n, outlet, first.plusDays(r.nextInt(3650)), eventsPerDocument, sentences));
    }
    return out;
  }

  private static AnalyzedDocument article(SplittableRandom r, int n, String outlet, LocalDate published,
      int events, int sentences) {
    // Which sentences carry an event: spread over the article.
    boolean[] eventful = new boolean[sentences];
    for (int placed = 0; placed < events; ) {
      int s = r.nextInt(sentences);
      if (!eventful[s]) {
        eventful[s] = true;
        placed++;
      }
    }
    StringBuilder text = new StringBuilder();
    List<Draft> drafts = new ArrayList<>();
    for (int s = 0; s < sentences; s++) {
      drafts.add(eventful[s] ? eventSentence(r, text, s, published, n) : plainSentence(r, text, s, n));
    }
    String body = text.toString();
    String wire = r.nextInt(3) == 0 ? "Reuters" : null;
    Document d = document(body, "Report " + n + ": " + WORDS[r.nextInt(WORDS.length)] + " and "
        + WORDS[r.nextInt(WORDS.length)], outlet, wire, published, n);
    return analysed(d, drafts, published);
  }

  /** A sentence being written, with what was placed in it. */
  private record Draft(int index, Span span, String text, List<Mention> mentions, TimeExpression time,
      Kind kind, Actor actor, Actor recipient) {}

  private static Draft eventSentence(SplittableRandom r, StringBuilder text, int s, LocalDate published, int n) {
    Actor a = ACTORS[r.nextInt(ACTORS.length)];
    Actor b = ACTORS[r.nextInt(ACTORS.length)];
    while (b.country().equals(a.country())) {
      b = ACTORS[r.nextInt(ACTORS.length)];
    }
    Kind k = KINDS[r.nextInt(KINDS.length)];
    int start = text.length();
    List<Mention> mentions = new ArrayList<>();
    String opening = capitalise(a.text());
    mentions.add(mention(s, start, opening, a));
    text.append(opening).append(' ').append(k.verb()).append(' ');
    mentions.add(mention(s, text.length(), b.text(), b));
    text.append(b.text()).append(" over ").append(WORDS[r.nextInt(WORDS.length)]).append(" and ")
        .append(WORDS[r.nextInt(WORDS.length)]).append(" on ");
    LocalDate day = published.minusDays(r.nextInt(4));
    String weekday = capitalise(day.getDayOfWeek().toString().toLowerCase(Locale.ROOT));
    TimeExpression time = new TimeExpression(new Span(text.length(), text.length() + weekday.length()), weekday,
        day.toString(), PartialDate.day(day), true);
    text.append(weekday).append(", according to a statement released after the ")
        .append(WORDS[r.nextInt(WORDS.length)]).append(" (item ").append(n).append('-').append(s).append("). ");
    Span span = new Span(start, text.length() - 1);
    return new Draft(s, span, text.substring(span.start(), span.end()), mentions, time, k, a, b);
  }

  private static Draft plainSentence(SplittableRandom r, StringBuilder text, int s, int n) {
    int start = text.length();
    List<Mention> mentions = new ArrayList<>();
    text.append("Analysts said the ").append(WORDS[r.nextInt(WORDS.length)]).append(" would shape ");
    if (r.nextInt(3) == 0) {
      Actor a = ACTORS[r.nextInt(ACTORS.length)];
      mentions.add(mention(s, text.length(), a.text(), a));
      text.append(a.text());
    } else {
      text.append("the region's ").append(WORDS[r.nextInt(WORDS.length)]);
    }
    text.append(" for months, while ").append(WORDS[r.nextInt(WORDS.length)]).append(" and ")
        .append(WORDS[r.nextInt(WORDS.length)]).append(" remained unresolved after ")
        .append(WORDS[r.nextInt(WORDS.length)]).append(" (note ").append(n).append('-').append(s).append("). ");
    Span span = new Span(start, text.length() - 1);
    return new Draft(s, span, text.substring(span.start(), span.end()), mentions, null, null, null, null);
  }

  private static Mention mention(int sentence, int at, String text, Actor actor) {
    return new Mention(sentence, new Span(at, at + text.length()), 0, actor, Resolution.FULL_NAME);
  }

  private static AnalyzedDocument analysed(Document d, List<Draft> drafts, LocalDate published) {
    List<Sentence> sentences = new ArrayList<>();
    List<Mention> mentions = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    for (Draft s : drafts) {
      sentences.add(new Sentence(s.index(), s.span(), s.text(), List.of(), List.of(),
          s.time() == null ? List.of() : List.of(s.time()), null));
      mentions.addAll(s.mentions());
      if (s.kind() != null) {
        events.add(event(d, s, published));
      }
    }
    return new AnalyzedDocument(d, sentences, mentions, events,
        Set.of(Layer.TEXT, Layer.SENTENCES, Layer.TIMES, Layer.ACTOR_MENTIONS, Layer.EVENTS));
  }

  private static Event event(Document d, Draft s, LocalDate published) {
    Kind k = s.kind();
    String id = Ids.eventId(d.id(), s.span().start(), s.span().end(), k.type(), s.actor().code(),
        s.recipient().code());
    return new Event(id, d.id(), d.sourceUri(), k.type(), null, k.cameo(), k.quad(), k.goldstein(),
        Modality.ASSERTED, s.actor(), s.recipient(), s.time().date().toString(), DatePrecision.DAY,
        DateBasis.RELATIVE, null, new Evidence(s.index(), s.text(), s.span().start(), s.span().end()), Genre.NEWS,
        null, 0.8, new Provenance(d.sourceUri(), d.source().contentHash(), "html", FINGERPRINT, "bench"));
  }

  /** The same story under another outlet, with its own credit line (so its own document id). */
  private static AnalyzedDocument copy(AnalyzedDocument original, String outlet, int n) {
    Document o = original.document();
    String text = o.text() + " Republished by " + outlet + " as item " + n + ".";
    Document d = document(text, o.title(), outlet, o.wireSource(), LocalDate.parse(o.published().date()), n);
    List<Event> events = new ArrayList<>();
    for (Event e : original.events()) {
      String id = Ids.eventId(d.id(), e.evidence().start(), e.evidence().end(), e.type(), e.actor().code(),
          e.recipient().code());
      events.add(new Event(id, d.id(), d.sourceUri(), e.type(), e.mode(), e.cameo(), e.quadClass(),
          e.goldstein(), e.modality(), e.actor(), e.recipient(), e.date(), e.datePrecision(), e.dateBasis(),
          e.location(), e.evidence(), e.genre(), e.post(), e.confidence(),
          new Provenance(d.sourceUri(), d.source().contentHash(), "html", FINGERPRINT, "bench")));
    }
    return new AnalyzedDocument(d, original.sentences(), original.mentions(), events, original.layers());
  }

  private static Document document(String text, String title, String outlet, String wire, LocalDate published,
      int n) {
    return new Document(Ids.documentId(text), new Source("https://" + outlet + "/news/" + n, "html",
        Ids.contentHash(text.getBytes(StandardCharsets.UTF_8)), "text/html", null, outlet), title, Genre.NEWS,
        null, "en", PublishedDate.of(PartialDate.day(published), "given"), null, wire, null, text, null);
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
