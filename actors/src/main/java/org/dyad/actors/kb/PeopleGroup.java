package org.dyad.actors.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An ethnic, national-minority or religious group: the nouns that name it ("Kurds", "Kurd"), its adjectives
 * ("Kurdish"), its home country (null when it has none or several and only the text can place it), its
 * CAMEO group code (ISO 639-2 style lower-case ethnic codes such as {@code yor}, upper-case religion codes
 * such as {@code MOS}, {@code MOSSHI}) and whether it is {@code ethnic} or {@code religion}.
 */
public record PeopleGroup(String id, List<String> names, List<String> adjectives, String country, String code,
    String kind) {

  public PeopleGroup {
    Objects.requireNonNull(id, "id");
    names = List.copyOf(names == null ? List.of() : names);
    adjectives = List.copyOf(adjectives == null ? List.of() : adjectives);
    if (names.isEmpty() && adjectives.isEmpty()) {
      throw new IllegalArgumentException("people group " + id + " has no name");
    }
    country = Role.blankToNull(country);
    if (country != null && !country.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("people group " + id + ": country must be ISO alpha-3, got '"
          + country + "'");
    }
    code = Role.blankToNull(code);
    kind = Role.blankToNull(kind);
    if (!"ethnic".equals(kind) && !"religion".equals(kind)) {
      throw new IllegalArgumentException("people group " + id + ": kind must be ethnic or religion, got '"
          + kind + "'");
    }
  }

  public boolean isReligion() {
    return "religion".equals(kind);
  }

  /** Every noun and adjective, nouns first. */
  public List<String> allNames() {
    List<String> all = new ArrayList<>(names);
    for (String a : adjectives) {
      if (!all.contains(a)) {
        all.add(a);
      }
    }
    return all;
  }
}
