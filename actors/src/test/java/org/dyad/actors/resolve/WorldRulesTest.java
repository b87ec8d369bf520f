package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** Rules for news from anywhere: unknown titled people, capitals with companions, names inside names. */
class WorldRulesTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static Mention covering(String text, String date, Map<String, String> ner, String surface) {
    List<Mention> ms = STAGE.apply(TestNlp.analyze(text, date, ner)).mentions();
    int at = text.indexOf(surface);
    for (Mention m : ms) {
      if (m.span().start() <= at && at + surface.length() <= m.span().end()) {
        return m;
      }
    }
    return null;
  }

  @Test
  void neverTakesAKnownSurnameInsideAnUnknownFullName() {
    String t = "President Levy Okonkwo of Zambia dismissed the cabinet.";
    Mention m = covering(t, "2031-01-01", Map.of("Levy Okonkwo", "PERSON"), "Levy Okonkwo");
    assertNotNull(m);
    assertNotEquals("david-levy", m.actor().entity());
    assertEquals("ZMBGOV", m.actor().code());
  }

  @Test
  void codesWashingtonAlongWithItsPartnersAsUsGovernment() {
    Mention m = covering("Washington along with its partners called for a vote.", "2013-09-10", Map.of(), "Washington");
    assertNotNull(m);
    assertEquals("USAGOV", m.actor().code());
  }

  @Test
  void codesTheFirstOfTwoCoordinatedCountriesAsActingToo() {
    Mention m = covering("Czechia and Slovakia signed a pact.", "2021-05-04", Map.of(), "Czechia");
    assertNotNull(m);
    assertEquals("CZEGOV", m.actor().code());
  }

  @Test
  void givesAnUnknownGeneralTheCountryOfTheFollowingAppositive() {
    String t = "Gen. Oumar Sangare, the Malian army chief, met the rebels.";
    Mention m = covering(t, "2031-04-11", Map.of("Oumar Sangare", "PERSON"), "Oumar Sangare");
    assertNotNull(m);
    assertEquals("MLI", m.actor().country());
    assertEquals("MIL", m.actor().sector());
  }

  @Test
  void givesAnUnknownJudgeTheCountryOfTheDescriptionBeforeIt() {
    String t = "A Kenyan judge, Judge Wanjiru Kamau, released the activists.";
    Mention m = covering(t, "2031-10-09", Map.of("Wanjiru Kamau", "PERSON"), "Wanjiru Kamau");
    assertNotNull(m);
    assertEquals("KENJUD", m.actor().code());
  }

  @Test
  void aDomesticOfficeHolderBelongsToTheOneCountryTheSentenceNamesAsAParty() {
    String t = "Judge Wanjiru Kamau charged three Kenyan officials.";
    Mention m = covering(t, "2031-10-09", Map.of("Wanjiru Kamau", "PERSON"), "Wanjiru Kamau");
    assertNotNull(m);
    assertEquals("KENJUD", m.actor().code());
  }

  @Test
  void aTravellingOfficeHolderIsNotTheCountryHeVisits() {
    String t = "Foreign Minister Kofi Mensah visited Kenya.";
    Mention m = covering(t, "2031-10-09", Map.of("Kofi Mensah", "PERSON"), "Kofi Mensah");
    assertTrue(m == null || !"KEN".equals(m.actor().country()), String.valueOf(m));
  }

  @Test
  void takesTheCountryFromOfAfterAnyTitle() {
    String t = "Vice-President Kofi Mensah of Ghana arrived.";
    Mention m = covering(t, "2031-06-03", Map.of("Kofi Mensah", "PERSON"), "Kofi Mensah");
    assertNotNull(m);
    assertEquals("GHAGOV", m.actor().code());
  }

  @Test
  void leavesAnUnknownTitledPersonWithoutACueUncoded() {
    String t = "Gen. Oumar Sangare met the rebels.";
    assertNull(covering(t, "2031-04-11", Map.of("Oumar Sangare", "PERSON"), "Oumar Sangare"));
  }

  @Test
  void codesAnInternationalNgoWithoutACountry() {
    Mention m = covering("Amnesty International accused the police.", "2012-03-01", Map.of(), "Amnesty International");
    assertNotNull(m);
    assertNull(m.actor().country());
    assertEquals("NGO", m.actor().code());
  }

  @Test
  void codesAFormerHeadOfGovernmentAsAnElite() {
    String t = "Former prime minister Andreas Papandreou demanded elections.";
    Mention m = covering(t, "2000-01-01", Map.of(), "Andreas Papandreou");
    assertNotNull(m);
    assertEquals("GRCELI", m.actor().code());
  }

  @Test
  void givesATitledSurnameTheCountryAllItsOfficeHoldingNamesakesShare() {
    String t = "President Bush warned Moscow that more steps would follow.";
    Mention m = covering(t, "2000-01-01", Map.of("Bush", "PERSON"), "Bush");
    assertNotNull(m);
    assertEquals("USAGOV", m.actor().code());
  }

  @Test
  void codesAPeopleByTheCountryThatPlacesIt() {
    Mention serbs = covering("Bosnian Serbs asked the mediators for a pause in the shelling.", "1994-05-01", Map.of(), "Serbs");
    assertNotNull(serbs);
    assertEquals("BIH", serbs.actor().country());
    Mention albanians = covering("The Albanians of southern Serbia demanded autonomy.", "2001-05-01", Map.of(),
        "Albanians");
    assertNotNull(albanians);
    assertEquals("SRB", albanians.actor().country());
    Mention americans = covering("Americans in Iraq were kidnapped.", "2004-05-01", Map.of(), "Americans");
    assertNotNull(americans);
    assertEquals("USA", americans.actor().country());
  }

  @Test
  void leavesAnUnknownArmedGroupWithoutACountryUncoded() {
    String t = "The Army of Free Men attacked the convoy.";
    assertNull(covering(t, "2031-01-01", Map.of("Army of Free Men", "ORGANIZATION"), "Army of Free Men"));
  }

  @Test
  void resolvesAMisspeltCountryFromTheVariantNames() {
    Mention m = covering("The Phillippines military clashed with rebels.", "2003-02-11", Map.of(), "Phillippines");
    assertNotNull(m);
    assertEquals("PHL", m.actor().country());
  }
}
