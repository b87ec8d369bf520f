package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.model.Actor;
import org.dyad.model.Location;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * A recipient for an event whose object names no actor: "detained 30 members of an outlawed group", "opened
 * fire on demonstrators", "shelled the regional capital Juba". The object is still someone's, and newswire
 * says whose in one of two ways: a place in the object phrase or on the trigger ("shelled Juba", "arrested a
 * missionary in Lebanon") gives that place's country; otherwise police, courts, armies, governments, rebels
 * and opposition act at home, so the recipient is the actor's own country, without a sector, unless an
 * army or intelligence service acts in a sentence that names another country's actors. Both are guesses
 * the parse supports rather than states, so the caller lowers the event's confidence. Without an object phrase
 * in the parse nothing is derived: an intransitive "the army attacked" has no recipient to guess.
 */
final class ObjectRecipients {
  /** Sectors that act on their own country's people unless the sentence says otherwise. */
  private static final Set<String> DOMESTIC_SECTORS = Set.of("GOV", "COP", "MIL", "JUD", "REB", "OPP", "LEG",
      "SPY", "PTY", "INS", "SEP", "MOD", "RAD");
  /** Sectors that often act abroad: their home country is guessed only when no other country is named. */
  private static final Set<String> ACT_ABROAD = Set.of("MIL", "SPY");
  /**
   * Prepositions whose object is what the act is aimed at: "launched attacks against", "fired into". Not "at"
   * or "on", which as often name a time or a place ("attacked at dawn", "fighting on all fronts"); an entry that
   * takes one ("crack down +on") names it, and its dependent is read as the object.
   */
  private static final Set<String> TARGET_PREPOSITIONS = Set.of("against", "into", "toward", "towards");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "around");
  /** Objects that refer back to something the parse cannot see: no guess is better than a wrong one. */
  private static final Set<String> UNRESOLVED_WORDS = Set.of("it", "them", "him", "her", "this", "that", "which",
      "who", "whom", "these", "those", "itself", "themselves", "himself", "herself", "one", "what");

  /** How a derived recipient was found, for the event's confidence and its recipient's text. */
  enum Basis { PLACE, HOME_COUNTRY }

  /** A recipient and how it was found. */
  record Derived(Mention recipient, Basis basis) {}

  private final PlaceLookup places;

  ObjectRecipients(PlaceLookup places) {
    this.places = places;
  }

  /**
   * The recipient derived from the object of the trigger (or of its light verb), or null when the trigger has
   * no object phrase or nothing in the sentence says whose it is.
   */
  Derived derive(ParseView p, MentionIndex mentions, Trigger trigger, int supportVerb, Mention actor,
      boolean domestic) {
    int object = objectPhrase(p, trigger, supportVerb);
    if (object < 0) {
      return null;
    }
    // where the act was done, said on the verb ("fighting inside Ukraine"), before a place deeper in the object;
    // force used in a place of the actor's own country is force used at home, and the place says so
    Mention placed = placeOn(p, mentions, trigger, supportVerb, actor);
    if (placed == null) {
      placed = placeIn(p, mentions, object, actor, true);
    }
    if (placed != null) {
      return new Derived(placed, Basis.PLACE);
    }
    Actor a = actor.actor();
    // "Nicaragua's government ordered the paper closed": a country named as the one who coerces (arrests, bans,
    // censors: CAMEO 17) is its government at home; a country that fights ("Israel shelled ...") may be abroad
    boolean coercion = trigger.entry().cameo().code().startsWith("17") || easesMeasures(trigger);
    String sector = a.sector() == null && coercion && isPlaceMention(actor)
        && !actor.resolution().name().equals("PLACE") ? "GOV" : a.sector();
    if (!domestic || a.country() == null || sector == null || !DOMESTIC_SECTORS.contains(sector)
        || ACT_ABROAD.contains(sector) && namesAnotherCountry(p, mentions, a.country())
        || refersBack(p, object)) {
      return null;
    }
    return new Derived(synthetic(p, object, a.country()), Basis.HOME_COUNTRY);
  }

  private static final Set<String> BACK_REFERENCES = Set.of("both", "these", "those", "such", "each", "either",
      "neither");

  /**
   * "barred both men from entering", "arrested these activists": people named in an earlier sentence, who
   * may be anyone's; only the resolved antecedent could say whose, and this phrase has none.
   */
  private static boolean refersBack(ParseView p, int object) {
    for (int c : p.children(object)) {
      if (BACK_REFERENCES.contains(p.lemma(c)) && !p.relation(c).equals("conj")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the sentence names an actor of another country ("US forces killed ten insurgents, the Iraqi
   * military said"): then an army's act may well be abroad, and its home country is no safe guess.
   */
  private static boolean namesAnotherCountry(ParseView p, MentionIndex mentions, String country) {
    for (Mention m : mentions.inSentence(p.sentence().index())) {
      String other = m.actor().country();
      if (other != null && !other.equals(country)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The head of what the act is done to: the object, the subject of a passive, or a dependent with a target
   * preposition, on the trigger, its light verb or the other words of a multi-word trigger ("cracked down on").
   */
  static int objectPhrase(ParseView p, Trigger trigger, int supportVerb) {
    return objectPhrase(p, trigger, supportVerb, TARGET_PREPOSITIONS, false);
  }

  /**
   * A country named inside what a rejection, agreement, concession or demand is about: "rejected a call for its
   * forces to be deployed in East Timor", "agreed to an extension of the force in Lebanon". Places on the
   * trigger itself ("rejected in Geneva") are where it was said, and are not read.
   */
  Mention placeInContent(ParseView p, MentionIndex mentions, Trigger trigger, int supportVerb, Mention actor) {
    // the object an entry names is still what is rejected: "rejected a plan" matches "reject plan"
    int content = objectPhrase(p, trigger, supportVerb, CONTENT_PREPOSITIONS, true);
    return content < 0 ? null : placeIn(p, mentions, content, actor, false);
  }

  private static final Set<String> CONTENT_PREPOSITIONS = Set.of("to", "on", "upon", "for", "against");

  private static int objectPhrase(ParseView p, Trigger trigger, int supportVerb, Set<String> prepositions,
      boolean coveredObjects) {
    List<Integer> hosts = new ArrayList<>(trigger.covered());
    if (!hosts.contains(trigger.token())) {
      hosts.add(0, trigger.token());
    }
    if (supportVerb >= 0) {
      hosts.add(supportVerb);
    }
    for (int c : trigger.prepositionHosts()) {
      if (isReferringNoun(p, c)) {
        return c;
      }
    }
    for (int h : hosts) {
      for (int c : p.children(h)) {
        String r = p.relation(c);
        boolean direct = r.equals("obj") && (coveredObjects || !namedByEntry(p, trigger, c))
            || r.equals("nsubj:pass") && p.isPassive(h);
        String marker = String.valueOf(p.marker(c));
        // on a noun the act is aimed "on" or "upon" its target ("a crackdown on protesters", "a raid on the
        // camp"); on a verb those name as often a time or a place ("attacked on Sunday")
        boolean aimedByNoun = h == trigger.token() && trigger.entry().kind() == LexiconEntry.Kind.NOUN
            && (marker.equals("on") || marker.equals("upon"));
        boolean aimed = (p.isRelation(c, "obl") || p.isRelation(c, "nmod")) && !p.isRelation(c, "obl:tmod")
            && (prepositions.contains(marker) || aimedByNoun);
        if ((direct || aimed) && isReferringNoun(p, c)) {
          return c;
        }
      }
    }
    // "imposed martial law", "declared a curfew" (CAMEO 172, administrative sanctions): the measure the entry
    // names is itself the object, imposed on people under the actor's rule, and so is one eased or lifted
    // (081); "opened fire" names no one
    if (trigger.entry().cameo().code().startsWith("172") || easesMeasures(trigger)) {
      for (int c : trigger.covered()) {
        if (p.governor(c) == trigger.token() && p.relation(c).equals("obj")) {
          return c;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the trigger eases administrative measures (CAMEO 081: restrictions, bans, curfews, states of
   * emergency): the mirror of imposing them, done by an authority to the people under its rule.
   */
  static boolean easesMeasures(Trigger trigger) {
    return trigger.entry().cameo().code().startsWith("081");
  }

  /**
   * Nouns after "on" or "against" that say when or why, not at whom: "attacked on Sunday", "arrested on
   * charges of treason", "acted on behalf of".
   */
  private static final Set<String> NOT_TARGETS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "day", "night", "morning", "evening", "afternoon", "dawn",
      "weekend", "week", "month", "year", "occasion", "charge", "suspicion", "allegation", "accusation", "ground",
      "behalf", "basis", "order", "condition", "pretext", "way", "time");
  private static final Set<String> TIME_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * Whether the token is the trigger or one of the entry's own words ("fire" of "open fire", the "attack" a
   * light verb carries), not a word the match passed through to reach one ("agreement" in "violated the
   * ceasefire agreement" for "violate ceasefire").
   */
  private static boolean namedByEntry(ParseView p, Trigger trigger, int token) {
    return token == trigger.token() || trigger.covered().contains(token)
        && trigger.entry().phrase().dependents().contains(p.lemma(token));
  }

  private static boolean isReferringNoun(ParseView p, int token) {
    String pos = p.pos(token);
    if (!(pos.startsWith("NN") || pos.equals("CD"))) {
      return false; // pronouns, clauses and adjectives name no one we could place
    }
    String ner = p.token(token).ner();
    return !UNRESOLVED_WORDS.contains(p.token(token).text().toLowerCase(Locale.ROOT))
        && !NOT_TARGETS.contains(p.lemma(token)) && (ner == null || !TIME_TAGS.contains(ner));
  }

  /** A country or known place inside the object phrase: "the regional capital Juba", "refugees in Lebanon". */
  private Mention placeIn(ParseView p, MentionIndex mentions, int object, Mention actor, boolean ownCountry) {
    int sentence = p.sentence().index();
    for (int k = 0; k < p.size(); k++) {
      if (!p.dominates(object, k)) {
        continue;
      }
      Mention m = mentions.at(sentence, k);
      if (m != null && isPlaceMention(m) && (ownCountry || !isOwnCountry(m.actor().country(), actor))) {
        return m;
      }
      Mention named = knownPlace(p, k);
      if (named != null && (ownCountry || !isOwnCountry(named.actor().country(), actor))) {
        return named;
      }
    }
    return null;
  }

  /** Whether the mention lies inside the trigger's object phrase. */
  static boolean insideObject(ParseView p, Trigger trigger, int supportVerb, Mention m) {
    int object = objectPhrase(p, trigger, supportVerb);
    return object >= 0 && m.sentence() == p.sentence().index() && m.head() >= 0 && m.head() < p.size()
        && p.dominates(object, m.head());
  }

  /** A known place on the trigger ("arrested a missionary in Beirut"): where the act was done. */
  private Mention placeOn(ParseView p, MentionIndex mentions, Trigger trigger, int supportVerb, Mention actor) {
    int sentence = p.sentence().index();
    List<Integer> hosts = new ArrayList<>(trigger.covered());
    if (!hosts.contains(trigger.token())) {
      hosts.add(0, trigger.token());
    }
    if (supportVerb >= 0) {
      hosts.add(supportVerb);
    }
    for (int h : hosts) {
      for (int c : p.children(h)) {
        if (!(p.isRelation(c, "obl") || p.isRelation(c, "nmod")) || p.isRelation(c, "obl:tmod")) {
          continue;
        }
        Mention m = placeAt(p, mentions, sentence, c);
        if (m != null) {
          return m;
        }
        // "demonstrated on Tuesday in Serbia", "killed in a gunbattle in southern Serbia": the parser often hangs
        // the place on the phrase before it
        for (int g : p.children(c)) {
          if (p.isRelation(g, "nmod") && (m = placeAt(p, mentions, sentence, g)) != null) {
            return m;
          }
        }
      }
    }
    return null;
  }

  /** The place a dependent with a place preposition names, or null. */
  private Mention placeAt(ParseView p, MentionIndex mentions, int sentence, int token) {
    if (!PLACE_PREPOSITIONS.contains(String.valueOf(p.marker(token)))) {
      return null;
    }
    Mention m = mentions.at(sentence, token);
    if (m != null && isPlaceMention(m)) {
      return m;
    }
    return knownPlace(p, token);
  }

  /**
   * Whether the country is the actor's own: named in what is rejected or agreed ("rejected any suggestion that
   * Pakistan was involved") it is what is talked about, not whom the act addresses.
   */
  private static boolean isOwnCountry(String country, Mention actor) {
    return country != null && country.equals(actor.actor().country());
  }

  /**
   * A mention that names a place as such ("Lebanon", "in Amman"), not an actor of it ("Lebanese police"). The
   * actor stage marks places by resolution: a country or capital read as a place has no sector, and a mention
   * of any other kind of place is resolved as {@code PLACE} (read by name, so that this compiles and works
   * before and after that kind exists).
   */
  static boolean isPlaceMention(Mention m) {
    Actor a = m.actor();
    if (a.country() == null) {
      return false;
    }
    if (m.resolution().name().equals("PLACE")) {
      return true;
    }
    return a.sector() == null && a.entity() == null
        && (m.resolution() == Resolution.COUNTRY || a.country().equals(a.code()));
  }

  /** The place a token names: a place mention, or a name the place lookup knows; null when it names none. */
  Mention placeNamedAt(ParseView p, MentionIndex mentions, int token) {
    Mention m = mentions.at(p.sentence().index(), token);
    if (m != null && isPlaceMention(m)) {
      return m;
    }
    return m == null ? knownPlace(p, token) : null;
  }

  /** A place inside the trigger's object phrase ("shelled the regional capital Juba"), or null. */
  Mention placeInObject(ParseView p, MentionIndex mentions, Trigger trigger, int supportVerb) {
    int object = objectPhrase(p, trigger, supportVerb);
    return object < 0 ? null : placeIn(p, mentions, object, null, true);
  }

  private Mention knownPlace(ParseView p, int token) {
    if (!p.pos(token).startsWith("NNP")) {
      return null;
    }
    Location l = places.place(p.token(token).text());
    return l == null || l.country() == null ? null : synthetic(p, token, l.country());
  }

  /** A recipient that names only a country, spanning the words it was derived from. */
  private static Mention synthetic(ParseView p, int token, String country) {
    int first = token;
    int last = token;
    for (int k = 0; k < p.size(); k++) {
      if (p.dominates(token, k) && Math.abs(k - token) <= 6) {
        first = Math.min(first, k);
        last = Math.max(last, k);
      }
    }
    if (first < token && p.relation(first).equals("case") && p.governor(first) == token) {
      first++; // "a crackdown on street vendors": the people, not the preposition
    }
    int start = p.token(first).start();
    int end = p.token(last).end();
    int offset = p.sentence().span().start();
    String words = p.sentence().text().substring(start - offset, end - offset);
    return new Mention(p.sentence().index(), new Span(start, end), token,
        new Actor(words, country, country, null, null, null), Resolution.COUNTRY);
  }

  /** Who a country's own society is: its people, workers, students, opposition, clergy, press, parties. */
  private static final Set<String> SOCIETY = Set.of("CVL", "OPP", "LAB", "EDU", "AGR", "REL", "HLH", "BUS",
      "JRN", "MED", "NGO", "PTY", "ELI", "LEG", "REF", "SEP", "RAD", "MOD");

  /**
   * Whom a protest that names no target addresses. Marching, striking or fasting at home is aimed at the
   * authorities there, so a protest placed on its verb ("demonstrated in Serbia") addresses that place's
   * country, and one by a part of a country's society with no other country in the sentence addresses its
   * own country (no sector: which authority is not said). A government's protest is diplomacy, aimed abroad,
   * and is left without a recipient. Null when nothing says.
   */
  Derived protestTarget(ParseView p, MentionIndex mentions, Trigger trigger, int supportVerb, Mention actor) {
    Mention placed = placeOn(p, mentions, trigger, supportVerb, actor);
    if (placed != null) {
      return new Derived(placed, Basis.PLACE);
    }
    Actor a = actor.actor();
    // a people named by its nationality ("Iraqi Kurds", "Algerians") is part of its society too
    boolean society = a.sector() != null ? SOCIETY.contains(a.sector()) : actor.resolution() == Resolution.NATIONALITY;
    if (a.country() == null || !society || namesAnotherCountry(p, mentions, a.country())) {
      return null;
    }
    Token t = p.token(trigger.token());
    return new Derived(new Mention(p.sentence().index(), new Span(t.start(), t.end()), trigger.token(),
        new Actor(a.country(), a.country(), a.country(), null, null, null), Resolution.COUNTRY), Basis.HOME_COUNTRY);
  }

  /**
   * An ethnic people placed by where the act happened: CAMEO codes a people by where it lives, so "ethnic
   * Albanians demonstrated in Serbia" and "killed three ethnic Albanians in southern Serbia" are about Serbia's
   * Albanians (SRB), not Albania. Only a people the text calls "ethnic" is moved: "Americans in Iraq" stay
   * American. Returns the mention unchanged when it is no such people or the act has no place.
   */
  Mention placedPeople(ParseView p, MentionIndex mentions, Trigger trigger, int supportVerb, Mention m) {
    if (m.resolution() != Resolution.NATIONALITY || m.actor().entity() != null || m.head() < 0
        || m.sentence() != p.sentence().index() || !isEthnic(p, m)) {
      return m;
    }
    Mention place = placeOn(p, mentions, trigger, supportVerb, m);
    if (place == null || place.actor().country() == null || place.actor().country().equals(m.actor().country())) {
      return m;
    }
    Actor a = m.actor();
    String country = place.actor().country();
    Actor moved = new Actor(a.text(), a.sector() == null ? country : country + a.sector(), country, a.sector(),
        null, a.role());
    return new Mention(m.sentence(), m.span(), m.head(), moved, m.resolution());
  }

  private static boolean isEthnic(ParseView p, Mention m) {
    for (int k = 0; k < p.size(); k++) {
      Token t = p.token(k);
      if (t.start() >= m.span().start() - 8 && t.end() <= m.span().end()
          && t.text().equalsIgnoreCase("ethnic")) {
        return true;
      }
    }
    return false;
  }
}
