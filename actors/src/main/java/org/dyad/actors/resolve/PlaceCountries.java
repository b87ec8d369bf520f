package org.dyad.actors.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.CountryPeriods;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.model.Token;

/**
 * Gives a place or capital the country it lay in where the text or the date says so, before any phrase is
 * resolved: a town name shared by two countries takes the one the text states next to it ("Tripoli,
 * Lebanon", "Lebanon's Tripoli", "the north Lebanese port of Tripoli"), and a place in a country that did not
 * yet exist on the document's date belongs to the state that held it then ({@link CountryPeriods}: Juba in
 * 2005 was Sudan's). A moved capital becomes a plain place: it names no government of the other state.
 */
final class PlaceCountries {
  /**
   * Country names that are also names of US states: after a comma they name the state ("Athens, Georgia").
   */
  private static final Set<String> ALSO_US_STATES = Set.of("georgia");

  /** Nouns that, between a country adjective and "of" or a name, make the name a place of that country. */
  private static final Set<String> PLACE_NOUNS = Set.of("port", "city", "town", "village", "capital", "province",
      "region", "district", "enclave", "stronghold", "seaport", "hometown");

  private final KnowledgeBase kb;
  private final CountryPeriods periods;

  PlaceCountries(KnowledgeBase kb, CountryPeriods periods) {
    this.kb = kb;
    this.periods = periods;
  }

  /** The atoms of a sentence, places and capitals given the country the text or the date ties them to. */
  List<Atom> adjust(List<Atom> atoms, List<Token> tokens, LocalDate date) {
    List<Atom> out = null;
    for (int i = 0; i < atoms.size(); i++) {
      Atom a = atoms.get(i);
      if (!a.is(Entry.Kind.PLACE) && !a.is(Entry.Kind.CAPITAL)) {
        continue;
      }
      Country own = (Country) a.entry().target();
      Country stated = statedCountry(atoms, i, tokens);
      Country country = stated == null ? own : stated;
      // a country the writer states outweighs the date: "East Timor's capital Dili" in 1999 is the writer's
      // East Timor, whoever held it
      Country held = stated != null ? null
          : periods.holderOn(country.iso3(), date).flatMap(kb::countryByCode).orElse(null);
      if (held != null) {
        country = held;
      }
      if (country != own) {
        if (out == null) {
          out = new ArrayList<>(atoms);
        }
        Entry moved = new Entry(Entry.Kind.PLACE, a.entry().name(), a.entry().caseRule(), country);
        out.set(i, new Atom(a.type(), a.start(), a.end(), a.charStart(), a.charEnd(), moved, a.surface()));
      }
    }
    return out == null ? atoms : out;
  }

  /**
   * The country the text writes right next to the place at atoms[i] ("Tripoli, Lebanon", "Lebanon's Tripoli",
   * "the Lebanese port of Tripoli", "East Timor's capital Dili"), or null when it writes none.
   */
  private static Country statedCountry(List<Atom> atoms, int i, List<Token> tokens) {
    Atom place = atoms.get(i);
    Atom next = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
    if (next != null && next.is(Entry.Kind.COUNTRY) && next.start() == place.end() + 1
        && Cues.lower(tokens, place.end()).equals(",") && !ALSO_US_STATES.contains(next.surface().toLowerCase())) {
      return stated(next); // "Tripoli, Lebanon"
    }
    Atom prev = i > 0 ? atoms.get(i - 1) : null;
    if (prev == null) {
      return null;
    }
    if (prev.is(Entry.Kind.COUNTRY) && Cues.lower(tokens, prev.end()).equals("'s")
        && (prev.end() + 1 == place.start() || placeNounsBetween(tokens, prev.end() + 1, place.start()))) {
      return stated(prev); // "Lebanon's Tripoli", "Lebanon's second city of Tripoli"
    }
    if (prev.is(Entry.Kind.DEMONYM) && placeNounsBetween(tokens, prev.end(), place.start())) {
      return stated(prev); // "the north Lebanese port of Tripoli", "the Lebanese city Tripoli"
    }
    return null;
  }

  private static Country stated(Atom stated) {
    return (Country) stated.entry().target();
  }

  /** Whether tokens [from, to) are lower-case words with a place noun among them, and perhaps a final "of". */
  private static boolean placeNounsBetween(List<Token> tokens, int from, int to) {
    int end = Cues.lower(tokens, to - 1).equals("of") ? to - 1 : to;
    if (end <= from || end - from > 3) {
      return false;
    }
    boolean noun = false;
    for (int k = from; k < end; k++) {
      String w = tokens.get(k).text();
      if (!w.chars().allMatch(Character::isLowerCase)) {
        return false;
      }
      noun |= PLACE_NOUNS.contains(w);
    }
    return noun;
  }
}
