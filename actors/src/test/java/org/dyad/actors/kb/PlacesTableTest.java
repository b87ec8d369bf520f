package org.dyad.actors.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

class PlacesTableTest {
  private static final KnowledgeBase KB = KnowledgeBase.defaults();

  @Test
  void bundledPlacesLoadWithoutProblems() {
    assertTrue(KB.places().size() > 3000, "only " + KB.places().size() + " places");
    for (Problem p : KB.problems()) {
      assertTrue(!p.input().contains("places"), "places.tsv problem: " + p);
    }
  }

  @Test
  void everyPlaceNamesAKnownCountry() {
    for (Place p : KB.places()) {
      assertTrue(KB.countryByCode(p.country()).isPresent(), p + " names no known country");
    }
  }

  @Test
  void noPlaceNameShadowsACountryNameAdjectiveOrCapital() {
    for (Place p : KB.places()) {
      for (String n : p.allNames()) {
        assertTrue(KB.country(n).isEmpty(), n + " is a country's name");
        assertTrue(KB.countryByAdjective(n).isEmpty(), n + " is a country's adjective");
        for (Country c : KB.countries()) {
          for (String cap : c.capitals()) {
            assertTrue(!NameKey.of(cap).equals(NameKey.of(n)), n + " is the capital of " + c.name());
          }
        }
      }
    }
  }

  @Test
  void everyCountryWithACityOfAMillionHasPlaces() {
    for (String iso3 : List.of("PAK", "TUR", "IRQ", "NGA", "COD", "CHL", "FRA", "USA", "CHN", "IND", "BRA", "RUS",
        "UKR", "MEX", "IDN", "PHL", "EGY", "SYR", "AFG", "ETH", "SDN", "MMR", "COL", "DEU", "JPN")) {
      assertTrue(KB.places().stream().filter(p -> p.country().equals(iso3)).count() >= 15, iso3 + " has few places");
    }
  }

  @Test
  void findsTheCountryOfAPlaceByAnyOfItsSpellings() {
    assertEquals("TUR", KB.countryOfPlace("Izmir").orElseThrow().iso3());
    assertEquals("TUR", KB.countryOfPlace("İzmir").orElseThrow().iso3());
    assertEquals("PAK", KB.countryOfPlace("Karachi").orElseThrow().iso3());
    assertEquals("JOR", KB.countryOfPlace("Amman").orElseThrow().iso3(), "a capital is a place of its country");
    assertTrue(KB.countryOfPlace("karachi").isEmpty(), "a place name needs its capital letter");
  }

  @Test
  void aNameOfPlacesInTwoCountriesTellsNoCountry() {
    assertTrue(KB.placesNamed("Galicia").size() >= 2);
    assertTrue(KB.countryOfPlace("Galicia").isEmpty());
  }

  @Test
  void reportsBadPlaceRowsWithFileAndLineAndKeepsTheRest() {
    List<Country> countries = List.of(
        new Country("TUR", "TR", "Turkey", List.of("Türkiye"), List.of("Turkish"), List.of("Ankara"), "Asia"),
        new Country("GEO", "GE", "Georgia", List.of(), List.of("Georgian"), List.of("Tbilisi"), "Asia"));
    String tsv = "name\tnames\tcountry\tkind\tnote\n"
        + "# a comment\n"
        + "Izmir\tSmyrna\tTUR\tcity\t\n"
        + "Atlantis\t\tXYZ\tcity\t\n"
        + "Georgia\t\tTUR\tregion\tshadows a country\n"
        + "Bursa\t\tTUR\tmetropolis\t\n"
        + "Ankara city\tAnkara\tTUR\tcity\t\n"
        + "Konya\t\tTUR\tcity\t\n";
    List<Problem> problems = new ArrayList<>();
    List<Place> places = KbTables.places(new StringReader(tsv), "places.tsv", countries, problems::add);
    assertEquals(List.of("Izmir", "Konya"), places.stream().map(Place::name).toList());
    assertEquals(4, problems.size(), problems.toString());
    assertEquals("places.tsv", problems.get(0).input());
    assertEquals("line 4", problems.get(0).where());
    assertTrue(problems.get(0).message().contains("XYZ"), problems.get(0).message());
    assertEquals("line 5", problems.get(1).where());
    assertTrue(problems.get(1).message().contains("the name of Georgia"), problems.get(1).message());
    assertEquals("line 6", problems.get(2).where());
    assertTrue(problems.get(2).message().contains("metropolis"), problems.get(2).message());
    assertEquals("line 7", problems.get(3).where());
    assertTrue(problems.get(3).message().contains("capital of Turkey"), problems.get(3).message());
  }
}
