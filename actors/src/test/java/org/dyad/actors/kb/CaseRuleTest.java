package org.dyad.actors.kb;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How the case of a text's words must agree with a dictionary name. */
class CaseRuleTest {
  @Test
  void acceptsANameWrittenWithALowerCaseArticleAsTheDictionaryWritesIt() {
    CaseRule rule = CaseRule.forProperName("al-Shabaab");
    assertTrue(rule.accepts("al-Shabaab", "al-Shabaab"));
    assertTrue(rule.accepts("Al-Shabaab", "al-Shabaab"));
    assertFalse(rule.accepts("al-shabaab", "al-Shabaab"));
  }

  @Test
  void neverAcceptsLowerCaseWordsForANameWrittenInLowerCaseThroughout() {
    assertFalse(CaseRule.forProperName("blue helmets").accepts("blue helmets", "blue helmets"));
  }

  @Test
  void keepsOrdinaryCapitalisedNamesOutOfLowerCaseText() {
    assertFalse(CaseRule.forProperName("Fur").accepts("fur", "Fur"));
    assertTrue(CaseRule.forProperName("Fur").accepts("Fur", "Fur"));
  }

  @Test
  void matchesShortAcronymsOnlyAsWritten() {
    assertFalse(CaseRule.forProperName("AIS").accepts("ais", "AIS"));
    assertTrue(CaseRule.forProperName("AIS").accepts("AIS", "AIS"));
  }

  @Test
  void aCapitalisedWordOfANameMustBeCapitalisedInTheText() {
    CaseRule rule = CaseRule.forProperName("Nigeria Today");
    assertFalse(rule.accepts("Nigeria today", "Nigeria Today"), "\"visited Nigeria today\" names no outlet");
    assertTrue(rule.accepts("Nigeria Today", "Nigeria Today"));
    assertTrue(rule.accepts("NIGERIA TODAY", "Nigeria Today"), "a headline in capitals still names it");
  }
}
