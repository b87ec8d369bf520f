package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** A deputy or vice holder of an office is an actor of the office's sector, not its holder. */
class DeputyTitlesTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static Mention find(String text, String surface) {
    for (Mention m : STAGE.apply(TestNlp.analyze(text, "2011-06-08", Map.of())).mentions()) {
      if (m.span().of(text).equals(surface)) {
        return m;
      }
    }
    return null;
  }

  @Test
  void capitalisedDeputyMinisterAfterAPossessiveCountryIsItsGovernment() {
    Mention m = find("Peru's Deputy Foreign Minister flew to Quito on Monday.", "Peru's Deputy Foreign Minister");
    assertNotNull(m);
    assertEquals("PERGOV", m.actor().code());
  }

  @Test
  void viceMinisterIsGovernmentToo() {
    Mention m = find("Bolivia's vice foreign minister flew to Quito on Monday.", "Bolivia's vice foreign minister");
    assertNotNull(m);
    assertEquals("BOLGOV", m.actor().code());
  }
}
