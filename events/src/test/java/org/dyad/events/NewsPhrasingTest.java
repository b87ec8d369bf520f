package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.events.testing.ConllDoc;
import org.junit.jupiter.api.Test;

/**
 * Phrasings of real news reports that hide an event or its doer: reactions, advice, releases, small clauses,
 * participles and pronouns the parser or the actor stage attached to the wrong word.
 */
class NewsPhrasingTest {

  private static Set<String> coded(ConllDoc d) {
    return EventCodingTest.code(d.build()).stream().map(e -> EventCodingTest.pair(e) + " " + e.cameo() + " "
        + e.modality().wireName()).collect(Collectors.toSet());
  }

  @Test
  void counsellingSomeoneToActIsARequest() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 The the DT 3 det
        2 French French JJ 3 amod
        3 president president NN 4 nsubj
        4 counselled counsel VBD 0 root
        5 Hun Hun NNP 6 compound
        6 Sen Sen NNP 4 obj
        7 to to TO 8 mark
        8 hold hold VB 4 xcomp
        9 free free JJ 10 amod
        10 elections election NNS 8 obj
        """).mention(2, 3, "FRAGOV", "FRA", "GOV").mention(5, 6, "KHMGOV", "KHM", "GOV");
    assertEquals(Set.of("REQUEST FRAGOV>KHMGOV 020 asserted"), coded(d));
  }

  @Test
  void agentlessReleaseFromPrisonHasAnUnknownActor() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Kem Kem NNP 2 compound
        2 Sokha Sokha NNP 4 nsubj:pass
        3 was be VBD 4 aux:pass
        4 released release VBN 0 root
        5 from from IN 6 case
        6 prison prison NN 4 obl
        7 on on IN 8 case
        8 Monday Monday NNP 4 obl
        """).mention(1, 2, "KHMOPP", "KHM", "OPP");
    assertEquals(Set.of("RETREAT null>KHMOPP 0841 asserted"), coded(d));
  }

  @Test
  void theReleaseOfPrisonersNamesWhoWasReleasedNotWhoReleasedThem() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 China China NNP 2 nsubj
        2 welcomed welcome VBD 0 root
        3 the the DT 4 det
        4 release release NN 2 obj
        5 of of IN 6 case
        6 members member NNS 4 nmod
        7 of of IN 10 case
        8 the the DT 10 det
        9 Japanese Japanese JJ 10 amod
        10 crew crew NN 6 nmod
        """).mention(1, 1, "CHNGOV", "CHN", "GOV").mention(9, 9, "JPN", "JPN", null);
    // the release is by whoever held them, whom the sentence does not name; China welcomes it
    assertEquals(Set.of("SUPPORT CHNGOV>JPN 051 asserted", "RETREAT null>JPN 0841 asserted"), coded(d));
  }

  @Test
  void signingABillIntoLawIsNoAgreementWithWhomItConcerns() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 President President NNP 2 compound
        2 Biden Biden NNP 3 nsubj
        3 signed sign VBD 0 root
        4 three three CD 5 nummod
        5 bills bill NNS 3 obj
        6 on on IN 8 case
        7 Taiwan Taiwan NNP 8 compound
        8 trade trade NN 5 nmod
        """).mention(1, 2, "USAGOV", "USA", "GOV").mention(7, 7, "TWN", "TWN", null);
    assertEquals(Set.of(), coded(d));
  }

  @Test
  void reactingFuriouslyToSomeonesActDenouncesWhoeverDidIt() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Iran Iran NNP 2 nsubj
        2 reacted react VBD 0 root
        3 furiously furiously RB 2 advmod
        4 to to IN 8 case
        5 President President NNP 6 compound
        6 Obama Obama NNP 8 nmod:poss
        7 's 's POS 6 case
        8 signing signing NN 2 obl
        9 of of IN 12 case
        10 a a DT 12 det
        11 sanctions sanction NNS 12 compound
        12 bill bill NN 8 nmod
        """).mention(1, 1, "IRNGOV", "IRN", "GOV").mention(5, 6, "USAGOV", "USA", "GOV");
    assertEquals(Set.of("ACCUSE IRNGOV>USAGOV 111 asserted"), coded(d));
  }

  @Test
  void respondingPositivelyToALetterEndorsesItsAuthor() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Duterte Duterte NNP 2 nsubj
        2 responded respond VBD 0 root
        3 positively positively RB 2 advmod
        4 to to IN 6 case
        5 a a DT 6 det
        6 letter letter NN 2 obl
        7 from from IN 9 case
        8 Xi Xi NNP 9 compound
        9 Jinping Jinping NNP 6 nmod
        """).mention(1, 1, "PHLGOV", "PHL", "GOV").mention(8, 9, "CHNGOV", "CHN", "GOV");
    assertEquals(Set.of("SUPPORT PHLGOV>CHNGOV 051 asserted"), coded(d));
  }

  @Test
  void crackingDownOnUnnamedOpponentsIsCoercionAtHome() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 The the DT 3 det
        2 Thai Thai JJ 3 amod
        3 government government NN 6 nsubj
        4 has have VBZ 6 aux
        5 been be VBN 6 cop
        6 quick quick JJ 0 root
        7 to to TO 8 mark
        8 crack crack VB 6 xcomp
        9 down down RP 8 compound:prt
        10 on on IN 11 case
        11 critics critic NNS 8 obl
        """).mention(2, 3, "THAGOV", "THA", "GOV");
    assertEquals(Set.of("COERCE THAGOV>THA 170 asserted"), coded(d));
  }

  @Test
  void aBareWishAllegedByAnAccuserIsNoRequest() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 The the DT 2 det
        2 junta junta NN 3 nsubj
        3 accused accuse VBD 0 root
        4 Washington Washington NNP 3 obj
        5 of of IN 6 mark
        6 seeking seek VBG 3 advcl
        7 to to TO 8 mark
        8 topple topple VB 6 xcomp
        9 him he PRP 8 obj
        """).mention(2, 2, "MMRGOV", "MMR", "GOV").mention(4, 4, "USAGOV", "USA", "GOV")
        .pronoun(9, "MMRGOV", "MMR", "GOV", "min-aung-hlaing");
    assertEquals(Set.of("ACCUSE MMRGOV>USAGOV 112 asserted"), coded(d));
  }

  @Test
  void seekingHelpFromSomeoneIsStillARequest() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Laos Laos NNP 2 nsubj
        2 sought seek VBD 0 root
        3 guarantees guarantee NNS 2 obj
        4 from from IN 5 case
        5 China China NNP 2 obl
        """).mention(1, 1, "LAO", "LAO", null).mention(5, 5, "CHN", "CHN", null);
    assertEquals(Set.of("REQUEST LAO>CHN 020 asserted"), coded(d));
  }

  @Test
  void aPronounObjectIsNeverItsOwnClausesDoer() {
    // "Duterte replied to a message from Xi that urged him to drop the case": the actor stage, blind to the
    // parse, took "him" for the nearest person, Xi, who is the one urging
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Duterte Duterte NNP 2 nsubj
        2 replied reply VBD 0 root
        3 to to IN 5 case
        4 a a DT 5 det
        5 message message NN 2 obl
        6 from from IN 7 case
        7 Xi Xi NNP 5 nmod
        8 that that WDT 9 nsubj
        9 urged urge VBD 5 acl:relcl
        10 him he PRP 9 obj
        11 to to TO 12 mark
        12 drop drop VB 9 xcomp
        13 the the DT 14 det
        14 case case NN 12 obj
        """).mention(1, 1, 1, "PHLGOV", "PHL", "GOV", "rodrigo-duterte")
        .mention(7, 7, 7, "CHNGOV", "CHN", "GOV", "xi-jinping").pronoun(10, "CHNGOV", "CHN", "GOV", "xi-jinping");
    assertEquals(Set.of("REQUEST CHNGOV>PHLGOV 020 asserted"), coded(d));
  }

  @Test
  void aParticipleCoordinatedWithTheMainVerbSharesTheEarlierParticiplesDoer() {
    // "Duterte's reply followed one from Xi offering loans but also urging him to drop the case"
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Duterte Duterte NNP 3 nmod:poss
        2 's 's POS 1 case
        3 reply reply NN 4 nsubj
        4 followed follow VBD 0 root
        5 one one CD 4 obj
        6 from from IN 7 case
        7 Xi Xi NNP 5 nmod
        8 offering offer VBG 5 acl
        9 loans loan NNS 8 obj
        10 but but CC 12 cc
        11 also also RB 12 advmod
        12 urging urge VBG 4 conj
        13 him he PRP 12 obj
        14 to to TO 15 mark
        15 drop drop VB 12 xcomp
        16 the the DT 17 det
        17 case case NN 15 obj
        """).mention(1, 1, 1, "PHLGOV", "PHL", "GOV", "rodrigo-duterte")
        .mention(7, 7, 7, "CHNGOV", "CHN", "GOV", "xi-jinping").pronoun(13, "CHNGOV", "CHN", "GOV", "xi-jinping");
    assertEquals(Set.of("REQUEST CHNGOV>PHLGOV 020 asserted"), coded(d).stream()
        .filter(s -> s.startsWith("REQUEST")).collect(Collectors.toSet()));
  }

  @Test
  void aSmallClauseAfterSawIsPassiveSoTheArrestedAreNotTheArresters() {
    // "A crackdown on the press saw a Thai opposition leader arrested for sedition"
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 A a DT 2 det
        2 crackdown crackdown NN 6 nsubj
        3 on on IN 5 case
        4 the the DT 5 det
        5 press press NN 2 nmod
        6 saw see VBD 0 root
        7 a a DT 10 det
        8 Thai Thai JJ 10 amod
        9 opposition opposition NN 10 compound
        10 leader leader NN 11 nsubj
        11 arrested arrest VBN 6 dep
        12 for for IN 13 case
        13 sedition sedition NN 11 obl
        """).mention(8, 10, "THAOPP", "THA", "OPP");
    assertEquals(Set.of("COERCE null>THAOPP 173 asserted"), coded(d));
  }

  @Test
  void aSubjectCutOffByAnAppositionStillThreatens() {
    // "The deal came after Pakistan, a close partner of China, had threatened to cut ties with India", parsed
    // with "after Pakistan" as a prepositional phrase and the verb hung loose
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 The the DT 2 det
        2 deal deal NN 3 nsubj
        3 came come VBD 0 root
        4 after after IN 5 case
        5 Pakistan Pakistan NNP 3 obl
        6 , , , 3 punct
        7 a a DT 9 det
        8 close close JJ 9 amod
        9 partner partner NN 3 obj
        10 of of IN 11 case
        11 China China NNP 9 nmod
        12 , , , 3 punct
        13 had have VBD 14 aux
        14 threatened threaten VBN 3 dep
        15 to to TO 16 mark
        16 cut cut VB 14 xcomp
        17 ties tie NNS 16 obj
        18 with with IN 19 case
        19 India India NNP 17 nmod
        """).mention(5, 5, "PAKGOV", "PAK", "GOV").mention(11, 11, "CHN", "CHN", null)
        .mention(19, 19, "IND", "IND", null);
    assertEquals(Set.of("THREATEN PAKGOV>IND 1313 asserted"), coded(d));
  }

  @Test
  void sayingSomeoneWillPayAPriceThreatensThem() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Russia Russia NNP 2 nsubj
        2 reacted react VBD 0 root
        3 sharply sharply RB 2 advmod
        4 to to IN 7 case
        5 Finland Finland NNP 7 nmod:poss
        6 's 's POS 5 case
        7 move move NN 2 obl
        8 and and CC 9 cc
        9 said say VBD 2 conj
        10 Finland Finland NNP 12 nsubj
        11 would would MD 12 aux
        12 pay pay VB 9 ccomp
        13 a a DT 14 det
        14 price price NN 12 obj
        """).mention(1, 1, "RUSGOV", "RUS", "GOV").mention(5, 5, "FIN", "FIN", null)
        .mention(10, 10, "FINGOV", "FIN", "GOV");
    assertEquals(Set.of("ACCUSE RUSGOV>FIN 111 asserted", "THREATEN RUSGOV>FINGOV 130 asserted"), coded(d));
  }

  @Test
  void payingAPriceOneselfIsNoThreat() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Farmers farmer NNS 2 nsubj
        2 paid pay VBD 0 root
        3 a a DT 5 det
        4 high high JJ 5 amod
        5 price price NN 2 obj
        6 in in IN 7 case
        7 Ghana Ghana NNP 2 obl
        """).mention(7, 7, "GHA", "GHA", null);
    assertEquals(Set.of(), coded(d));
  }

  @Test
  void themInAParticipleClauseIsWhomTheMainActWasDoneTo() {
    // "He has been quick to crack down on critics, accusing them of plotting a revolution"
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 He he PRP 4 nsubj
        2 has have VBZ 4 aux
        3 been be VBN 4 cop
        4 quick quick JJ 0 root
        5 to to TO 6 mark
        6 crack crack VB 4 xcomp
        7 down down RP 6 compound:prt
        8 on on IN 9 case
        9 critics critic NNS 6 obl
        10 accusing accuse VBG 6 dep
        11 them they PRP 10 obj
        12 of of IN 13 mark
        13 plotting plot VBG 10 advcl
        14 a a DT 15 det
        15 revolution revolution NN 13 obj
        """).pronoun(1, "KHMGOV", "KHM", "GOV", "hun-sen");
    assertEquals(Set.of("COERCE KHMGOV>KHM 170 asserted", "ACCUSE KHMGOV>KHM 112 asserted"), coded(d));
  }

  @Test
  void themAfterAnActWhoseTargetIsUnknownStaysUnknown() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 He he PRP 2 nsubj
        2 met meet VBD 0 root
        3 critics critic NNS 2 obj
        4 accusing accuse VBG 2 dep
        5 them they PRP 4 obj
        6 of of IN 7 mark
        7 lying lie VBG 4 advcl
        """).pronoun(1, "KHMGOV", "KHM", "GOV", "hun-sen");
    assertEquals(Set.of(), coded(d));
  }

  private static final String EU_JUDGES_THE_ELECTION = """
      1 The the DT 2 det
      2 EU EU NNP 3 nsubj
      3 said say VBD 0 root
      4 the the DT 5 det
      5 election election NN 8 nsubj
      6 was be VBD 8 cop
      7 neither neither CC 8 cc:preconj
      8 free free JJ 3 ccomp
      9 nor nor CC 10 cc
      10 fair fair JJ 8 conj
      """;

  @Test
  void anUnownedElectionJudgedUnfairIsTheStorysCountrys() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Prayuth Prayuth NNP 4 nsubj
        2 and and CC 3 cc
        3 Anutin Anutin NNP 1 conj
        4 govern govern VBP 0 root
        5 Thailand Thailand NNP 4 obj
        """).mention(1, 1, "THAGOV", "THA", "GOV").mention(3, 3, "THAGOV", "THA", "GOV")
        .mention(5, 5, "THA", "THA", null)
        .sentence(EU_JUDGES_THE_ELECTION).mention(2, 2, "IGO", null, "IGO");
    assertEquals(Set.of("ACCUSE IGO>THA 111 asserted"), coded(d));
  }

  @Test
  void anUnownedElectionInAStoryAboutNoOneCountryHasNoOwner() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence(EU_JUDGES_THE_ELECTION)
        .mention(2, 2, "IGO", null, "IGO");
    assertEquals(Set.of(), coded(d));
  }

  @Test
  void aReleaseNamedAmongSignsOfChangeHappenedByAnUnknownActor() {
    // "There are signs of a thaw, including the recent release of members of the Thai opposition"
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 There there EX 2 expl
        2 are be VBP 0 root
        3 signs sign NNS 2 nsubj
        4 of of IN 6 case
        5 a a DT 6 det
        6 thaw thaw NN 3 nmod
        7 including include VBG 10 case
        8 the the DT 10 det
        9 recent recent JJ 10 amod
        10 release release NN 3 nmod
        11 of of IN 12 case
        12 members member NNS 10 nmod
        13 of of IN 16 case
        14 the the DT 16 det
        15 Thai Thai JJ 16 amod
        16 opposition opposition NN 12 nmod
        """).mention(15, 16, "THAOPP", "THA", "OPP");
    assertEquals(Set.of("RETREAT null>THAOPP 0841 asserted"), coded(d));
  }

  @Test
  void aReleaseThatIsOnlyTalkedAboutIsNoRelease() {
    // "Thai officials discussed the release of members of the opposition"
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Thai Thai JJ 2 amod
        2 officials official NNS 3 nsubj
        3 discussed discuss VBD 0 root
        4 the the DT 5 det
        5 release release NN 3 obj
        6 of of IN 7 case
        7 members member NNS 5 nmod
        8 of of IN 10 case
        9 the the DT 10 det
        10 opposition opposition NN 7 nmod
        """).mention(1, 2, "THAGOV", "THA", "GOV").mention(10, 10, "THAOPP", "THA", "OPP");
    assertEquals(Set.of(), coded(d).stream().filter(x -> x.startsWith("RETREAT")).collect(Collectors.toSet()));
  }
  @Test
  void aSecondActWithItsOwnAgentIsNotTheFirstActsAgent() {
    // the parser's reading: "condemnation" a conjunct of "students", and "by Laos" hung on "students"
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 The the DT 2 det
        2 verdict verdict NN 3 nsubj
        3 drew draw VBD 0 root
        4 marches march NNS 3 obj
        5 by by IN 6 case
        6 farmers farmer NNS 4 nmod
        7 and and CC 8 cc
        8 condemnation condemnation NN 6 conj
        9 by by IN 10 case
        10 Laos Laos NNP 6 nmod
        """).mention(10, 10, "LAO", "LAO", null);
    assertEquals(Set.of(), coded(d), "Laos condemned; it did not march, and the verdict names no one");
  }

  @Test
  void aReactionToAClauseIsAimedAtWhoeverActedInIt() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Thai Thai JJ 2 amod
        2 police police NNS 3 nsubj
        3 detained detain VBD 0 root
        4 a a DT 6 det
        5 Lao Lao JJ 6 amod
        6 reporter reporter NN 3 obj
        7 , , , 3 punct
        8 which which WDT 9 nsubj
        9 drew draw VBD 3 ccomp
        10 condemnation condemnation NN 9 obj
        11 from from IN 12 case
        12 Laos Laos NNP 10 nmod
        """).mention(1, 2, "THACOP", "THA", "COP").mention(5, 6, "LAOMED", "LAO", "MED")
        .mention(12, 12, "LAO", "LAO", null);
    assertEquals(Set.of("COERCE THACOP>LAOMED 173 asserted", "ACCUSE LAO>THACOP 111 asserted"), coded(d));
  }
}
