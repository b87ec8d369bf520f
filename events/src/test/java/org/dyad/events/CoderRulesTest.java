package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.events.testing.ConllDoc;
import org.dyad.model.Event;
import org.dyad.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

/** The coder's rules beyond plain subject-verb-object: demands in reported speech, repairs, control, agents. */
class CoderRulesTest {

  private static Set<String> coded(AnalyzedDocument d) {
    return EventCodingTest.code(d).stream().map(e -> EventCodingTest.pair(e) + " " + e.cameo() + " "
        + e.modality().wireName()).collect(Collectors.toSet());
  }

  @Test
  void readsMustInAReportedClauseAsADemandOfTheReporter() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Russia Russia NNP 2 nsubj
        2 said say VBD 0 root
        3 Sudan Sudan NNP 5 nsubj
        4 must must MD 5 aux
        5 return return VB 2 ccomp
        6 the the DT 7 det
        7 helicopter helicopter NN 5 obj
        """).mention(1, 1, "RUS", "RUS", null).mention(3, 3, "SDN", "SDN", null).build();
    assertEquals(Set.of("REQUEST RUS>SDN 100 asserted"), coded(d));
  }

  @Test
  void repairsAControlVerbParsedAsAnAuxiliary() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Hun Hun NNP 2 compound
        2 Sen Sen NNP 5 nsubj
        3 threatened threaten VBD 5 aux
        4 to to TO 5 mark
        5 ban ban VB 0 root
        6 the the DT 7 det
        7 party party NN 5 obj
        """).mention(1, 2, "KHMGOV", "KHM", "GOV").mention(7, 7, "KHMOPP", "KHM", "OPP").build();
    assertEquals(Set.of("THREATEN KHMGOV>KHMOPP 1322 asserted"), coded(d));
  }

  @Test
  void givesTheAccusedTheAllegedDeed() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Sudan Sudan NNP 2 nsubj
        2 accused accuse VBD 0 root
        3 the the DT 4 det
        4 rebels rebel NNS 2 obj
        5 of of IN 6 mark
        6 attacking attack VBG 2 advcl
        7 Chad Chad NNP 6 obj
        """).mention(1, 1, "SDNGOV", "SDN", "GOV").mention(4, 4, "SDNREB", "SDN", "REB")
        .mention(7, 7, "TCD", "TCD", null).build();
    assertEquals(Set.of("ACCUSE SDNGOV>SDNREB 112 asserted", "ASSAULT SDNREB>TCD 190 alleged"), coded(d));
  }

  @Test
  void takesTheByPhraseOfAGerundAsItsAgent() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 It it PRP 2 nsubj
        2 caused cause VBD 0 root
        3 boycotting boycott VBG 2 obj
        4 by by IN 7 case
        5 the the DT 7 det
        6 opposition opposition NN 7 compound
        7 party party NN 3 obl
        """).mention(6, 7, "KHMOPP", "KHM", "OPP").build();
    // the opposition's boycott at home is aimed at its own country's authorities (the protest rule)
    assertEquals(Set.of("PROTEST KHMOPP>KHM 143 asserted"), coded(d));
  }

  @Test
  void readsAReadinessToAttackAsAThreat() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Iran Iran NNP 3 nsubj
        2 is be VBZ 3 cop
        3 ready ready JJ 0 root
        4 to to TO 5 mark
        5 attack attack VB 3 xcomp
        6 Israel Israel NNP 5 obj
        """).mention(1, 1, "IRN", "IRN", null).mention(6, 6, "ISR", "ISR", null).build();
    assertEquals(Set.of("THREATEN IRN>ISR 138 asserted"), coded(d));
  }

  @Test
  void makesTheSpeakerAtAMeetingItsParticipant() {
    AnalyzedDocument d = ConllDoc.publishedOn("2024-06-04").sentence("""
        1 Hun Hun NNP 2 compound
        2 Sen Sen NNP 3 nsubj
        3 spoke speak VBD 0 root
        4 during during IN 6 case
        5 a a DT 6 det
        6 meeting meeting NN 3 obl
        7 with with IN 8 case
        8 Austin Austin NNP 6 nmod
        """).mention(1, 2, "KHMLEG", "KHM", "LEG").mention(8, 8, "USAGOV", "USA", "GOV").build();
    assertEquals(Set.of("CONSULT KHMLEG>USAGOV 040 asserted"), coded(d));
  }

  @Test
  void letsCoordinatedActsShareTheirRecipient() {
    AnalyzedDocument d = ConllDoc.publishedOn("2024-06-04").sentence("""
        1 Austin Austin NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        4 and and CC 5 cc
        5 pledged pledge VBD 2 conj
        6 to to TO 7 mark
        7 expand expand VB 5 xcomp
        8 ties tie NNS 7 obj
        """).mention(1, 1, "USAGOV", "USA", "GOV").mention(3, 3, "KHM", "KHM", null).build();
    assertEquals(Set.of("SUPPORT USAGOV>KHM 051 asserted", "AGREE USAGOV>KHM 032 asserted"), coded(d));
  }

  @Test
  void neverMatchesAPhraseWordOnAFunctionWord() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 According accord VBG 3 case
        2 to to IN 1 fixed
        3 Xinhua Xinhua NNP 6 obl
        4 , , , 6 punct
        5 China China NNP 6 nsubj
        6 expressed express VBD 0 root
        7 its its PRP$ 8 nmod:poss
        8 sympathy sympathy NN 6 obj
        9 to to IN 10 case
        10 Nepal Nepal NNP 6 obl
        """).mention(5, 5, "CHN", "CHN", null).mention(10, 10, "NPL", "NPL", null).build();
    List<Event> events = EventCodingTest.code(d);
    assertTrue(events.stream().noneMatch(e -> e.cameo().equals("019")), events.toString());
    assertEquals(Set.of("SUPPORT CHN>NPL 018 asserted"), coded(d));
  }

  @Test
  void readsCoordinatedNationalitiesAsCompoundActors() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Hungarian Hungarian JJ 4 amod
        2 and and CC 3 cc
        3 Romanian Romanian JJ 1 conj
        4 officials official NNS 5 nsubj
        5 agreed agree VBD 0 root
        """).mention(1, 1, "HUN", "HUN", null).mention(3, 3, "ROU", "ROU", null).build();
    assertEquals(Set.of("AGREE HUN>ROU 030 asserted", "AGREE ROU>HUN 030 asserted"), coded(d));
  }

  @Test
  void codesARefusalToAcceptAsARejection() {
    AnalyzedDocument d = ConllDoc.publishedOn("2019-02-28").sentence("""
        1 Washington Washington NNP 4 nsubj
        2 could could MD 4 aux
        3 not not RB 4 advmod
        4 accept accept VB 0 root
        5 Pyongyang Pyongyang NNP 7 nmod:poss
        6 's 's POS 5 case
        7 demands demand NNS 4 obj
        """).mention(1, 1, "USAGOV", "USA", "GOV").mention(5, 5, "PRKGOV", "PRK", "GOV").build();
    assertTrue(coded(d).contains("REJECT USAGOV>PRKGOV 1232 asserted"), coded(d).toString());
  }

  @Test
  void readsWouldInAReportedClauseAsFuture() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-12-07").sentence("""
        1 Washington Washington NNP 2 nsubj
        2 said say VBD 0 root
        3 it it PRP 5 nsubj
        4 would would MD 5 aux
        5 sanction sanction VB 2 ccomp
        6 Cambodia Cambodia NNP 5 obj
        """).mention(1, 1, "USAGOV", "USA", "GOV").mention(6, 6, "KHM", "KHM", null).build();
    assertEquals(Set.of("SANCTION USAGOV>KHM 163 future"), coded(d));
  }

  @Test
  void codesAnOrderToDisbandAsTheBanByWhoOrdersIt() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-11-17").sentence("""
        1 The the DT 2 det
        2 court court NN 3 nsubj
        3 ordered order VBD 0 root
        4 the the DT 5 det
        5 party party NN 3 obj
        6 to to TO 8 mark
        7 be be VB 8 aux:pass
        8 disbanded disband VBN 3 xcomp
        """).mention(2, 2, "KHMJUD", "KHM", "JUD").mention(5, 5, "KHMOPP", "KHM", "OPP").build();
    assertEquals(Set.of("COERCE KHMJUD>KHMOPP 1722 asserted"), coded(d));
  }

  @Test
  void readsAReportedNegativeJudgementAsCriticism() {
    AnalyzedDocument d = ConllDoc.publishedOn("2018-07-30").sentence("""
        1 Washington Washington NNP 2 nsubj
        2 said say VBD 0 root
        3 Cambodia Cambodia NNP 5 nmod:poss
        4 's 's POS 3 case
        5 election election NN 9 nsubj
        6 was be VBD 9 cop
        7 neither neither CC 9 cc:preconj
        8 not not RB 9 advmod
        9 free free JJ 2 ccomp
        """).mention(1, 1, "USAGOV", "USA", "GOV").mention(3, 3, "KHM", "KHM", null).build();
    assertEquals(Set.of("ACCUSE USAGOV>KHM 111 asserted"), coded(d));
  }

  @Test
  void doesNotReadAPositiveJudgementAsCriticism() {
    AnalyzedDocument d = ConllDoc.publishedOn("2018-07-30").sentence("""
        1 Washington Washington NNP 2 nsubj
        2 said say VBD 0 root
        3 Cambodia Cambodia NNP 5 nmod:poss
        4 's 's POS 3 case
        5 election election NN 7 nsubj
        6 was be VBD 7 cop
        7 free free JJ 2 ccomp
        """).mention(1, 1, "USAGOV", "USA", "GOV").mention(3, 3, "KHM", "KHM", null).build();
    assertEquals(Set.of(), coded(d));
  }

  @Test
  void keepsADemandThatNamesWhatItWantsButNotOfWhom() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Malian Malian JJ 2 amod
        2 unions union NNS 3 nsubj
        3 demanded demand VBD 0 root
        4 higher high JJR 5 amod
        5 wages wage NNS 3 obj
        """).mention(1, 2, "MLILAB", "MLI", "LAB").build();
    assertEquals(Set.of("REQUEST MLILAB>- 100 asserted"), coded(d));
  }

  @Test
  void dropsADemandThatNamesNeitherWhatNorOfWhom() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Malian Malian JJ 2 amod
        2 unions union NNS 3 nsubj
        3 demanded demand VBD 0 root
        4 it it PRP 3 obj
        """).mention(1, 2, "MLILAB", "MLI", "LAB").build();
    assertEquals(Set.of(), coded(d));
  }

  @Test
  void givesTheReportersOwnForcesToThem() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Ugandan Ugandan JJ 2 amod
        2 rebels rebel NNS 3 nsubj
        3 said say VBD 0 root
        4 their their PRP$ 5 nmod:poss
        5 units unit NNS 7 nsubj
        6 had have VBD 7 aux
        7 withdrawn withdraw VBN 3 ccomp
        """).mention(1, 2, "UGAREB", "UGA", "REB").build();
    assertEquals(Set.of("RETREAT UGAREB>- 0872 asserted"), coded(d));
  }

  @Test
  void readsTheBodyBeforeATitleChainAsWhoseTheTitleIs() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 African African NNP 2 compound
        2 Union Union NNP 4 compound
        3 Commission Commission NNP 4 compound
        4 chairman chairman NN 6 compound
        5 Jean Jean NNP 6 compound
        6 Dupont Dupont NNP 7 nsubj
        7 visited visit VBD 0 root
        8 Mali Mali NNP 7 obj
        """).mention(1, 2, "IGOAFU", null, "IGO").mention(8, 8, "MLI", "MLI", null).build();
    assertEquals(Set.of("CONSULT IGOAFU>MLI 042 asserted"), coded(d));
  }

  @Test
  void readsStoneThrowingByItsNounWhenTheParticipleModifiesIt() {
    AnalyzedDocument d = ConllDoc.publishedOn("2017-09-15").sentence("""
        1 Kashmiri Kashmiri JJ 2 amod
        2 youths youth NNS 3 nsubj
        3 resorted resort VBD 0 root
        4 to to IN 6 case
        5 throwing throw VBG 6 amod
        6 stones stone NNS 3 obl
        7 at at IN 9 case
        8 Indian Indian JJ 9 amod
        9 police police NN 3 obl
        """).mention(1, 1, "IND", "IND", null).mention(8, 9, "INDCOP", "IND", "COP").build();
    assertEquals(Set.of("PROTEST IND>INDCOP 145 asserted"), coded(d));
  }
}
