package org.dyad.events.coder;

import java.util.HashMap;
import java.util.Map;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.model.Location;

/**
 * Places from the actors module's knowledge base, read only: its countries by any of their names, their
 * capitals and the places below the country level. A capital is matched as written (case and all), since "Nice" the city and "nice" the word differ.
 */
public final class KnowledgeBasePlaces implements PlaceLookup {
  private final KnowledgeBase kb;
  private final Map<String, String> capitalCountry = new HashMap<>();

  public KnowledgeBasePlaces(KnowledgeBase kb) {
    this.kb = kb;
    for (Country c : kb.countries()) {
      for (String capital : c.capitals()) {
        // a name that is the capital of two countries in the tables tells us no country
        capitalCountry.merge(capital, c.iso3(), (a, b) -> a.equals(b) ? a : "");
      }
    }
  }

  @Override
  public Location place(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String country = capitalCountry.get(name);
    if (country != null && !country.isEmpty()) {
      return new Location(name, country);
    }
    // then the places below the country (places.tsv); a name of places in two countries gives none
    return kb.country(name).or(() -> kb.countryOfPlace(name)).map(c -> new Location(name, c.iso3())).orElse(null);
  }
}
