package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.events.testing.ConllDoc;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

/**
 * "On the same day" after a sentence the parse stage skipped: a skipped sentence without any date word cannot
 * hold the nearer date, so the one before it is read; one with a date word stops the search.
 */
class SamePeriodAcrossSkippedSentencesTest {
  private static final EventStage STAGE = new EventStage();

  private static final String PRAISED_ON_WEDNESDAY = SamePeriodDatingTest.PRAISED_ON_WEDNESDAY;
  private static final String SAME_DAY_PRAISED = SamePeriodDatingTest.SAME_DAY_PRAISED;

  /** The document with its middle sentence as the parse stage leaves a sentence it skips: no parse, no times. */
  private static Event sameDayEventAfter(String middle) {
    AnalyzedDocument d = ConllDoc.publishedBetween("2017-09-14", "2017-09-17").sentence(PRAISED_ON_WEDNESDAY)
        .mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null).unresolvedTime(5, 5, "XXXX-WXX-3")
        .sentence(middle)
        .sentence(SAME_DAY_PRAISED).mention(6, 6, "VNM", "VNM", null).mention(8, 8, "LAO", "LAO", null)
        .unresolvedTime(2, 4, null).build();
    List<Sentence> sentences = new ArrayList<>(d.sentences());
    Sentence s = sentences.get(1);
    sentences.set(1, new Sentence(s.index(), s.span(), s.text(), s.tokens(), List.of(), List.of(), s.post()));
    List<Event> events = STAGE.apply(d.withSentences(sentences, Set.of())).events();
    assertEquals(2, events.size(), events.toString());
    return events.get(1);
  }

  @Test
  void readsPastASkippedSentenceWithoutADateWord() {
    Event e = sameDayEventAfter("""
        1 Travellers traveller NNS 3 nsubj
        2 should should MD 3 aux
        3 avoid avoid VB 0 root
        4 crowds crowd NNS 3 obj
        """);
    assertEquals("2017-09-13", e.date());
  }

  @Test
  void stopsAtASkippedSentenceThatMayNameADate() {
    Event e = sameDayEventAfter("""
        1 Markets market NNS 2 nsubj
        2 closed close VBD 0 root
        3 on on IN 4 case
        4 Friday Friday NNP 2 obl
        """);
    assertNull(e.date());
  }
}
