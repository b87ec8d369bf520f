package org.dyad.actors.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the actor code of an organisation or an office follows from its country and sector. */
class OrganisationCodeTest {
  @Test
  void armedNetworkWithoutAHomeCountryIsAnInternationalMilitarisedGroup() {
    Organisation o = new Organisation("net", List.of("Brigade of the Far Shore"), null, "REB", "armed_group");
    assertEquals("IMGREB", o.code());
    assertEquals("REB", o.sector(), "the sector stays what the group does");
  }

  @Test
  void armedGroupOfOneCountryKeepsThatCountry() {
    assertEquals("COLREB", new Organisation("g", List.of("Southern Hills Front"), "COL", "REB", "armed_group").code());
  }

  @Test
  void internationalBodiesKeepTheirClassCode() {
    assertEquals("IGO", new Organisation("o", List.of("Council of Lakes"), null, "IGO", "igo").code());
    assertEquals("NGO", new Organisation("n", List.of("Open Wells"), null, "NGO", "ngo").code());
  }

  @Test
  void theKnowledgeBaseCodesAlQaedaAsAnInternationalMilitarisedGroup() {
    KnowledgeBase kb = KnowledgeBase.defaults();
    assertEquals("IMGREB", kb.organisationsNamed("al-Qaeda").get(0).code());
  }

  @Test
  void leaderOfAnArmedNetworkWithoutACountryIsCodedAsThatNetwork() {
    Role r = new Role("Leader of the Far Shore brigade", null, "REB", null, null);
    assertEquals("IMGREB", r.code());
    assertEquals("PERREB", new Role("Commander", "PER", "REB", null, null).code());
  }
}
