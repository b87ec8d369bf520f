package org.dyad.actors.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The closed word classes actor resolution needs besides the knowledge base: titles (from
 * {@code /dyad/actors/titles.tsv}), personal pronouns, verbs that do not make a country act, and the words
 * that frame a news outlet as the source of a report.
 */
final class Lexicon {
  /**
   * Nouns after a possessed group that make the possessor its patron, not its country: "Israel's militia ally in
   * southern Lebanon", "Iran's militia proxies in Yemen".
   */
  static final Set<String> PATRONAGE_NOUNS = Set.of("ally", "allies", "proxy", "proxies", "surrogate",
      "surrogates", "client", "clients");
  static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "him", "her");
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her");
  /** Verbs after a country that describe it rather than make it act ("Cambodia is", "has become"). */
  static final Set<String> STATIVE_VERBS = Set.of("be", "is", "are", "was", "were", "been", "being", "have",
      "has", "had", "seem", "seems", "become", "becomes", "became", "remain", "remains", "remained", "lie",
      "lies", "border", "borders", "rank", "ranks", "ranked", "cover", "covers", "include", "includes",
      "owe", "owes", "need", "needs", "get", "gets", "got");
  static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "shall", "should",
      "could", "can", "may", "might", "must", "did", "does", "do", "also", "not", "n't", "now", "then",
      "again", "still", "already", "reportedly", "has't", "never", "recently", "later", "today");
  static final Set<String> PASSIVE_AUX = Set.of("is", "are", "was", "were", "been", "be", "being", "get",
      "got");
  static final Set<String> ATTRIBUTION_BEFORE = Set.of("according", "by", "told", "tells", "telling", "to",
      "via", "source", "--", "-", "(", "cited", "citing");
  static final Set<String> ATTRIBUTION_AFTER = Set.of("reported", "reports", "report", "reporting", "said",
      "says", "quoted", "quotes", "learned", "learnt", "cited", "understands", "obtained", "reviewed",
      "has", "--", ")", "news", "correspondent", "reporter");
  /** Prepositions before a capital that make it a place, not the government ("in Washington"). */
  static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "into", "of", "outside",
      "around", "across", "via", "through", "toward", "towards", "visit", "visited", "visiting");
  /** Words before a capital that make it the place of a visit or a stay ("in Amman", "visited Amman"). */
  static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "into", "at", "visit", "visited", "visiting",
      "visits");
  /**
   * Titles of heads of state and government: an unknown "President X" in a story about one country is
   * most likely its president, while an unknown ambassador, envoy or minister is as often a visitor.
   */
  static final Set<String> HEAD_OF_STATE_TITLES = Set.of("president", "vice president", "prime minister",
      "premier", "king", "queen", "emir", "sultan");
  static final Set<String> INDEFINITE = Set.of("a", "an", "some", "several", "many", "two", "three", "four",
      "other", "another", "any", "one");
  /** Words in an unknown organisation's name that make it a news outlet. */
  static final Set<String> MEDIA_NAME_WORDS = Set.of("times", "post", "news", "insider", "herald", "journal",
      "radio", "tv", "television", "press", "tribune", "daily", "gazette", "reuters", "telegraph", "guardian",
      "agency", "broadcasting", "chronicle", "observer", "magazine", "xinhua", "afp", "ap", "bbc", "cnn");

  /** Last words of organisation names that give a sector when the knowledge base has no pattern for them. */
  static final java.util.Map<String, String> NAME_HEADS = java.util.Map.ofEntries(
      java.util.Map.entry("party", "PTY"), java.util.Map.entry("army", "MIL"), java.util.Map.entry("navy", "MIL"),
      java.util.Map.entry("police", "COP"), java.util.Map.entry("court", "JUD"),
      java.util.Map.entry("ministry", "GOV"), java.util.Map.entry("institute", "NGO"),
      java.util.Map.entry("foundation", "NGO"), java.util.Map.entry("watch", "NGO"),
      // associations, societies and forums of people who share a trade or a cause: civil society
      java.util.Map.entry("association", "NGO"), java.util.Map.entry("society", "NGO"),
      java.util.Map.entry("forum", "NGO"),
      java.util.Map.entry("union", "LAB"), java.util.Map.entry("university", "EDU"),
      java.util.Map.entry("bank", "BUS"), java.util.Map.entry("company", "BUS"));

  private static final class Holder {
    static final List<Title> TITLES = loadTitles();
  }

  private Lexicon() {}

  static List<Title> titles() {
    return Holder.TITLES;
  }

  private static List<Title> loadTitles() {
    InputStream in = Lexicon.class.getResourceAsStream("/dyad/actors/titles.tsv");
    if (in == null) {
      throw new IllegalStateException("the class path lacks /dyad/actors/titles.tsv: the actors jar is broken");
    }
    List<Title> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] f = line.split("\t", -1);
        out.add(new Title(f[0], f.length > 1 && !f[1].isBlank() ? f[1] : null, f.length > 2 ? f[2] : null,
            f.length > 3 && f[3].strip().equals("yes")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(withDeputies(out));
  }

  /** Words that make a title the deputy's: "deputy foreign minister", "vice chairman". */
  private static final List<String> DEPUTY_WORDS = List.of("deputy", "vice");

  /**
   * The titles with their deputies: "Peru's Deputy Foreign Minister" and "the vice governor" hold an office of
   * the same sector as the minister's or the governor's, and must not leave the country word without its head.
   * Titles the table writes itself ("deputy prime minister", "vice president") are kept as written.
   */
  static List<Title> withDeputies(List<Title> titles) {
    java.util.Set<String> written = new java.util.HashSet<>();
    for (Title t : titles) {
      written.add(t.words());
    }
    List<Title> out = new ArrayList<>(titles);
    for (Title t : titles) {
      String first = t.wordList().get(0);
      if (t.generic() || DEPUTY_WORDS.contains(first) || first.startsWith("vice-") || t.words().contains(".")) {
        continue;
      }
      for (String deputy : DEPUTY_WORDS) {
        String words = deputy + " " + t.words();
        if (written.add(words)) {
          out.add(new Title(words, t.sector(), deputy + " " + t.office(), false));
        }
      }
    }
    return out;
  }
}
