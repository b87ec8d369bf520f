package org.dyad.events.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.events.coder.ParseView;
import org.dyad.events.coder.Trigger;
import org.dyad.events.coder.TriggerMatcher;
import org.dyad.events.lexicon.LexiconLoader;
import org.dyad.model.Sentence;
import org.dyad.nlp.NlpConfig;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.TokenizeStage;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.SentenceSelector;
import org.dyad.testkit.TestDocs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The lexicon's multi-word, light-verb and nominal expressions on real CoreNLP parses: each sentence (our own
 * wording) must yield a trigger with the CAMEO code given, and the non-events none on their head word.
 */
class LexiconExpressionsIT {
  private static final NlpConfig NLP = new NlpConfig(NlpConfig.Scope.NONE, NlpConfig.Scope.ALL,
      NlpConfig.Scope.NONE, 120);
  private static final Pipeline PARSE = Pipeline.builder().add(new TokenizeStage(NLP, SentenceSelector.ALL))
      .add(new ParseStage(NLP, SentenceSelector.ALL, Set.of())).build();
  private static final TriggerMatcher MATCHER = new TriggerMatcher(LexiconLoader.bundled());

  /** "word=code" for every trigger of the text. */
  private static List<String> triggers(String text) {
    AnalyzedDocument d = PARSE.process(TestDocs.news(text, "2021-03-10"));
    List<String> out = new ArrayList<>();
    for (Sentence s : d.sentences()) {
      ParseView p = new ParseView(s);
      for (Trigger t : MATCHER.find(p)) {
        out.add(p.token(t.token()).text().toLowerCase(java.util.Locale.ROOT) + "=" + t.entry().cameo().code());
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "The Omani envoy undertook a mediation mission between the two capitals.|undertook=045",
      "Kenya launched a fresh mediation effort on Monday.|launched=045",
      "The two countries upgraded their diplomatic ties to ambassadorial level.|upgraded=050",
      "Chile opened an embassy in Hanoi last week.|opened=050",
      "Police in both countries have shared evidence about the smuggling ring.|shared=064",
      "Indian and French warships began five days of joint exercises in the Arabian Sea.|exercises=062",
      "Norwegian volunteers handed over two tonnes of medicine to the clinic.|handed=070",
      "The governor shortened the nightly curfew by two hours.|shortened=0813",
      "The army lifted its blockade of the northern port.|lifted=0872",
      "The nurses' union called off its strike after the pay offer.|called=082",
      "The government agreed to pay compensation to the families.|pay=0842",
      "The agency dispatched inspectors to the enrichment plant.|dispatched=090",
      "Prosecutors opened an investigation into the former minister.|opened=090",
      "The former mayor was put under investigation for fraud.|put=090",
      "The bishop called for sanctions against the junta.|called=113",
      "The president reneged on his promise to hold a referendum.|reneged=120",
      "The rebels vowed to fight until the last village was retaken.|vowed=138",
      "Two hundred detainees began a hunger strike on Sunday.|strike=142",
      "Farmers blocked the main highway with tractors.|blocked=144",
      "The navy strengthened its forces near the disputed reef.|strengthened=150",
      "The junta forced the aid agency out of the country.|forced=166",
      "A group of hackers tried to hack into the ministry's servers.|hack=170",
      "Settlers set fire to an olive grove overnight.|set=1712",
      "Riot police broke up the protest with batons.|broke=175",
      "A suicide bombing killed nine people at the market.|bombing=1831",
      "An air strike hit the convoy near the border.|strike=195",
      "An attempt to assassinate the governor failed.|attempt=185",
      "The militia seized control of the airport.|seized=192",
      "The union went on strike over unpaid wages.|went=143",
      "Both sides agreed to a ceasefire on Friday.|agreed=0356",
      "The opposition leader attacked the budget decision in parliament.|attacked=111",
      "Islamabad called the raid an act of aggression.|called=111",
      "Russian missiles struck a fuel depot near the city.|struck=190",
      "The prime minister tendered his resignation on Monday.|tendered=0831",
      "Forty inmates went on hunger strike last month.|went=142",
      "Soldiers opened fire on protesters outside the palace.|opened=175",
      "Insurgents blew up a railway bridge north of the capital.|blew=183",
      "Activists defaced dozens of government websites.|defaced=170",
      "The separatist council issued a declaration demanding a referendum.|declaration=100",
      "Washington has put pressure on its allies to cut imports.|put=100",
      "Both navies held joint exercises off the coast.|held=062",
      "The government shortened the state of emergency to one month.|shortened=0814"})
  void codesEachExpressionWithItsCameoCode(String sentence, String expected) {
    List<String> found = triggers(sentence);
    assertTrue(found.contains(expected), sentence + " gave " + found);
  }

  @ParameterizedTest(name = "{0} -> nothing on {1}")
  @CsvSource(delimiter = '|', value = {
      "The ministry released a statement on Tuesday.|released",
      "Exports met expectations in the first quarter.|met",
      "The government pledged to fight corruption in the ports.|fight",
      "The trade war weighed on both economies.|war",
      "Officers were deployed in order to protect the embassy.|order",
      "The cabinet met its deficit target a year early.|met",
      "The two leaders called the strike a success.|called",
      "Allied officers attended a weekend retreat at the lake.|retreat",
      "The tariffs hurt the economy of both countries.|hurt",
      "The president dismissed the interior minister on Friday.|dismissed",
      "Relief officials said the road was open again.|relief",
      "Inspectors found no weapons of mass destruction.|destruction",
      "The ministry spokesman told a news conference in Beijing that talks would go on.|conference"})
  void leavesWordsThatAreNoEventUncoded(String sentence, String word) {
    List<String> found = triggers(sentence);
    assertFalse(found.stream().anyMatch(t -> t.startsWith(word + "=")), sentence + " gave " + found);
  }
}
