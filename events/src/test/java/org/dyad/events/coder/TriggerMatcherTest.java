package org.dyad.events.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dyad.events.lexicon.Lexicon;
import org.dyad.events.lexicon.LexiconLoader;
import org.dyad.events.testing.ConllDoc;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

/** Which lexicon entries the matcher finds in hand-built parses (CoNLL: ID FORM LEMMA XPOS HEAD DEPREL). */
class TriggerMatcherTest {
  private static final TriggerMatcher BUNDLED = new TriggerMatcher(LexiconLoader.bundled());

  private static List<String> triggers(TriggerMatcher m, String conll) {
    ParseView p = new ParseView(ConllDoc.publishedOn("2020-05-04").sentence(conll).build().sentences().get(0));
    List<String> out = new ArrayList<>();
    for (Trigger t : m.find(p)) {
      out.add(p.token(t.token()).text() + "=" + t.entry().cameo().code());
    }
    return out;
  }

  @Test
  void aCompoundNounEntryMatchesOnItsHeadNoun() {
    assertEquals(List.of("strike=142"), triggers(BUNDLED, """
        1 Prisoners prisoner NNS 2 nsubj
        2 began begin VBD 0 root
        3 a a DT 5 det
        4 hunger hunger NN 5 compound
        5 strike strike NN 2 obj
        """));
  }

  @Test
  void theMoreSpecificPhraseWinsAndItsWordsDoNotTriggerAgain() {
    assertEquals(List.of("called=082"), triggers(BUNDLED, """
        1 The the DT 2 det
        2 union union NN 3 nsubj
        3 called call VBD 0 root
        4 off off RP 3 compound:prt
        5 the the DT 6 det
        6 strike strike NN 3 obj
        """));
  }

  @Test
  void aLightVerbWithItsNounCodesTheExpressionNotTheVerb() {
    assertEquals(List.of("launched=045"), triggers(BUNDLED, """
        1 Qatar Qatar NNP 2 nsubj
        2 launched launch VBD 0 root
        3 a a DT 5 det
        4 mediation mediation NN 5 compound
        5 effort effort NN 2 obj
        """));
  }

  @Test
  void aNonEventPhraseSilencesItsHeadWord() {
    assertEquals(List.of(), triggers(BUNDLED, """
        1 The the DT 2 det
        2 ministry ministry NN 3 nsubj
        3 released release VBD 0 root
        4 a a DT 5 det
        5 statement statement NN 3 obj
        """));
  }

  @Test
  void aTradeWarIsNeitherTradeNorWar() {
    assertEquals(List.of(), triggers(BUNDLED, """
        1 The the DT 3 det
        2 trade trade NN 3 compound
        3 war war NN 4 nsubj
        4 continued continue VBD 0 root
        """));
  }

  @Test
  void theEventEntryWinsWhenItIsMoreSpecificThanTheNonEvent() {
    TriggerMatcher m = new TriggerMatcher(lexicon("""
        V 040  CONSULT  -  meet
        V 083  CONCEDE  -  meet demand farmer
        V -    -        -  meet demand
        """));
    assertEquals(List.of("met=083"), triggers(m, """
        1 Paris Paris NNP 2 nsubj
        2 met meet VBD 0 root
        3 the the DT 4 det
        4 demands demand NNS 2 obj
        5 of of IN 6 case
        6 farmers farmer NNS 4 nmod
        """));
    assertEquals(List.of(), triggers(m, """
        1 Paris Paris NNP 2 nsubj
        2 met meet VBD 0 root
        3 the the DT 4 det
        4 demands demand NNS 2 obj
        """));
  }

  @Test
  void aWordInAFixedFunctionExpressionNeverTriggers() {
    assertEquals(List.of("deployed=150"), triggers(BUNDLED, """
        1 Troops troop NNS 2 nsubj:pass
        2 deployed deploy VBD 0 root
        3 in in IN 6 mark
        4 order order NN 3 fixed
        5 to to TO 6 mark
        6 deter deter VB 2 advcl
        """));
  }

  @Test
  void findsAnExpressionWhoseDependentIsTwoArcsDown() {
    assertEquals(List.of("upgraded=050"), triggers(BUNDLED, """
        1 Albania Albania NNP 2 nsubj
        2 upgraded upgrade VBD 0 root
        3 diplomatic diplomatic JJ 4 amod
        4 ties tie NNS 2 obj
        """));
    assertEquals(List.of("received=086"), triggers(BUNDLED, """
        1 Bishkek Bishkek NNP 2 nsubj
        2 received receive VBD 0 root
        3 a a DT 4 det
        4 mission mission NN 2 obj
        5 of of IN 6 case
        6 observers observer NNS 4 nmod
        """));
  }

  @Test
  void findsTheObjectRightAfterTheVerbWhenTheParseTearsThemApart() {
    // the parser made "roads" the subject of "demanding": the words still read "blocked roads"
    assertEquals(List.of("blocked=144", "demanding=104"), triggers(BUNDLED, """
        1 Protesters protester NNS 2 nsubj
        2 blocked block VBD 0 root
        3 main main JJ 4 amod
        4 roads road NNS 5 nsubj
        5 demanding demand VBG 2 dep
        6 reforms reform NNS 5 obj
        """));
  }

  @Test
  void looksForASurfaceObjectOnlyAfterTheVerb() {
    // a passive subject before the verb is no object: the generic restriction stays
    assertEquals(List.of("blocked=172"), triggers(BUNDLED, """
        1 The the DT 2 det
        2 road road NN 4 nsubj:pass
        3 was be VBD 4 aux:pass
        4 blocked block VBN 0 root
        5 by by IN 6 case
        6 police police NNS 4 obl
        """));
  }

  @Test
  void aTriggerWordNamingPeopleOrBodiesIsNoEvent() {
    assertEquals(List.of(), triggers(BUNDLED, """
        1 Relief relief NN 2 compound
        2 officials official NNS 3 nsubj
        3 arrived arrive VBD 0 root
        """));
  }

  @Test
  void aTriggerWordModifyingAnEventCarrierStillCounts() {
    assertEquals(List.of("aid=070"), triggers(BUNDLED, """
        1 Japan Japan NNP 2 nsubj
        2 unveiled unveil VBD 0 root
        3 an a DT 5 det
        4 aid aid NN 5 compound
        5 package package NN 2 obj
        """));
  }

  @Test
  void aWordPassedOnTheWayToAnotherCanStillMatchItself() {
    // "go +on hunger strike": "hunger" is reached through "strike", which the phrase also names
    assertEquals(List.of("went=142"), triggers(BUNDLED, """
        1 Inmates inmate NNS 2 nsubj
        2 went go VBD 0 root
        3 on on IN 5 case
        4 hunger hunger NN 5 compound
        5 strike strike NN 2 obl
        """));
  }

  @Test
  void readsNonEventsFromTheLexiconFile() {
    Lexicon lex = lexicon("""
        V 040  CONSULT  -  meet
        V -    -        -  meet expectation
        """);
    assertEquals(1, lex.size());
    assertEquals(1, lex.nonEvents().size());
    assertTrue(lex.hasHead(org.dyad.events.lexicon.LexiconEntry.Kind.VERB, "meet"));
  }

  private static Lexicon lexicon(String text) {
    List<Problem> problems = new ArrayList<>();
    Lexicon lex = LexiconLoader.readEntries(new StringReader(text), "test.txt", problems::add);
    assertEquals(List.of(), problems);
    return lex;
  }
}
