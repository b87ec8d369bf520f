package org.dyad.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.dyad.model.Genre;
import org.junit.jupiter.api.Test;

class GenreClassifierTest {
  private static GenreClassifier.Decision classify(String text, String uri, int posts) {
    return GenreClassifier.classify(new GenreClassifier.Evidence(text, uri, null,
        Dateline.at(text), null, posts, null));
  }

  private static final String NEWS = "OSLO (Reuters) - The government said on Monday it would raise fuel "
      + "taxes next year. The finance minister told reporters the money would go to rail projects. "
      + "Opposition leaders said the plan would hurt rural families, according to a statement. "
      + "The parliament is expected to vote on the budget in December, officials said.";
  private static final String OPINION = "The government should stop pretending that fuel taxes are painless. "
      + "It is important to say plainly who pays. Rural families must not carry the cost alone, and the "
      + "ministry needs to explain where the money goes. Leaders should meet the farmers. It is crucial "
      + "that the plan is changed before the vote, and parliament should insist on it.";

  @Test
  void callsDatelinedAttributedProseNews() {
    GenreClassifier.Decision d = classify(NEWS, "file.txt", 0);
    assertEquals(Genre.NEWS, d.genre());
    assertFalse(d.signals().isEmpty());
  }

  @Test
  void callsRecommendationsInTheWritersOwnVoiceOpinion() {
    assertEquals(Genre.OPINION, classify(OPINION, "file.txt", 0).genre());
  }

  @Test
  void ignoresRecommendationsInsideQuotations() {
    String quoted = "The minister said: \u201cWe should act, we must act, we need to act now, and we should "
        + "not wait.\u201d Officials said the vote would follow on Monday, and reporters were told the plan "
        + "was final, according to the ministry. The opposition said it would appeal the decision.";
    assertEquals(Genre.NEWS, classify(quoted, "file.txt", 0).genre());
  }

  @Test
  void trustsOpinionInTheAddressAndPressReleaseMarks() {
    assertEquals(Genre.OPINION, classify(NEWS, "https://paper.example/opinion/fuel-tax", 0).genre());
    assertEquals(Genre.PRESS_RELEASE, classify("FOR IMMEDIATE RELEASE\n\nAcme opens a plant.", "x", 0).genre());
    assertEquals(Genre.FORUM_THREAD, classify(NEWS, "x", 3).genre());
    assertEquals(Genre.OTHER, classify("Menu Home Contact", "x", 0).genre());
  }

  @Test
  void writesOneDecimalAsStringFormatDoes() {
    for (int i = 0; i <= 20000; i++) {
      double x = i / 7.0;
      assertEquals(String.format(java.util.Locale.ROOT, "%.1f", x), GenreClassifier.oneDecimal(x));
      double y = i * 1000.0 / 333;
      assertEquals(String.format(java.util.Locale.ROOT, "%.1f", y), GenreClassifier.oneDecimal(y));
    }
    assertEquals("0.2", GenreClassifier.oneDecimal(0.15));
    assertEquals("0.0", GenreClassifier.oneDecimal(0));
  }

  @Test
  void leavesAnUnclosedQuotationMarkInTheText() {
    assertEquals("He said   and left \"alone", GenreClassifier.withoutQuotations("He said “we must” and left \"alone"));
  }
}
