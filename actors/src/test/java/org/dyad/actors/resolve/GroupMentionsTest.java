package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** Ethnic and religious groups before a noun, placed by the text or by their home, and the new organisations. */
class GroupMentionsTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static List<Mention> mentions(String text, Map<String, String> ner) {
    return STAGE.apply(TestNlp.analyze(text, "2019-03-02", ner)).mentions();
  }

  private static Mention covering(String text, String surface) {
    return covering(text, Map.of(), surface);
  }

  private static Mention covering(String text, Map<String, String> ner, String surface) {
    int at = text.indexOf(surface);
    for (Mention m : mentions(text, ner)) {
      if (m.span().start() <= at && at + surface.length() <= m.span().end()) {
        return m;
      }
    }
    return null;
  }

  @Test
  void codesTheEldersOfAPeopleAsEliteOfItsHomeCountry() {
    Mention m = covering("Yoruba elders welcomed the new governor on Monday.", "Yoruba elders");
    assertNotNull(m);
    assertEquals("NGA", m.actor().country());
    assertEquals("ELI", m.actor().sector());
  }

  @Test
  void codesEthnicGuerrillasAsRebelsOfTheirHomeCountry() {
    Mention m = covering("Karen guerrillas ambushed a supply convoy near the river.", "Karen guerrillas");
    assertNotNull(m);
    assertEquals("MMRREB", m.actor().code());
  }

  @Test
  void codesRefugeesOfAPeopleAsRefugeesOfItsHome() {
    Mention m = covering("Tamil refugees reached the coast by boat.", "Tamil refugees");
    assertNotNull(m);
    assertEquals("LKAREF", m.actor().code());
  }

  @Test
  void placesAPeopleWithoutAHomeWhereTheTextPutsIt() {
    Mention m = covering("Kurdish fighters in Syria repelled the attack.", "Kurdish fighters");
    assertNotNull(m);
    assertEquals("SYR", m.actor().country());
    assertEquals("REB", m.actor().sector());
  }

  @Test
  void placesAPeopleByTheCountryWordBeforeIt() {
    Mention m = covering("Iraqi Kurds celebrated the result.", "Iraqi Kurds");
    assertNotNull(m);
    assertEquals("IRQ", m.actor().country());
  }

  @Test
  void letsTheFirstOfTwoCountryWordsPlaceThePeopleTheSecondNames() {
    Mention m = covering("Bosnian Serb forces shelled the hills overnight.", "Bosnian Serb forces");
    assertNotNull(m);
    assertEquals("BIH", m.actor().country());
    assertEquals("MIL", m.actor().sector());
  }

  @Test
  void givesAReligiousGroupTheOnlyCountryOfItsSentence() {
    Mention m = covering("Islamic fundamentalists threatened voters across Algeria.", "Islamic fundamentalists");
    assertNotNull(m);
    assertEquals("DZA", m.actor().country());
    assertEquals("REL", m.actor().sector());
  }

  @Test
  void codesAnUnplacedReligiousGroupByItsReligionCode() {
    Mention m = covering("Shia militias seized the bridge at dawn.", "Shia militias");
    assertNotNull(m);
    assertNull(m.actor().country());
    assertEquals("MOSSHI", m.actor().code());
    assertEquals("REB", m.actor().sector());
  }

  @Test
  void givesAReligiousMinorityWithAHomeItsHome() {
    Mention m = covering("Coptic Christians marched to the cathedral.", "Coptic Christians");
    assertNotNull(m);
    assertEquals("EGY", m.actor().country());
  }

  @Test
  void codesAnEthnicMinorityByTheOtherCountryOfItsSentence() {
    Mention m = covering("Ethnic Hungarians in the north rallied against the Slovak language law.", "Hungarians");
    assertNotNull(m);
    assertEquals("SVK", m.actor().country());
    Mention guerrillas = covering("Ethnic Uzbek fighters clashed with Kyrgyz police.", "Uzbek fighters");
    assertNotNull(guerrillas);
    assertEquals("KGZ", guerrillas.actor().country());
  }

  @Test
  void keepsAnEthnicGroupWithNothingElseInItsSentenceInItsOwnCountry() {
    Mention m = covering("Ethnic Hungarians celebrated the anniversary.", "Hungarians");
    assertNotNull(m);
    assertEquals("HUN", m.actor().country());
  }

  @Test
  void leavesAnUnplacedEthnicGroupUncoded() {
    assertNull(covering("Hutu rebels crossed the river at night.", "Hutu rebels"));
  }

  @Test
  void neverMakesAnAdjectiveAloneAnActor() {
    assertNull(covering("Scholars debated Islamic law for hours.", "Islamic"));
  }

  @Test
  void neverTakesAFirstNameForAPeople() {
    String t = "Karen Whitfield said the talks had stalled.";
    Mention m = covering(t, Map.of("Karen Whitfield", "PERSON"), "Karen");
    if (m != null) {
      assertNull(m.actor().country());
    }
  }

  @Test
  void neverTakesASurnameTheNerCallsAPersonForAPeople() {
    String t = "Mr. Luo told reporters the plan was sound.";
    assertNull(covering(t, Map.of("Luo", "PERSON"), "Luo"));
  }

  @Test
  void keepsAPeopleBeforeACommonNounEvenWhenTheNerCallsItAPerson() {
    Mention m = covering("Yoruba leaders rejected the plan.", Map.of("Yoruba", "PERSON"), "Yoruba leaders");
    assertNotNull(m);
    assertEquals("NGA", m.actor().country());
  }

  @Test
  void needsACapitalForAPeopleNamedByAnOrdinaryWord() {
    assertNull(covering("Traders sold fur to the villagers.", "fur"));
  }

  @Test
  void findsPartiesRebelsUnionsAndMissionsOfTheNewTables() {
    assertEquals("NICPTY", covering("The Sandinistas won the vote.", "Sandinistas").actor().code());
    assertEquals("LBRREB", covering("The NPFL shelled the port.", "NPFL").actor().code());
    assertEquals("ZAFLAB", covering("COSATU called a general strike.", "COSATU").actor().code());
    Mention unamir = covering("UNAMIR withdrew most of its troops.", "UNAMIR");
    assertNull(unamir.actor().country());
    assertEquals("IGO", unamir.actor().sector());
  }

  @Test
  void aPeoplesForcesAreAnArmedGroupNotAStateArmy() {
    Mention m = covering("Kachin troops overran an army outpost near the border.", "Kachin troops");
    assertNotNull(m);
    assertEquals("MMRREB", m.actor().code());
  }

  @Test
  void aPeoplesForcesNamedWithTheirCountryKeepTheArmy() {
    Mention m = covering("Bosnian Muslim forces shelled the ridge.", "Bosnian Muslim forces");
    assertNotNull(m);
    assertEquals("MIL", m.actor().sector());
  }
}
