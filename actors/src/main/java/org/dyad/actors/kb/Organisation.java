package org.dyad.actors.kb;

import java.util.List;
import java.util.Objects;

/**
 * An organisation: a stable id, its names and acronyms, the country it belongs to (null for international
 * ones), its sector ({@code NGO}, {@code IGO}, {@code MED}, {@code PTY}...) and kind ("news agency",
 * "party"...). {@code code} overrides the country+sector code when a dictionary gives one ({@code IGOUNO}).
 */
public record Organisation(String id, List<String> names, String country, String sector, String kind,
    String code) {

  public Organisation {
    Objects.requireNonNull(id, "id");
    names = List.copyOf(names == null ? List.of() : names);
    if (names.isEmpty()) {
      throw new IllegalArgumentException("organisation " + id + " has no name");
    }
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("organisation " + id + ": country must be ISO alpha-3, got '"
          + country + "'");
    }
    sector = Role.blankToNull(sector);
    kind = Role.blankToNull(kind);
    code = Role.blankToNull(code);
    if (code == null) {
      code = ActorCode.derive(country, sector);
    }
  }

  public Organisation(String id, List<String> names, String country, String sector, String kind) {
    this(id, names, country, sector, kind, null);
  }

  public String name() {
    return names.get(0);
  }

  /** News agencies and outlets: sources of reports, not actors of the events they report. */
  public boolean isMedia() {
    return "MED".equals(sector) || (kind != null && kind.toLowerCase(java.util.Locale.ROOT)
        .matches(".*\\b(news|media|newspaper|agency|broadcaster|outlet|wire)\\b.*"));
  }
}
