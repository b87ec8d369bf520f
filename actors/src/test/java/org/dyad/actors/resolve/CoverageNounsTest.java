package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** Classes of nouns news uses for actors: spellings, border police, assemblies, websites, unplaced NGOs. */
class CoverageNounsTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static Mention find(String text, String surface) {
    for (Mention m : STAGE.apply(TestNlp.analyze(text, "2009-02-17", Map.of())).mentions()) {
      if (m.span().of(text).equals(surface)) {
        return m;
      }
    }
    return null;
  }

  private static String code(String text, String surface) {
    Mention m = find(text, surface);
    assertNotNull(m, surface + " in: " + text);
    return m.actor().code();
  }

  @Test
  void guerrillaSpeltWithOneRIsARebel() {
    assertEquals("COLREB", code("Colombian guerillas blew up an oil pipeline.", "Colombian guerillas"));
  }

  @Test
  void borderPatrolIsPolice() {
    assertEquals("USACOP", code("U.S. border patrol agents detained the group.", "U.S. border patrol agents"));
  }

  @Test
  void aCountrysAssemblyIsItsLegislature() {
    assertEquals("SRBLEG", code("The Serbian assembly adopted the budget.", "Serbian assembly"));
  }

  @Test
  void websitesAreMedia() {
    assertEquals("NORMED", code("Hackers defaced Norwegian websites on Monday.", "Norwegian websites"));
  }

  @Test
  void peaceMovementIsOpposition() {
    assertEquals("ISROPP", code("The Israeli peace movement urged a halt to the raids.", "Israeli peace movement"));
  }

  @Test
  void kidnappersAreCriminals() {
    assertEquals("MEXCRM", code("Mexican kidnappers released the engineer.", "Mexican kidnappers"));
  }

  @Test
  void unplacedRightsGroupIsAnNgoWithoutCountry() {
    Mention m = find("A human rights group condemned the raids.", "human rights group");
    assertNotNull(m);
    assertEquals("NGO", m.actor().code());
    assertNull(m.actor().country());
  }

  @Test
  void unplacedPoliceGetNoGuessedCountry() {
    assertNull(find("A police unit raided the building.", "police unit"));
  }

  @Test
  void aPartyNameBetweenAPossessiveCountryAndItsGovernmentKeepsTheGovernment() {
    assertEquals("GRCGOV", code("Greece's Socialist government raised fuel taxes.", "Greece's Socialist government"));
  }

  @Test
  void anUnknownAssociationPlacedNowhereIsAnNgo() {
    String text = "The Association of Andean Lawyers condemned the decree.";
    Mention m = null;
    for (Mention x : STAGE.apply(TestNlp.analyze(text, "2009-02-17",
        Map.of("Association of Andean Lawyers", "ORGANIZATION"))).mentions()) {
      m = x.span().of(text).contains("Association") ? x : m;
    }
    assertNotNull(m);
    assertEquals("NGO", m.actor().code());
  }

  @Test
  void anUnknownForumOfOneCountryIsThatCountrysNgo() {
    String text = "The Uganda Farmers Forum rejected the new tax.";
    Mention m = null;
    for (Mention x : STAGE.apply(TestNlp.analyze(text, "2009-02-17",
        Map.of("Uganda Farmers Forum", "ORGANIZATION"))).mentions()) {
      m = x.span().of(text).contains("Forum") ? x : m;
    }
    assertNotNull(m);
    assertEquals("UGANGO", m.actor().code());
  }

  @Test
  void aCountrysOfficersAreItsMilitaryUnlessTheirServiceIsNamed() {
    assertEquals("JORMIL", code("Jordanian officers trained the new border units.", "Jordanian officers"));
    assertEquals("JORCOP", code("Jordanian police officers stopped the convoy.", "Jordanian police officers"));
    assertEquals("JORSPY", code("Jordanian intelligence officers questioned him.", "Jordanian intelligence officers"));
  }
}
