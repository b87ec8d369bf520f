package org.dyad.actors.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;
import org.dyad.testkit.TestDocs;
import org.junit.jupiter.api.Test;

/** People written the same way are told apart by what the document said before and by its date. */
class NamesakesTest {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private static Mention first(String text, String date, Map<String, String> ner, String surface) {
    List<Mention> ms = STAGE.apply(date == null ? TestNlp.analyze(TestDocs.news(text, null), ner)
        : TestNlp.analyze(text, date, ner)).mentions();
    int at = text.lastIndexOf(surface);
    for (Mention m : ms) {
      if (m.span().start() <= at && at + surface.length() <= m.span().end()) {
        return m;
      }
    }
    return null;
  }

  private static String who(String text, String date, String surface) {
    Mention m = first(text, date, Map.of(surface, "PERSON"), surface);
    assertNotNull(m, surface + " on " + date);
    return m.actor().entity();
  }

  @Test
  void tellsTheGandhisApartByDate() {
    String t = "Gandhi warned the opposition about the strikes.";
    assertEquals("indira-gandhi", who(t, "1975-07-02", "Gandhi"));
    assertEquals("rajiv-gandhi", who(t, "1987-03-10", "Gandhi"));
  }

  @Test
  void tellsTheBushesApartByDate() {
    String t = "Bush called for a vote at the United Nations.";
    assertEquals("george-h-w-bush", who(t, "1991-01-10", "Bush"));
    assertEquals("george-w-bush", who(t, "2003-02-20", "Bush"));
  }

  @Test
  void tellsTheBhuttosApartByDate() {
    String t = "Bhutto criticised the army for the arrests.";
    assertEquals("zulfikar-ali-bhutto", who(t, "1976-04-01", "Bhutto"));
    assertEquals("benazir-bhutto", who(t, "1994-04-01", "Bhutto"));
  }

  @Test
  void tellsTheAquinosApartByDateIncludingASonKnownOnlyByHisFullName() {
    String t = "Aquino urged the soldiers to return to their barracks.";
    assertEquals("benigno-aquino-jr", who(t, "1980-05-01", "Aquino"));
    assertEquals("corazon-aquino", who(t, "1988-05-01", "Aquino"));
    assertEquals("benigno-aquino-iii", who(t, "2013-05-01", "Aquino"));
  }

  @Test
  void codesTheNamesakeInOfficeWithThatOffice() {
    Mention m = first("Gandhi met the envoy.", "1986-01-15", Map.of("Gandhi", "PERSON"), "Gandhi");
    assertNotNull(m);
    assertEquals("INDGOV", m.actor().code());
  }

  @Test
  void prefersTheNamesakeTheDocumentNamedBefore() {
    String t = "Rajiv Gandhi flew to Colombo on Monday. Gandhi said the talks would go on.";
    Mention m = first(t, "1975-07-02", Map.of("Rajiv Gandhi", "PERSON", "Gandhi", "PERSON"), "Gandhi");
    assertNotNull(m);
    assertEquals("rajiv-gandhi", m.actor().entity());
  }

  @Test
  void tellsApartTwoPeopleWithTheSameFullName() {
    String t = "Modibo Keita met the French ambassador.";
    assertEquals("modibo-keita", who(t, "1963-01-01", "Modibo Keita"));
    assertEquals("modibo-keita-2015", who(t, "2016-01-01", "Modibo Keita"));
  }

  @Test
  void codesAFormerLeaderAsEliteOnALaterDate() {
    Mention m = first("Reagan wrote to the committee.", "1996-02-01", Map.of("Reagan", "PERSON"), "Reagan");
    assertNotNull(m);
    assertEquals("USAELI", m.actor().code());
  }

  @Test
  void placesAPersonWhoseOfficesEndedBefore1990InTheirCountryWhenTheTextIsUndated() {
    Mention m = first("Mitterand and Thatcher met in Paris.", null, Map.of("Mitterand", "PERSON", "Thatcher",
        "PERSON"), "Mitterand");
    assertNotNull(m);
    assertEquals("francois-mitterrand", m.actor().entity());
    assertEquals("FRA", m.actor().country());
    Mention titled = first("President Zia ul-Haq met the envoy.", null, Map.of("Zia ul-Haq", "PERSON"),
        "Zia ul-Haq");
    assertNotNull(titled);
    assertEquals("PAKGOV", titled.actor().code());
  }

  @Test
  void codesAnUndatedPersonWhoseOfficesAllGiveOneCodeWithIt() {
    Mention m = first("Qadhafi denounced the raid.", null, Map.of("Qadhafi", "PERSON"), "Qadhafi");
    assertNotNull(m);
    assertEquals("muammar-gaddafi", m.actor().entity());
    assertEquals("LBYGOV", m.actor().code());
  }

  @Test
  void leavesTheSectorOfAnUndatedPersonWithOfficesOfSeveralKindsOpen() {
    Mention m = first("Khomeini denounced the raid.", null, Map.of("Khomeini", "PERSON"), "Khomeini");
    assertNotNull(m);
    assertEquals("IRN", m.actor().country());
    assertNull(m.actor().sector());
  }

  @Test
  void takesAnUndatedTitleAtItsWordWhenNoOfficeInTheTableFitsIt() {
    Mention m = first("President Erich Honecker received the envoy.", null, Map.of("Erich Honecker", "PERSON"),
        "Erich Honecker");
    assertNotNull(m);
    assertEquals("DEUGOV", m.actor().code());
    Mention former = first("The court heard former President Erich Honecker.", null,
        Map.of("Erich Honecker", "PERSON"), "Erich Honecker");
    assertNotNull(former);
    assertEquals("DEUELI", former.actor().code());
  }

  @Test
  void codesAnUndatedFormerHeadOfGovernmentAsElite() {
    Mention m = first("Mourners remembered former Prime Minister Olof Palme.", null,
        Map.of("Olof Palme", "PERSON"), "Olof Palme");
    assertNotNull(m);
    assertEquals("SWEELI", m.actor().code());
    Mention serving = first("Prime Minister Olof Palme spoke.", null, Map.of("Olof Palme", "PERSON"), "Olof Palme");
    assertNotNull(serving);
    assertEquals("SWEGOV", serving.actor().code());
  }
}
