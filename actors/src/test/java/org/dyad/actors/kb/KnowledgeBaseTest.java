package org.dyad.actors.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dyad.model.Actor;
import org.junit.jupiter.api.Test;

/** The bundled knowledge base answers by date: a person is coded by the office held on the day. */
class KnowledgeBaseTest {
  private final KnowledgeBase kb = KnowledgeBase.defaults();

  private Actor hunSenOn(String date) {
    Person p = kb.peopleNamed("Hun Sen").get(0);
    return kb.actorFor(p, "Hun Sen", LocalDate.parse(date));
  }

  @Test
  void loadsTheBundledTablesWithoutProblems() {
    assertTrue(kb.countries().size() > 200, kb.toString());
    assertTrue(kb.people().size() > 300, kb.toString());
    assertEquals(List.of(), kb.problems());
  }

  @Test
  void loadsEveryRegionalPeopleTable() {
    for (String country : List.of("NGA", "EGY", "POL", "CHL", "BGD", "NZL", "KAZ", "JOR", "ZWE", "PER")) {
      assertTrue(kb.people().stream().anyMatch(p -> p.roles().stream().anyMatch(r -> country.equals(r.country()))),
          country);
    }
  }

  @Test
  void keepsOneEntityForAPersonListedInTwoRegionalTables() {
    List<Person> tusk = kb.peopleNamed("Donald Tusk");
    assertEquals(1, tusk.size());
    assertTrue(tusk.get(0).roles().size() >= 3, tusk.toString());
  }

  @Test
  void resolvesHunSenAsPrimeMinisterIn2017And2019() {
    assertEquals("KHMGOV", hunSenOn("2017-09-11").code());
    assertEquals("Prime Minister", hunSenOn("2019-11-27").role());
  }

  @Test
  void resolvesHunSenAsSenatePresidentInJune2024() {
    Actor a = hunSenOn("2024-06-04");
    assertEquals("KHM", a.country());
    assertEquals("LEG", a.sector());
    assertTrue(a.role().contains("Senate"), a.role());
  }

  @Test
  void resolvesHunManetAsPrimeMinisterFromAugust2023() {
    Person manet = kb.peopleNamed("Hun Manet").get(0);
    assertEquals("KHMGOV", kb.actorFor(manet, "Hun Manet", LocalDate.of(2024, 6, 4)).code());
    assertEquals(List.of(), kb.rolesOn(manet.entity(), LocalDate.of(2022, 1, 1)));
  }

  @Test
  void recodesAnActorOnTheEventDate() {
    Actor in2017 = hunSenOn("2017-09-11");
    Actor later = kb.actorOn(in2017, LocalDate.of(2024, 6, 4));
    assertEquals("LEG", later.sector());
    assertEquals(in2017.entity(), later.entity());
  }

  @Test
  void matchesUsOnlyInCapitals() {
    assertEquals("USA", kb.country("US").orElseThrow().iso3());
    assertTrue(kb.country("us").isEmpty());
    assertEquals("USA", kb.country("United States").orElseThrow().iso3());
  }

  @Test
  void findsInstitutionsBySingularOrPlural() {
    assertEquals("GOV", kb.institution("embassy").orElseThrow().sector());
    assertEquals("GOV", kb.institution("Diplomats").orElseThrow().sector());
  }
}
