package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class IdsTest {

  @Test
  void sameTextWithOtherSpacingAndQuotesGetsTheSameId() {
    assertEquals(Ids.documentId("Hun Sen\u2019s letter\n\n thanked  Trump."),
        Ids.documentId("Hun Sen's letter thanked Trump."));
  }

  @Test
  void differentTextGetsADifferentId() {
    assertNotEquals(Ids.documentId("Hun Sen met Austin."), Ids.documentId("Hun Manet met Austin."));
  }

  @Test
  void collapsesWhiteSpaceRunsAsTheRegularExpressionDid() {
    for (String text : java.util.List.of("a  b", " lead and trail ", "tabs\t\tand\nlines\r\n\u000B\fend",
        "one space only", "\u00A0kept\u2003wide\u00A0", "", "   ", "x\n")) {
      String t = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
      assertEquals(t.replaceAll("\\s+", " ").trim(), Ids.normalise(text), text);
    }
  }
}
