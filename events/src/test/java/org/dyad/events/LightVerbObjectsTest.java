package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.events.testing.ConllDoc;
import org.junit.jupiter.api.Test;

/** Event nouns under light verbs where the noun is not the plain object: measured, coordinated, or beside it. */
class LightVerbObjectsTest {

  private static Set<String> pairs(ConllDoc d) {
    return EventCodingTest.code(d.build()).stream().map(e -> EventCodingTest.pair(e) + " " + e.cameo())
        .collect(Collectors.toSet());
  }

  @Test
  void readsANounMeasuredOutByDaysAsTheLightVerbsObject() {
    ConllDoc d = ConllDoc.publishedOn("2021-05-03").sentence("""
        1 Indian Indian JJ 2 amod
        2 troops troop NNS 3 nsubj
        3 started start VBD 0 root
        4 two two CD 5 nummod
        5 weeks week NNS 3 obl:tmod
        6 of of IN 8 case
        7 joint joint JJ 8 amod
        8 drills drill NNS 5 nmod
        9 with with IN 11 case
        10 French French JJ 11 amod
        11 troops troop NNS 3 obl
        """).mention(1, 2, "INDMIL", "IND", "MIL").mention(10, 11, "FRAMIL", "FRA", "MIL");
    assertEquals(Set.of("COOPERATE INDMIL>FRAMIL 062"), pairs(d));
  }

  @Test
  void readsTheLastOfCoordinatedNounsAsTheLightVerbsObjectToo() {
    ConllDoc d = ConllDoc.publishedOn("2021-05-03").sentence("""
        1 Ethiopian Ethiopian JJ 2 amod
        2 forces force NNS 3 nsubj
        3 launched launch VBD 0 root
        4 tank tank NN 3 obj
        5 and and CC 7 cc
        6 artillery artillery NN 7 compound
        7 fire fire NN 4 conj
        8 against against IN 10 case
        9 Eritrean Eritrean JJ 10 amod
        10 positions position NNS 3 obl
        """).mention(1, 2, "ETHMIL", "ETH", "MIL").mention(9, 9, "ERI", "ERI", null);
    assertEquals(Set.of("ASSAULT ETHMIL>ERI 194"), pairs(d));
  }

  @Test
  void leavesAnEventNamedOnlyAsWhenSomethingHappenedToItsOwnActors() {
    ConllDoc d = ConllDoc.publishedOn("2021-05-03").sentence("""
        1 The the DT 3 det
        2 Malawian Malawian JJ 3 amod
        3 army army NN 4 nsubj
        4 ordered order VBD 0 root
        5 patrols patrol NNS 4 obj
        6 after after IN 8 case
        7 the the DT 8 det
        8 riots riot NNS 4 obl
        """).mention(2, 3, "MWIMIL", "MWI", "MIL");
    assertEquals(Set.of(), pairs(d).stream().filter(p -> p.startsWith("PROTEST")).collect(Collectors.toSet()));
  }

  @Test
  void readsGatheringForARallyAsTakingPartInIt() {
    ConllDoc d = ConllDoc.publishedOn("2021-05-03").sentence("""
        1 Bolivian Bolivian JJ 2 amod
        2 farmers farmer NNS 3 nsubj
        3 gathered gather VBD 0 root
        4 for for IN 6 case
        5 a a DT 6 det
        6 rally rally NN 3 obl
        """).mention(1, 2, "BOLAGR", "BOL", "AGR");
    assertEquals(Set.of("PROTEST BOLAGR>BOL 141"), pairs(d));
  }

  @Test
  void readsTheSubjectOfBeingEngagedInAnActAsItsActor() {
    ConllDoc d = ConllDoc.publishedOn("2021-05-03").sentence("""
        1 Sudanese Sudanese JJ 2 amod
        2 troops troop NNS 4 nsubj:pass
        3 were be VBD 4 aux:pass
        4 involved involve VBN 0 root
        5 in in IN 6 case
        6 clashes clash NNS 4 obl
        7 with with IN 9 case
        8 Chadian Chadian JJ 9 amod
        9 rebels rebel NNS 6 nmod
        """).mention(1, 2, "SDNMIL", "SDN", "MIL").mention(8, 9, "TCDREB", "TCD", "REB");
    assertEquals(Set.of("ASSAULT SDNMIL>TCDREB 190"), pairs(d));
  }

  @Test
  void readsAManhuntForSomeoneAsAMoveToArrestThem() {
    ConllDoc d = ConllDoc.publishedOn("2021-05-03").sentence("""
        1 Malian Malian JJ 2 amod
        2 police police NN 3 nsubj
        3 launched launch VBD 0 root
        4 a a DT 5 det
        5 manhunt manhunt NN 3 obj
        6 for for IN 9 case
        7 the the DT 9 det
        8 rebel rebel NN 9 compound
        9 commander commander NN 5 nmod
        """).mention(1, 2, "MLICOP", "MLI", "COP").mention(8, 9, "MLIREB", "MLI", "REB");
    assertEquals(Set.of("COERCE MLICOP>MLIREB 173"), pairs(d));
  }
}
