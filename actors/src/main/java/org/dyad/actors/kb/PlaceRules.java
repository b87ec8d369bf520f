package org.dyad.actors.kb;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a row of {@code places.tsv} must pass: its country is a known one, and none of its names is
 * a country's name, adjective or capital, since a place must never take a country's reading away
 * ("Georgia" stays the country, "Kabul" stays the capital and its government).
 */
final class PlaceRules {
  private final Set<String> iso3 = new HashSet<>();
  private final Map<String, String> countryWords = new HashMap<>();

  PlaceRules(List<Country> countries) {
    for (Country c : countries) {
      iso3.add(c.iso3());
      for (String n : c.allNames()) {
        countryWords.put(NameKey.of(n), "the name of " + c.name());
      }
      for (String a : c.adjectives()) {
        countryWords.put(NameKey.of(a), "an adjective of " + c.name());
      }
      for (String cap : c.capitals()) {
        countryWords.put(NameKey.of(cap), "the capital of " + c.name());
      }
    }
  }

  Place check(Place p) {
    if (!iso3.isEmpty() && !iso3.contains(p.country())) {
      throw new IllegalArgumentException("the country '" + p.country() + "' of '" + p.name()
          + "' is not in countries.tsv");
    }
    for (String n : p.allNames()) {
      String clash = countryWords.get(NameKey.of(n));
      if (clash != null) {
        throw new IllegalArgumentException("the place name '" + n + "' is " + clash
            + " and would shadow it");
      }
    }
    return p;
  }
}
