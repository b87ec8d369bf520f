package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

  @Test
  void anchorsOnNumbersCalendarNamesUnitsAndDeicticWords() {
    for (String w : List.of("2017", "4", "1990s", "12/05/2022", "June", "Sept", "Monday", "Tues", "weeks", "Year",
        "yesterday", "ago", "tonight", "Christmas", "now", "spring")) {
      assertTrue(TimeWords.mayAnchor(w), w);
    }
  }

  @Test
  void anchorsOnAHyphenatedWordThatEndsInATimeWord() {
    for (String w : List.of("mid-September", "late-November", "mid-2019", "pre-Christmas")) {
      assertTrue(TimeWords.mayAnchor(w), w);
    }
    assertFalse(TimeWords.mayAnchor("Hun-Sen"));
    assertFalse(TimeWords.mayAnchor("pro-democracy"));
  }

  @Test
  void doesNotAnchorOnOrdinaryWords() {
    for (String w : List.of("Hun", "Sen", "threatened", "the", "end", "of", "last", "next", "three", "ban", "Cambodia",
        "ends", "is")) {
      assertFalse(TimeWords.mayAnchor(w), w);
    }
  }

  @Test
  void windowsSpanTheContextAroundEachAnchorAndMergeWhenTheyMeet() {
    // 40 filler words with time words at 5 and 12 (windows meet) and at 35 (a window of its own)
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      words.add(i == 5 ? "Monday" : i == 12 ? "2017" : i == 35 ? "yesterday" : "word");
    }
    List<int[]> windows = TimeTagger.windows(sentence(words));
    int c = TimeTagger.CONTEXT_TOKENS;
    assertEquals(2, windows.size());
    assertArrayEquals(new int[] {0, 12 + 1 + c}, windows.get(0));
    assertArrayEquals(new int[] {35 - c, 40}, windows.get(1));
  }

  private static Sentence sentence(List<String> words) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String w : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      tokens.add(new Token(tokens.size(), w, text.length(), text.length() + w.length(), "NN", w, "O"));
      text.append(w);
    }
    return new Sentence(0, new Span(0, text.length()), text.toString(), tokens, null, null, null);
  }
}
