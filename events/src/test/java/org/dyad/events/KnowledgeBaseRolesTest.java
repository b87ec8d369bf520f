package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.events.coder.KnowledgeBaseRoles;
import org.dyad.model.Actor;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.Test;

class KnowledgeBaseRolesTest {
  static final KnowledgeBaseRoles ROLES = new KnowledgeBaseRoles(KnowledgeBase.defaults());
  static final Actor BIDEN = new Actor("Biden", "USA", "USA", null, "joe-biden", null);

  @Test
  void aPersonIsCodedByTheOfficeHeldOnTheDay() {
    assertEquals("President", ROLES.on(BIDEN, PartialDate.parse("2021-03-01")).role());
    assertNotEquals("President", ROLES.on(BIDEN, PartialDate.parse("2021-01-05")).role());
  }

  @Test
  void aPersonInAYearIsCodedByTheOfficeHeldForMostOfIt() {
    Actor in2021 = ROLES.on(BIDEN, PartialDate.parse("2021"));
    assertEquals("USAGOV", in2021.code());
    assertEquals("President", in2021.role());
  }
}
