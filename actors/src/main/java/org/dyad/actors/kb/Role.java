package org.dyad.actors.kb;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An office held between two dates (both inclusive; null = open). {@code code} is the CAMEO-style actor code
 * this role gives its holder ({@code KHMGOV}); when not given it is the country followed by the sector.
 * Overlapping roles of one person are allowed: a prime minister can also chair a party.
 */
public record Role(String office, String country, String sector, LocalDate start, LocalDate end, String code) {

  public Role {
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("role '" + (office != null ? office : code) + "' ends on " + end + ", before it starts on "
          + start + ": swap the dates or correct the one that is wrong");
    }
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("role '" + office + "': country must be ISO 3166 alpha-3, got '"
          + country + "'");
    }
    office = blankToNull(office);
    sector = blankToNull(sector);
    code = blankToNull(code);
    if (code == null) {
      code = ActorCode.derive(country, sector);
    }
  }

  public Role(String office, String country, String sector, LocalDate start, LocalDate end) {
    this(office, country, sector, start, end, null);
  }

  /** True when the role has a start or an end date: a dated role outranks an undated default. */
  public boolean isDated() {
    return start != null || end != null;
  }

  public boolean heldOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
  }

  /** "Prime Minister (KHMGOV, 1998-11-30..2023-08-22)". */
  public String describe() {
    String from = start == null ? "" : start.toString();
    String to = end == null ? "" : end.toString();
    String when = isDated() ? ", " + from + ".." + to : "";
    return (office == null ? "(no office)" : office) + " (" + (code == null ? "no code" : code) + when + ")";
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
