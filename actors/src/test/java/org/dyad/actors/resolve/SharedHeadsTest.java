package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** Country words coordinated before one head noun share its sector. */
class SharedHeadsTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static Mention find(String text, String surface) {
    for (Mention m : STAGE.apply(TestNlp.analyze(text, "2015-05-12", java.util.Map.of())).mentions()) {
      if (m.span().of(text).equals(surface)) {
        return m;
      }
    }
    return null;
  }

  @Test
  void nationalityJoinedToOfficialsIsAnOfficialToo() {
    String text = "Bulgarian and Greek officials signed a rail accord in Sofia.";
    Mention first = find(text, "Bulgarian");
    assertNotNull(first);
    assertEquals("BGRGOV", first.actor().code());
    assertEquals("GRCGOV", find(text, "Greek officials").actor().code());
  }

  @Test
  void abbreviatedCountryJoinedToForcesIsItsMilitaryNotItsGovernment() {
    String text = "US and Dutch troops attacked a depot near the border.";
    Mention first = find(text, "US");
    assertNotNull(first);
    assertEquals("USAMIL", first.actor().code());
  }

  @Test
  void headPassesAlongAListOfNationalities() {
    String text = "Spanish, Italian and Turkish warships sailed for the island.";
    assertEquals("ESPMIL", find(text, "Spanish").actor().code());
    assertEquals("ITAMIL", find(text, "Italian").actor().code());
  }

  @Test
  void countryJoinedToAnotherCountrysBodyKeepsItsOwnReading() {
    // "Peru and the Chilean navy": two parties, not a shared head
    String text = "Peru and the Chilean navy agreed to share radar data.";
    Mention first = find(text, "Peru");
    assertNotNull(first);
    assertEquals("PER", first.actor().country());
    assertEquals(null, first.actor().role());
  }
}
