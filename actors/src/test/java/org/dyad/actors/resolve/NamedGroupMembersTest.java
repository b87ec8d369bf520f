package org.dyad.actors.resolve;

import static org.dyad.actors.resolve.DefaultStageMentions.covering;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** A generic armed group's noun right after a named group names that group's members. */
class NamedGroupMembersTest {

  @Test
  void guerrillasAfterANamedGroupAreThatGroupNotTheCountryTheyFireAt() {
    Mention m = covering("Hezbollah guerrillas shelled a border post held by Israel.", "2000-02-03", "guerrillas");
    assertNotNull(m);
    assertEquals("LBNREB", m.actor().code());
    assertEquals("hezbollah", m.actor().entity());
  }

  @Test
  void militantsAfterANamedGroupKeepTheGroupsCode() {
    Mention m = covering("Israeli soldiers arrested three Hamas militants in Hebron.", "2004-08-09", "militants");
    assertNotNull(m);
    assertEquals("hamas", m.actor().entity());
  }

  @Test
  void aGroupNounWithoutANamedGroupIsStillPlacedByItsCountryWord() {
    Mention m = covering("Lebanese guerrillas shelled a border post.", "2000-02-03", "guerrillas");
    assertNotNull(m);
    assertEquals("LBNREB", m.actor().code());
  }
}
