package org.dyad.events.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Modality;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

class LexiconLoaderTest {

  @Test
  void bundledLexiconHasSeveralHundredEntriesCoveringEveryCameoRoot() {
    Lexicon lex = LexiconLoader.bundled();
    assertTrue(lex.size() >= 300, "only " + lex.size() + " entries");
    Set<Integer> roots = new HashSet<>();
    EnumSet<PloverType> types = EnumSet.noneOf(PloverType.class);
    for (LexiconEntry e : lex.entries()) {
      roots.add(e.cameo().root());
      types.add(e.type());
    }
    for (int r = 2; r <= 20; r++) {
      assertTrue(roots.contains(r), "no entry under CAMEO root " + r);
    }
    assertEquals(EnumSet.allOf(PloverType.class), types);
  }

  @Test
  void bundledEntriesAgreeWithTheCameoToPloverConversion() {
    for (LexiconEntry e : LexiconLoader.bundled().entries()) {
      CameoPlover.typeOf(e.cameo()).ifPresent(t -> assertEquals(t, e.type(), e.origin() + " " + e.phrase()));
    }
  }

  @Test
  void coversTheExpressionsNewsUses() {
    Lexicon lex = LexiconLoader.bundled();
    for (String[] want : new String[][] {
        {"VERB", "pay visit"}, {"VERB", "cut +off status"}, {"VERB", "impose sanction"}, {"VERB", "call +on"},
        {"VERB", "pack +up &leave"}, {"NOUN", "arrest"}, {"NOUN", "visit"}, {"NOUN", "banishment"},
        {"NOUN", "condemnation"}, {"NOUN", "boycott"}}) {
      LexiconEntry.Kind kind = LexiconEntry.Kind.valueOf(want[0]);
      Phrase phrase = Phrase.parse(want[1]);
      assertTrue(lex.candidates(kind, phrase.head()).stream().anyMatch(e -> e.phrase().equals(phrase)),
          "missing " + want[0] + " " + want[1]);
    }
  }

  @Test
  void coversMultiWordExpressionsAcrossTheCodebook() {
    Lexicon lex = LexiconLoader.bundled();
    for (String[] want : new String[][] {
        {"VERB", "undertake mediation", "045"}, {"VERB", "launch mediation", "045"}, {"VERB", "upgrade tie", "050"},
        {"VERB", "open embassy", "050"}, {"VERB", "share evidence", "064"}, {"NOUN", "game war", "062"},
        {"VERB", "hand +over medicine", "070"}, {"VERB", "shorten curfew", "0813"}, {"VERB", "lift blockade", "0872"},
        {"VERB", "call +off strike", "082"}, {"VERB", "pay compensation", "0842"}, {"VERB", "dispatch inspector", "090"},
        {"VERB", "put +under investigation", "090"}, {"VERB", "open hearing", "090"}, {"VERB", "push +for", "020"},
        {"VERB", "call +for sanction", "113"}, {"VERB", "renege +on", "120"}, {"VERB", "vow fight", "138"},
        {"NOUN", "strike hunger", "142"}, {"VERB", "block bridge", "144"}, {"VERB", "strengthen force", "150"},
        {"VERB", "force +out", "166"}, {"VERB", "hack +into", "170"}, {"VERB", "set fire +to", "1712"},
        {"VERB", "break +up protest", "175"}, {"NOUN", "bombing suicide", "1831"}, {"NOUN", "strike air", "195"},
        {"NOUN", "attempt assassinate", "185"}, {"VERB", "seize control", "192"}}) {
      LexiconEntry.Kind kind = LexiconEntry.Kind.valueOf(want[0]);
      Phrase phrase = Phrase.parse(want[1]);
      assertTrue(lex.candidates(kind, phrase.head()).stream()
          .anyMatch(e -> e.phrase().equals(phrase) && e.cameo().code().equals(want[2])),
          "missing " + want[0] + " " + want[1] + " " + want[2]);
    }
  }

  @Test
  void everyNounCompoundIsWrittenWithItsHeadNounFirst() {
    // "hunger strike" is a strike: an entry headed by the modifier would never match a parse
    for (String modifier : List.of("hunger", "suicide", "car", "roadside", "air", "nuclear")) {
      assertTrue(LexiconLoader.bundled().candidates(LexiconEntry.Kind.NOUN, modifier).isEmpty(), modifier);
    }
  }

  @Test
  void readsNonEventLinesAndRejectsMalformedOnes() {
    String text = """
        V 040 CONSULT - meet
        V - - - meet expectation
        V - CONSULT - meet deadline
        V - - - meet
        """;
    List<Problem> problems = new ArrayList<>();
    Lexicon lex = LexiconLoader.readEntries(new StringReader(text), "mine.txt", problems::add);
    assertEquals(1, lex.size());
    assertEquals(List.of(Phrase.parse("meet expectation")), lex.nonEvents(LexiconEntry.Kind.VERB, "meet").stream()
        .map(NonEvent::phrase).toList());
    assertEquals(List.of("line 3", "line 4"), problems.stream().map(Problem::where).toList(), problems.toString());
  }

  @Test
  void anExtendedLexiconKeepsOurNonEvents() {
    Lexicon extended = LexiconLoader.bundled().extendedBy(new Lexicon(List.of()));
    assertEquals(LexiconLoader.bundled().nonEvents(), extended.nonEvents());
    assertTrue(extended.nonEvents().size() >= 50);
  }

  @Test
  void takesGoldsteinAndQuadClassFromTheCameoCode() {
    LexiconEntry arrest = LexiconLoader.bundled().candidates(LexiconEntry.Kind.NOUN, "arrest").get(0);
    assertEquals("173", arrest.cameo().code());
    assertEquals(-5.0, arrest.goldstein());
    assertEquals(4, arrest.quadClass());
    assertEquals(1, new CameoCode("0251").quadClass());
    assertEquals(2, new CameoCode("0874").quadClass());
    assertEquals(3, new CameoCode("1322").quadClass());
    assertEquals(10.0, GoldsteinScale.standard().weight(new CameoCode("0874")));
  }

  @Test
  void reportsBadLinesWithTheirNumberAndKeepsTheRest() {
    String text = """
        # a comment
        V 173 COERCE arrest arrest
        V 999 COERCE - nonsense
        X 173 COERCE - nab
        V 111 DISAPPROVE - decry
        V 173 COERCE arrest
        N 166 SANCTION expel banishment
        V 173 COERCE arrest arrest
        """;
    List<Problem> problems = new ArrayList<>();
    Lexicon lex = LexiconLoader.readEntries(new StringReader(text), "my.txt", problems::add);
    assertEquals(2, lex.size());
    assertEquals(List.of("line 3", "line 4", "line 5", "line 6", "line 8"),
        problems.stream().map(Problem::where).toList());
    assertTrue(problems.get(0).message().contains("CAMEO"), problems.get(0).message());
    assertTrue(problems.get(2).message().contains("DISAPPROVE"), problems.get(2).message());
    assertTrue(problems.get(4).message().contains("duplicate"), problems.get(4).message());
    assertEquals("my.txt", problems.get(0).input());
  }

  @Test
  void ordersCandidatesMostSpecificFirst() {
    List<LexiconEntry> threaten = LexiconLoader.bundled().candidates(LexiconEntry.Kind.VERB, "threaten");
    assertTrue(threaten.get(0).phrase().specificity() >= threaten.get(threaten.size() - 1).phrase().specificity());
    assertEquals(0, threaten.get(threaten.size() - 1).phrase().specificity());
  }

  @Test
  void readsFrameWordsAndRejectsUnknownRoles() {
    List<Problem> problems = new ArrayList<>();
    FrameWords f = LexiconLoader.readFrames(new StringReader("""
        report say
        report claim ALLEGED
        report issue statement
        support pay
        aux will FUTURE
        colour blue FUTURE
        aux might
        """), "frames.txt", problems::add);
    assertEquals(Modality.ALLEGED, f.reporting().get("claim"));
    assertTrue(f.isReportingPhrase("issue", "statement"));
    assertTrue(f.supportVerbs().contains("pay"));
    assertEquals(Modality.FUTURE, f.auxiliaries().get("will"));
    assertEquals(List.of("line 6", "line 7"), problems.stream().map(Problem::where).toList());
  }

  @Test
  void parsesPhraseNotation() {
    Phrase p = Phrase.parse("cut +off preferential status &leave");
    assertEquals("cut", p.head());
    assertEquals(List.of("off"), p.particles());
    assertEquals(List.of("preferential", "status"), p.dependents());
    assertEquals(List.of("leave"), p.conjuncts());
    assertEquals(4, p.specificity());
    assertEquals("cut +off preferential status &leave", p.toString());
  }

  @Test
  void extendingKeepsOurEntryForTheSamePhrase() {
    Lexicon ours = LexiconLoader.readEntries(new StringReader("V 173 COERCE arrest arrest"), "a", p -> {});
    Lexicon theirs = LexiconLoader.readEntries(new StringReader("V 190 ASSAULT - arrest\nV 1823 ASSAULT - slay"),
        "b", p -> {});
    Lexicon both = ours.extendedBy(theirs);
    assertEquals(2, both.size());
    assertEquals("173", both.candidates(LexiconEntry.Kind.VERB, "arrest").get(0).cameo().code());
  }
}
