package org.dyad.actors.resolve;

import static org.dyad.actors.resolve.DefaultStageMentions.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dyad.model.Mention;
import org.junit.jupiter.api.Test;

/** A place takes the country the text states next to it, and the country that held it on the document's date. */
class PlaceCountriesTest {

  @Test
  void aCityNameFollowedByCommaAndCountryIsInThatCountry() {
    Mention m = named("Fishermen in Tripoli, Lebanon, blocked the harbour road.", "2009-04-02", "Fishermen");
    assertNotNull(m);
    assertEquals("LBN", m.actor().country());
  }

  @Test
  void aCityAfterACountryAdjectiveAndPortOfIsInThatCountry() {
    Mention m = named("Gunmen fought in the northern Lebanese port city of Tripoli overnight.", "2012-05-14",
        "Tripoli");
    assertNotNull(m);
    assertEquals("LBN", m.actor().country());
  }

  @Test
  void aCapitalFollowedByItsOwnCountryKeepsIt() {
    Mention m = named("Fishermen in Tripoli, Libya, blocked the harbour road.", "2013-02-11", "Fishermen");
    assertNotNull(m);
    assertEquals("LBY", m.actor().country());
  }

  @Test
  void aTownInSouthSudanBeforeIndependenceIsInSudan() {
    Mention m = named("Officials in Juba said the market would close.", "2007-10-16", "Officials");
    assertNotNull(m);
    assertEquals("SDN", m.actor().country());
  }

  @Test
  void aTownInSouthSudanAfterIndependenceIsInSouthSudan() {
    Mention m = named("Officials in Juba said the market would close.", "2014-10-14", "Officials");
    assertNotNull(m);
    assertEquals("SSD", m.actor().country());
  }

  @Test
  void asmaraBeforeEritreanIndependenceIsEthiopian() {
    Mention m = named("Police in Asmara detained dozens of students.", "1988-05-03", "Police");
    assertNotNull(m);
    assertEquals("ETHCOP", m.actor().code());
  }

  @Test
  void podgoricaBeforeMontenegrinIndependenceIsInSerbiaAndMontenegro() {
    Mention m = named("Police in Podgorica detained dozens of students.", "2003-05-03", "Police");
    assertNotNull(m);
    assertEquals("SRBCOP", m.actor().code());
  }

  @Test
  void aCapitalMovedToItsFormerHolderNamesNoGovernment() {
    // Juba in 2008 was a town of Sudan, not a capital that could speak for a state
    Mention m = named("Juba said the census was flawed.", "2008-05-01", "Juba");
    assertEquals(null, m == null ? null : m.actor().sector());
  }

  @Test
  void aCountryAdjectiveForThePeopleIsNotMovedByDate() {
    Mention m = named("Eritrean rebels shelled the port of Massawa.", "1988-05-03", "Eritrean rebels");
    assertNotNull(m);
    assertEquals("ERIREB", m.actor().code());
  }

  @Test
  void aCountryTheWriterStatesOutweighsTheDate() {
    Mention m = named("Police detained students in Dili, East Timor, on Sunday.", "1998-05-03", "students");
    assertNotNull(m);
    assertEquals("TLS", m.actor().country());
  }

  @Test
  void aCityAfterAPossessiveCountryAndPlaceNounIsInThatCountry() {
    Mention m = named("Students in Lebanon's second city of Tripoli went on strike.", "2012-05-14", "Students");
    assertNotNull(m);
    assertEquals("LBN", m.actor().country());
  }
}
