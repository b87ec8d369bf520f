package org.dyad.events.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Dependency;
import org.dyad.model.Document;
import org.dyad.model.Genre;
import org.dyad.model.Ids;
import org.dyad.model.Mention;
import org.dyad.model.PartialDate;
import org.dyad.model.Post;
import org.dyad.model.PublishedDate;
import org.dyad.model.Resolution;
import org.dyad.model.Sentence;
import org.dyad.model.Source;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Layer;

/**
 * Builds analysed documents by hand for unit tests: each sentence is written CoNLL-U style, one token per
 * line as {@code ID FORM LEMMA XPOS HEAD DEPREL} (IDs from 1, HEAD 0 for the root), then its actor mentions
 * and time expressions are added by token range. The text is the tokens joined by single spaces.
 */
public final class ConllDoc {
  private final String published;
  private String latest;
  private final StringBuilder text = new StringBuilder();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<int[]> postSpans = new ArrayList<>();
  private Genre genre = Genre.NEWS;
  private List<TimeExpression> pendingTimes = new ArrayList<>();

  private ConllDoc(String published) {
    this.published = published;
  }

  /** A document published on this date ("2017-09-15"), or null for an unknown date. */
  public static ConllDoc publishedOn(String published) {
    return new ConllDoc(published);
  }

  /** A document whose text only bounds its publication day: between {@code earliest} and {@code latest}. */
  public static ConllDoc publishedBetween(String earliest, String latest) {
    ConllDoc d = new ConllDoc(earliest);
    d.latest = latest;
    return d;
  }

  public ConllDoc genre(Genre g) {
    this.genre = g;
    return this;
  }

  public ConllDoc sentence(String conll) {
    flush();
    if (text.length() > 0) {
      text.append(' ');
    }
    int sentenceStart = text.length();
    List<Token> tokens = new ArrayList<>();
    List<Dependency> deps = new ArrayList<>();
    for (String raw : conll.strip().split("\n")) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      if (f.length != 6) {
        throw new IllegalArgumentException("expected 'ID FORM LEMMA XPOS HEAD DEPREL', got '" + line + "'");
      }
      int index = Integer.parseInt(f[0]) - 1;
      if (index != tokens.size()) {
        throw new IllegalArgumentException("token ids must run 1, 2, 3...: " + line);
      }
      if (!tokens.isEmpty()) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[1]);
      tokens.add(new Token(index, f[1], start, text.length(), f[3], f[2], "O"));
      deps.add(new Dependency(f[5], Integer.parseInt(f[4]) - 1, index));
    }
    sentences.add(new Sentence(sentences.size(), new Span(sentenceStart, text.length()),
        text.substring(sentenceStart), tokens, deps, List.of(), null));
    return this;
  }

  /** A mention over tokens {@code from..to} (1-based, inclusive) of the last sentence; head = last token. */
  public ConllDoc mention(int from, int to, String code, String country, String sector) {
    return mention(from, to, to, code, country, sector, null);
  }

  public ConllDoc mention(int from, int to, int head, String code, String country, String sector, String entity) {
    return mention(from, to, head, code, country, sector, entity, Resolution.FULL_NAME);
  }

  /** A pronoun over token {@code at} that the actor stage resolved to this person. */
  public ConllDoc pronoun(int at, String code, String country, String sector, String entity) {
    return mention(at, at, at, code, country, sector, entity, Resolution.PRONOUN);
  }

  private ConllDoc mention(int from, int to, int head, String code, String country, String sector, String entity,
      Resolution resolution) {
    Sentence s = last();
    Token a = s.tokens().get(from - 1);
    Token b = s.tokens().get(to - 1);
    String words = text.substring(a.start(), b.end());
    mentions.add(new Mention(s.index(), new Span(a.start(), b.end()), head - 1,
        new Actor(words, code, country, sector, entity, null), resolution));
    return this;
  }

  /** A time expression over tokens {@code from..to} of the last sentence, with its date (or null). */
  public ConllDoc time(int from, int to, String date, boolean relative) {
    Sentence s = last();
    Token a = s.tokens().get(from - 1);
    Token b = s.tokens().get(to - 1);
    pendingTimes.add(new TimeExpression(new Span(a.start(), b.end()), text.substring(a.start(), b.end()), date,
        date == null ? null : PartialDate.parse(date), relative));
    return this;
  }

  /**
   * A relative time expression over tokens {@code from..to} that the parse stage could not resolve (no exact
   * document day), with SUTime's unanchored TIMEX value (or null).
   */
  public ConllDoc unresolvedTime(int from, int to, String timex) {
    Sentence s = last();
    Token a = s.tokens().get(from - 1);
    Token b = s.tokens().get(to - 1);
    pendingTimes.add(new TimeExpression(new Span(a.start(), b.end()), text.substring(a.start(), b.end()), timex,
        null, true));
    return this;
  }

  /** Marks the sentences so far as one forum post by this author. */
  public ConllDoc post(String author) {
    flush();
    int start = postSpans.isEmpty() ? 0 : postSpans.get(postSpans.size() - 1)[1] + 1;
    postSpans.add(new int[] {start, text.length()});
    authors.add(author);
    return this;
  }

  private final List<String> authors = new ArrayList<>();

  public AnalyzedDocument build() {
    flush();
    String t = text.toString();
    PublishedDate date = published == null ? PublishedDate.UNKNOWN
        : latest != null ? PublishedDate.range(java.time.LocalDate.parse(published),
            java.time.LocalDate.parse(latest), "text")
        : PublishedDate.of(PartialDate.parse(published), "given");
    List<Post> posts = new ArrayList<>();
    for (int i = 0; i < postSpans.size(); i++) {
      int[] sp = postSpans.get(i);
      posts.add(new Post(i + 1, authors.get(i), null, new Span(sp[0], sp[1]), t.substring(sp[0], sp[1]), null,
          null, null));
    }
    Document doc = new Document(Ids.documentId(t),
        new Source("test:" + Ids.documentId(t), "test", Ids.contentHash(t.getBytes(StandardCharsets.UTF_8)),
            "text/plain", null, null),
        null, genre, null, "en", date, null, null, null, t, posts);
    return new AnalyzedDocument(doc, sentences, mentions, List.of(),
        EnumSet.of(Layer.TEXT, Layer.SENTENCES, Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.NAMED_ENTITIES,
            Layer.DEPENDENCIES, Layer.TIMES, Layer.ACTOR_MENTIONS));
  }

  private Sentence last() {
    flush();
    if (sentences.isEmpty()) {
      throw new IllegalStateException("add a sentence first");
    }
    return sentences.get(sentences.size() - 1);
  }

  private void flush() {
    if (!pendingTimes.isEmpty() && !sentences.isEmpty()) {
      int k = sentences.size() - 1;
      Sentence s = sentences.get(k);
      List<TimeExpression> all = new ArrayList<>(s.times());
      all.addAll(pendingTimes);
      sentences.set(k, s.withAnalysis(s.tokens(), s.dependencies(), all));
      pendingTimes = new ArrayList<>();
    }
  }
}
