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

/** One behaviour per test: how the actors stage resolves each kind of mention in context. */
class ResolutionRulesTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static List<Mention> mentions(String text, String date, Map<String, String> ner) {
    return STAGE.apply(TestNlp.analyze(text, date, ner)).mentions();
  }

  private static List<Mention> mentions(String text, String date) {
    return mentions(text, date, Map.of());
  }

  /** The mention whose surface text is exactly this, or null. */
  private static Mention find(List<Mention> ms, String text, String docText) {
    for (Mention m : ms) {
      String spanText = m.span().of(docText);
      if (spanText.equals(text) || spanText.toLowerCase(java.util.Locale.ROOT).equals("the " + text.toLowerCase(
          java.util.Locale.ROOT))) {
        return m;
      }
    }
    return null;
  }

  private static Mention one(String text, String date, String surface) {
    List<Mention> ms = mentions(text, date);
    Mention m = find(ms, surface, text);
    assertNotNull(m, "no mention '" + surface + "' in " + ms);
    return m;
  }

  @Test
  void resolvesHunSenAsSenatePresidentInJune2024() {
    String t = "Senate President Hun Sen met the visitors.";
    Mention m = one(t, "2024-06-04", "Senate President Hun Sen");
    assertEquals("KHMLEG", m.actor().code());
    assertEquals("hun-sen", m.actor().entity());
    assertEquals(Resolution.FULL_NAME, m.resolution());
  }

  @Test
  void resolvesHunSenAsPrimeMinisterIn2017() {
    Mention m = one("Cambodia's Prime Minister Hun Sen accused the opposition.", "2017-09-11",
        "Cambodia's Prime Minister Hun Sen");
    assertEquals("KHMGOV", m.actor().code());
    assertEquals("Prime Minister", m.actor().role());
  }

  @Test
  void usesTheTitleToChooseTheRoleWhenTheDateIsUnknown() {
    Mention m = one("Prime Minister Hun Sen spoke.", null, "Prime Minister Hun Sen");
    assertEquals("KHMGOV", m.actor().code());
  }

  @Test
  void resolvesASurnameToTheSecretaryOfDefenseOnTheDate() {
    String t = "Secretary Austin praised the plan.";
    Mention m = one(t, "2024-06-04", "Secretary Austin");
    assertEquals("lloyd-austin", m.actor().entity());
    assertEquals("USA", m.actor().country());
  }

  @Test
  void resolvesAPartOfANameMentionedEarlier() {
    String t = "Kem Sokha was arrested. Supporters of Sokha protested.";
    List<Mention> ms = mentions(t, "2017-09-05", Map.of("Sokha", "PERSON"));
    Mention later = ms.get(ms.size() - 1);
    assertEquals("kem-sokha", later.actor().entity());
    assertEquals(Resolution.SURNAME, later.resolution());
  }

  @Test
  void resolvesHeToTheMostRecentPerson() {
    String t = "Hun Sen accused the opposition. He said the party must be dissolved.";
    List<Mention> ms = mentions(t, "2017-09-11");
    Mention he = find(ms, "He", t);
    assertNotNull(he, ms.toString());
    assertEquals("hun-sen", he.actor().entity());
    assertEquals(Resolution.PRONOUN, he.resolution());
  }

  @Test
  void neverResolvesAPronounAcrossForumPosts() {
    String t = "Hun Sen accused the opposition. He is funny.";
    var doc = TestNlp.analyze(t, "2019-12-01", Map.of());
    var sentences = new java.util.ArrayList<>(doc.sentences());
    var s1 = sentences.get(1);
    sentences.set(1, new org.dyad.model.Sentence(s1.index(), s1.span(), s1.text(), s1.tokens(), null, null, 2));
    var s0 = sentences.get(0);
    sentences.set(0, new org.dyad.model.Sentence(s0.index(), s0.span(), s0.text(), s0.tokens(), null, null, 1));
    List<Mention> ms = STAGE.apply(doc.withSentences(sentences, doc.layers())).mentions();
    assertNull(find(ms, "He", t), ms.toString());
  }

  @Test
  void resolvesADefiniteDescriptionToTheRecentLeader() {
    String t = "Hun Sen wrote to Donald Trump. The Cambodian leader thanked him.";
    List<Mention> ms = mentions(t, "2019-11-27");
    Mention leader = find(ms, "Cambodian leader", t);
    assertNotNull(leader, ms.toString());
    assertEquals("hun-sen", leader.actor().entity());
    assertEquals(Resolution.DEFINITE_DESCRIPTION, leader.resolution());
  }

  @Test
  void anUndatedTitleRefersBackOnlyToSomeoneWhoEverHeldIt() {
    String t = "Hun Sen spoke in Phnom Penh. The envoy listened.";
    Mention envoy = find(mentions(t, null), "envoy", t);
    assertTrue(envoy == null || !"hun-sen".equals(envoy.actor().entity()), String.valueOf(envoy));
  }

  @Test
  void codesAFormerOfficeHolderAsAnEliteWhenTheTextHasNoDate() {
    String t = "Former Prime Minister Hun Sen spoke.";
    Mention m = one(t, null, "Former Prime Minister Hun Sen");
    assertEquals("KHMELI", m.actor().code());
  }

  @Test
  void formerBeforeADescriptionNeverNamesTheCurrentHolder() {
    String t = "Cambodia signed the deal. The former prime minister criticised it.";
    Mention m = find(mentions(t, "2024-06-04"), "former prime minister", t);
    assertNotNull(m);
    assertNull(m.actor().entity());
    assertEquals("KHMELI", m.actor().code());
  }

  @Test
  void anUndatedTitleGivesAKnownPersonItsSector() {
    Mention m = one("Prime Minister Hun Manet opened the session.", null, "Prime Minister Hun Manet");
    assertEquals("KHMGOV", m.actor().code());
  }

  @Test
  void aDemonymStandingAsANounNamesCivilians() {
    String t = "Cambodians marched at the border while Cambodian troops held the line.";
    List<Mention> ms = mentions(t, "2019-11-27");
    assertEquals("KHMCVL", find(ms, "Cambodians", t).actor().code());
    assertEquals("KHMMIL", find(ms, "Cambodian troops", t).actor().code());
  }

  @Test
  void aLeadersNameBeforeGovernmentNamesThatCountrysGovernment() {
    String t = "The Hun Sen government expelled the group.";
    Mention m = one(t, "2017-08-23", "Hun Sen government");
    assertEquals("KHMGOV", m.actor().code());
    assertEquals(Resolution.INSTITUTION, m.resolution());
  }

  @Test
  void anUndatedHolderOfOnlyInternationalOfficesIsCodedIgo() {
    Mention m = one("Kofi Annan spoke to the council.", null, "Kofi Annan");
    assertEquals("IGO", m.actor().sector());
    assertNull(m.actor().country());
  }

  @Test
  void aCapitalAfterWithOrByIsItsGovernment() {
    String t = "Cambodia sought closer ties with Beijing.";
    assertEquals("CHNGOV", one(t, "2019-11-27", "Beijing").actor().code());
  }

  @Test
  void aSingularDemonymInAListOfAdjectivesNamesNoCivilians() {
    String t = "Cambodian and Thai soldiers marched at the border.";
    Mention m = find(mentions(t, "2019-11-27"), "Cambodian", t);
    assertTrue(m == null || !"CVL".equals(m.actor().sector()), String.valueOf(m));
  }

  @Test
  void aLabourMinisterIsNoMemberOfBritainsLabourParty() {
    String t = "Cambodian Labour Minister Ith Samheng met the unions.";
    for (Mention m : mentions(t, "2019-11-27")) {
      assertTrue(!"GBR".equals(m.actor().country()), m.toString());
    }
  }

  @Test
  void rebelsAreTiedToThePlaceTheyFightIn() {
    String t = "Hun Sen said the rebels in Darfur must agree.";
    assertEquals("SDNREB", one(t, "2019-11-27", "rebels").actor().code());
  }

  @Test
  void resolvesThePrimeMinisterToTheOfficeHolderOnTheDate() {
    String t = "Cambodia signed the deal. The prime minister welcomed it.";
    Mention m = find(mentions(t, "2024-06-04"), "prime minister", t);
    assertNotNull(m);
    assertEquals("hun-manet", m.actor().entity());
  }

  @Test
  void codesAnIndefiniteOfficialByNationality() {
    String t = "A Cambodian official said U.S. diplomats should leave.";
    List<Mention> ms = mentions(t, "2019-12-01");
    Mention official = find(ms, "Cambodian official", t);
    assertNotNull(official, ms.toString());
    assertEquals("KHMGOV", official.actor().code());
    assertNull(official.actor().entity());
    assertEquals("USAGOV", find(ms, "U.S. diplomats", t).actor().code());
  }

  @Test
  void codesTheUsEmbassyAsUsGovernment() {
    String t = "The U.S. embassy issued a warning.";
    assertEquals("USAGOV", one(t, "2017-09-13", "U.S. embassy").actor().code());
  }

  @Test
  void codesCambodianVillagersAsCivilians() {
    String t = "Cambodian villagers protested against the dam.";
    assertEquals("KHMCVL", one(t, "2017-09-13", "Cambodian villagers").actor().code());
  }

  @Test
  void codesCambodianAuthoritiesAsGovernment() {
    String t = "Cambodian authorities arrested him.";
    assertEquals("KHMGOV", one(t, "2017-09-13", "Cambodian authorities").actor().code());
  }

  @Test
  void codesABareCountryWithoutSectorUnlessItActs() {
    String t = "Tourists love Cambodia. Cambodia suspended the search.";
    List<Mention> ms = mentions(t, "2017-09-14");
    assertEquals("KHM", ms.get(0).actor().code());
    assertNull(ms.get(0).actor().sector());
    assertEquals("KHMGOV", ms.get(1).actor().code());
  }

  @Test
  void codesWashingtonAsUsGovernmentWhenItActs() {
    String t = "Washington has long criticised the government.";
    Mention m = one(t, "2019-11-27", "Washington");
    assertEquals("USAGOV", m.actor().code());
    assertEquals(Resolution.METONYM, m.resolution());
  }

  @Test
  void keepsWashingtonStateOutOfUsGovernment() {
    String t = "Farmers in Washington state said prices fell. He moved to Seattle, Washington. "
        + "The talks were held in Washington.";
    List<Mention> ms = mentions(t, "2019-11-27");
    for (Mention m : ms) {
      assertTrue(!"USAGOV".equals(m.actor().code()), "Washington the place became " + m);
    }
  }

  @Test
  void codesTheKremlinAsRussianGovernment() {
    String t = "The Kremlin denied the report.";
    assertEquals("RUSGOV", one(t, "2020-01-01", "Kremlin").actor().code());
  }

  @Test
  void resolvesAnAcronymDefinedInTheText() {
    String t = "The Khmer Civic Party (KCP) was dissolved. Officials said KCP broke the law.";
    List<Mention> ms = mentions(t, "2017-09-01", Map.of("Khmer Civic Party", "ORGANIZATION"));
    Mention later = ms.stream().filter(m -> m.span().of(t).equals("KCP") && m.span().start() > 40)
        .findFirst().orElse(null);
    assertNotNull(later, ms.toString());
    assertEquals(Resolution.ACRONYM, later.resolution());
    assertEquals("KHMPTY", later.actor().code());
  }

  @Test
  void codesAKnownNgoFromTheKnowledgeBase() {
    String t = "Cambodia expelled the National Democratic Institute.";
    assertEquals("USANGO", one(t, "2017-08-23", "National Democratic Institute").actor().code());
  }

  @Test
  void codesAnUnknownActivistByNationality() {
    String t = "Cambodian activist Kem Ley was shot.";
    List<Mention> ms = mentions(t, "2016-07-10", Map.of("Kem Ley", "PERSON"));
    Mention m = find(ms, "Cambodian activist Kem Ley", t);
    assertNotNull(m, ms.toString());
    assertEquals("KHM", m.actor().country());
    assertEquals("CVL", m.actor().sector());
  }

  @Test
  void dropsNewsAgenciesThatAreSourcesOfTheReport() {
    String t = "He added in the letter seen by Reuters. Reuters reported the deal. According to Reuters, "
        + "the talks failed.";
    List<Mention> ms = mentions(t, "2019-12-01");
    assertTrue(ms.stream().noneMatch(m -> "reuters".equals(m.actor().entity())), ms.toString());
  }

  @Test
  void keepsAnOutletThatIsActedUpon() {
    String t = "The government shut down Reuters bureaus.";
    List<Mention> ms = mentions(t, "2019-12-01");
    assertTrue(ms.stream().anyMatch(m -> "MED".equals(m.actor().sector())), ms.toString());
  }

  @Test
  void codesAPossessorsGovernmentByTheirCountry() {
    String t = "Washington criticised Hun Sen's government.";
    Mention m = one(t, "2019-11-27", "Hun Sen's government");
    assertEquals("KHMGOV", m.actor().code());
    assertNull(m.actor().entity());
  }

  @Test
  void doesNotTakeLowerCaseUsForTheUnitedStates() {
    String t = "He told us to leave.";
    assertTrue(mentions(t, "2019-11-27").stream().noneMatch(m -> "USA".equals(m.actor().country())));
  }
}
