package org.dyad.actors.resolve;

import static org.dyad.actors.resolve.DefaultStageMentions.covering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** An "ethnic" minority lives in the country its sentence is mostly about, not in the country its name gives. */
class EthnicMinorityCountryTest {

  @Test
  void anEthnicMinorityInASentenceMostlyAboutOneCountryLivesThere() {
    String t = "Ethnic Serbs blocked roads near Croatia's border with Hungary, Croatian police said.";
    Mention m = covering(t, "1995-03-02", "Serbs");
    assertNotNull(m);
    assertEquals("HRV", m.actor().country());
  }

  @Test
  void anEthnicMinorityBetweenTwoEquallyNamedCountriesKeepsItsOrigin() {
    Mention m = covering("Ethnic Hungarians rallied in Romania and Slovakia.", "2005-03-02", "Hungarians");
    assertNotNull(m);
    assertEquals("HUN", m.actor().country());
  }
}
