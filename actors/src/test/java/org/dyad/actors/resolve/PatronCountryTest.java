package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** A country that owns a group as its ally or proxy backs it: where the group is places it. */
class PatronCountryTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static Mention covering(String text, String date, String word) {
    List<Mention> ms = STAGE.apply(TestNlp.analyze(text, date, Map.of())).mentions();
    int at = text.indexOf(word);
    for (Mention m : ms) {
      if (m.span().start() <= at && at + word.length() <= m.span().end()) {
        return m;
      }
    }
    return null;
  }

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
