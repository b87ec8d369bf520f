package org.dyad.actors.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dyad.actors.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;

class ActorCommandsTest {
  private final ActorCommands commands = new ActorCommands(KnowledgeBase.defaults());

  @Test
  void whoGivesHunSenTheSenateCodeInJune2024() {
    WhoResult r = commands.who("Hun Sen", LocalDate.of(2024, 6, 4));
    assertEquals("KHMLEG", r.matches().get(0).code());
    assertTrue(r.toText().contains("hun-sen\tHun Sen\tKHMLEG\tPresident of the Senate"), r.toText());
  }

  @Test
  void whoFindsHeadsOfStateOfEveryRegion() {
    assertEquals("RWAGOV", commands.who("Paul Kagame", LocalDate.of(2005, 1, 1)).matches().get(0).code());
    assertEquals("ZMBGOV", commands.who("Levy Mwanawasa", LocalDate.of(2004, 7, 5)).matches().get(0).code());
    assertEquals("EGYGOV", commands.who("Hosni Mubarak", LocalDate.of(2010, 6, 1)).matches().get(0).code());
    assertEquals("VENGOV", commands.who("Hugo Chavez", LocalDate.of(2008, 9, 12)).matches().get(0).code());
    assertEquals("HUNGOV", commands.who("Viktor Orban", LocalDate.of(2023, 12, 15)).matches().get(0).code());
    assertEquals("KAZGOV", commands.who("Nursultan Nazarbayev", LocalDate.of(2010, 5, 12)).matches().get(0).code());
    assertEquals("NZLGOV", commands.who("Jacinda Ardern", LocalDate.of(2019, 3, 21)).matches().get(0).code());
  }

  @Test
  void whoCodesARebelLeaderWhoLaterGovernedByTheDate() {
    assertEquals("SSDREB", commands.who("Riek Machar", LocalDate.of(2015, 1, 1)).matches().get(0).code());
    assertEquals("SSDGOV", commands.who("Riek Machar", LocalDate.of(2021, 1, 1)).matches().get(0).code());
    assertEquals("SYRREB", commands.who("Ahmed al-Sharaa", LocalDate.of(2020, 1, 1)).matches().get(0).code());
    assertEquals("SYRGOV", commands.who("Ahmed al-Sharaa", LocalDate.of(2025, 6, 1)).matches().get(0).code());
  }

  @Test
  void whoGivesAnInternationalOfficeNoCountryWhateverTheHoldersNationality() {
    WhoResult tusk2016 = commands.who("Donald Tusk", LocalDate.of(2016, 6, 1));
    assertEquals("IGO", tusk2016.matches().get(0).code());
    assertEquals(null, tusk2016.matches().get(0).country());
    assertEquals("POLGOV", commands.who("Donald Tusk", LocalDate.of(2024, 6, 1)).matches().get(0).code());
    assertEquals("IGO", commands.who("Moussa Faki Mahamat", LocalDate.of(2020, 1, 1)).matches().get(0).code());
    assertEquals("TCDGOV", commands.who("Moussa Faki Mahamat", LocalDate.of(2010, 1, 1)).matches().get(0).code());
  }

  @Test
  void whoSaysWhenNobodyHasTheName() {
    WhoResult r = commands.who("Nobody Atall", LocalDate.of(2024, 6, 4));
    assertFalse(r.found());
    assertTrue(r.toText().startsWith("no person named"));
  }
}
