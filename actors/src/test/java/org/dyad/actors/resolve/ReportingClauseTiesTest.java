package org.dyad.actors.resolve;

import static org.dyad.actors.resolve.DefaultStageMentions.covering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** A place in a trailing reporting clause says where the teller is, not where the told happened. */
class ReportingClauseTiesTest {

  @Test
  void villagersAreNotPlacedByTheCityOfTheOfficialsWhoReportOnThem() {
    String t = "Villagers drowned when the river burst its banks, aid workers in Nairobi said.";
    Mention m = covering(t, "2002-04-17", "Villagers");
    assertNotEquals("KEN", m == null ? null : m.actor().country());
  }

  @Test
  void studentsAreNotPlacedByThePoliceOfficeThatReportsTheirArrest() {
    String t = "Students were detained after a march, police in Harare said on Monday.";
    Mention m = covering(t, "2001-06-04", "Students");
    assertNotEquals("ZWE", m == null ? null : m.actor().country());
  }

  @Test
  void theTellerIsStillPlacedByItsOwnPlace() {
    String t = "Students were detained after a march, police in Harare said on Monday.";
    Mention m = covering(t, "2001-06-04", "police");
    assertNotNull(m);
    assertEquals("ZWECOP", m.actor().code());
  }

  @Test
  void aPlaceBeforeTheReportingClauseStillTiesTheGroup() {
    Mention m = covering("Students marched in Harare, police said.", "2001-06-04", "Students");
    assertNotNull(m);
    assertEquals("ZWEEDU", m.actor().code());
  }
}
