package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.dyad.actors.kb.NameKey;
import org.dyad.actors.kb.Person;
import org.dyad.actors.kb.Role;
import org.dyad.model.Actor;

/**
 * What a document has said so far, for resolving what refers back: the people mentioned (most recent
 * last), acronyms defined, name parts of known people, and how often each country came up. Made fresh for
 * every document, so a stage that uses it keeps no state between documents.
 */
final class Discourse {
  /** How many sentences back a pronoun or a definite description may look. */
  static final int WINDOW = 3;

  /** A person mentioned: the actor, the person when known, the role they were coded with, where. */
  record Referent(Actor actor, Person person, Role role, int sentence, int token, Integer post) {}

  private final List<Referent> people = new ArrayList<>();
  private final Map<String, Actor> acronyms = new HashMap<>();
  private final Map<String, Referent> nameParts = new HashMap<>();
  private final Map<String, Integer> countryCounts = new HashMap<>();

  private int sentence = -1;
  private String mainBeforeSentence;
  private java.util.Set<String> namedInSentence = java.util.Set.of();

  /** Marks the start of a sentence, so that its own mentions do not count for {@link #mainCountryBefore}. */
  void startSentence(int index, java.util.Map<String, Integer> countriesNamed) {
    if (index != sentence) {
      sentence = index;
      mainBeforeSentence = mainCountry();
      namedInSentence = java.util.Set.copyOf(countriesNamed.keySet());
      timesNamedInSentence = java.util.Map.copyOf(countriesNamed);
    }
  }

  /** How many times the current sentence names each country (by name, adjective or capital). */
  private java.util.Map<String, Integer> timesNamedInSentence = java.util.Map.of();

  /**
   * The country other than {@code except} that the current sentence names more often than any other, at least
   * twice, or null: "near Macedonia's border with Bulgaria, Macedonian officials said" is about Macedonia.
   */
  String mostNamedCountryOfSentenceExcept(String except) {
    String best = null;
    int bestTimes = 0;
    boolean tie = false;
    for (java.util.Map.Entry<String, Integer> e : timesNamedInSentence.entrySet()) {
      if (e.getKey().equals(except)) {
        continue;
      }
      if (e.getValue() > bestTimes) {
        best = e.getKey();
        bestTimes = e.getValue();
        tie = false;
      } else if (e.getValue() == bestTimes) {
        tie = true;
      }
    }
    return best != null && !tie && bestTimes >= 2 ? best : null;
  }

  private java.util.Set<String> partiesInSentence = java.util.Set.of();

  /** The countries the current sentence names as parties rather than as places (see PhraseResolver). */
  void nameParties(java.util.Set<String> countries) {
    partiesInSentence = java.util.Set.copyOf(countries);
  }

  /** The one country the current sentence names as a party, or null if none or several. */
  String onlyPartyCountryOfSentence() {
    return partiesInSentence.size() == 1 ? partiesInSentence.iterator().next() : null;
  }

  /** The one country the current sentence names (by name, adjective or capital), or null if none or several. */
  String onlyCountryOfSentence() {
    return namedInSentence.size() == 1 ? namedInSentence.iterator().next() : null;
  }

  /** The one country other than {@code except} that the current sentence names, or null if none or several. */
  String onlyCountryOfSentenceExcept(String except) {
    java.util.Set<String> others = new java.util.HashSet<>(namedInSentence);
    others.remove(except);
    return others.size() == 1 ? others.iterator().next() : null;
  }

  /** The country the document was mostly about before the current sentence, or null. */
  String mainCountryBefore() {
    return mainBeforeSentence;
  }

  void mentionPerson(Referent r) {
    people.add(r);
    if (r.person() != null) {
      for (String n : r.person().allNames()) {
        for (String part : NameKey.unitsOfName(n)) {
          if (part.length() >= 3 && Character.isLetter(part.charAt(0))) {
            nameParts.put(part, r);
          }
        }
      }
    }
    countCountry(r.actor().country());
  }

  /** A person, institution or organisation of this country: weighs three bare country names. */
  void countCountry(String iso3) {
    if (iso3 != null) {
      countryCounts.merge(iso3, 3, Integer::sum);
    }
  }

  void countBareCountry(String iso3) {
    countryCounts.merge(iso3, 1, Integer::sum);
  }

  /** The country of the place the story was filed from (its dateline): weighs two bare country names. */
  void countDateline(String iso3) {
    countryCounts.merge(iso3, 2, Integer::sum);
  }

  /**
   * The country the document is mostly about so far, or null: people, institutions and organisations
   * weigh more than bare country names, which a story about Cambodia and the U.S. repeats for both.
   */
  String mainCountry() {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : countryCounts.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best;
  }

  void defineAcronym(String acronym, Actor actor) {
    acronyms.put(acronym, actor);
  }

  Actor acronym(String token) {
    return acronyms.get(token);
  }

  /** A known person earlier in the document one of whose names contains every unit of the text. */
  Referent byNamePart(String surface) {
    List<String> units = NameKey.unitsOfName(surface);
    if (units.isEmpty()) {
      return null;
    }
    Referent r = nameParts.get(units.get(units.size() - 1));
    if (r == null) {
      return null;
    }
    for (String u : units) {
      if (!nameParts.containsKey(u) || nameParts.get(u) != r) {
        return null;
      }
    }
    return r;
  }

  /**
   * The most recent person that fits, in the same post and at most {@link #WINDOW} sentences back, or in
   * the same sentence before the token. The most recent person decides: if they do not fit, a pronoun
   * referring past them would be a guess.
   */
  Referent recent(int sentence, int token, Integer post, Predicate<Referent> fits, boolean nearestOnly) {
    for (int i = people.size() - 1; i >= 0; i--) {
      Referent r = people.get(i);
      if (r.sentence() == sentence && r.token() >= token) {
        continue;
      }
      if (sentence - r.sentence() > WINDOW || !Objects.equals(post, r.post())) {
        return null;
      }
      if (fits.test(r)) {
        return r;
      }
      if (nearestOnly) {
        return null;
      }
    }
    return null;
  }
}
