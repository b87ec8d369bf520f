package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.events.coder.CoderConfig;
import org.dyad.events.coder.KnowledgeBasePlaces;
import org.dyad.events.coder.RoleOnDate;
import org.dyad.events.lexicon.LexiconLoader;
import org.dyad.events.testing.ConllDoc;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Recipients the parse implies rather than names: the owner of a non-actor object of force, coordinated and
 * reciprocal actors, what a rejection or agreement is about, and the recipient named beside a light verb.
 */
class RecipientDerivationTest {
  private static final EventStage STAGE = new EventStage(LexiconLoader.bundled(), "bundled", CoderConfig.DEFAULT,
      RoleOnDate.UNCHANGED, new KnowledgeBasePlaces(KnowledgeBase.defaults()));
  private static final EventStage STRICT = new EventStage(LexiconLoader.bundled(), "bundled", CoderConfig.STRICT,
      RoleOnDate.UNCHANGED, new KnowledgeBasePlaces(KnowledgeBase.defaults()));

  private static List<Event> code(ConllDoc d) {
    return STAGE.apply(d.build()).events();
  }

  private static Set<String> pairs(ConllDoc d) {
    return code(d).stream().map(EventCodingTest::pair).collect(Collectors.toSet());
  }

  private static Event only(ConllDoc d) {
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  private static ConllDoc policeArrested(String object) {
    return ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Kenyan Kenyan JJ 2 amod
        2 police police NN 3 nsubj
        3 arrested arrest VBD 0 root
        """ + object).mention(1, 2, "KENCOP", "KEN", "COP");
  }

  @Test
  void givesTheActorsOwnCountryWhenPoliceArrestPeopleNoActorNames() {
    Event e = only(policeArrested("""
        4 dozens dozen NNS 3 obj
        5 of of IN 6 case
        6 students student NNS 4 nmod
        """));
    assertEquals("COERCE KENCOP>KEN", EventCodingTest.pair(e));
    assertNull(e.recipient().sector(), "the country, not a guessed sector");
    assertEquals("dozens of students", e.recipient().text());
    assertTrue(e.confidence() < 0.7, "a derived recipient lowers confidence: " + e.confidence());
  }

  @Test
  void derivesNoRecipientFromAPronounObject() {
    assertEquals(Set.of(), pairs(policeArrested("""
        4 them they PRP 3 obj
        """)));
  }

  @Test
  void derivesNoRecipientWithoutAnObjectPhrase() {
    assertEquals(Set.of(), pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Kenyan Kenyan JJ 2 amod
        2 police police NN 3 nsubj
        3 attacked attack VBD 0 root
        4 on on IN 5 case
        5 Sunday Sunday NNP 3 obl
        6 at at IN 7 case
        7 dawn dawn NN 3 obl
        """).mention(1, 2, "KENCOP", "KEN", "COP")));
  }

  @Test
  void keepsTheRecipientOfTheStrictPresetToWhatTheParseNames() {
    assertEquals(List.of(), STRICT.apply(policeArrested("""
        4 dozens dozen NNS 3 obj
        5 of of IN 6 case
        6 students student NNS 4 nmod
        """).build()).events());
  }

  @Test
  void takesTheCountryOfACapitalNamedAsTheObject() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Ethiopian Ethiopian JJ 2 amod
        2 troops troop NNS 3 nsubj
        3 shelled shell VBD 0 root
        4 the the DT 5 det
        5 outskirts outskirts NNS 3 obj
        6 of of IN 7 case
        7 Mogadishu Mogadishu NNP 5 nmod
        """).mention(1, 2, "ETHMIL", "ETH", "MIL"));
    assertEquals("ASSAULT ETHMIL>SOM", EventCodingTest.pair(e));
  }

  @Test
  void takesTheCountryOfACapitalWhereTheActWasDone() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Syrian Syrian JJ 2 amod
        2 agents agent NNS 3 nsubj
        3 detained detain VBD 0 root
        4 a a DT 5 det
        5 journalist journalist NN 3 obj
        6 in in IN 7 case
        7 Beirut Beirut NNP 3 obl
        """).mention(1, 2, "SYRSPY", "SYR", "SPY"));
    assertEquals("COERCE SYRSPY>LBN", EventCodingTest.pair(e));
  }

  @Test
  void guessesNoHomeCountryForAnActorWithoutADomesticSector() {
    assertEquals(Set.of(), pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Israel Israel NNP 2 nsubj
        2 shelled shell VBD 0 root
        3 the the DT 4 det
        4 town town NN 2 obj
        """).mention(1, 1, "ISR", "ISR", null)));
  }

  @Test
  void derivesNoRecipientFromWhatIsGiven() {
    assertEquals(Set.of(), pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 The the DT 3 det
        2 Kenyan Kenyan JJ 3 amod
        3 government government NN 4 nsubj
        4 provided provide VBD 0 root
        5 information information NN 4 obj
        """).mention(2, 3, "KENGOV", "KEN", "GOV")));
  }

  @Test
  void codesCoordinatedModifiersOutsideAMentionAsActorsOfEachOther() {
    assertEquals(Set.of("AGREE HUN>ROUGOV", "AGREE ROUGOV>HUN"), pairs(ConllDoc.publishedOn("2019-03-02")
        .sentence("""
        1 Senior senior JJ 5 amod
        2 Hungarian Hungarian JJ 5 amod
        3 and and CC 4 cc
        4 Romanian Romanian JJ 2 conj
        5 officials official NNS 6 nsubj
        6 agreed agree VBD 0 root
        """).mention(2, 2, "HUN", "HUN", null).mention(4, 5, "ROUGOV", "ROU", "GOV")));
  }

  @Test
  void makesTwoPartiesThatAgreeEachOthersRecipientsRatherThanWhomTheContentConcerns() {
    assertEquals(Set.of("AGREE TUR>GRCGOV", "AGREE GRCGOV>TUR"), pairs(ConllDoc.publishedOn("2019-03-02")
        .sentence("""
        1 Turkish Turkish JJ 4 amod
        2 and and CC 3 cc
        3 Greek Greek JJ 1 conj
        4 officials official NNS 5 nsubj
        5 agreed agree VBD 0 root
        6 to to TO 7 mark
        7 share share VB 5 xcomp
        8 information information NN 7 obj
        9 on on IN 10 case
        10 refugees refugee NNS 7 obl
        11 from from IN 12 case
        12 Syria Syria NNP 10 nmod
        """).mention(1, 1, "TUR", "TUR", null).mention(3, 4, "GRCGOV", "GRC", "GOV")
        .mention(12, 12, "SYR", "SYR", null)));
  }

  @Test
  void takesTheRecipientOfARefusalFromWhomTheRefusedMeasureIsAimedAt() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Moscow Moscow NNP 2 nsubj
        2 declined decline VBD 0 root
        3 to to TO 4 mark
        4 lift lift VB 2 xcomp
        5 its its PRP$ 6 nmod:poss
        6 embargo embargo NN 4 obj
        7 on on IN 8 case
        8 Georgia Georgia NNP 6 nmod
        """).mention(1, 1, "RUSGOV", "RUS", "GOV").mention(8, 8, "GEO", "GEO", null));
    assertEquals("REJECT RUSGOV>GEO", EventCodingTest.pair(e));
  }

  @Test
  void takesTheRecipientOfARejectionFromACountryNamedInWhatIsRejected() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 The the DT 2 det
        2 UN UN NNP 3 nsubj
        3 rejected reject VBD 0 root
        4 a a DT 5 det
        5 plan plan NN 3 obj
        6 for for IN 10 mark
        7 its its PRP$ 8 nmod:poss
        8 troops troop NNS 10 nsubj:pass
        9 to to TO 10 mark
        10 stay stay VB 5 acl
        11 in in IN 12 case
        12 Haiti Haiti NNP 10 obl
        """).mention(2, 2, 2, "IGOUNO", null, "IGO", null).mention(12, 12, "HTI", "HTI", null));
    assertEquals("REJECT IGOUNO>HTI", EventCodingTest.pair(e));
    assertTrue(e.confidence() < 0.9, "a recipient read from the content is less sure: " + e.confidence());
  }

  @Test
  void looksForTheRecipientOfALightVerbNounBesideItButNotInItsSubject() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Li Li NNP 6 nsubj
        2 of of IN 3 case
        3 China China NNP 1 nmod
        4 's 's POS 3 case
        5 party party NN 1 appos
        6 expressed express VBD 0 root
        7 Beijing Beijing NNP 9 nmod:poss
        8 's 's POS 7 case
        9 support support NN 6 obj
        10 , , , 6 punct
        11 saying say VBG 6 advcl
        12 Laos Laos NNP 15 nsubj
        13 is be VBZ 15 cop
        14 a a DT 15 det
        15 friend friend NN 11 ccomp
        """).mention(1, 1, "CHNPTY", "CHN", "PTY").mention(3, 3, "CHN", "CHN", null)
        .mention(7, 7, "CHNGOV", "CHN", "GOV").mention(12, 12, "LAO", "LAO", null));
    assertEquals("SUPPORT CHNGOV>LAO", EventCodingTest.pair(e));
  }

  @Test
  void readsAReactionDrawnByAnActAsAimedAtWhoeverActed() {
    Set<String> coded = pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Cambodia Cambodia NNP 3 nmod:poss
        2 's 's POS 1 case
        3 arrest arrest NN 7 nsubj
        4 of of IN 6 case
        5 the the DT 6 det
        6 activist activist NN 3 nmod
        7 drew draw VBD 0 root
        8 condemnation condemnation NN 7 obj
        9 from from IN 12 case
        10 the the DT 12 det
        11 United United NNP 12 compound
        12 States States NNP 8 nmod
        """).mention(1, 1, "KHMGOV", "KHM", "GOV").mention(11, 12, "USA", "USA", null));
    assertTrue(coded.contains("ACCUSE USA>KHMGOV"), coded.toString());
    assertTrue(!coded.contains("ACCUSE KHMGOV>USA"), coded.toString());
  }

  @Test
  void addressesARefusalToWhoeverPressedForWhatWasRefused() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 The the DT 3 det
        2 Kenyan Kenyan JJ 3 amod
        3 minister minister NN 4 nsubj
        4 refused refuse VBD 0 root
        5 to to TO 6 mark
        6 resign resign VB 4 xcomp
        7 despite despite IN 8 case
        8 pressure pressure NN 4 obl
        9 from from IN 12 case
        10 the the DT 12 det
        11 anti-graft anti-graft JJ 12 amod
        12 commission commission NN 8 nmod
        """).mention(2, 3, "KENGOV", "KEN", "GOV").mention(11, 12, "KENJUD", "KEN", "JUD"));
    assertEquals("REJECT KENGOV>KENJUD", EventCodingTest.pair(e));
  }

  @Test
  void addressesAnOfferToHostTalksToBothSidesOfTheTalks() {
    assertEquals(Set.of("AGREE MARGOV>ISR", "AGREE MARGOV>PSE"), pairs(ConllDoc.publishedOn("2019-03-02")
        .sentence("""
        1 The the DT 2 det
        2 king king NN 3 nsubj
        3 offered offer VBD 0 root
        4 to to TO 5 mark
        5 host host VB 3 xcomp
        6 talks talk NNS 5 obj
        7 between between IN 8 case
        8 Israel Israel NNP 6 nmod
        9 and and CC 11 cc
        10 the the DT 11 det
        11 PLO PLO NNP 8 conj
        """).mention(1, 2, "MARGOV", "MAR", "GOV").mention(8, 8, "ISR", "ISR", null)
        .mention(11, 11, "PSE", "PSE", null)));
  }

  @Test
  void readsTheWordAMatchPassedThroughAsTheObject() {
    assertEquals(Set.of("ASSAULT SOMREB>SOM"), pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Somali Somali JJ 2 amod
        2 rebels rebel NNS 3 nsubj
        3 violated violate VBD 0 root
        4 the the DT 6 det
        5 ceasefire ceasefire NN 6 compound
        6 agreement agreement NN 3 obj
        """).mention(1, 2, "SOMREB", "SOM", "REB")));
  }

  @Test
  void neverTakesTheEventNounALightVerbCarriesForItsObject() {
    assertEquals(Set.of(), pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Somali Somali JJ 2 amod
        2 rebels rebel NNS 3 nsubj
        3 carried carry VBD 0 root
        4 out out RP 3 compound:prt
        5 the the DT 6 det
        6 attack attack NN 3 obj
        """).mention(1, 2, "SOMREB", "SOM", "REB")));
  }

  @Test
  void addressesAComplaintToWhomItIsAboutNotToWhomItIsMade() {
    Set<String> coded = pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Lebanon Lebanon NNP 2 nsubj
        2 complained complain VBD 0 root
        3 to to IN 6 case
        4 the the DT 6 det
        5 United United NNP 6 compound
        6 Nations Nations NNP 2 obl
        7 over over IN 10 case
        8 Israeli Israeli JJ 10 amod
        9 air air NN 10 compound
        10 raids raid NNS 2 obl
        """).mention(1, 1, "LBNGOV", "LBN", "GOV").mention(5, 6, 6, "IGOUNO", null, "IGO", null)
        .mention(8, 8, "ISR", "ISR", null));
    assertTrue(coded.contains("ACCUSE LBNGOV>ISR"), coded.toString());
    assertTrue(!coded.contains("ACCUSE LBNGOV>IGOUNO"), coded.toString());
  }

  @Test
  void guessesNoHomeCountryForAnArmyWhenTheSentenceNamesAnotherCountry() {
    assertEquals(Set.of(), pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Ethiopian Ethiopian JJ 2 amod
        2 troops troop NNS 3 nsubj
        3 killed kill VBD 9 ccomp
        4 ten ten CD 5 nummod
        5 fighters fighter NNS 3 obj
        6 , , , 9 punct
        7 Somali Somali JJ 8 amod
        8 officials official NNS 9 nsubj
        9 said say VBD 0 root
        """).mention(1, 2, "ETHMIL", "ETH", "MIL").mention(7, 8, "SOMGOV", "SOM", "GOV")));
  }

  @Test
  void guessesNoHomeCountryForPeopleReferredBackTo() {
    assertEquals(Set.of(), pairs(policeArrested("""
        4 both both DT 5 det
        5 men man NNS 3 obj
        """)));
  }

  @Test
  void prefersTheObjectOverAnActorNamedInACoordinatedClause() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 The the DT 2 det
        2 president president NN 3 nsubj
        3 declared declare VBD 0 root
        4 martial martial JJ 5 amod
        5 law law NN 3 obj
        6 and and CC 7 cc
        7 wrote write VBD 3 conj
        8 about about IN 9 case
        9 Russia Russia NNP 7 obl
        """).mention(2, 2, "UKRGOV", "UKR", "GOV").mention(9, 9, "RUS", "RUS", null));
    assertEquals("COERCE UKRGOV>UKR", EventCodingTest.pair(e));
  }

  @Test
  void readsOnAfterAnActNounAsItsTargetWhenNoActorIsNamedThere() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Zambian Zambian JJ 2 amod
        2 police police NN 3 nsubj
        3 staged stage VBD 0 root
        4 a a DT 5 det
        5 crackdown crackdown NN 3 obj
        6 on on IN 8 case
        7 street street NN 8 compound
        8 vendors vendor NNS 5 nmod
        """).mention(1, 2, "ZMBCOP", "ZMB", "COP"));
    assertEquals("COERCE ZMBCOP>ZMB", EventCodingTest.pair(e));
    assertEquals("street vendors", e.recipient().text());
  }

  @Test
  void aimsAProtestWithNoTargetAtTheAuthoritiesOfThePlaceItIsHeldIn() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Kenyan Kenyan JJ 2 amod
        2 exiles exile NNS 3 nsubj
        3 demonstrated demonstrate VBD 0 root
        4 in in IN 5 case
        5 London London NNP 3 obl
        """).mention(1, 2, "KEN", "KEN", null).mention(5, 5, "GBR", "GBR", null));
    assertEquals("PROTEST KEN>GBR", EventCodingTest.pair(e));
  }

  @Test
  void aimsAProtestWithNoTargetOrPlaceAtTheProtestersOwnCountry() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Zambian Zambian JJ 2 amod
        2 miners miner NNS 3 nsubj
        3 began begin VBD 0 root
        4 a a DT 6 det
        5 hunger hunger NN 6 compound
        6 strike strike NN 3 obj
        """).mention(1, 2, "ZMBLAB", "ZMB", "LAB"));
    assertEquals("PROTEST ZMBLAB>ZMB", EventCodingTest.pair(e));
    assertNull(e.recipient().sector(), "the country, not a guessed body of it");
  }

  @Test
  void leavesTheTargetOfAProtestByActorsOfNoCountryOpen() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Greenpeace Greenpeace NNP 2 nsubj
        2 protested protest VBD 0 root
        3 yesterday yesterday NN 2 obl:tmod
        """).mention(1, 1, "NGO", null, "NGO"));
    assertEquals("PROTEST NGO>-", EventCodingTest.pair(e));
  }

  @Test
  void takesNoFallbackRecipientFromAClauseWithActorsOfItsOwn() {
    Set<String> coded = pairs(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Ethiopian Ethiopian JJ 2 amod
        2 jets jet NNS 3 nsubj
        3 bombed bomb VBD 0 root
        4 the the DT 5 det
        5 town town NN 3 obj
        6 after after IN 9 mark
        7 Eritrean Eritrean JJ 8 amod
        8 leaders leader NNS 9 nsubj
        9 rejected reject VBD 3 advcl
        10 talks talk NNS 9 obj
        """).mention(1, 2, "ETHMIL", "ETH", "MIL").mention(7, 8, "ERIGOV", "ERI", "GOV"));
    assertTrue(coded.stream().noneMatch(p -> p.equals("ASSAULT ETHMIL>ERIGOV")), coded.toString());
  }

  @Test
  void readsACountryThatCoercesAsItsGovernmentActingAtHome() {
    Event e = only(ConllDoc.publishedOn("2019-03-02").sentence("""
        1 Belarus Belarus NNP 3 nmod:poss
        2 's 's POS 1 case
        3 government government NN 4 nsubj
        4 banned ban VBD 0 root
        5 two two CD 7 nummod
        6 independent independent JJ 7 amod
        7 weeklies weekly NNS 4 obj
        """).mention(1, 1, "BLR", "BLR", null));
    assertEquals("COERCE BLR>BLR", EventCodingTest.pair(e));
  }
}
