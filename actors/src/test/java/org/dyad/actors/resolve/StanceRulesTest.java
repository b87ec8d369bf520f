package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** A country word after "anti-" or "pro-" names what a group opposes or backs, never the group's country. */
class StanceRulesTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static List<Mention> mentions(String text) {
    return STAGE.apply(TestNlp.analyze(text, "2012-10-03", Map.of())).mentions();
  }

  @Test
  void antiCountryJournalistIsNotACitizenOfThatCountry() {
    for (Mention m : mentions("Gunmen shot an anti-Cuban columnist outside his office.")) {
      assertTrue(!"CUB".equals(m.actor().country()), "opposing Cuba makes no one Cuban: " + m);
    }
  }

  @Test
  void proCountryMilitiaIsNotThatCountrysForce() {
    for (Mention m : mentions("A pro-Ethiopian militia seized the bridge.")) {
      assertTrue(!"ETH".equals(m.actor().country()), "backing Ethiopia makes no one Ethiopian: " + m);
    }
  }

  @Test
  void splitStanceWordsReadTheSame() {
    for (Mention m : mentions("Gunmen shot an anti - Cuban columnist outside his office.")) {
      assertTrue(!"CUB".equals(m.actor().country()), "opposing Cuba makes no one Cuban: " + m);
    }
  }

  @Test
  void aPlainNationalityStillGivesItsCountry() {
    Mention seen = null;
    for (Mention m : mentions("A Cuban columnist was detained at the airport.")) {
      seen = m.span().of("A Cuban columnist was detained at the airport.").contains("Cuban") ? m : seen;
    }
    assertNotNull(seen);
    assertEquals("CUB", seen.actor().country());
  }
}
