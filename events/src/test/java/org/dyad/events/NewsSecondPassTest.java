package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.events.testing.ConllDoc;
import org.junit.jupiter.api.Test;

/** Second pass over real news phrasings: sponsors fused to a noun, information requests, hedged lists. */
class NewsSecondPassTest {

  private static Set<String> coded(ConllDoc d) {
    return EventCodingTest.code(d.build()).stream().map(e -> EventCodingTest.pair(e) + " " + e.cameo() + " "
        + e.modality().wireName()).collect(Collectors.toSet());
  }

  @Test
  void aCountryThatFundedADemolishedBuildingIsNotItsVictim() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Army army NN 2 compound
        2 engineers engineer NNS 3 nsubj
        3 demolished demolish VBD 0 root
        4 a a DT 8 det
        5 Japanese Japanese JJ 7 amod
        6 - - HYPH 7 punct
        7 funded fund VBN 8 amod
        8 school school NN 3 obj
        """).mention(1, 2, "THAMIL", "THA", "MIL").mention(5, 5, "JPN", "JPN", null);
    // the building stands in the army's own country; Japan only paid for it
    assertEquals(Set.of("ASSAULT THAMIL>THA 1712 asserted"), coded(d));
  }

  @Test
  void forcesBackedByAForeignPowerAreNotThatPowerWhenAttacked() {
    ConllDoc d = ConllDoc.publishedOn("2021-03-02").sentence("""
        1 Rebels rebel NNS 2 nsubj
        2 attacked attack VBD 0 root
        3 Saudi Saudi JJ 5 amod
        4 - - HYPH 5 punct
        5 backed back VBN 6 amod
        6 troops troop NNS 2 obj
        7 in in IN 8 case
        8 Marib Marib NNP 2 obl
        """).mention(1, 1, "YEMREB", "YEM", "REB").mention(3, 3, "SAU", "SAU", null);
    // the troops are Yemen's, as the rebels are; the Saudis who back them are not the ones attacked
    assertEquals(Set.of("ASSAULT YEMREB>YEM 190 asserted"), coded(d));
  }
}
