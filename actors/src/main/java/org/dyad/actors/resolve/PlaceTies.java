package org.dyad.actors.resolve;

import java.util.List;
import java.util.Set;
import org.dyad.actors.kb.Country;
import org.dyad.model.Token;

/**
 * Finds the place a generic group or a local body is tied to in its clause: "students at a university in
 * Izmir", "hundreds of people marched in Karachi", "refugees from Goma", "In Mosul, residents fled". The
 * place may be a place of the places table, a capital or a country named as a place ("protesters in
 * Pakistan"). Only places after a preposition of location or origin count, so that "U.S. officials met
 * students" or "protesters burned a Pakistani flag" tie nothing.
 */
final class PlaceTies {
  /** Words before a place that tie it to a group ("in", "at", "from", "of the streets of"). */
  private static final Set<String> TYING = Set.of("in", "at", "from", "near", "outside", "of", "across",
      "around", "throughout", "inside", "within");
  /** Words that end a clause: a place beyond them tells about something else. */
  private static final Set<String> CLAUSE_ENDS = Set.of(";", ":", ".", "but", "while", "whereas", "although",
      "though", "because", "after", "before", "when", "said", "says", "told", "according", "(", ")", "\"",
      "who", "which", "whom", "whose", "where", "than");
  /** How far a tie may reach, in tokens. */
  private static final int REACH = 14;

  /** Sectors of groups that belong where they are ("students in Izmir", "police in Karachi"). */
  private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "EDU", "LAB", "CRM", "COP", "JUD", "REL",
      "HLH", "BUS", "MED", "AGR", "JRN");
  /**
   * Government heads that are local bodies or usually local when a place is named with them; national ones
   * (ministers, diplomats, troops) travel, so "diplomats in Paris" are not French.
   */
  private static final Set<String> LOCAL_GOVERNMENT = Set.of("governor", "provincial governor",
      "district governor", "deputy governor", "mayor", "commune chief", "village chief", "city council",
      "city councils", "municipal council", "municipality", "city hall", "city administration",
      "district administration", "regional administration", "regional government", "provincial government",
      "state government", "local government", "local authorities", "provincial authorities", "local officials",
      "authorities", "officials", "official", "administration");
  /** Heads too generic to take the document's country: only a country word or a place gives them one. */
  private static final Set<String> NEEDS_PLACE = Set.of("people", "crowd", "crowds", "youths", "inhabitants",
      "mourners", "worshippers", "pilgrims", "shopkeepers");
  /** Words before a place that make it where something happens ("in Mosul", "near Cizre", "from Goma"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside", "of",
      "across", "around", "throughout", "inside", "within", "to", "into", "toward", "towards", "through", "on",
      "over", "via", "between", "and", "or");

  private PlaceTies() {}

  /** How far a group named by these words with this sector may be tied to a place, or null for not at all. */
  static Reach reachOf(String words, String sector) {
    if ("REF".equals(sector)) {
      return Reach.ORIGIN;
    }
    if (sector != null && LOCAL_SECTORS.contains(sector) || LOCAL_GOVERNMENT.contains(words)) {
      return Reach.LOCATION;
    }
    return null;
  }

  static boolean needsPlace(String head) {
    return NEEDS_PLACE.contains(head);
  }

  static boolean isPlacePreposition(String word) {
    return PLACE_PREPOSITIONS.contains(word);
  }

  /** How a group may be tied to a place: anywhere in its clause, or only as where it comes from. */
  enum Reach {
    /** "students in Izmir", "In Mosul, residents", "workers from Lagos". */
    LOCATION,
    /** Refugees and migrants belong where they come from: "refugees from Syria" ("refugees in Turkey" no). */
    ORIGIN
  }

  /**
   * The country of the first place after the head in the same clause, else of the nearest place before it
   * in the clause when that place follows "in" or "at" ("In Mosul, ...", "Police in Karachi arrested
   * protesters"), or null.
   */
  static Country tied(List<Atom> atoms, List<Token> tokens, int headStart, int headEnd, Reach reach) {
    int limit = Math.min(tokens.size(), headEnd + REACH);
    for (int k = headEnd; k < limit; k++) {
      String w = Cues.lower(tokens, k);
      if (CLAUSE_ENDS.contains(w)) {
        break;
      }
      Atom a = placeAt(atoms, k);
      if (a != null) {
        String prep = prepositionBefore(tokens, a.start());
        if (reach == Reach.ORIGIN ? prep.equals("from") : TYING.contains(prep)) {
          return (Country) a.entry().target();
        }
      }
    }
    if (reach == Reach.ORIGIN) {
      return null;
    }
    for (int k = headStart - 1; k >= Math.max(0, headStart - REACH); k--) {
      String w = Cues.lower(tokens, k);
      if (CLAUSE_ENDS.contains(w) && !w.equals(",")) {
        return null;
      }
      Atom a = placeAt(atoms, k);
      if (a != null && a.end() <= headStart) {
        // "In Mosul, residents fled", "Police in Karachi arrested protesters": where the clause happens
        String prep = prepositionBefore(tokens, a.start());
        return prep.equals("in") || prep.equals("at") ? (Country) a.entry().target() : null;
      }
    }
    return null;
  }

  /** The place, capital or country atom starting at token k (a country that is a modifier does not count). */
  private static Atom placeAt(List<Atom> atoms, int k) {
    for (Atom a : atoms) {
      if (a.start() == k && (a.is(Entry.Kind.PLACE) || a.is(Entry.Kind.CAPITAL) || a.is(Entry.Kind.COUNTRY))) {
        return a;
      }
    }
    return null;
  }

  /** The preposition before a place, past "the" and up to two adjectives ("in central Baghdad"). */
  static String prepositionBefore(List<Token> tokens, int start) {
    int k = start - 1;
    int skipped = 0;
    while (k >= 0 && skipped < 3 && (Cues.lower(tokens, k).equals("the") || Cues.pos(tokens, k).startsWith("JJ"))) {
      k--;
      skipped++;
    }
    return Cues.lower(tokens, k);
  }
}
