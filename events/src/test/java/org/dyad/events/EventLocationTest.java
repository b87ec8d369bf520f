package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.events.coder.CoderConfig;
import org.dyad.events.coder.KnowledgeBasePlaces;
import org.dyad.events.coder.RoleOnDate;
import org.dyad.events.lexicon.LexiconLoader;
import org.dyad.model.Event;
import org.dyad.model.Location;
import org.dyad.events.testing.ConllDoc;
import org.junit.jupiter.api.Test;

/** An event's location: "in|at PLACE" on the trigger, when the knowledge base knows PLACE. */
class EventLocationTest {
  private static final EventStage STAGE = new EventStage(LexiconLoader.bundled(), "bundled", CoderConfig.DEFAULT,
      RoleOnDate.UNCHANGED, new KnowledgeBasePlaces(KnowledgeBase.defaults()));

  private static Event only(ConllDoc d) {
    List<Event> events = STAGE.apply(d.build()).events();
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  @Test
  void placesAnEventInACapitalNamedOnItsTrigger() {
    Event e = only(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 China China NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        4 in in IN 6 case
        5 Phnom Phnom NNP 6 compound
        6 Penh Penh NNP 2 obl
        """).mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null));
    assertEquals(new Location("Phnom Penh", "KHM"), e.location());
  }

  @Test
  void placesAnEventInACountryNamedAfterAt() {
    Event e = only(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 China China NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        4 at at IN 5 case
        5 Vietnam Vietnam NNP 2 obl
        """).mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null));
    assertEquals(new Location("Vietnam", "VNM"), e.location());
  }

  @Test
  void leavesAnUnknownPlaceUnplaced() {
    Event e = only(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 China China NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        4 in in IN 5 case
        5 Xunwu Xunwu NNP 2 obl
        """).mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null));
    assertNull(e.location());
  }

  @Test
  void placesAnEventInAProvinceOfThePlacesTable() {
    Event e = only(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 China China NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        4 in in IN 5 case
        5 Guangxi Guangxi NNP 2 obl
        """).mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null));
    assertEquals("CHN", e.location().country());
  }

  @Test
  void readsNoPlaceThatModifiesAnotherWord() {
    Event e = only(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 The the DT 2 det
        2 embassy embassy NN 6 nsubj
        3 in in IN 5 case
        4 Phnom Phnom NNP 5 compound
        5 Penh Penh NNP 2 nmod
        6 praised praise VBD 0 root
        7 Cambodia Cambodia NNP 6 obj
        """).mention(1, 2, "USAGOV", "USA", "GOV").mention(7, 7, "KHM", "KHM", null));
    assertNull(e.location());
  }

  @Test
  void readsNoPlaceAfterOtherPrepositions() {
    Event e = only(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 China China NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        4 from from IN 5 case
        5 Beijing Beijing NNP 2 obl
        """).mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null));
    assertNull(e.location());
  }

  @Test
  void readsNoPlaceFromAnObliqueWithoutPreposition() {
    Event e = only(ConllDoc.publishedOn("2017-09-15").sentence("""
        1 China China NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Cambodia Cambodia NNP 2 obj
        4 Monday Monday NNP 2 obl:npmod
        """).mention(1, 1, "CHN", "CHN", null).mention(3, 3, "KHM", "KHM", null));
    assertNull(e.location());
  }
}
