package org.dyad.actors.resolve;

import java.util.List;
import java.util.Set;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.InstitutionPattern;
import org.dyad.actors.kb.KnowledgeBase;
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

  /**
   * Sectors of groups that belong where they are ("students in Izmir", "police in Karachi"); not the media, whose
   * reporters are as often foreign correspondents ("told reporters in Kyiv"). Rebels and insurgents fight
   * where they are from ("rebels in Darfur"); a foreign fighter is said to be one ("Chechen rebels in Syria").
   */
  private static final Set<String> LOCAL_SECTORS = Set.of("CVL", "OPP", "EDU", "LAB", "CRM", "COP", "JUD", "REL",
      "HLH", "BUS", "AGR", "REB", "INS", "SEP");
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
  /**
   * Seats of international bodies: "officials in Brussels" or "diplomats in Geneva" are as often the EU's or
   * the UN's as the host country's, so these places tie no official there to the host.
   */
  private static final Set<String> SEATS_OF_INTERNATIONAL_BODIES = Set.of("brussels", "geneva", "new york",
      "strasbourg", "the hague", "vienna", "addis ababa");

  private static boolean isSeatOfInternationalBodies(Atom a) {
    return SEATS_OF_INTERNATIONAL_BODIES.contains(a.surface().toLowerCase(java.util.Locale.ROOT));
  }

  /** Heads too generic to take the document's country: only a country word or a place gives them one. */
  private static final Set<String> NEEDS_PLACE = Set.of("people", "crowd", "crowds", "youths", "inhabitants",
      "mourners", "worshippers", "pilgrims", "shopkeepers");
  /** Words before a place that make it where something happens ("in Mosul", "near Cizre", "from Goma"). */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside", "of",
      "across", "around", "throughout", "inside", "within", "to", "into", "toward", "towards", "through", "on",
      "over", "via", "between", "and", "or");

  private PlaceTies() {}

  /** Verbs that end a trailing reporting clause: ", relief officials in Nairobi said." */
  private static final Set<String> REPORTING_VERBS = Set.of("said", "says", "told", "reported", "added",
      "announced", "stated", "confirmed", "claimed", "insisted", "noted");
  /** How many words a trailing reporting clause may have before its verb. */
  private static final int REPORTING_CLAUSE_WORDS = 8;

  /**
   * Whether the comma at {@code comma} opens a trailing reporting clause ("..., relief officials in Nairobi
   * said"): the clause names who tells and where they are, not where what they tell happened, so a place in it
   * ties nothing before the comma.
   */
  static boolean reportingClauseAfter(List<Token> tokens, int comma) {
    int limit = Math.min(tokens.size(), comma + 2 + REPORTING_CLAUSE_WORDS);
    for (int k = comma + 1; k < limit; k++) {
      String w = Cues.lower(tokens, k);
      if (REPORTING_VERBS.contains(w)) {
        return k > comma + 1;
      }
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals("and") || w.equals("but")) {
        return false;
      }
    }
    return false;
  }

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
  static Country tied(List<Atom> atoms, List<Token> tokens, int headStart, int headEnd, Reach reach,
      boolean official) {
    // official: a government body or officer, which may be another party's (an embassy's) or an international
    // body's (officials in Brussels)
    if (Cues.pos(tokens, headStart - 1).equals("PRP$") || listAfterNationality(atoms, tokens, headStart)) {
      // "its officials", "their families": they belong to someone, wherever they are; "Russian tanks,
      // artillery and field hospitals near the border": the nationality is the whole list's
      return null;
    }
    int limit = Math.min(tokens.size(), headEnd + REACH);
    boolean fleeing = reach == Reach.ORIGIN && fleeingAfter(tokens, headEnd);
    for (int k = headEnd; k < limit; k++) {
      String w = Cues.lower(tokens, k);
      if (CLAUSE_ENDS.contains(w) || official && ownsWhatFollows(atoms, tokens, k)
          || w.equals(",") && reportingClauseAfter(tokens, k)) {
        // "an official at the Chinese embassy in Canberra" is Chinese; "protesters outside the U.S. embassy in
        // Karachi" are where they are
        break;
      }
      Atom a = placeAt(atoms, tokens, k);
      if (a != null && official && isSeatOfInternationalBodies(a)) {
        return null;
      }
      if (a != null) {
        String prep = prepositionBefore(tokens, a.start());
        boolean origin = prep.equals("from") || fleeing && !DESTINATIONS.contains(prep);
        if (reach == Reach.ORIGIN ? origin : TYING.contains(prep)) {
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
      Atom a = placeAt(atoms, tokens, k);
      if (a != null && official && isSeatOfInternationalBodies(a)) {
        return null;
      }
      if (a != null && a.end() <= headStart) {
        // "In Mosul, residents fled", "Police in Karachi arrested protesters": where the clause happens
        String prep = prepositionBefore(tokens, a.start());
        return prep.equals("in") || prep.equals("at") ? (Country) a.entry().target() : null;
      }
    }
    return null;
  }

  /**
   * The place, capital or country atom starting at token k, unless it only modifies a noun after it ("from the
   * US financial system", "in the Iraqi army"); "Sindh province", "the Kenyan border" still name places.
   */
  private static Atom placeAt(List<Atom> atoms, List<Token> tokens, int k) {
    for (Atom a : atoms) {
      if (a.start() == k && (a.is(Entry.Kind.PLACE) || a.is(Entry.Kind.CAPITAL) || a.is(Entry.Kind.COUNTRY))) {
        return modifiesANoun(tokens, a.end()) ? null : a;
      }
    }
    return null;
  }

  /** Whether the head ends a list of common nouns that a nationality or country word opens. */
  private static boolean listAfterNationality(List<Atom> atoms, List<Token> tokens, int headStart) {
    boolean list = false;
    for (int k = headStart - 1; k >= Math.max(0, headStart - 10); k--) {
      String w = Cues.lower(tokens, k);
      String pos = Cues.pos(tokens, k);
      for (Atom a : atoms) {
        if (a.end() == k + 1 && (a.is(Entry.Kind.DEMONYM) || a.is(Entry.Kind.COUNTRY))) {
          return list;
        }
      }
      if (w.equals(",") || w.equals("and") || w.equals("or")) {
        list = true;
      } else if (!(pos.startsWith("NN") || pos.startsWith("JJ")) || AtomFinder.startsUpper(tokens.get(k).text())) {
        return false;
      }
    }
    return false;
  }

  /** Nouns after a place name that keep it a place ("Sindh province", "Goma camp"). */
  private static final Set<String> PLACE_NOUNS = Set.of("province", "state", "region", "district", "city", "county",
      "governorate", "oblast", "prefecture", "department", "camp", "area", "town", "village", "border", "valley",
      "island", "islands", "municipality", "territory", "capital", "neighbourhood", "neighborhood", "suburb");

  private static boolean modifiesANoun(List<Token> tokens, int after) {
    String w = Cues.lower(tokens, after);
    String pos = Cues.pos(tokens, after);
    boolean lowerNoun = pos.startsWith("NN") && !w.isEmpty() && Character.isLowerCase(tokens.get(after).text().charAt(0));
    boolean adjectiveThenNoun = pos.startsWith("JJ") && Cues.pos(tokens, after + 1).startsWith("NN");
    return (lowerNoun && !PLACE_NOUNS.contains(w)) || adjectiveThenNoun;
  }

  /**
   * Whether the atom at k names another party that owns what follows ("the Chinese embassy", "the U.S.
   * consulate", "the Red Cross office"): a place after it is where that party is.
   */
  private static boolean ownsWhatFollows(List<Atom> atoms, List<Token> tokens, int k) {
    for (Atom a : atoms) {
      if (a.start() == k) {
        boolean countryWord = a.is(Entry.Kind.DEMONYM) || a.is(Entry.Kind.COUNTRY) && modifiesANoun(tokens, a.end());
        return countryWord || a.is(Entry.Kind.ORGANISATION) || a.type() == Atom.Type.NER_ORGANISATION;
      }
    }
    return false;
  }

  /** Words after refugees that say what they escape: "refugees fleeing the war in Liberia" come from Liberia. */
  private static final Set<String> FLEEING = Set.of("fleeing", "escaping", "fled", "escaped");
  /** Prepositions of where people flee to: "refugees fleeing to Malawi" do not come from Malawi. */
  private static final Set<String> DESTINATIONS = Set.of("to", "into", "toward", "towards", "across", "for");

  /** Whether "fleeing", "escaping" or "who fled" follows the head at {@code end}. */
  private static boolean fleeingAfter(List<Token> tokens, int end) {
    int k = Cues.lower(tokens, end).equals("who") ? end + 1 : end;
    return FLEEING.contains(Cues.lower(tokens, k));
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

  /** The place a group or local body is tied to in its clause, or null (see {@link PlaceTies}). */
  static Country forHead(List<Atom> atoms, List<Token> tokens, List<Atom> phrase, InstitutionPattern head,
      Title title) {
    String sector = head != null ? head.sector() : title.sector();
    String words = head != null ? head.head() : title.words();
    Reach reach = reachOf(words, sector);
    if (reach == null) {
      return null;
    }
    boolean official = LOCAL_GOVERNMENT.contains(words) || "GOV".equals(sector) || "COP".equals(sector)
        || "JUD".equals(sector);
    return tied(atoms, tokens, phrase.get(0).start(), phrase.get(phrase.size() - 1).end(), reach, official);
  }

  /** The country of a place or capital named by one to three words of a name, or null. */
  static Country inName(KnowledgeBase kb, String name) {
    String[] words = name.split("\\s+");
    for (int len = Math.min(3, words.length); len >= 1; len--) {
      for (int i = 0; i + len <= words.length; i++) {
        String part = String.join(" ", java.util.Arrays.copyOfRange(words, i, i + len));
        if (!AtomFinder.startsUpper(part)) {
          continue;
        }
        Country c = kb.countryOfPlace(part).orElse(null);
        if (c != null) {
          return c;
        }
      }
    }
    return null;
  }
}
