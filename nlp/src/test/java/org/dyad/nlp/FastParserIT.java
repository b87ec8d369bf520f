package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.SentenceSelector;
import org.dyad.testkit.SharedData;
import org.dyad.testkit.TestDocs;
import org.junit.jupiter.api.Test;

/**
 * dyad's fast arc-standard decoder must give CoreNLP's own parse, head for head and label for label: it runs the
 * same model and promises the same arithmetic, so any difference is a bug, not noise.
 */
class FastParserIT {
  private static final TokenizeStage TOKENS = new TokenizeStage(
      new NlpConfig(NlpConfig.Scope.NONE, NlpConfig.Scope.ALL, NlpConfig.Scope.NONE, 400), SentenceSelector.ALL);

  /** Our own sentences, for shapes news text rarely has: fragments, lists, headlines, quotes, long chains. */
  private static final List<String> OWN = List.of(
      "Talks.",
      "Yes.",
      "He left.",
      "Stop!",
      "Why?",
      "BREAKING: Border crossing closed after overnight shelling",
      "Minister resigns amid bribery probe, coalition wobbles",
      "PM to visit Delhi next week - sources",
      "\"We will not back down,\" the foreign minister told reporters in Islamabad on Tuesday.",
      "\"Nothing,\" she said, \"has been agreed until everything has been agreed.\"",
      "The delegation included the defence minister, the interior minister, two generals, a senior diplomat and"
          + " the head of the central bank.",
      "Exports of rice, rubber, cassava, garments, footwear and bicycles rose by 12%, 7%, 3%, 18%, 4% and 22%"
          + " respectively.",
      "1. Release all political prisoners; 2. Restore press freedom; 3. Hold free elections.",
      "The ministry said that the ambassador, who had been summoned on Monday after the embassy published a"
          + " statement criticising the verdict, which the court had handed down in a closed hearing that foreign"
          + " observers were not allowed to attend, would be asked to explain remarks that officials described as"
          + " interference in the country's internal affairs and that, according to a spokesman, could harm"
          + " relations which both governments had spent years rebuilding after the dispute over the dam.",
      "Neither side confirmed nor denied the report.",
      "It is not clear whether the sanctions, if imposed, would take effect before the vote.",
      "The U.S. did not rule out further measures.",
      "Asked whether troops would be withdrawn, he said: \"Not now.\"",
      "Police fired tear gas; protesters threw stones; dozens were hurt.",
      "Cambodia's Hun Sen on Thursday accused Washington of conspiring with the opposition to topple his"
          + " government, a charge the U.S. embassy called \"absurd\".",
      "Under the deal, signed in Geneva, both sides agreed to exchange prisoners within 30 days.",
      "Russia-Ukraine grain corridor: what we know",
      "At least 40 people were killed and 120 wounded, officials said.",
      "The president, however, insisted that the agreement - which critics have called a capitulation - was the"
          + " best available.",
      "Kim Jong Un oversaw the test of what state media called a new type of tactical guided weapon.",
      "China and Australia agreed to resume high-level dialogue, suspended since 2020.",
      "India blamed Pakistan-based militants for the attack, which Islamabad denied any role in.",
      "We condemn in the strongest terms the attack on peaceful demonstrators.",
      "The envoy was expelled, the embassy closed and trade suspended.",
      "From 2017 to 2019 aid fell sharply.");

  @Test
  void givesCoreNlpsParseForEverySentence() {
    List<List<Sentence>> documents = new ArrayList<>();
    for (String text : OWN) {
      documents.add(sentencesOf(text));
    }
    for (Path file : files(Path.of("..", "demo", "corpus"))) {
      documents.add(sentencesOf(read(file)));
    }
    for (Path file : files(SharedData.resolve("corpus/cambodia-us"))) {
      documents.add(sentencesOf(read(file)));
    }
    List<String> differences = new ArrayList<>();
    int compared = 0;
    int longest = 0;
    int largestBatch = 0;
    for (List<Sentence> document : documents) {
      List<Sentence> sentences = document.stream().filter(s -> s.tokens().size() <= 400).toList();
      // The fast parser decodes a document's sentences in step (as the parse stage calls it); CoreNLP one by one.
      List<List<Dependency>> fast = ParseStage.parse(sentences, NlpConfig.Parser.FAST);
      largestBatch = Math.max(largestBatch, sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        List<Dependency> corenlp = ParseStage.parse(s, NlpConfig.Parser.CORENLP);
        compared++;
        longest = Math.max(longest, s.tokens().size());
        if (!corenlp.equals(fast.get(i))) {
          differences.add(s.text() + "\n  corenlp: " + corenlp + "\n  fast:    " + fast.get(i));
        }
        if (!ParseStage.parse(s, NlpConfig.Parser.FAST).equals(fast.get(i))) {
          differences.add(s.text() + "\n  alone and in its document, the fast parser differs");
        }
      }
    }
    assertTrue(compared >= 300, "only " + compared + " sentences compared");
    assertTrue(longest >= 60, "no long sentence among those compared: " + longest);
    assertTrue(largestBatch > 16, "no document fills more than one batch: " + largestBatch);
    assertEquals(List.of(), differences, differences.size() + " of " + compared + " sentences differ");
  }

  @Test
  void everyTokenGetsOneHeadAndTheRootIsUnique() {
    List<Dependency> deps = ParseStage.parse(sentencesOf("The envoy was expelled, the embassy closed.").get(0),
        NlpConfig.Parser.FAST);
    assertEquals(9, deps.size());
    assertEquals(1, deps.stream().filter(d -> d.governor() == -1).count());
    for (int i = 0; i < deps.size(); i++) {
      assertEquals(i, deps.get(i).dependent());
    }
  }

  private static List<Sentence> sentencesOf(String text) {
    return TOKENS.apply(AnalyzedDocument.of(TestDocs.news(text, "2019-03-01"))).sentences();
  }

  private static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
