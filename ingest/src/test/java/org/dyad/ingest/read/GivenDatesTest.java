package org.dyad.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GivenDatesTest {
  @Test
  void cutsMachineDatesToThePrecisionTheyGive() {
    assertEquals("2024-06-04", GivenDates.parse("2024-06-04T09:30:00+07:00").toString());
    assertEquals("2024-06-04", GivenDates.parse("Tue, 04 Jun 2024 10:00:00 GMT").toString());
    assertEquals("2017-09", GivenDates.parse("2017-09").toString());
    assertEquals("2017", GivenDates.parse("2017").toString());
  }

  @Test
  void readsTheDayAnIsoDateTimeNamesInItsOwnZone() {
    assertEquals("2024-06-04", GivenDates.parse("2024-06-04T23:30:00-05:00").toString());
    assertEquals("2024-06-04", GivenDates.parse("2024-06-04t01:00:00Z").toString());
    assertEquals("2024-06-04", GivenDates.parse("2024-06-04 10:15").toString());
    assertNull(GivenDates.parse("2024-02-30T10:00:00Z"));
    assertNull(GivenDates.parse("2024-06-04x"));
  }

  @Test
  void refusesWhatIsNotADate() {
    assertNull(GivenDates.parse("last Tuesday"));
    assertNull(GivenDates.parse("2017-13-45"));
    assertNull(GivenDates.parse("12345"));
  }
}
