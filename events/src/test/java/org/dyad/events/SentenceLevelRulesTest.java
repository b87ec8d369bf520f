package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.dyad.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Rules that decide which event a sentence stands for and whom it addresses: wire-style objects after a day,
 * measures eased at home, recipients that are the actor itself, requested acts under their request, and
 * peacekeepers who arrive.
 */
class SentenceLevelRulesTest {
  private static final EventStage STAGE = new EventStage(LexiconLoader.bundled(), "bundled", CoderConfig.DEFAULT,
      RoleOnDate.UNCHANGED, new KnowledgeBasePlaces(KnowledgeBase.defaults()));

  private static List<Event> code(ConllDoc d) {
    return STAGE.apply(d.build()).events();
  }

  private static Set<String> pairs(ConllDoc d) {
    return code(d).stream().map(EventCodingTest::pair).collect(Collectors.toSet());
  }

  @Test
  void anObjectAfterTheDayOfItsVerbIsTheVerbsObject() {
    // the parser hangs "proposal" on "Tuesday" ("rejected Tuesday a Greek proposal"), as it does on wire copy
    assertEquals(Set.of("REJECT TURGOV>GRC"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Ankara Ankara NNP 2 nsubj
        2 rejected reject VBD 0 root
        3 Tuesday Tuesday NNP 2 obl:tmod
        4 a a DT 6 det
        5 Greek Greek JJ 6 amod
        6 proposal proposal NN 3 dep
        7 for for IN 8 case
        8 talks talk NNS 6 nmod
        """).mention(1, 1, "TURGOV", "TUR", "GOV").mention(5, 5, "GRC", "GRC", null)));
  }

  @Test
  void anObjectShiftedPastAnAsPhraseIsTheVerbsObject() {
    // "denounced as a crime Serbia's crackdown": the parser hangs the crackdown on "crime"; as the object, it
    // names whom the denunciation addresses, and the crackdown it names is what the sentence is about
    List<Event> events = code(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Albania Albania NNP 2 nsubj
        2 denounced denounce VBD 0 root
        3 as as IN 5 case
        4 a a DT 5 det
        5 crime crime NN 2 obl
        6 Serbia Serbia NNP 8 nmod:poss
        7 's 's POS 6 case
        8 crackdown crackdown NN 5 dep
        9 on on IN 11 case
        10 ethnic ethnic JJ 11 amod
        11 Albanians Albanians NNPS 8 nmod
        """).mention(1, 1, "ALBGOV", "ALB", "GOV").mention(6, 6, "SRBGOV", "SRB", "GOV")
        .mention(10, 11, "ALB", "ALB", null));
    Event denounced = events.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
    assertEquals("ACCUSE ALBGOV>SRBGOV", EventCodingTest.pair(denounced));
    for (Event e : events) {
      assertTrue(e.confidence() <= denounced.confidence(), events.toString());
    }
  }

  @Test
  void aNounAfterADayIsNoObjectWhenTheVerbHasOne() {
    // "freed the hostages Sunday morning": the verb's own object stands, nothing is moved onto it
    assertEquals(Set.of("RETREAT MLIMIL>FRA"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Malian Malian JJ 2 amod
        2 soldiers soldier NNS 3 nsubj
        3 freed free VBD 0 root
        4 two two CD 6 nummod
        5 French French JJ 6 amod
        6 hostages hostage NNS 3 obj
        7 Sunday Sunday NNP 3 obl:tmod
        8 morning morning NN 7 dep
        """).mention(1, 2, "MLIMIL", "MLI", "MIL").mention(5, 5, "FRA", "FRA", null)));
  }

  @Test
  void liftingACurfewWithNoPlaceNamedAddressesTheGovernmentsOwnCountry() {
    List<Event> events = code(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 The the DT 3 det
        2 Ghanaian Ghanaian JJ 3 amod
        3 government government NN 4 nsubj
        4 lifted lift VBD 0 root
        5 the the DT 7 det
        6 night night NN 7 compound
        7 curfew curfew NN 4 obj
        """).mention(2, 3, "GHAGOV", "GHA", "GOV"));
    assertEquals(1, events.size(), events.toString());
    assertEquals("RETREAT GHAGOV>GHA", EventCodingTest.pair(events.get(0)));
    assertEquals("0813", events.get(0).cameo());
  }

  @Test
  void easingRestrictionsInAPlaceAddressesThatPlace() {
    assertEquals(Set.of("CONCEDE ISRGOV>PSE"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Israel Israel NNP 2 nsubj
        2 eased ease VBD 0 root
        3 travel travel NN 4 compound
        4 restrictions restriction NNS 2 obj
        5 in in IN 6 case
        6 Gaza Gaza NNP 2 obl
        """).mention(1, 1, "ISRGOV", "ISR", "GOV").mention(6, 6, "PSE", "PSE", null)));
  }

  @Test
  void liftingAMeasureGivesNoHomeRecipientToAnActorWithoutAuthority() {
    // protesters who end their own blockade are no authority easing a measure on the people they rule
    assertEquals(Set.of("RETREAT FRACVL>-"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 French French JJ 2 amod
        2 farmers farmer NNS 3 nsubj
        3 lifted lift VBD 0 root
        4 the the DT 5 det
        5 blockade blockade NN 3 obj
        """).mention(1, 2, "FRACVL", "FRA", "CVL")));
  }

  @Test
  void aRecipientThatIsTheActorItselfLeavesTheEventWithoutOne() {
    // the province's name was read as the same government that lifts the emergency in it
    assertEquals(Set.of("RETREAT SDNGOV>SDN"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Sudan Sudan NNP 3 nmod:poss
        2 's 's POS 1 case
        3 government government NN 4 nsubj
        4 lifted lift VBD 0 root
        5 the the DT 6 det
        6 state state NN 4 obj
        7 of of IN 8 case
        8 emergency emergency NN 6 nmod
        9 in in IN 12 case
        10 North North NNP 12 compound
        11 Kordofan Kordofan NNP 12 compound
        12 State State NNP 6 nmod
        """).mention(1, 3, "SDNGOV", "SDN", "GOV").mention(10, 12, "SDNGOV", "SDN", "GOV")));
  }

  @Test
  void theActAskedForIsNeverSurerThanTheRequestThatCarriesIt() {
    List<Event> events = code(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 The the DT 2 det
        2 rebels rebel NNS 3 nsubj
        3 demanded demand VBD 0 root
        4 that that IN 7 mark
        5 the the DT 6 det
        6 government government NN 7 nsubj
        7 release release VB 3 ccomp
        8 their their PRP$ 9 nmod:poss
        9 fighters fighter NNS 7 obj
        """).mention(2, 2, "COLREB", "COL", "REB").mention(6, 6, "COLGOV", "COL", "GOV"));
    Event request = events.stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
    Event asked = events.stream().filter(e -> e.modality() == Modality.RECOMMENDED).findFirst().orElseThrow();
    assertEquals("REQUEST COLREB>COLGOV", EventCodingTest.pair(request));
    assertTrue(asked.confidence() <= request.confidence(), asked.confidence() + " > " + request.confidence());
  }

  @Test
  void aDemandMadeInAStatementOutranksWhatItDemands() {
    List<Event> events = code(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 The the DT 3 det
        2 rebel rebel NN 3 compound
        3 party party NN 4 nsubj
        4 issued issue VBD 0 root
        5 a a DT 6 det
        6 statement statement NN 4 obj
        7 demanding demand VBG 6 acl
        8 that that IN 12 mark
        9 the the DT 11 det
        10 Turkish Turkish JJ 11 amod
        11 government government NN 12 nsubj
        12 provide provide VBP 7 ccomp
        13 aid aid NN 12 obj
        14 to to IN 15 case
        15 refugees refugee NNS 12 obl
        """).mention(2, 3, "TURREB", "TUR", "REB").mention(10, 11, "TURGOV", "TUR", "GOV")
        .mention(15, 15, "TURREF", "TUR", "REF"));
    Event request = events.stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
    for (Event e : events) {
      assertTrue(e.confidence() <= request.confidence(), events.toString());
    }
  }

  @Test
  void demandsInsistedOnOutrankWhatTheyDemand() {
    List<Event> events = code(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 The the DT 3 det
        2 rebel rebel NN 3 compound
        3 group group NN 4 nsubj
        4 insisted insist VBD 0 root
        5 on on IN 7 case
        6 its its PRP$ 7 nmod:poss
        7 demands demand NNS 4 obl
        8 that that IN 11 mark
        9 the the DT 10 det
        10 government government NN 11 nsubj
        11 grant grant VB 7 ccomp
        12 the the DT 13 det
        13 farmers farmer NNS 11 iobj
        14 land land NN 11 obj
        """).mention(2, 3, "COLREB", "COL", "REB").mention(10, 10, "COLGOV", "COL", "GOV")
        .mention(13, 13, "COLAGR", "COL", "AGR"));
    Event request = events.stream().filter(e -> e.type().equals("REQUEST")).findFirst().orElseThrow();
    for (Event e : events) {
      assertTrue(e.confidence() <= request.confidence(), events.toString());
    }
  }

  @Test
  void aCampaignLedBySomeoneIsTheirs() {
    assertEquals(Set.of("REJECT ESPGOV>USA"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Spain Spain NNP 2 nsubj
        2 refused refuse VBD 0 root
        3 to to TO 4 mark
        4 commit commit VB 2 xcomp
        5 to to IN 8 case
        6 any any DT 8 det
        7 military military JJ 8 amod
        8 assistance assistance NN 4 obl
        9 to to IN 14 case
        10 the the DT 14 det
        11 US US NNP 13 obl
        12 - - HYPH 13 punct
        13 led lead VBN 14 amod
        14 campaign campaign NN 8 nmod
        """).mention(1, 1, "ESPGOV", "ESP", "GOV").mention(11, 11, "USA", "USA", null)));
  }

  @Test
  void angerShownAtSomeonesPoliciesIsAProtestAgainstThem() {
    assertEquals(Set.of("PROTEST EGYOPP>ISR"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Protesters protester NNS 4 nsubj
        2 in in IN 3 case
        3 Cairo Cairo NNP 1 nmod
        4 blocked block VBD 0 root
        5 a a DT 6 det
        6 bridge bridge NN 4 obj
        7 to to TO 8 mark
        8 show show VB 4 xcomp
        9 their their PRP$ 10 nmod:poss
        10 anger anger NN 8 obj
        11 at at IN 15 case
        12 Israel Israel NNP 15 nmod:poss
        13 's 's POS 12 case
        14 new new JJ 15 amod
        15 policies policy NNS 10 nmod
        """).mention(1, 1, "EGYOPP", "EGY", "OPP").mention(3, 3, "EGY", "EGY", null)
        .mention(12, 12, "ISR", "ISR", null)));
  }

  @Test
  void anActNamedInWhatIsCondemnedIsNeverSurerThanTheCondemnation() {
    List<Event> events = code(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Japan Japan NNP 2 nsubj
        2 condemned condemn VBD 0 root
        3 North North NNP 4 compound
        4 Korea Korea NNP 7 nmod:poss
        5 's 's POS 4 case
        6 missile missile NN 7 compound
        7 test test NN 2 obj
        """).mention(1, 1, "JPNGOV", "JPN", "GOV").mention(3, 4, "PRK", "PRK", null));
    Event condemned = events.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
    assertEquals("ACCUSE JPNGOV>PRK", EventCodingTest.pair(condemned));
    assertTrue(events.stream().anyMatch(e -> e.type().equals("MOBILIZE")), events.toString());
    for (Event e : events) {
      assertTrue(e.confidence() <= condemned.confidence(), events.toString());
    }
  }

  @Test
  void inProtestOfNamesWhatIsProtestedNotWhoProtests() {
    Set<String> coded = pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Greek Greek JJ 2 amod
        2 unions union NNS 3 nsubj
        3 marched march VBD 0 root
        4 in in IN 5 case
        5 protest protest NN 3 obl
        6 of of IN 10 case
        7 the the DT 8 det
        8 government government NN 10 nmod:poss
        9 's 's POS 8 case
        10 reform reform NN 5 nmod
        """).mention(1, 2, "GRCLAB", "GRC", "LAB").mention(7, 8, "GRCGOV", "GRC", "GOV"));
    assertTrue(coded.contains("PROTEST GRCLAB>GRCGOV"), coded.toString());
    assertTrue(coded.stream().noneMatch(x -> x.contains(" GRCGOV>")), coded.toString());
  }

  @Test
  void peacekeepersWhoArriveInACountryAreADeploymentNotAVisit() {
    assertEquals(Set.of("AID IND>LBR"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Indian Indian JJ 3 amod
        2 peacekeeping peacekeeping NN 3 compound
        3 troops troop NNS 4 nsubj
        4 arrived arrive VBD 0 root
        5 in in IN 6 case
        6 Liberia Liberia NNP 4 obl
        """).mention(1, 1, "IND", "IND", null).mention(6, 6, "LBR", "LBR", null)));
  }

  @Test
  void aContingentOfPeacekeepersIsDeployedToo() {
    assertEquals(Set.of("AID NPLMIL>HTI"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 A a DT 2 det
        2 contingent contingent NN 6 nsubj
        3 of of IN 5 case
        4 Nepalese Nepalese JJ 5 amod
        5 peacekeepers peacekeeper NNS 2 nmod
        6 arrived arrive VBD 0 root
        7 in in IN 8 case
        8 Haiti Haiti NNP 6 obl
        """).mention(4, 5, "NPLMIL", "NPL", "MIL").mention(8, 8, "HTI", "HTI", null)));
  }

  @Test
  void theSameActWithoutARecipientIsDroppedWhenAnotherWordOfItNamesOne() {
    assertEquals(List.of("RETREAT TURGOV>SYR"), code(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 Turkey Turkey NNP 2 nsubj
        2 reopened reopen VBD 0 root
        3 the the DT 5 det
        4 border border NN 5 compound
        5 crossing crossing NN 2 obj
        6 to to TO 7 mark
        7 allow allow VB 2 advcl
        8 the the DT 9 det
        9 delivery delivery NN 7 obj
        10 of of IN 11 case
        11 food food NN 9 nmod
        12 to to IN 13 case
        13 Syria Syria NNP 9 nmod
        """).mention(1, 1, "TURGOV", "TUR", "GOV").mention(13, 13, "SYR", "SYR", null)).stream()
        .map(EventCodingTest::pair).toList());
  }

  @Test
  void ministersWhoArriveInACountryStillVisitIt() {
    assertEquals(Set.of("CONSULT INDGOV>LBR"), pairs(ConllDoc.publishedOn("2021-06-10").sentence("""
        1 The the DT 4 det
        2 Indian Indian JJ 4 amod
        3 foreign foreign JJ 4 amod
        4 minister minister NN 5 nsubj
        5 arrived arrive VBD 0 root
        6 in in IN 7 case
        7 Liberia Liberia NNP 5 obl
        """).mention(2, 4, "INDGOV", "IND", "GOV").mention(7, 7, "LBR", "LBR", null)));
  }
}
