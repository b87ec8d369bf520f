package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.events.testing.ConllDoc;
import org.junit.jupiter.api.Test;

/** Second pass over real news phrasings: sponsors fused to a noun, information requests, hedged lists. */
class NewsSecondPassTest {

  private static Set<String> coded(ConllDoc d) {
    return EventCodingTest.code(d.build()).stream().map(e -> EventCodingTest.pair(e) + " " + e.cameo() + " "
        + e.modality().wireName()).collect(Collectors.toSet());
  }

  @Test
  void aCountryThatFundedADemolishedBuildingIsNotItsVictim() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Army army NN 2 compound
        2 engineers engineer NNS 3 nsubj
        3 demolished demolish VBD 0 root
        4 a a DT 8 det
        5 Japanese Japanese JJ 7 amod
        6 - - HYPH 7 punct
        7 funded fund VBN 8 amod
        8 school school NN 3 obj
        """).mention(1, 2, "THAMIL", "THA", "MIL").mention(5, 5, "JPN", "JPN", null);
    // the building stands in the army's own country; Japan only paid for it
    assertEquals(Set.of("ASSAULT THAMIL>THA 1712 asserted"), coded(d));
  }

  @Test
  void forcesBackedByAForeignPowerAreNotThatPowerWhenAttacked() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Rebels rebel NNS 2 nsubj
        2 attacked attack VBD 0 root
        3 Saudi Saudi JJ 5 amod
        4 - - HYPH 5 punct
        5 backed back VBN 6 amod
        6 troops troop NNS 2 obj
        7 in in IN 8 case
        8 Marib Marib NNP 2 obl
        """).mention(1, 1, "YEMREB", "YEM", "REB").mention(3, 3, "SAU", "SAU", null);
    // the troops are Yemen's, as the rebels are; the Saudis who back them are not the ones attacked
    assertEquals(Set.of("ASSAULT YEMREB>YEM 190 asserted"), coded(d));
  }

  private static ConllDoc hedgedList(String adjective) {
    String conll = """
        1 Analysts analyst NNS 2 nsubj
        2 see see VBP 0 root
        3 signs sign NNS 2 obj
        4 that that IN 7 mark
        5 the the DT 6 det
        6 junta junta NN 7 nsubj
        7 wants want VBZ 3 acl
        8 to to TO 9 mark
        9 polish polish VB 7 xcomp
        10 image image NN 9 obj
        11 , , , 15 punct
        12 including include VBG 15 case
        13 the the DT 15 det
        14 ADJ ADJ JJ 15 amod
        15 release release NN 9 obl
        16 of of IN 18 case
        17 Thai Thai JJ 18 amod
        18 fishermen fisherman NNS 15 nmod
        """.replace("ADJ", adjective);
    return ConllDoc.publishedOn("2022-05-10").sentence(conll)
        .mention(5, 6, "MMRMIL", "MMR", "MIL").mention(17, 18, "THACVL", "THA", "CVL");
  }

  @Test
  void aRecentReleaseListedUnderAHedgeStillHappened() {
    // "wants to" makes polishing its image a wish, but the release the list gives as a sign of it is a fact
    assertEquals(Set.of("RETREAT null>THACVL 0841 asserted"), coded(hedgedList("recent")));
  }

  @Test
  void aReleaseListedUnderAWishWithNothingOfItsOwnStaysUncoded() {
    assertEquals(Set.of(), coded(hedgedList("promised")));
  }

  @Test
  void seekingAnExplanationFromOfficialsIsARequestToThem() {
    ConllDoc d = ConllDoc.publishedOn("2022-05-10").sentence("""
        1 Hanoi Hanoi NNP 2 nsubj
        2 sought seek VBD 0 root
        3 an a DT 4 det
        4 explanation explanation NN 2 obj
        5 from from IN 7 case
        6 Chinese Chinese JJ 7 amod
        7 officials official NNS 4 nmod
        8 for for IN 10 case
        9 the the DT 10 det
        10 seizure seizure NN 4 nmod
        11 of of IN 14 case
        12 a a DT 14 det
        13 fishing fishing NN 14 compound
        14 boat boat NN 10 nmod
        """).mention(1, 1, "VNMGOV", "VNM", "GOV").mention(6, 7, "CHNGOV", "CHN", "GOV");
    assertEquals(Set.of("REQUEST VNMGOV>CHNGOV 020 asserted"), coded(d));
  }

  @Test
  void seekingAnExplanationFromNoOneTakesNoRecipientFromWhatItIsAbout() {
    ConllDoc d = ConllDoc.publishedOn("2022-05-10").sentence("""
        1 Hanoi Hanoi NNP 2 nsubj
        2 sought seek VBD 0 root
        3 an a DT 4 det
        4 explanation explanation NN 2 obj
        5 for for IN 7 case
        6 the the DT 7 det
        7 detention detention NN 4 nmod
        8 of of IN 10 case
        9 Filipino Filipino JJ 10 amod
        10 fishermen fisherman NNS 7 nmod
        """).mention(1, 1, "VNMGOV", "VNM", "GOV").mention(9, 10, "PHLCVL", "PHL", "CVL");
    // the fishermen are not the ones asked, and whoever holds them is not named: no event beats a wrong one
    assertEquals(Set.of(), coded(d));
  }

  @Test
  void aProtestOutsideAnEmbassyIsAimedAtTheEmbassysCountryNotTheTown() {
    ConllDoc d = ConllDoc.publishedOn("2022-05-10").sentence("""
        1 Filipino Filipino JJ 2 amod
        2 students student NNS 3 nsubj
        3 protested protest VBD 0 root
        4 outside outside IN 7 case
        5 the the DT 7 det
        6 Chinese Chinese JJ 7 amod
        7 embassy embassy NN 3 obl
        8 in in IN 9 case
        9 Manila Manila NNP 7 nmod
        """).mention(1, 2, "PHLEDU", "PHL", "EDU").mention(6, 7, "CHNGOV", "CHN", "GOV")
        .mention(9, 9, "PHL", "PHL", null);
    assertEquals(Set.of("PROTEST PHLEDU>CHNGOV 140 asserted"), coded(d));
  }

  @Test
  void aDenialInAPastRelativeClauseHappenedThoughWhatItDeniesWasOnlyPlanned() {
    ConllDoc d = ConllDoc.publishedOn("2022-05-10").sentence("""
        1 Caracas Caracas NNP 2 nsubj
        2 accused accuse VBD 0 root
        3 Bogota Bogota NNP 2 obj
        4 of of IN 5 mark
        5 planning plan VBG 2 advcl
        6 an a DT 7 det
        7 incursion incursion NN 5 obj
        8 , , , 12 punct
        9 which which WDT 12 obj
        10 Colombian Colombian JJ 11 amod
        11 officials official NNS 12 nsubj
        12 denied deny VBD 7 acl:relcl
        """).mention(1, 1, "VENGOV", "VEN", "GOV").mention(3, 3, "COLGOV", "COL", "GOV")
        .mention(10, 11, "COLGOV", "COL", "GOV");
    assertEquals(Set.of("ACCUSE VENGOV>COLGOV 112 asserted", "REJECT COLGOV>- 120 asserted"), coded(d));
  }

  @Test
  void whomADetaineeIsSuspectedOfHelpingIsNotTheDetentionsTarget() {
    ConllDoc d = ConllDoc.publishedOn("2022-05-10").sentence("""
        1 Police police NNS 2 nsubj
        2 detained detain VBD 0 root
        3 a a DT 4 det
        4 man man NN 2 obj
        5 suspected suspect VBN 4 acl
        6 of of IN 7 mark
        7 passing pass VBG 5 advcl
        8 documents document NNS 7 obj
        9 to to IN 12 case
        10 the the DT 12 det
        11 Iranian Iranian JJ 12 amod
        12 embassy embassy NN 7 obl
        """).mention(1, 1, "AZECOP", "AZE", "COP").mention(11, 12, "IRNGOV", "IRN", "GOV");
    assertEquals(Set.of("COERCE AZECOP>AZE 173 asserted"), coded(d));
  }
}
