package org.dyad.actors.kb;

import java.util.Set;

/**
 * A CAMEO-style actor code split into country and sector: {@code KHMGOV} → KHM, GOV; {@code IGOUNO} → no
 * country, IGO; {@code USAELI} → USA, ELI; a bare {@code KHM} → KHM, no sector. Multinational corporations
 * ({@code MNC}) are business.
 */
public record ActorCode(String code, String country, String sector) {
  /** Three-letter codes that open a code as a sector or actor type rather than a country. */
  static final Set<String> TYPE_PREFIXES = Set.of("IGO", "NGO", "IMG", "MNC", "ELI", "GOV", "MIL", "COP",
      "JUD", "LEG", "OPP", "PTY", "REB", "MED", "BUS", "CVL", "SPY", "UAF", "CRM", "EDU", "HLH", "REL", "AGR",
      "LAB", "REF", "ENV", "DEV", "HRI", "INS", "MOD", "RAD", "UNO", "SEP", "CHR", "MUS", "JEW", "BUD", "HIN",
      "ETH", "NGM");

  /** Sectors of armed groups that, without a country, are international militarised groups. */
  private static final Set<String> TRANSNATIONAL_ARMED = Set.of("REB", "INS");

  /**
   * The code of an actor of this country and sector, or null for neither: the country followed by the sector
   * ({@code KHMGOV}). An armed network with no home country (al-Qaeda, the Islamic State, and the leaders of
   * one) is CAMEO's international militarised group, {@code IMGREB}: a bare {@code REB} would be a sector with
   * no actor.
   */
  public static String derive(String country, String sector) {
    if (country == null && TRANSNATIONAL_ARMED.contains(sector)) {
      return "IMG" + sector;
    }
    String derived = (country == null ? "" : country) + (sector == null ? "" : sector);
    return derived.isEmpty() ? null : derived;
  }

  public static ActorCode parse(String code) {
    String c = code.strip().toUpperCase(java.util.Locale.ROOT);
    if (!c.matches("[A-Z]{3,}")) {
      throw new IllegalArgumentException("'" + code + "' is not an actor code (letters only, at least 3)");
    }
    String first = c.substring(0, 3);
    if (TYPE_PREFIXES.contains(first)) {
      return new ActorCode(c, null, first.equals("MNC") ? "BUS" : first);
    }
    String sector = c.length() >= 6 ? c.substring(3, 6) : null;
    if ("MNC".equals(sector)) {
      sector = "BUS";
    }
    return new ActorCode(c, first, sector);
  }

  /** True for a code that is a country and nothing else ({@code AFG}). */
  public boolean isCountryOnly() {
    return country != null && code.length() == 3;
  }
}
