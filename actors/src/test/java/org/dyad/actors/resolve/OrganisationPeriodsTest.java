package org.dyad.actors.resolve;

import static org.dyad.actors.resolve.DefaultStageMentions.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** An organisation whose role changed is coded by the role it held on the document's date. */
class OrganisationPeriodsTest {

  @Test
  void talibanBetweenTheirTwoGovernmentsAreRebels() {
    Mention m = named("The Taliban ambushed a supply convoy in Helmand.", "2010-07-20", "Taliban");
    assertNotNull(m);
    assertEquals("AFGREB", m.actor().code());
  }

  @Test
  void talibanInPowerAreTheGovernment() {
    assertEquals("AFGGOV", named("The Taliban banned music in Kabul.", "1998-03-02", "Taliban").actor().code());
    assertEquals("AFGGOV", named("The Taliban closed girls' schools.", "2022-03-23", "Taliban").actor().code());
  }

  @Test
  void splmBeforeThePeaceAgreementIsSudansRebelMovement() {
    Mention m = named("The SPLM accused Khartoum of bombing its villages.", "1998-05-04", "SPLM");
    assertNotNull(m);
    assertEquals("SDNREB", m.actor().code());
    assertEquals("SSDPTY", named("The SPLM accused Juba's rivals of fraud.", "2015-05-04", "SPLM").actor().code());
  }
}
