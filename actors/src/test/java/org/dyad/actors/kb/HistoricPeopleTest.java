package org.dyad.actors.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * People before 1990 and leaders beside heads of government: every bundled people table is valid, and the
 * offices of the 1945-1989 table code their holders on the day, then as former leaders.
 */
class HistoricPeopleTest {
  private final KnowledgeBase kb = KnowledgeBase.defaults();

  private Actor on(String entity, String date) {
    Person p = kb.person(entity).orElseThrow(() -> new AssertionError("no " + entity));
    return kb.actorFor(p, p.name(), LocalDate.parse(date));
  }

  @Test
  void readsEveryBundledPeopleTableWithoutProblemsAndOnlyKnownCountries() throws Exception {
    Set<String> known = new HashSet<>();
    for (Country c : kb.countries()) {
      known.add(c.iso3());
    }
    assertTrue(KbTables.peopleTables().containsAll(List.of("people-1945-1989.csv", "people-leaders-extra.csv")));
    for (String table : KbTables.peopleTables()) {
      List<Problem> problems = new ArrayList<>();
      List<Person> people;
      try (Reader r = new InputStreamReader(KbTables.class.getResourceAsStream("/dyad/kb/" + table),
          StandardCharsets.UTF_8)) {
        people = PeopleCsv.read(r, table, problems::add);
      }
      assertEquals(List.of(), problems, table);
      assertTrue(people.size() > 20, table);
      for (Person p : people) {
        for (Role role : p.roles()) {
          assertTrue(role.country() == null || known.contains(role.country()),
              table + ": " + p.entity() + " has an unknown country " + role.country());
          assertTrue(role.start() == null || role.end() == null || !role.end().isBefore(role.start()),
              table + ": " + p.entity());
        }
      }
    }
  }

  @Test
  void holdsWellOverAThousandPeopleMoreThanTheRegionalTables() {
    List<String> regional = new ArrayList<>(KbTables.peopleTables());
    regional.removeAll(List.of("people-1945-1989.csv", "people-leaders-extra.csv"));
    KnowledgeBase before = KnowledgeBase.builder().add(KbTables.bundled(regional, p -> { })).build();
    assertTrue(kb.people().size() - before.people().size() > 700, before.people().size() + " -> " + kb.people().size());
  }

  @Test
  void codesAPresidentOfTheEightiesAsGovernmentThenAsFormerLeader() {
    assertEquals("USAGOV", on("ronald-reagan", "1985-06-01").code());
    Actor later = on("ronald-reagan", "1995-06-01");
    assertEquals("USAELI", later.code());
    assertTrue(later.role().startsWith("former "), later.role());
  }

  @Test
  void mergesEarlierOfficesIntoThePersonOfTheRegionalTables() {
    assertEquals("Vice President", on("hosni-mubarak", "1978-03-01").role());
    assertEquals("President", on("hosni-mubarak", "2000-03-01").role());
    assertEquals(1, kb.peopleNamed("Hosni Mubarak").size());
  }

  @Test
  void codesAnInternationalOfficeWithoutCountry() {
    Actor waldheim = on("kurt-waldheim", "1976-05-01");
    assertEquals("IGO", waldheim.sector());
    assertNull(waldheim.country());
    assertEquals("AUTGOV", on("kurt-waldheim", "1988-05-01").code());
  }

  @Test
  void codesJuntaMembersAsMilitaryAndTheirHeadAsGovernment() {
    assertEquals("ARGMIL", on("emilio-massera", "1977-05-01").code());
    assertEquals("ARGGOV", on("jorge-rafael-videla", "1977-05-01").code());
  }

  @Test
  void codesAClericByTheRoleHeldOnTheDay() {
    assertEquals("IRNREL", on("ruhollah-khomeini", "1978-10-01").code());
    assertEquals("IRNGOV", on("ruhollah-khomeini", "1985-10-01").code());
    assertEquals("VATREL", on("paul-vi", "1970-01-01").code());
  }

  @Test
  void knowsTheMisspellingsOfWireCopy() {
    for (String name : List.of("Mitterand", "Qadhafi", "Kadhafi", "Gaddafi", "Khomeyni", "Khomeini")) {
      assertTrue(kb.peopleNamed(name).stream().anyMatch(p -> p.entity().equals("francois-mitterrand")
          || p.entity().equals("muammar-gaddafi") || p.entity().equals("ruhollah-khomeini")), name);
    }
  }
}
