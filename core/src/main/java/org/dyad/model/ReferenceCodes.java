package org.dyad.model;

import java.util.Locale;
import java.util.Map;

/**
 * Country codes as reference files write them (CAMEO's own spellings, IGO and NGO classes), normalised so
 * they compare with dyad's ISO 3166 alpha-3 output. Every evaluation compares through here.
 */
public final class ReferenceCodes {
  /** CAMEO country codes that differ from ISO 3166 alpha-3. */
  private static final Map<String, String> COUNTRY_ALIASES = Map.ofEntries(Map.entry("JAP", "JPN"),
      Map.entry("PAL", "PSE"), Map.entry("EU", "EUR"), Map.entry("ROM", "ROU"), Map.entry("ZAR", "COD"),
      Map.entry("TMP", "TLS"), Map.entry("SUD", "SDN"), Map.entry("KOS", "XKX"), Map.entry("ITL", "ITA"),
      Map.entry("SER", "SRB"), Map.entry("BAR", "BRB"), Map.entry("DRC", "COD"));

  private ReferenceCodes() {}

  /** The country part of a code ("KHMGOV" → "KHM", "JAP" → "JPN"), or null for none. */
  public static String country(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String c = code.strip().toUpperCase(Locale.ROOT);
    if (c.length() > 3) {
      c = c.substring(0, 3);
    }
    return COUNTRY_ALIASES.getOrDefault(c, c);
  }

  /** The actor's country, or for an international actor the first part of its code ("IGO", "NGO", "EUR"). */
  public static String country(Actor a) {
    if (a == null) {
      return null;
    }
    return a.country() != null ? country(a.country()) : country(a.code());
  }

  /** Whether two country codes name the same thing, treating the EU's many codes as one. */
  public static boolean sameCountry(String predicted, String reference) {
    if (predicted == null || reference == null) {
      return predicted == null && reference == null;
    }
    String p = country(predicted);
    String r = country(reference);
    if (p.equals(r)) {
      return true;
    }
    return r.equals("EUR") && (p.equals("IGO") || p.equals("EUR"));
  }
}
