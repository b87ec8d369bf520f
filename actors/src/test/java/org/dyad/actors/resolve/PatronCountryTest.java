package org.dyad.actors.resolve;

import static org.dyad.actors.resolve.DefaultStageMentions.covering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** A country that owns a group as its ally or proxy backs it: where the group is places it. */
class PatronCountryTest {

  @Test
  void aPatronsMilitiaAlliesArePlacedWhereTheyAreNotByThePatron() {
    Mention m = covering("Warplanes bombed depots of Syria's militia allies in Lebanon.", "1987-06-01", "militia");
    assertNotNull(m);
    assertEquals("LBNREB", m.actor().code());
  }

  @Test
  void aCountrysOwnMilitiaWithoutAPatronageNounKeepsTheCountry() {
    Mention m = covering("Syria's militia fired on protesters in Lebanon.", "1987-06-01", "militia");
    assertNotNull(m);
    assertEquals("SYR", m.actor().country());
  }
}
