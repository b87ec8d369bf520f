package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NlpConfigTest {

  @Test
  void presetsUseTheFastParser() {
    assertEquals(NlpConfig.Parser.FAST, NlpConfig.defaults().parser());
    assertEquals(NlpConfig.Parser.FAST, NlpConfig.exhaustive().parser());
  }

  @Test
  void parserCanBeSwitchedWithoutTouchingTheRest() {
    NlpConfig corenlp = NlpConfig.defaults().withParser(NlpConfig.Parser.CORENLP);
    assertEquals(NlpConfig.Parser.CORENLP, corenlp.parser());
    assertEquals(NlpConfig.defaults().withParser(NlpConfig.Parser.FAST), NlpConfig.defaults());
    assertEquals(NlpConfig.defaults().maxParseTokens(), corenlp.maxParseTokens());
  }

  @Test
  void rejectsMissingParser() {
    assertThrows(IllegalArgumentException.class,
        () -> new NlpConfig(NlpConfig.Scope.ALL, NlpConfig.Scope.ALL, NlpConfig.Scope.ALL, 100, null));
  }
}
