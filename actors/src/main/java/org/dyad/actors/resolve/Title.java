package org.dyad.actors.resolve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.dyad.actors.kb.Role;

/**
 * A title written before a name or alone ("prime minister", "senate president", "leader"). {@code office}
 * lists the words an office must contain to fit it; a generic title fits any office of a person.
 */
public record Title(String words, String sector, String office, boolean generic) {
  private static final Set<String> STOP = Set.of("of", "the", "for", "and", "-");

  public Title {
    Objects.requireNonNull(words, "words");
    words = words.toLowerCase(Locale.ROOT);
    office = office == null || office.isBlank() ? words : office.toLowerCase(Locale.ROOT);
  }

  private static boolean opposing(String sector) {
    return "OPP".equals(sector) || "REB".equals(sector);
  }

  /** Whether a person holding this role can be called by this title. */
  public boolean fits(Role role) {
    if (role == null) {
      return false;
    }
    if (generic) {
      // "the Cambodian leader" is the country's leader, not the opposition's; "the rebel leader" the reverse
      return opposing(sector) == opposing(role.sector());
    }
    if (role.office() == null) {
      return false;
    }
    return contentWords(role.office()).containsAll(contentWords(office));
  }

  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : Arrays.asList(text.toLowerCase(Locale.ROOT).replace("defence", "defense")
        .split("[\\s_-]+"))) {
      if (!w.isEmpty() && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  public List<String> wordList() {
    return Arrays.asList(words.split(" "));
  }
}
