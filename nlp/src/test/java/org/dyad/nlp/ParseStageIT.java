package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.dyad.model.Dependency;
import org.dyad.model.Document;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.SentenceSelector;
import org.dyad.pipeline.Stage;
import org.dyad.testkit.StageContractTest;
import org.dyad.testkit.TestDocs;
import org.junit.jupiter.api.Test;

class ParseStageIT extends StageContractTest {
  static final ParseStage STAGE = new ParseStage(NlpConfig.defaults(), SentenceSelector.ALL, Set.of());

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected AnalyzedDocument prepare(Document document) {
    return TokenizeStageIT.STAGE.apply(AnalyzedDocument.of(document));
  }

  static Sentence first(String text, String published) {
    return STAGE.apply(TokenizeStageIT.STAGE.apply(AnalyzedDocument.of(TestDocs.news(text, published))))
        .sentences().get(0);
  }

  @Test
  void passiveSubjectIsMarkedAsSuch() {
    Sentence s = first("Kem Sokha was arrested by the police.", "2017-09-03");
    Dependency subj = s.dependencies().stream().filter(d -> d.relation().equals("nsubj:pass")).findFirst()
        .orElseThrow(() -> new AssertionError(s.dependencies().toString()));
    assertEquals("Sokha", s.tokens().get(subj.dependent()).text());
    assertEquals("arrested", s.tokens().get(subj.governor()).text());
  }

  @Test
  void relativeDatesResolveAgainstThePublicationDay() {
    Sentence s = first("Hun Sen threatened on Monday to ban the opposition party.", "2017-09-14");
    List<TimeExpression> times = s.times();
    assertEquals(1, times.size(), times.toString());
    assertEquals("2017-09-11", times.get(0).date().toString());
    assertTrue(times.get(0).relative());
  }

  @Test
  void relativeDatesStayUnresolvedWithoutADocumentDate() {
    Sentence s = first("Hun Sen threatened on Monday to ban the opposition party.", null);
    assertEquals(1, s.times().size());
    assertNull(s.times().get(0).date());
  }

  @Test
  void explicitDatesNeedNoDocumentDate() {
    Sentence s = first("The talks took place on Monday, September 11th, 2017, in Phnom Penh.", null);
    assertEquals("2017-09-11", s.times().get(0).date().toString());
    assertFalse(s.times().get(0).relative());
  }

  @Test
  void settingsNameTheParserImplementation() {
    assertEquals("fast", STAGE.settings().get("parser_impl"));
    assertEquals("corenlp", new ParseStage(NlpConfig.defaults().withParser(NlpConfig.Parser.CORENLP),
        SentenceSelector.ALL, Set.of()).settings().get("parser_impl"));
  }

  @Test
  void bothParsersGiveTheSameDependencies() {
    ParseStage corenlp = new ParseStage(NlpConfig.defaults().withParser(NlpConfig.Parser.CORENLP),
        SentenceSelector.ALL, Set.of());
    AnalyzedDocument doc = prepare(TestDocs.news("The envoy was expelled on Monday. Talks resumed in Geneva, "
        + "where both sides agreed to exchange prisoners.", "2024-06-04"));
    List<Sentence> fast = STAGE.apply(doc).sentences();
    List<Sentence> slow = corenlp.apply(doc).sentences();
    assertEquals(2, fast.size());
    for (int i = 0; i < fast.size(); i++) {
      assertTrue(fast.get(i).isParsed());
      assertEquals(slow.get(i).dependencies(), fast.get(i).dependencies());
    }
  }

  @Test
  void sentencesTheSelectorRejectsAreNotParsed() {
    ParseStage none = new ParseStage(NlpConfig.defaults(), (d, s) -> false, Set.of());
    Sentence s = none.apply(prepare(TestDocs.news("Hun Sen met Austin.", "2024-06-04"))).sentences().get(0);
    assertFalse(s.isParsed());
  }
}
