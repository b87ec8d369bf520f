package org.dyad.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateCuesTest {

  @Test
  void monthMayAfterAPrepositionIsADateCueButTheModalVerbIsNot() {
    assertTrue(DateCues.mayHoldDate("The two foreign ministers met in Almaty in May."));
    assertTrue(DateCues.mayHoldDate("Protests have continued since May."));
    assertFalse(DateCues.mayHoldDate("Officials said the talks may resume."));
    assertFalse(DateCues.mayHoldDate("In may cases the envoy was not told."));
  }

  @Test
  void decadeIsADateCue() {
    assertTrue(DateCues.mayHoldDate("Ethiopia fought Eritrea in the 1990s."));
  }

  @Test
  void hyphenatedMonthIsADateCue() {
    assertTrue(DateCues.mayHoldDate("Rebels attacked the base in mid-September."));
  }
}
