package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.model.Token;

/**
 * Country names written with one typing slip ("Ethopia", "Afganistan", "Camboida"): one letter left out,
 * added, changed, or two neighbours swapped. Kept conservative because a false country is worse than a
 * missed one: only one-word names of at least seven letters, only a capitalised word tagged as a proper
 * noun that the NER did not take for a person, organisation, city or province, whose first letter is
 * right, and only when exactly one country is that close.
 */
final class MisspeltCountries {
  static final int MIN_LENGTH = 7;
  /** Real names one slip away from a country's name: "Columbia" (the river, university, district). */
  private static final Set<String> REAL_NAMES = Set.of("columbia");
  private static final Set<String> NER_ALLOWED = Set.of("O", "LOCATION", "COUNTRY", "MISC", "NATIONALITY");

  private record Name(String lower, Country country) {}

  private final List<Name> names = new ArrayList<>();

  MisspeltCountries(KnowledgeBase kb) {
    for (Country c : kb.countries()) {
      for (String n : c.allNames()) {
        if (n.length() >= MIN_LENGTH && n.chars().allMatch(Character::isLetter)) {
          names.add(new Name(n.toLowerCase(Locale.ROOT), c));
        }
      }
    }
  }

  /** The one country the token misspells, or null. The caller has checked it is no known name. */
  Country misspelt(Token t) {
    String text = t.text();
    String ner = t.ner() == null ? "O" : t.ner();
    String pos = t.pos() == null ? "" : t.pos();
    boolean capitalisedWord = text.length() >= MIN_LENGTH - 1 && Character.isUpperCase(text.charAt(0))
        && text.substring(1).chars().allMatch(Character::isLowerCase);
    if (!capitalisedWord || !pos.startsWith("NNP") || !NER_ALLOWED.contains(ner)) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (REAL_NAMES.contains(lower)) {
      return null;
    }
    Country found = null;
    for (Name n : names) {
      if (n.lower().equals(lower)) {
        return null; // an exact name is the gazetteer's business (and its case rules)
      }
      if (oneSlipApart(lower, n.lower())) {
        if (found != null && found != n.country()) {
          return null;
        }
        found = n.country();
      }
    }
    return found;
  }

  /** Whether one deletion, insertion, substitution or swap of neighbouring letters turns a into b. */
  static boolean oneSlipApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b) || la == 0 || lb == 0 || a.charAt(0) != b.charAt(0)) {
      // a slip of the first letter is rarely a slip: "Siberia" is not "Liberia", "Tunisian" not "Punisian"
      return false;
    }
    int i = 0;
    while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (la == lb) {
      if (a.substring(i + 1).equals(b.substring(i + 1))) {
        return true; // substitution
      }
      return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
          && a.substring(i + 2).equals(b.substring(i + 2)); // swap
    }
    return la < lb ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
  }
}
