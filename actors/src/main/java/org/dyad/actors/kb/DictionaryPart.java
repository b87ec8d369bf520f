package org.dyad.actors.kb;

import java.util.List;
import java.util.Objects;

/**
 * What one table or user dictionary contributes to a knowledge base, before merging. {@code source} names
 * the file for messages.
 */
public record DictionaryPart(String source, List<Country> countries, List<Organisation> organisations,
    List<Person> people, List<InstitutionPattern> institutions, List<Sector> sectors, List<Place> places) {

  public DictionaryPart {
    Objects.requireNonNull(source, "source");
    countries = List.copyOf(countries == null ? List.of() : countries);
    organisations = List.copyOf(organisations == null ? List.of() : organisations);
    people = List.copyOf(people == null ? List.of() : people);
    institutions = List.copyOf(institutions == null ? List.of() : institutions);
    sectors = List.copyOf(sectors == null ? List.of() : sectors);
    places = List.copyOf(places == null ? List.of() : places);
  }

  /** A part without places (people and organisation dictionaries). */
  public DictionaryPart(String source, List<Country> countries, List<Organisation> organisations,
      List<Person> people, List<InstitutionPattern> institutions, List<Sector> sectors) {
    this(source, countries, organisations, people, institutions, sectors, null);
  }

  public static DictionaryPart empty(String source) {
    return new DictionaryPart(source, null, null, null, null, null);
  }

  /** "people-asia.csv: 120 people, 0 organisations, ..." */
  public String summary() {
    return source + ": " + countries.size() + " countries, " + organisations.size() + " organisations, "
        + people.size() + " people, " + institutions.size() + " institution patterns, " + sectors.size()
        + " sectors, " + places.size() + " places";
  }
}
