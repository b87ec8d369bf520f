package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.junit.jupiter.api.Test;

/** How places below the country give groups and local bodies a country, and are places, never actors. */
class PlaceRulesTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static List<Mention> mentions(String text, Map<String, String> ner) {
    return STAGE.apply(TestNlp.analyze(text, "2021-03-02", ner)).mentions();
  }

  private static Mention find(String text, String surface) {
    return find(text, surface, Map.of());
  }

  private static Mention find(String text, String surface, Map<String, String> ner) {
    for (Mention m : mentions(text, ner)) {
      if (m.span().of(text).equals(surface)) {
        return m;
      }
    }
    return null;
  }

  @Test
  void givesAGroupTheCountryOfThePlaceItMarchedIn() {
    Mention m = find("Thousands of people marched in Peshawar on Sunday.", "people");
    assertNotNull(m);
    assertEquals("PAKCVL", m.actor().code());
  }

  @Test
  void givesStudentsAtAUniversityInACityThatCountry() {
    Mention m = find("Students at a college in Bursa protested against the new rector.", "Students");
    assertNotNull(m);
    assertEquals("TUREDU", m.actor().code());
  }

  @Test
  void givesRefugeesTheCountryTheyComeFromNotTheOneTheyAreIn() {
    Mention from = find("Refugees from Bukavu marched to the border.", "Refugees");
    assertNotNull(from);
    assertEquals("CODREF", from.actor().code());
    assertNull(find("Refugees in Kigoma protested.", "Refugees"), "a camp's host country is not the refugees'");
  }

  @Test
  void tiesAPlaceThatOpensTheClause() {
    Mention m = find("In Basra, residents protested over power cuts.", "residents");
    assertNotNull(m);
    assertEquals("IRQCVL", m.actor().code());
  }

  @Test
  void readsAPlaceAfterOfAsTheCountryOfATitle() {
    Mention m = find("The governor of Balochistan province said the road was closed.", "governor of Balochistan province");
    assertNotNull(m);
    assertEquals("PAKGOV", m.actor().code());
  }

  @Test
  void readsAPlaceBeforeAnInstitutionAsItsCountry() {
    Mention m = find("The Kano State government banned the march.", "Kano State government");
    assertNotNull(m);
    assertEquals("NGAGOV", m.actor().code());
    Mention police = find("Mombasa police arrested two men.", "Mombasa police");
    assertNotNull(police);
    assertEquals("KENCOP", police.actor().code());
  }

  @Test
  void readsAPossessivePlaceWithASmallerPlaceBetweenAsTheCountry() {
    Mention m = find("Istanbul's Kadikoy municipality banned the concert.", "Istanbul's Kadikoy municipality");
    assertNotNull(m);
    assertEquals("TURGOV", m.actor().code());
  }

  @Test
  void namesABarePlaceAfterAPrepositionAsAPlaceOfItsCountry() {
    Mention m = find("Gunmen attacked a checkpoint near Kirkuk.", "Kirkuk");
    assertNotNull(m);
    assertEquals("IRQ", m.actor().code());
    assertNull(m.actor().sector());
    assertEquals(Resolution.PLACE, m.resolution());
  }

  @Test
  void neverMakesAPlaceAnActorOfItsOwn() {
    assertNull(find("Aleppo said nothing.", "Aleppo"));
    assertNull(find("Kandahar attacked the convoy.", "Kandahar"));
  }

  @Test
  void aCountryWordOutweighsAPlace() {
    Mention m = find("Hundreds of Syrian students protested in Izmir.", "Syrian students");
    assertNotNull(m);
    assertEquals("SYREDU", m.actor().code());
  }

  @Test
  void doesNotTieNationalBodiesToWhereTheyTravel() {
    assertNull(find("Diplomats met in Geneva.", "Diplomats"));
  }

  @Test
  void doesNotTieAPlaceBeyondTheClause() {
    Mention m = find("Workers protested; later a bomb hit a market in Multan.", "Workers");
    assertTrue(m == null || !"PAK".equals(m.actor().country()), String.valueOf(m));
  }

  @Test
  void leavesAPlaceTheNerReadsAsAPersonAlone() {
    Mention m = find("Students met Florence Mombasa in town.", "Mombasa", Map.of("Florence Mombasa", "PERSON"));
    assertTrue(m == null || m.resolution() != Resolution.PLACE, String.valueOf(m));
  }

  @Test
  void findsAPlaceInsideAnUnknownOrganisationsName() {
    Mention m = find("The Lahore Press Club condemned the arrests.", "Lahore Press Club",
        Map.of("Lahore Press Club", "ORGANIZATION"));
    assertNotNull(m);
    assertEquals("PAK", m.actor().country());
  }

  @Test
  void leavesBarePeopleWithoutAPlaceUncoded() {
    assertNull(find("The people protested.", "people"));
  }

  @Test
  void givesAGroupThePlaceWhereItsClauseHappens() {
    Mention m = find("Police in Quetta arrested forty protesters.", "protesters");
    assertNotNull(m);
    assertEquals("PAKOPP", m.actor().code());
  }

  @Test
  void readsACapitalAfterAnAdjectiveAsAPlace() {
    Mention m = find("Soldiers marched in central Kabul.", "Kabul");
    assertNotNull(m);
    assertEquals("AFG", m.actor().code());
    assertNull(m.actor().sector());
  }

  @Test
  void placesAnOrganisationThatStartsWithACapital() {
    Mention m = find("Kabul University students protested.", "Kabul University",
        Map.of("Kabul University", "ORGANIZATION"));
    assertNotNull(m);
    assertEquals("AFG", m.actor().country());
  }

  @Test
  void leavesAnOfficialOfAnotherPartyWhereThatPartyIs() {
    Mention m = find("An official at the Chinese embassy in Nairobi said the visa was refused.", "official");
    assertTrue(m == null || !"KEN".equals(m.actor().country()), String.valueOf(m));
  }

  @Test
  void doesNotTieAGroupThatBelongsToSomeone() {
    Mention m = find("The mission in Nairobi expelled its officials.", "officials");
    assertTrue(m == null || !"KEN".equals(m.actor().country()), String.valueOf(m));
  }

  @Test
  void doesNotTakeACountryThatModifiesANounAsAPlace() {
    Mention m = find("Regulators barred banks from the Kenyan payment system.", "banks");
    assertTrue(m == null || !"KEN".equals(m.actor().country()), String.valueOf(m));
  }

  @Test
  void readsACapitalisedPeopleInsideANameAsNoGroup() {
    Mention m = find("Leaders of the Mombasa People's Congress marched.", "Mombasa People");
    assertNull(m);
  }

  @Test
  void givesNoCountryToAnUnknownNameWhoseOnlyCueIsAPlace() {
    Mention m = find("Both sides cited the Mombasa Declaration.", "Mombasa Declaration",
        Map.of("Mombasa Declaration", "ORGANIZATION"));
    assertNull(m);
  }

  @Test
  void leavesTheLastOfAListThatANationalityOpensToThatNationality() {
    Mention m = find("Satellites showed Kenyan tanks, trucks and field hospitals near Kismayo.", "hospitals");
    assertTrue(m == null || !"SOM".equals(m.actor().country()), String.valueOf(m));
  }

  @Test
  void doesNotGiveOfficialsInASeatOfInternationalBodiesTheHostCountry() {
    Mention m = find("Officials in Geneva said the talks would resume.", "Officials");
    assertTrue(m == null || !"CHE".equals(m.actor().country()), String.valueOf(m));
    Mention local = find("Officials in Lahore said the road would reopen.", "Officials");
    assertNotNull(local);
    assertEquals("PAKGOV", local.actor().code());
  }

  @Test
  void readsACapitalAfterInAsAPlaceWhenACommaEndsTheClause() {
    Mention m = find("The consulate reopened in Hanoi, the ministry said on Friday.", "Hanoi");
    assertNotNull(m, "a comma after the capital does not make it another town");
    assertEquals("VNM", m.actor().code());
  }

  @Test
  void readsACapitalIntroducedAsTheCapitalAsAPlace() {
    Mention m = find("Two bombs went off in the capital Nairobi on Monday.", "Nairobi");
    assertNotNull(m);
    assertEquals("KEN", m.actor().code());
    Mention city = find("Troops were sent into the capital city of Lima overnight.", "Lima");
    assertNotNull(city);
    assertEquals("PER", city.actor().code());
  }

  @Test
  void doesNotReadATownNamedLikeACapitalInAnotherStateAsTheCapital() {
    assertNull(find("The senator grew up in Athens, Georgia, and studied law.", "Athens"));
  }

  @Test
  void tiesRebelsOpeningASentenceToTheCountryTheyAreIn() {
    Mention m = find("Rebels in the Central African Republic on Monday rejected the offer of talks.", "Rebels");
    assertNotNull(m);
    assertEquals("CAFREB", m.actor().code());
  }

  @Test
  void givesRefugeesFleeingAWarTheCountryOfTheWar() {
    Mention m = find("Aid will soon reach refugees fleeing the fighting in Mozambique.", "refugees");
    assertNotNull(m);
    assertEquals("MOZREF", m.actor().code());
    assertNull(find("Aid will soon reach refugees fleeing to Malawi.", "refugees"),
        "where refugees flee to is not where they are from");
  }
}
