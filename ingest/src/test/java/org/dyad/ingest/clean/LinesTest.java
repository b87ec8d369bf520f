package org.dyad.ingest.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinesTest {
  @Test
  void splitsAtEveryKindOfLineEndAndDropsEmptyLines() {
    assertEquals(List.of("one", "two", "three", "four"), Lines.of("one\r\ntwo\rthree\n\n\r\n  \u00A0\nfour\r"));
    assertEquals(List.of(), Lines.of(""));
  }

  @Test
  void normalisesOddSpacesAndLeavesANormalLineAsItIs() {
    assertEquals("a b c", Lines.normaliseSpace("\u00A0a \u200B b\t\tc "));
    assertEquals("caf\u00e9 ok", Lines.normaliseSpace("caf\u00e9  ok"));
    String normal = "Plain words, one space apart.";
    assertSame(normal, Lines.normaliseSpace(normal));
  }
}
