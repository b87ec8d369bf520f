package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;
import org.junit.jupiter.api.Test;

class SutimeGapsTest {

  @Test
  void readsMidSeptemberAsAMonthWithoutYearAndLate2019AsAYear() {
    List<TimeExpression> found = new ArrayList<>();
    SutimeGaps.addMissing(sentence("Rebels", "attacked", "in", "mid-September", "after", "a", "late-2019",
        "truce"), found);
    assertEquals(2, found.size());
    assertEquals("mid-September", found.get(0).text());
    assertEquals("XXXX-09", found.get(0).timex());
    assertNull(found.get(0).date());
    assertEquals("2019", found.get(1).date().toString());
    assertFalse(found.get(1).relative());
  }

  @Test
  void readsMayAfterAPrepositionAsTheMonthButNotTheModalVerb() {
    List<TimeExpression> found = new ArrayList<>();
    SutimeGaps.addMissing(sentence("The", "ministers", "met", "in", "May", "and", "talks", "may", "resume"), found);
    assertEquals(1, found.size());
    assertEquals("XXXX-05", found.get(0).timex());
    assertEquals("May", found.get(0).text());
    found.clear();
    SutimeGaps.addMissing(sentence("Officials", "said", "they", "May", "return"), found);
    assertEquals(0, found.size());
  }

  @Test
  void leavesTokensSutimeAlreadyCoveredAndOrdinaryHyphenatedWordsAlone() {
    Sentence s = sentence("a", "mid-October", "pro-democracy", "rally");
    Token oct = s.tokens().get(1);
    List<TimeExpression> found = new ArrayList<>(List.of(
        new TimeExpression(oct.span(), oct.text(), "2019-10", null, true)));
    SutimeGaps.addMissing(s, found);
    assertEquals(1, found.size());
  }

  private static Sentence sentence(String... words) {
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
