package org.dyad.actors.kb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.Actor;
import org.dyad.model.Problem;

/**
 * Everything dyad knows about actors, indexed for lookups by name and by date. Immutable and shared by all
 * threads; the bundled tables are loaded once per JVM by {@link #defaults()}. Users add their own
 * dictionaries with {@code KnowledgeBase.builder().withDefaults().add(PhoenixActorImporter.read(path, sink))}.
 */
public final class KnowledgeBase {
  private final Map<String, Country> countries;
  private final List<Organisation> organisations;
  private final Map<String, Person> people;
  private final Map<String, InstitutionPattern> institutions;
  private final Map<String, Sector> sectors;
  private final List<Problem> problems;
  private final List<String> sources;
  private final Map<String, List<Named<Country>>> countryNames = new HashMap<>();
  private final Map<String, List<Named<Country>>> countryAdjectives = new HashMap<>();
  private final Map<String, List<Named<Person>>> personNames = new HashMap<>();
  private final Map<String, List<Named<Organisation>>> organisationNames = new HashMap<>();
  private final List<Place> places;
  private final Map<String, List<Named<Place>>> placeNames = new HashMap<>();
  private final Map<String, List<Named<Country>>> capitalNames = new HashMap<>();

  /** A name as written in a dictionary, the case rule it carries, and what it names. */
  public record Named<T>(String name, CaseRule caseRule, T target) {}

  KnowledgeBase(Map<String, Country> countries, List<Organisation> organisations, Map<String, Person> people,
      Map<String, InstitutionPattern> institutions, Map<String, Sector> sectors, List<Problem> problems,
      List<String> sources, List<Place> places) {
    this.places = List.copyOf(places);
    this.countries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(countries));
    this.organisations = List.copyOf(organisations);
    this.people = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(people));
    this.institutions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(institutions));
    this.sectors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sectors));
    this.problems = List.copyOf(problems);
    this.sources = List.copyOf(sources);
    for (Country c : this.countries.values()) {
      for (String n : c.allNames()) {
        index(countryNames, n, CaseRule.forProperName(n), c);
      }
      index(countryNames, c.iso3(), CaseRule.EXACT, c);
      for (String a : c.adjectives()) {
        index(countryAdjectives, a, CaseRule.forProperName(a), c);
      }
      for (String cap : c.capitals()) {
        index(capitalNames, cap, CaseRule.forProperName(cap), c);
      }
    }
    for (Person p : this.people.values()) {
      for (String n : p.allNames()) {
        index(personNames, n, CaseRule.forProperName(n), p);
      }
    }
    for (Organisation o : this.organisations) {
      for (String n : o.names()) {
        index(organisationNames, n, CaseRule.forProperName(n), o);
      }
    }
    for (Place pl : this.places) {
      for (String n : pl.allNames()) {
        index(placeNames, n, CaseRule.forProperName(n), pl);
      }
    }
  }

  private static <T> void index(Map<String, List<Named<T>>> map, String name, CaseRule rule, T target) {
    String key = NameKey.of(name);
    if (!key.isEmpty()) {
      map.computeIfAbsent(key, k -> new ArrayList<>()).add(new Named<>(name, rule, target));
    }
  }

  private static final class DefaultHolder {
    static final KnowledgeBase DEFAULTS = builder().withDefaults().build();
  }

  /** The bundled knowledge base, loaded on first use and then shared by the whole JVM. */
  public static KnowledgeBase defaults() {
    return DefaultHolder.DEFAULTS;
  }

  public static KnowledgeBaseBuilder builder() {
    return new KnowledgeBaseBuilder();
  }

  // ---- contents

  public Collection<Country> countries() {
    return countries.values();
  }

  public List<Organisation> organisations() {
    return organisations;
  }

  public Collection<Person> people() {
    return people.values();
  }

  public Collection<InstitutionPattern> institutions() {
    return institutions.values();
  }

  public Collection<Sector> sectors() {
    return sectors.values();
  }

  /** Problems met while loading (malformed lines that were skipped, missing tables). */
  public List<Problem> problems() {
    return problems;
  }

  /** The tables and dictionaries this knowledge base was built from, in order. */
  public List<String> sources() {
    return sources;
  }

  // ---- lookups

  public Optional<Country> countryByCode(String iso3) {
    return Optional.ofNullable(iso3 == null ? null : countries.get(iso3.toUpperCase(Locale.ROOT)));
  }

  /** A country by one of its names, as written ("US" only in capitals). */
  public Optional<Country> country(String name) {
    return first(countryNames, name);
  }

  public Optional<Country> countryByAdjective(String adjective) {
    return first(countryAdjectives, adjective);
  }

  public Optional<Person> person(String entity) {
    return Optional.ofNullable(people.get(entity));
  }

  /** People with this name or alias, as written. */
  public List<Person> peopleNamed(String name) {
    return all(personNames, name);
  }

  public List<Organisation> organisationsNamed(String name) {
    return all(organisationNames, name);
  }

  /** The institution or kind of person a lower-case head noun names ("embassy", "villagers"). */
  public Optional<InstitutionPattern> institution(String head) {
    String h = head.strip().toLowerCase(Locale.ROOT);
    InstitutionPattern p = institutions.get(h);
    if (p == null) {
      String singular = English.singular(h);
      p = singular == null ? null : institutions.get(singular);
    }
    return Optional.ofNullable(p);
  }

  /** The places below the country level ({@code places.tsv}). */
  public List<Place> places() {
    return places;
  }

  /** Places with this name or spelling, as written (several when two countries have a place so named). */
  public List<Place> placesNamed(String name) {
    return all(placeNames, name);
  }

  /**
   * The country a place name stands for: a capital's country, or the one country of every place of that
   * name; empty when the name is unknown or names places in two countries ("Hyderabad").
   */
  public Optional<Country> countryOfPlace(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String found = null;
    for (Place p : placesNamed(name)) {
      if (found != null && !found.equals(p.country())) {
        return Optional.empty();
      }
      found = p.country();
    }
    if (found == null) {
      found = capitalCountry(name);
    }
    return countryByCode(found);
  }

  private String capitalCountry(String name) {
    String found = null;
    for (Country c : all(capitalNames, name)) {
      if (found != null && !found.equals(c.iso3())) {
        return null;
      }
      found = c.iso3();
    }
    return found;
  }

  public Optional<Sector> sector(String code) {
    return Optional.ofNullable(sectors.get(code));
  }

  /** Indexes of names, for building a gazetteer over the same entries. */
  public Map<String, List<Named<Person>>> personNameIndex() {
    return java.util.Collections.unmodifiableMap(personNames);
  }

  public Map<String, List<Named<Country>>> countryNameIndex() {
    return java.util.Collections.unmodifiableMap(countryNames);
  }

  public Map<String, List<Named<Country>>> countryAdjectiveIndex() {
    return java.util.Collections.unmodifiableMap(countryAdjectives);
  }

  public Map<String, List<Named<Organisation>>> organisationNameIndex() {
    return java.util.Collections.unmodifiableMap(organisationNames);
  }

  /** The roles the entity held on the day (several when offices overlap, main one first). */
  public List<Role> rolesOn(String entity, LocalDate date) {
    Person p = people.get(entity);
    return p == null ? List.of() : p.rolesOn(date);
  }

  /** The main role held on the day, or null. */
  public Role roleOn(String entity, LocalDate date) {
    Person p = people.get(entity);
    return p == null ? null : p.mainRoleOn(date);
  }

  /** Who a name stands for on a day: every person of that name with the roles held then. */
  public List<Identification> who(String name, LocalDate date) {
    List<Identification> out = new ArrayList<>();
    for (Person p : peopleNamed(name)) {
      out.add(new Identification(p, date, p.rolesOn(date)));
    }
    return out;
  }

  /**
   * The actor coded for the day: for a person of this knowledge base, the code, country, sector and role
   * of the office held on that day (the event coder calls this with the event's date); other actors are
   * returned unchanged. A person who held no office then keeps their country with no sector.
   */
  public Actor actorOn(Actor actor, LocalDate date) {
    if (actor == null || actor.entity() == null || date == null) {
      return actor;
    }
    Person p = people.get(actor.entity());
    if (p == null) {
      return actor;
    }
    return actorFor(p, actor.text(), date);
  }

  /** The actor a person is on a day. */
  public Actor actorFor(Person p, String text, LocalDate date) {
    Role r = date == null ? null : p.mainRoleOn(date);
    if (r == null) {
      String country = p.homeCountry();
      Role last = date == null ? null : lastEndedBefore(p, date);
      if (country != null && last != null && "GOV".equals(last.sector()) && country.equals(last.country())) {
        // a former head of government or minister is an elite in CAMEO ("former prime minister Papandreou")
        return new Actor(text, country + "ELI", country, "ELI", p.entity(), "former " + last.office());
      }
      return new Actor(text, country, country, null, p.entity(), null);
    }
    // An office of an international body (UN Secretary-General, AU Commission chair) is held for no country,
    // whatever the holder's nationality: CAMEO codes it IGO, not PRTIGO.
    boolean international = r.country() == null && isInternational(r.sector());
    String country = r.country() != null || international ? r.country() : p.homeCountry();
    String code = r.code() != null ? r.code() : country;
    return new Actor(text, code, country, r.sector(), p.entity(), r.office());
  }

  /** The role that ended last before the day, or null. */
  private static Role lastEndedBefore(Person p, LocalDate date) {
    Role last = null;
    for (Role r : p.roles()) {
      if (r.end() != null && r.end().isBefore(date) && (last == null || r.end().isAfter(last.end()))) {
        last = r;
      }
    }
    return last;
  }

  private static boolean isInternational(String sector) {
    return "IGO".equals(sector) || "NGO".equals(sector);
  }

  private static <T> Optional<T> first(Map<String, List<Named<T>>> map, String name) {
    List<T> all = all(map, name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  private static <T> List<T> all(Map<String, List<Named<T>>> map, String name) {
    if (name == null) {
      return List.of();
    }
    List<Named<T>> hits = map.getOrDefault(NameKey.of(name), List.of());
    List<T> out = new ArrayList<>();
    for (Named<T> n : hits) {
      if (n.caseRule().accepts(name, n.name()) && !out.contains(n.target())) {
        out.add(n.target());
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "KnowledgeBase[" + countries.size() + " countries, " + organisations.size() + " organisations, "
        + people.size() + " people, " + institutions.size() + " institution patterns, " + places.size()
        + " places; from " + sources + "]";
  }
}
