package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Document;
import org.dyad.model.Mention;
import org.dyad.testkit.TestDocs;
import org.junit.jupiter.api.Test;

/** Where the country of an actor comes from when the phrase itself names none. */
class ContextCountryTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static List<Mention> mentions(String text, String date, Map<String, String> ner) {
    return STAGE.apply(TestNlp.analyze(text, date, ner)).mentions();
  }

  /** The mention whose text ends with this, or null. */
  private static Mention endingWith(List<Mention> ms, String surface, String text) {
    for (Mention m : ms) {
      if (m.span().of(text).endsWith(surface)) {
        return m;
      }
    }
    return null;
  }

  @Test
  void givesAnUnknownPresidentTheCountryNamedAfterOf() {
    String t = "President Mugabe of Zimbabwe spoke on Monday.";
    Mention m = endingWith(mentions(t, "2000-01-01", Map.of("Mugabe", "PERSON")), "President Mugabe", t);
    assertNotNull(m);
    assertEquals("ZWEGOV", m.actor().code());
  }

  @Test
  void givesAnUnknownPresidentTheCountryTheStoryIsAbout() {
    String t = "Zimbabwe's government banned the rally. President Mugabe spoke on Monday.";
    Mention m = endingWith(mentions(t, "2000-01-01", Map.of("Mugabe", "PERSON")), "President Mugabe", t);
    assertNotNull(m);
    assertEquals("ZWEGOV", m.actor().code());
  }

  @Test
  void leavesAnUnknownPresidentWithoutACountryWhenNothingNamesOne() {
    // (a name the knowledge base does not hold: Mugabe himself is known and resolved by the date)
    String t = "President Tembo spoke on Monday.";
    assertNull(endingWith(mentions(t, "2000-01-01", Map.of("Tembo", "PERSON")), "Tembo", t));
  }

  @Test
  void doesNotGiveAnUnknownAmbassadorTheCountryTheStoryIsAbout() {
    String t = "Zimbabwe's government banned the rally. Ambassador Smith spoke on Monday.";
    assertNull(endingWith(mentions(t, "2000-01-01", Map.of("Smith", "PERSON")), "Smith", t));
  }

  @Test
  void codesABareInstitutionWithTheCountryOfTheNearestActorInItsSentence() {
    String t = "The Cambodian Prime Minister, Hun Sen threatened to ban the opposition party.";
    Mention m = endingWith(mentions(t, "2017-09-11", Map.of()), "opposition party", t);
    assertNotNull(m);
    assertEquals("KHM", m.actor().country());
  }

  @Test
  void codesABareInstitutionWithTheStorysCountryRatherThanTheLastForeignerMentioned() {
    String t = "The Cambodian government arrested an activist. The Cambodian court banned the rally. "
        + "U.S. Ambassador John Smith spoke on Monday. Later the opposition party protested.";
    Mention m = endingWith(mentions(t, "2017-09-05", Map.of("John Smith", "PERSON")), "opposition party", t);
    assertNotNull(m);
    assertEquals("KHM", m.actor().country());
  }

  @Test
  void givesAnUnknownPresidentTheOneCountryItsSentenceNames() {
    String t = "President Bashir eased the curfew in Sudan.";
    Mention m = endingWith(mentions(t, "2000-01-01", Map.of("Bashir", "PERSON")), "President Bashir", t);
    assertNotNull(m);
    assertEquals("SDNGOV", m.actor().code());
  }

  @Test
  void leavesAnUnknownPresidentAloneWhenItsSentenceNamesTwoCountries() {
    String t = "President Kanoute met officials from Egypt in Sudan.";
    assertNull(endingWith(mentions(t, "2000-01-01", Map.of("Kanoute", "PERSON")), "President Kanoute", t));
  }

  @Test
  void readsACapitalBeforeAnInstitutionAsThatInstitutionsCountry() {
    String t = "The Khartoum government rejected the plan.";
    Mention m = endingWith(mentions(t, "2000-01-01", Map.of()), "government", t);
    assertNotNull(m);
    assertEquals("SDNGOV", m.actor().code());
  }

  @Test
  void givesAGenericCourtTheTaggerCallsANameTheCountryOfTheStory() {
    String t = "Thailand's prime minister spoke on Monday. The Constitutional Court dissolved the opposition party.";
    Mention m = endingWith(mentions(t, "2020-02-21", Map.of("Constitutional Court", "ORGANIZATION")),
        "Constitutional Court", t);
    assertNotNull(m);
    assertEquals("THAJUD", m.actor().code());
  }

  @Test
  void leavesASingleCapitalisedInstitutionWordTheTaggerCallsANameUnresolved() {
    String t = "Thailand's prime minister spoke on Monday. State and Treasury departments issued an advisory.";
    assertNull(endingWith(mentions(t, "2020-02-21", Map.of("State", "ORGANIZATION")), "State", t));
  }
  @Test
  void aStoryFiledFromACountryLeansAnUnplacedInstitutionToIt() {
    String t = "The French ambassador met Niger's military rulers. France said it would wait. The junta refused.";
    Document plain = TestDocs.news(t, "2023-08-25");
    Document filed = new Document(plain.id(), plain.source(), plain.title(), plain.genre(), plain.genreSignals(),
        plain.language(), plain.published(), "NIAMEY", plain.wireSource(), plain.byline(), plain.text(),
        plain.posts());

    Mention withoutDateline = endingWith(STAGE.apply(TestNlp.analyze(plain, Map.of())).mentions(), "junta", t);
    Mention withDateline = endingWith(STAGE.apply(TestNlp.analyze(filed, Map.of())).mentions(), "junta", t);

    assertNotNull(withoutDateline);
    assertEquals("FRAGOV", withoutDateline.actor().code(), "France is named most, so the text alone leans to it");
    assertNotNull(withDateline);
    assertEquals("NERGOV", withDateline.actor().code());
  }
}
