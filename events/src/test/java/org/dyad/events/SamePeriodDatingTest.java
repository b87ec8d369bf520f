package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.events.testing.ConllDoc;
import org.dyad.model.DateBasis;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** "On the same day" takes the period of the nearest date before it, in its sentence or the one before. */
class SamePeriodDatingTest {
  private static final EventStage STAGE = new EventStage();

  static final String PRAISED_ON_WEDNESDAY = """
      1 China China NNP 2 nsubj
      2 praised praise VBD 0 root
      3 Cambodia Cambodia NNP 2 obj
      4 on on IN 5 case
      5 Wednesday Wednesday NNP 2 obl
      """;
  static final String SAME_DAY_PRAISED = """
      1 On on IN 4 case
      2 the the DT 4 det
      3 same same JJ 4 amod
      4 day day NN 7 obl
      5 , , , 7 punct
      6 Vietnam Vietnam NNP 7 nsubj
      7 praised praise VBD 0 root
      8 Laos Laos NNP 7 obj
      """;

  private static Event second(ConllDoc d) {
    List<Event> events = STAGE.apply(d.build()).events();
    assertEquals(2, events.size(), events.toString());
    return events.get(1);
  }

  @Test
  void takesTheDayOfTheDateInThePreviousSentence() {
    Event e = second(ConllDoc.publishedBetween("2017-09-14", "2017-09-17").sentence(PRAISED_ON_WEDNESDAY)
        .mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null).unresolvedTime(5, 5, "XXXX-WXX-3")
        .sentence(SAME_DAY_PRAISED).mention(6, 6, "VNM", "VNM", null).mention(8, 8, "LAO", "LAO", null)
        .unresolvedTime(2, 4, null));
    assertEquals("2017-09-13", e.date());
    assertEquals(DatePrecision.DAY, e.datePrecision());
    assertEquals(DateBasis.RELATIVE, e.dateBasis());
  }

  @Test
  void keepsTheCoarserPeriodWhenTheEarlierDateIsOnlyAMonth() {
    Event e = second(ConllDoc.publishedOn("2017-09-15").sentence(PRAISED_ON_WEDNESDAY)
        .mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null).time(5, 5, "2017-08", false)
        .sentence(SAME_DAY_PRAISED).mention(6, 6, "VNM", "VNM", null).mention(8, 8, "LAO", "LAO", null)
        .unresolvedTime(2, 4, null));
    assertEquals("2017-08", e.date());
    assertEquals(DatePrecision.MONTH, e.datePrecision());
  }

  @Test
  void leavesTheDateUnknownWithoutAnEarlierDateNearby() {
    Event e = second(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 China China NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        """).mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null)
        .sentence(SAME_DAY_PRAISED).mention(6, 6, "VNM", "VNM", null).mention(8, 8, "LAO", "LAO", null)
        .unresolvedTime(2, 4, null));
    assertNull(e.date());
    assertEquals(DateBasis.UNKNOWN, e.dateBasis());
  }
}
