package org.dyad.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.PublishedDate;
import org.junit.jupiter.api.Test;

class MetadataRulesTest {
  @Test
  void readsDatelinesWithAgencyOrDate() {
    Dateline a = Dateline.at("KABUL (Reuters) - Officials said on Monday that the road had reopened.");
    assertEquals("KABUL", a.place());
    assertEquals("Reuters", a.agency());
    Dateline b = Dateline.at("Hanoi, March 2, 2021: The ministers met at the guest house.");
    assertEquals("Hanoi", b.place());
    assertEquals("March 2, 2021", b.dateText());
    Dateline c = Dateline.at("NEW DELHI, Sept. 4, 2017 — The court ruled against the plan.");
    assertEquals("NEW DELHI", c.place());
    assertEquals("Sept. 4, 2017", c.dateText());
  }

  @Test
  void doesNotTakeATitleCaseLeadInForADateline() {
    assertNull(Dateline.at("Tariffs: In 2019 the country was hit with duties on exports."));
    assertNull(Dateline.at("Political repression: The government has been accused of abuses."));
  }

  @Test
  void datesTheDocumentFromADatedDateline() {
    List<String> p = List.of("Hanoi, March 2, 2021: The ministers met at the guest house.");
    PublishedDate d = PublicationDates.find(p, Dateline.at(p.get(0)));
    assertEquals("2021-03-02", d.date());
    assertEquals("dateline", d.basis());
  }

  @Test
  void boundsThePublicationToTheWeekOfAFullDateWhenTheTextSaysThisWeek() {
    List<String> p = List.of("The council voted on Tuesday, March 2nd, 2021, to close the port.",
        "This Thursday the union answered with a strike, and earlier this week the mayor resigned.");
    PublishedDate d = PublicationDates.find(p, null);
    assertEquals("2021-03-04", d.date());
    assertEquals("2021-03-07", d.latest());
    assertEquals("text", d.basis());
  }

  @Test
  void leavesTheDateUnknownWhenTheTextDoesNotPinItDown() {
    assertEquals(PublishedDate.UNKNOWN, PublicationDates.find(List.of(
        "The letter dated November 26 was published on Wednesday.", "In 2018 exports rose."), null));
    assertEquals(PublishedDate.UNKNOWN, PublicationDates.find(List.of(
        "The treaty was signed on March 2, 2001, and is still in force."), null));
  }

  @Test
  void findsWireCreditsButNotCitations() {
    assertEquals("AP", Credits.wireSource(List.of("The court ruled on Monday.", "Source: AP"), null));
    assertEquals("Phnom Penh Post", Credits.wireSource(List.of("Text.", "Source: Phnom Penh Post"), null));
    assertEquals("Reuters", Credits.wireSource(List.of("Text.", "-- REUTERS"), null));
    assertEquals("AFP", Credits.wireSource(List.of("PARIS (AFP) - The strike went on."), Dateline.at("PARIS (AFP) - The strike went on.")));
    assertNull(Credits.wireSource(List.of("According to Reuters, the talks failed.", "They will resume."), null));
  }

  @Test
  void findsBylinesAndClosingCredits() {
    assertEquals("Ann Lee; Tom Ray", Credits.byline(List.of("By Ann Lee and Tom Ray", "The story.")));
    assertEquals("Ann Lee", Credits.byline(List.of("The story.", "Writing by Ann Lee; Editing by Tom Ray")));
    assertNull(Credits.byline(List.of("The story was written by hand.")));
  }

  @Test
  void detectsEnglishAndOtherLanguages() {
    assertEquals("en", Languages.detect("The ministers met on Tuesday to discuss fishing rights and the "
        + "joint patrol that both governments have promised."));
    assertEquals("de", Languages.detect("Die Minister trafen sich am Dienstag, um über Fischereirechte und "
        + "die gemeinsame Patrouille zu sprechen, die beide Regierungen versprochen haben."));
    assertNull(Languages.detect("OK"));
  }

  @Test
  void aShortHeadlineWhoseScoresAreNearlyFlatIsNotTakenForAForeignLanguage() {
    assertEquals("en", Languages.detect("CAMBODIA EXPELS US NGO AS HUN SEN THREATENS OPPOSITION"));
    assertEquals("en", Languages.detect("Cambodia expels US NGO as Hun Sen threatens opposition"));
    assertEquals("fr", Languages.detect("Le gouvernement cambodgien a expulsé un institut américain"));
    assertEquals("es", Languages.detect("El gobierno de Camboya expulsó a un instituto estadounidense"));
  }

  @Test
  void callsOnlyTextsWithManyEnglishFunctionWordsClearlyEnglish() {
    assertTrue(Languages.clearlyEnglish("Officials from the two countries met in the capital on Monday and "
        + "said that the talks on the border were useful, but no date was set for a new round."));
    assertFalse(Languages.clearlyEnglish("Die Vertreter der beiden Länder trafen sich am Montag in der "
        + "Hauptstadt und sagten, die Gespräche über die Grenze seien nützlich gewesen."));
    assertFalse(Languages.clearlyEnglish("Los representantes de los dos países se reunieron el lunes en la "
        + "capital y dijeron que las conversaciones sobre la frontera fueron útiles."));
  }
}
