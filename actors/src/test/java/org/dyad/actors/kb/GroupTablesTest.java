package org.dyad.actors.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * Validates the organisation tables and peoples.tsv as shipped: every row loads, every country code is known,
 * ids are unique across tables, a name string names one row only, and no name shadows a country's name,
 * adjective or capital (which would turn "Kanak" or "Guam" into an organisation or a people).
 */
class GroupTablesTest {
  private static final String FOLDER = KbTables.DEFAULT_FOLDER;

  private static List<Country> countries() {
    return KbTables.withResource(FOLDER, "countries.tsv", p -> {}, (r, s) -> KbTables.countries(r, s, p -> {}));
  }

  private static Set<String> countryWords() {
    Set<String> words = new HashSet<>();
    for (Country c : countries()) {
      for (String n : c.allNames()) {
        words.add(NameKey.of(n));
      }
      for (String n : c.adjectives()) {
        words.add(NameKey.of(n));
      }
      for (String n : c.capitals()) {
        words.add(NameKey.of(n));
      }
    }
    return words;
  }

  private static Set<String> isoCodes() {
    Set<String> codes = new HashSet<>();
    for (Country c : countries()) {
      codes.add(c.iso3());
    }
    return codes;
  }

  /** The key two names collide on: exact for short acronyms (matched as written), NameKey otherwise. */
  private static String collisionKey(String name) {
    return CaseRule.forProperName(name) == CaseRule.EXACT ? "=" + name : NameKey.of(name);
  }

  private static Map<String, List<Organisation>> organisationsByTable(List<Problem> problems) {
    Map<String, List<Organisation>> out = new HashMap<>();
    for (String table : KbTables.ORGANISATION_TABLES) {
      out.put(table, KbTables.withResource(FOLDER, table, problems::add,
          (r, s) -> KbTables.organisations(r, s, problems::add)));
    }
    return out;
  }

  @Test
  void loadsEveryOrganisationTableWithoutProblems() {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<Organisation>> tables = organisationsByTable(problems);
    assertEquals(List.of(), problems);
    int added = 0;
    for (String table : KbTables.ORGANISATION_TABLES) {
      assertFalse(tables.get(table).isEmpty(), table + " is empty");
      added += table.equals("organisations.tsv") ? 0 : tables.get(table).size();
    }
    assertTrue(added > 1000, "the added tables hold " + added + " organisations");
  }

  @Test
  void givesEveryOrganisationAKnownCountryAndSectorAndAUniqueId() {
    Set<String> iso = isoCodes();
    Set<String> sectors = new HashSet<>();
    for (Sector s : KbTables.withResource(FOLDER, "sectors.tsv", p -> {}, (r, src) -> KbTables.sectors(r, src, p -> {}))) {
      sectors.add(s.code());
    }
    Map<String, String> ids = new HashMap<>();
    organisationsByTable(new ArrayList<>()).forEach((table, orgs) -> {
      for (Organisation o : orgs) {
        assertTrue(o.country() == null || iso.contains(o.country()), o.id() + ": unknown country " + o.country());
        assertTrue(sectors.contains(o.sector()), o.id() + ": unknown sector " + o.sector());
        String before = ids.put(o.id(), table);
        assertEquals(null, before, "id " + o.id() + " is in " + before + " and " + table);
      }
    });
  }

  @Test
  void letsANameStringNameOneOrganisationOnlyAndNoCountry() {
    Set<String> countryWords = countryWords();
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    organisationsByTable(new ArrayList<>()).forEach((table, orgs) -> {
      for (Organisation o : orgs) {
        for (String n : o.names()) {
          String before = owner.putIfAbsent(collisionKey(n), o.id());
          if (before != null && !before.equals(o.id())) {
            clashes.add("'" + n + "' names " + before + " and " + o.id());
          }
          if (countryWords.contains(NameKey.of(n))) {
            clashes.add("'" + n + "' of " + o.id() + " is a country word");
          }
        }
      }
    });
    assertEquals(List.of(), clashes);
  }

  @Test
  void loadsPeoplesWithKnownCountriesUniqueIdsAndNoCountryWords() {
    assertEquals(List.of(), PeopleGroups.problems());
    List<PeopleGroup> groups = PeopleGroups.defaults();
    assertTrue(groups.size() > 150, "peoples.tsv holds " + groups.size() + " groups");
    Set<String> iso = isoCodes();
    Set<String> countryWords = countryWords();
    Set<String> ids = new HashSet<>();
    Map<String, String> owner = new HashMap<>();
    for (PeopleGroup g : groups) {
      assertTrue(ids.add(g.id()), "duplicate id " + g.id());
      assertTrue(g.country() == null || iso.contains(g.country()), g.id() + ": unknown country " + g.country());
      for (String n : g.allNames()) {
        assertFalse(countryWords.contains(NameKey.of(n)), "'" + n + "' of " + g.id() + " is a country word");
        String before = owner.putIfAbsent(NameKey.of(n), g.id());
        assertTrue(before == null || before.equals(g.id()), "'" + n + "' names " + before + " and " + g.id());
      }
    }
  }

  @Test
  void givesEveryReligionAnUpperCaseCodeAndEveryEthnicCodeLowerCase() {
    for (PeopleGroup g : PeopleGroups.defaults()) {
      if (g.code() == null) {
        continue;
      }
      String expected = g.isReligion() ? "[A-Z]{3}([A-Z]{3})?" : "[a-z]{3}";
      assertTrue(g.code().matches(expected), g.id() + ": code " + g.code());
    }
  }

  @Test
  void reportsAPeopleRowOfUnknownKindAndKeepsTheRest() {
    List<Problem> problems = new ArrayList<>();
    String table = "id\tnames\tadjectives\tcountry\tcode\tkind\n"
        + "zulu\tZulu|Zulus\t\tZAF\tzul\tethnic\n"
        + "bad\tBadfolk\t\tZAF\t\tclan\n"
        + "shia\tShiites\tShia\t\tMOSSHI\treligion\n";
    List<PeopleGroup> read = PeopleGroups.read(new StringReader(table), "test.tsv", problems::add);
    assertEquals(List.of("zulu", "shia"), read.stream().map(PeopleGroup::id).toList());
    assertEquals(1, problems.size());
    assertEquals("line 3", problems.get(0).where());
  }
}
