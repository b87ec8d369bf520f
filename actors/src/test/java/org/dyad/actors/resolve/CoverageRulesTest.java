package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.junit.jupiter.api.Test;

/** Rules that find actors the knowledge base names only loosely: misspellings, places, unknown leaders. */
class CoverageRulesTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static List<Mention> mentions(String text, String date, Map<String, String> ner) {
    return STAGE.apply(TestNlp.analyze(text, date, ner)).mentions();
  }

  private static Mention find(List<Mention> ms, String surface, String text) {
    for (Mention m : ms) {
      if (m.span().of(text).equals(surface)) {
        return m;
      }
    }
    return null;
  }

  @Test
  void readsACountryNameWithOneLetterLeftOutAsThatCountry() {
    String t = "The rebels attacked a town in Ethopia.";
    Mention m = find(mentions(t, "2000-01-01", Map.of()), "Ethopia", t);
    assertNotNull(m);
    assertEquals("ETH", m.actor().country());
  }

  @Test
  void readsACountryNameWithALetterMissingInTheMiddleAsThatCountry() {
    String t = "Afganistan rejected the demand.";
    Mention m = find(mentions(t, "2000-01-01", Map.of()), "Afganistan", t);
    assertNotNull(m);
    assertEquals("AFG", m.actor().country());
  }

  @Test
  void leavesNamesCloseToACountryThatTheNerCallsAPersonAlone() {
    String t = "Officials met Ethopia yesterday.";
    assertNull(find(mentions(t, "2000-01-01", Map.of("Ethopia", "PERSON")), "Ethopia", t));
  }

  @Test
  void leavesShortWordsOneLetterFromACountryAlone() {
    String t = "Officials met in Chine yesterday.";
    assertNull(find(mentions(t, "2000-01-01", Map.of()), "Chine", t));
  }

  @Test
  void neverReadsColumbiaAsColombia() {
    String t = "Officials met in Columbia yesterday.";
    assertNull(find(mentions(t, "2000-01-01", Map.of()), "Columbia", t));
  }

  @Test
  void countsOneSwapOfNeighbouringLettersAsOneSlip() {
    assertTrue(MisspeltCountries.oneSlipApart("camboida", "cambodia"));
    assertTrue(MisspeltCountries.oneSlipApart("afganistan", "afghanistan"));
    assertTrue(MisspeltCountries.oneSlipApart("etheopia", "ethiopia"));
    assertFalse(MisspeltCountries.oneSlipApart("austria", "australia"));
    assertFalse(MisspeltCountries.oneSlipApart("cambodia", "cambodia"));
    assertFalse(MisspeltCountries.oneSlipApart("siberia", "liberia"), "a slip of the first letter is no slip");
  }

  @Test
  void givesTheCountryOfACapitalThatIsThePlaceOfAVisit() {
    String t = "The king arrived in Amman on Monday.";
    Mention m = find(mentions(t, "2000-01-01", Map.of()), "Amman", t);
    assertNotNull(m);
    assertEquals("JOR", m.actor().code());
    assertNull(m.actor().sector());
    assertEquals(Resolution.COUNTRY, m.resolution());
  }

  @Test
  void doesNotTakeACapitalFollowedByAnotherPlaceNameForTheCountry() {
    String t = "The senator spoke in Paris, Texas on Monday.";
    assertNull(find(mentions(t, "2000-01-01", Map.of()), "Paris", t));
  }

  @Test
  void stillCodesACapitalThatActsAsItsGovernment() {
    String t = "Washington criticised the decision.";
    Mention m = find(mentions(t, "2017-09-05", Map.of()), "Washington", t);
    assertNotNull(m);
    assertEquals("USAGOV", m.actor().code());
  }

  @Test
  void doesNotReadGeneralInGeneralElectionAsAMilitaryTitle() {
    String t = "Cambodia's general election was held in July.";
    for (Mention m : mentions(t, "2018-07-30", Map.of())) {
      assertFalse("KHMMIL".equals(m.actor().code()), "general election coded as military: " + m);
    }
  }

  @Test
  void codesTheEuropeanCommunityAsAnIntergovernmentalBody() {
    String t = "European Community ministers agreed on aid.";
    Mention m = find(mentions(t, "1990-01-01", Map.of()), "European Community", t);
    assertNotNull(m);
    assertEquals("IGO", m.actor().code());
  }
}
