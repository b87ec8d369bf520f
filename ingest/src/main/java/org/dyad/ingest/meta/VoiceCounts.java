package org.dyad.ingest.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that tell opinion from news, counted in one pass over a text's words: judgements in the
 * writer's own voice ("should", "it is time", "let's"), first-person words, and attributions ("said",
 * "according to"). The counts are those of the word-bounded alternations the classifier used to run as
 * regular expressions (leftmost phrase first, no overlaps), at a fraction of the cost: three alternations
 * tried at every character of every page were a tenth of the cost of reading it.
 */
final class VoiceCounts {
  /** How often each kind of word occurs. */
  record Counts(int modals, int firstPerson, int attributions) {}

  // Each phrase: words, and between two words the exact characters that join them.
  private static final Map<String, List<String[]>> MODAL = phrases("should", "ought to", "must", "need to",
      "needs to", "it is important", "it is crucial", "it is essential", "it is vital", "it is time",
      "is crucial", "is essential", "is obvious", "clearly", "unfortunately", "i believe", "i think",
      "in my view", "we must", "let us", "let's");
  private static final Map<String, List<String[]>> ATTRIBUTION = phrases("said", "says", "told",
      "according to", "announced", "stated", "reported", "confirmed", "added");
  // Case matters here: "We" opening a sentence of a report is as often the paper's as the writer's.
  private static final Set<String> FIRST_PERSON = Set.of("I", "my", "we", "our", "us");

  private VoiceCounts() {}

  static Counts of(String text) {
    Words words = Words.of(text);
    int firstPerson = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.length(i) <= 3 && FIRST_PERSON.contains(words.word(i))) {
        firstPerson++;
      }
    }
    return new Counts(count(words, MODAL), firstPerson, count(words, ATTRIBUTION));
  }

  /** Phrases found left to right; a phrase's words are not searched again for another. */
  private static int count(Words words, Map<String, List<String[]>> phrases) {
    int n = 0;
    for (int i = 0; i < words.size(); ) {
      List<String[]> starting = phrases.get(words.lower(i));
      int length = starting == null ? 0 : matchLength(words, i, starting);
      if (length > 0) {
        n++;
        i += length;
      } else {
        i++;
      }
    }
    return n;
  }

  /** Words in the first of the phrases that matches at word {@code i}, or 0. */
  private static int matchLength(Words words, int i, List<String[]> starting) {
    for (String[] p : starting) {
      int k = (p.length + 1) / 2;
      if (i + k > words.size()) {
        continue;
      }
      boolean match = true;
      for (int j = 1; j < k && match; j++) {
        match = words.joint(i + j - 1).equals(p[2 * j - 1]) && words.lower(i + j).equals(p[2 * j]);
      }
      if (match) {
        return k;
      }
    }
    return 0;
  }

  private static Map<String, List<String[]>> phrases(String... phrases) {
    Map<String, List<String[]>> byFirst = new HashMap<>();
    for (String phrase : phrases) {
      Words w = Words.of(phrase);
      String[] parts = new String[2 * w.size() - 1];
      for (int j = 0; j < w.size(); j++) {
        parts[2 * j] = w.word(j);
        if (j > 0) {
          parts[2 * j - 1] = w.joint(j - 1);
        }
      }
      byFirst.computeIfAbsent(parts[0], k -> new java.util.ArrayList<>()).add(parts);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(byFirst);
  }

  /**
   * The words of a text as a regular expression's {@code \b} sees them on Java 17: runs of letters, digits,
   * underscores and the combining marks that follow them.
   */
  static final class Words {
    private final String text;
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private final String[] lower;

    private Words(String text, int[] starts, int[] ends, int size) {
      this.text = text;
      this.starts = starts;
      this.ends = ends;
      this.size = size;
      this.lower = new String[size];
    }

    static Words of(String text) {
      int[] starts = new int[16];
      int[] ends = new int[16];
      int n = 0;
      int i = 0;
      int len = text.length();
      while (i < len) {
        if (!isWord(text.charAt(i))) {
          i++;
          continue;
        }
        int start = i;
        while (i < len && (isWord(text.charAt(i))
            || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
          i++;
        }
        if (n == starts.length) {
          starts = java.util.Arrays.copyOf(starts, n * 2);
          ends = java.util.Arrays.copyOf(ends, n * 2);
        }
        starts[n] = start;
        ends[n] = i;
        n++;
      }
      return new Words(text, starts, ends, n);
    }

    private static boolean isWord(char c) {
      return c == '_' || Character.isLetterOrDigit(c);
    }

    int size() {
      return size;
    }

    int length(int i) {
      return ends[i] - starts[i];
    }

    String word(int i) {
      return text.substring(starts[i], ends[i]);
    }

    /** The word lower-cased; taken once, as most words are asked about by every list. */
    String lower(int i) {
      String w = lower[i];
      if (w == null) {
        w = word(i).toLowerCase(java.util.Locale.ROOT);
        lower[i] = w;
      }
      return w;
    }

    /** The characters between word {@code i} and the next. */
    String joint(int i) {
      return text.substring(ends[i], starts[i + 1]);
    }
  }
}
