package org.dyad.ingest.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Genre;

/**
 * What kind of writing a document is, with the signals that decided it. Explicit marks win (a forum's
 * posts, a press-release header, "opinion" or "blog" in the address or page section); otherwise the prose
 * itself votes: recommendations and judgements in the writer's own voice for opinion, a dateline, a wire
 * credit and attributed speech for news.
 */
public final class GenreClassifier {
  /** What is known about a document when its genre is decided. */
  public record Evidence(String text, String uri, String section, Dateline dateline, String wireSource,
      int posts, String htmlType) {}

  /** The genre and the signals behind it. */
  public record Decision(Genre genre, List<String> signals) {
    public Decision {
      signals = List.copyOf(signals);
    }
  }

  private static final Pattern OPINION_ADDRESS = Pattern.compile(
      "(?i)opinion|commentary|op-?ed|editorial|/blogs?/|blog\\.|analysis|column|perspective|viewpoint|/views?/");
  private static final Pattern OPINION_TYPE = Pattern.compile("opinion|blogposting|review");

  private GenreClassifier() {}

  public static Decision classify(Evidence e) {
    List<String> signals = new ArrayList<>();
    if (e.posts() >= 2) {
      signals.add("forum: " + e.posts() + " posts");
      return new Decision(Genre.FORUM_THREAD, signals);
    }
    String text = e.text() == null ? "" : e.text();
    String lower = text.toLowerCase(Locale.ROOT);
    int[] press = PressMarks.find(lower);
    if (press != null) {
      // The mark as written when lower-casing kept the text's length, as it does but for a few letters.
      String mark = lower.length() == text.length() ? text.substring(press[0], press[1])
          : lower.substring(press[0], press[1]);
      signals.add("press release mark: '" + mark.strip() + "'");
      return new Decision(Genre.PRESS_RELEASE, signals);
    }
    String address = (e.uri() == null ? "" : e.uri()) + " " + (e.section() == null ? "" : e.section());
    Matcher opAddr = OPINION_ADDRESS.matcher(address);
    if (opAddr.find()) {
      signals.add("opinion in address or section: '" + opAddr.group() + "'");
      return new Decision(Genre.OPINION, signals);
    }
    if (e.htmlType() != null && OPINION_TYPE.matcher(e.htmlType().toLowerCase(Locale.ROOT)).find()) {
      signals.add("page type " + e.htmlType());
      return new Decision(Genre.OPINION, signals);
    }
    // The writer's own voice: quotations are other people's words and do not count.
    String ownVoice = withoutQuotations(text);
    int words = Math.max(1, words(ownVoice));
    VoiceCounts.Counts voice = VoiceCounts.of(ownVoice);
    double modals = voice.modals() * 1000.0 / words;
    double firstPerson = voice.firstPerson() * 1000.0 / words;
    double attributions = voice.attributions() * 1000.0 / words;
    double opinion = modals + firstPerson / 2;
    double news = attributions + (e.dateline() != null ? 6 : 0) + (e.wireSource() != null ? 2 : 0);
    signals.add("own-voice judgements " + oneDecimal(modals) + "/1000 words");
    signals.add("first person " + oneDecimal(firstPerson) + "/1000 words");
    signals.add("attributions " + oneDecimal(attributions) + "/1000 words");
    if (e.dateline() != null) {
      signals.add("dateline " + e.dateline().place());
    }
    if (e.wireSource() != null) {
      signals.add("credited to " + e.wireSource());
    }
    if (opinion >= 6 && opinion > news) {
      return new Decision(Genre.OPINION, signals);
    }
    if (words(text) >= 40 && (news > 0 || opinion > 0)) {
      return new Decision(Genre.NEWS, signals);
    }
    signals.add("too little prose for news or opinion");
    return new Decision(Genre.OTHER, signals);
  }

  /**
   * {@code String.format(Locale.ROOT, "%.1f", x)} for a finite number: the shortest decimal form of the
   * double rounded half up, without the cost of parsing a format for every document.
   */
  static String oneDecimal(double x) {
    return java.math.BigDecimal.valueOf(x).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** As many as {@code text.split("\\s+")} gives, without building the pieces. */
  static int words(String text) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        n++;
      }
      inWord = !space;
    }
    // split() gives one empty piece before leading space, and one piece for an empty text.
    boolean leadingSpace = !text.isEmpty() && Character.isWhitespace(text.charAt(0));
    return text.isEmpty() ? 1 : n + (leadingSpace ? 1 : 0);
  }

  /**
   * The text with every quotation (“…” or "…", the first closing mark ends it) replaced by a space; an
   * opening mark that is never closed stays.
   */
  static String withoutQuotations(String text) {
    StringBuilder out = null;
    int copied = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int close = c == '“' ? text.indexOf('”', i + 1) : c == '"' ? text.indexOf('"', i + 1) : -1;
      if (close < 0) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(' ');
      copied = close + 1;
      i = close;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }
}
