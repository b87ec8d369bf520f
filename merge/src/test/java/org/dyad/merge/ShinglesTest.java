package org.dyad.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dyad.model.Ids;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  /** The shingles as first written: normalise the whole text, split it with a regular expression. */
  private static long[] byRegex(String text) {
    String[] words = Ids.normalise(text).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    if (kept.isEmpty()) {
      return new long[0];
    }
    int n = Math.max(1, kept.size() - Shingles.WORDS + 1);
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = i; j < Math.min(kept.size(), i + Shingles.WORDS); j++) {
        for (char c : kept.get(j).toCharArray()) {
          h = (h ^ c) * 0x100000001b3L;
        }
        h = (h ^ ' ') * 0x100000001b3L;
      }
      out[i] = h;
    }
    return out;
  }

  @Test
  void givesTheShinglesOfNormalisingAndSplittingWithARegex() {
    // Pieces that exercise every branch: ASCII, curly quotes, dashes, ligatures and full-width letters (NFKC
    // rewrites them), Khmer, accented capitals, superscript and Roman numerals, emoji (surrogate pairs),
    // dotted capital I (lower-cases to two chars), tabs and non-breaking spaces.
    String[] pieces = {"Hun Sen", " wrote", "\u201Cthanks\u201D", " \u2014 ", "\uFB01nal", "\uFF21\uFF22C",
        "\u1780\u17B6\u179A", " \u00C9TAT", "x\u00B2", "\u2163", " \uD83D\uDE00 ", "\u0130stanbul", "\t",
        "\u00A0", "2017-09-11", " U.S.", "don't", "_under_score", "   ", "\u00BD", "Stra\u00DFe"};
    SplittableRandom r = new SplittableRandom(3);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      int parts = r.nextInt(30);
      for (int p = 0; p < parts; p++) {
        text.append(pieces[r.nextInt(pieces.length)]);
        if (r.nextInt(3) == 0) {
          text.append(' ');
        }
      }
      String t = text.toString();
      assertArrayEquals(byRegex(t), Shingles.of(t), t);
    }
  }
}
