package org.dyad.merge;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Word shingles of a text, hashed to 64 bits: the set MinHash estimates Jaccard similarity over. Words are
 * the runs of letters and digits of the text made comparable as {@link org.dyad.model.Ids#normalise} does
 * (NFKC, lower case); everything else separates them.
 *
 * <p>Every stored document goes through here, so it works in one pass over the characters: no regular
 * expressions, no word strings, and no NFKC rewrite of text that is NFKC already (nearly all of it). The
 * whitespace and quote clean-up of {@code Ids.normalise} is skipped because spaces and quotes only ever
 * separate words here; the shingles are the same (the merge tests hold the two ways side by side).
 */
final class Shingles {
  static final int WORDS = 5;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Shingles() {}

  static long[] of(String text) {
    String t = Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
        : Normalizer.normalize(text, Normalizer.Form.NFKC);
    t = t.toLowerCase(Locale.ROOT);
    // Word boundaries: starts and ends (exclusive) of each run of letters and digits.
    int[] starts = new int[16];
    int[] ends = new int[16];
    int words = 0;
    int i = 0;
    int n = t.length();
    while (i < n) {
      int cp = t.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      do {
        i += Character.charCount(cp);
      } while (i < n && isWordChar(cp = t.codePointAt(i)));
      if (words == starts.length) {
        starts = java.util.Arrays.copyOf(starts, words * 2);
        ends = java.util.Arrays.copyOf(ends, words * 2);
      }
      starts[words] = start;
      ends[words] = i;
      words++;
    }
    if (words == 0) {
      return new long[0];
    }
    int count = Math.max(1, words - WORDS + 1);
    long[] out = new long[count];
    for (int s = 0; s < count; s++) {
      long h = FNV_OFFSET;
      for (int w = s; w < Math.min(words, s + WORDS); w++) {
        for (int k = starts[w]; k < ends[w]; k++) {
          h = (h ^ t.charAt(k)) * FNV_PRIME;
        }
        h = (h ^ ' ') * FNV_PRIME;
      }
      out[s] = h;
    }
    return out;
  }

  /** What {@code \p{L}} or {@code \p{N}} match: letters of any kind, and digits, letter and other numbers. */
  private static boolean isWordChar(int cp) {
    if (cp < 128) {
      return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
    }
    if (Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
