package org.dyad.actors.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** PLOVER records' sector codes read in CAMEO's vocabulary, one code for one code. */
class PloverSectorTest {
  @Test
  void ploverMedicalSectorIsCameoHealth() {
    assertEquals("HLH", ActorEvaluation.ploverSector("MED"));
  }

  @Test
  void ploverPressSectorIsCameoMedia() {
    assertEquals("MED", ActorEvaluation.ploverSector("JRN"));
  }

  @Test
  void otherSectorsAndNoSectorStayAsWritten() {
    assertEquals("GOV", ActorEvaluation.ploverSector("GOV"));
    assertEquals("CVLalb", ActorEvaluation.ploverSector("CVLalb"));
    assertNull(ActorEvaluation.ploverSector(null));
  }
}
