package org.dyad.actors.kb;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A place below the country level (a city, a first-level region, a town or area frequent in the news, a
 * refugee camp) and the country it lies in. Places give actors a country ("students in Izmir") but are
 * never actors themselves.
 */
public record Place(String name, List<String> names, String country, Kind kind, String note) {

  /** What sort of place it is; only used to describe it (every kind resolves the same way). */
  public enum Kind {
    CITY, REGION, TOWN, AREA, CAMP;

    /** The kind written in lower case in {@code places.tsv}. */
    public static Kind parse(String text) {
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("the kind is empty (expected one of city, region, town, area, camp)");
      }
      try {
        return valueOf(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + text.strip() + "' is no kind of place (expected one of city, "
            + "region, town, area, camp)");
      }
    }
  }

  public Place {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a place needs a name");
    }
    name = name.strip();
    Objects.requireNonNull(country, "country");
    if (!country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("country must be an ISO 3166 alpha-3 code, got '" + country + "'");
    }
    Objects.requireNonNull(kind, "kind");
    names = List.copyOf(names == null ? List.of() : names);
    note = note == null || note.isBlank() ? null : note.strip();
  }

  /** The usual name and every other name or spelling, without duplicates. */
  public List<String> allNames() {
    LinkedHashSet<String> all = new LinkedHashSet<>();
    all.add(name);
    all.addAll(names);
    return List.copyOf(all);
  }
}
