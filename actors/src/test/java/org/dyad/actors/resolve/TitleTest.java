package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.actors.kb.Role;
import org.junit.jupiter.api.Test;

class TitleTest {
  static final Role PRIME_MINISTER = new Role("Prime Minister", "KHM", "GOV", LocalDate.of(1998, 1, 1), null, "KHMGOV");
  static final Role PARTY_PRESIDENT = new Role("President of the opposition party", "KHM", "OPP",
      LocalDate.of(2017, 3, 1), null, "KHMOPP");

  @Test
  void theCountrysLeaderIsNotTheOppositionsLeader() {
    Title leader = new Title("leader", null, null, true);
    assertTrue(leader.fits(PRIME_MINISTER));
    assertFalse(leader.fits(PARTY_PRESIDENT));
  }

  @Test
  void theOppositionLeaderIsNotTheHeadOfGovernment() {
    Title oppositionLeader = new Title("opposition leader", "OPP", null, true);
    assertTrue(oppositionLeader.fits(PARTY_PRESIDENT));
    assertFalse(oppositionLeader.fits(PRIME_MINISTER));
  }
}
