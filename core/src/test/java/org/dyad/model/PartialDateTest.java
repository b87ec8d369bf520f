package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartialDateTest {

  @Test
  void textFormIsIsoDateCutToPrecision() {
    LocalDate d = LocalDate.of(2017, 9, 11);
    assertEquals("2017-09-11", PartialDate.of(d, DatePrecision.DAY).toString());
    assertEquals("2017-09", PartialDate.of(d, DatePrecision.MONTH).toString());
    assertEquals("2017-Q3", PartialDate.of(d, DatePrecision.QUARTER).toString());
    assertEquals("2017", PartialDate.of(d, DatePrecision.YEAR).toString());
    assertEquals("2017-09-11", PartialDate.of(LocalDate.of(2017, 9, 14), DatePrecision.WEEK).toString());
  }

  @Test
  void parsesWhatItWrites() {
    for (String s : new String[] {"2017-09-11", "2017-09", "2017-Q3", "2017"}) {
      assertEquals(s, PartialDate.parse(s).toString());
    }
  }

  @Test
  void monthOverlapsItsDaysButNotTheNextMonth() {
    PartialDate aug = PartialDate.parse("2017-08");
    assertTrue(aug.overlaps(PartialDate.parse("2017-08-23")));
    assertTrue(aug.overlaps(PartialDate.parse("2017")));
    assertFalse(aug.overlaps(PartialDate.parse("2017-09-01")));
    assertEquals(LocalDate.of(2017, 8, 31), aug.end());
  }

  @Test
  void rejectsTextThatIsNotADate() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("September"));
  }

  @Test
  void rejectsAFullDateThatDoesNotExist() {
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2017-02-30"));
    assertThrows(IllegalArgumentException.class, () -> PartialDate.parse("2017-13-01"));
  }

  @Test
  void readsAFullDateWithSurroundingSpaceAsItsDay() {
    assertEquals(PartialDate.day(java.time.LocalDate.of(2019, 11, 26)), PartialDate.parse(" 2019-11-26 "));
  }
}
