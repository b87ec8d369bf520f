package org.dyad.ingest.meta;

/**
 * Finds the first mark of a press release in lower-cased text ("for immediate release", "press release",
 * "media contact" or "media inquiries", "prnewswire" as a word, "business wire", "globe newswire",
 * "accesswire", or a line of "###" that ends the text or a paragraph) by searching for each phrase once.
 * The same first match as the alternation of these phrases as a regular expression, which tried every
 * phrase at every character of every text.
 */
final class PressMarks {
  private static final String[] PHRASES = {"for immediate release", "press release", "media contact",
      "media inquiries", "business wire", "globe newswire", "accesswire"};

  private PressMarks() {}

  /** Start and end of the first mark, or null. */
  static int[] find(String lower) {
    int bestStart = -1;
    int bestEnd = -1;
    for (String phrase : PHRASES) {
      int i = lower.indexOf(phrase);
      if (i >= 0 && (bestStart < 0 || i < bestStart)) {
        bestStart = i;
        bestEnd = i + phrase.length();
      }
    }
    int wire = wordAt(lower, "prnewswire");
    if (wire >= 0 && (bestStart < 0 || wire < bestStart)) {
      bestStart = wire;
      bestEnd = wire + "prnewswire".length();
    }
    int hashes = closingHashes(lower);
    if (hashes >= 0 && (bestStart < 0 || hashes < bestStart)) {
      bestStart = hashes;
      bestEnd = hashes + "\n###".length();
    }
    return bestStart < 0 ? null : new int[] {bestStart, bestEnd};
  }

  /** The first occurrence of {@code word} with no letter, digit or underscore on either side. */
  private static int wordAt(String text, String word) {
    for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      int end = i + word.length();
      if ((i == 0 || !isWordChar(text.charAt(i - 1))) && (end == text.length() || !isWordChar(text.charAt(end)))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isWordChar(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** The first "\n###" followed by white space that holds a line break or runs to the end of the text. */
  private static int closingHashes(String text) {
    for (int i = text.indexOf("\n###"); i >= 0; i = text.indexOf("\n###", i + 1)) {
      int j = i + 4;
      while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '\n') {
        j++;
      }
      if (j == text.length() || text.charAt(j) == '\n') {
        return i;
      }
    }
    return -1;
  }
}
