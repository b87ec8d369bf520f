package org.dyad.actors.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;

/**
 * Merges dictionary parts into a {@link KnowledgeBase}, later parts refining earlier ones: a country gains
 * the names a user dictionary adds, a person of the same entity id gains its roles and aliases, an
 * organisation, institution pattern or sector of the same id is replaced.
 */
public final class KnowledgeBaseBuilder {
  private final List<DictionaryPart> parts = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  KnowledgeBaseBuilder() {}

  private static final class BundledHolder {
    static final List<Problem> PROBLEMS = new ArrayList<>();
    static final DictionaryPart TABLES = KbTables.bundled(KbTables.DEFAULT_FOLDER, PROBLEMS::add);
    static final DictionaryPart METONYMS = new DictionaryPart("classpath:/dyad/actors/metonyms.tsv", null,
        KbTables.withResource("/dyad/actors/", "metonyms.tsv", PROBLEMS::add,
            (r, s) -> KbTables.organisations(r, s, PROBLEMS::add)), null, null, null);
  }

  /** The tables bundled with dyad (read once per JVM) and its seats-of-government metonyms. */
  public KnowledgeBaseBuilder withDefaults() {
    parts.add(BundledHolder.TABLES);
    parts.add(BundledHolder.METONYMS);
    problems.addAll(BundledHolder.PROBLEMS);
    return this;
  }

  /** Tables from another class-path folder laid out like {@code /dyad/kb/} (used by tests). */
  public KnowledgeBaseBuilder withTables(String classpathFolder, ProblemSink sink) {
    List<Problem> found = new ArrayList<>();
    parts.add(KbTables.bundled(classpathFolder, p -> {
      found.add(p);
      sink.report(p);
    }));
    problems.addAll(found);
    return this;
  }

  public KnowledgeBaseBuilder add(DictionaryPart part) {
    parts.add(part);
    return this;
  }

  public KnowledgeBase build() {
    Map<String, Country> countries = new LinkedHashMap<>();
    Map<String, Organisation> orgs = new LinkedHashMap<>();
    Map<String, Person> people = new LinkedHashMap<>();
    Map<String, InstitutionPattern> institutions = new LinkedHashMap<>();
    Map<String, Sector> sectors = new LinkedHashMap<>();
    List<String> sources = new ArrayList<>();
    List<Place> places = new ArrayList<>();
    for (DictionaryPart part : parts) {
      sources.add(part.source());
      places.addAll(part.places());
      for (Country c : part.countries()) {
        countries.merge(c.iso3(), c, (old, add) -> old.plus(add.allNames(), add.adjectives()));
      }
      for (Organisation o : part.organisations()) {
        orgs.put(o.id(), o);
      }
      for (Person p : part.people()) {
        people.merge(p.entity(), p, KnowledgeBaseBuilder::mergePeople);
      }
      for (InstitutionPattern i : part.institutions()) {
        institutions.put(i.head(), i);
      }
      for (Sector s : part.sectors()) {
        sectors.put(s.code(), s);
      }
    }
    return new KnowledgeBase(countries, new ArrayList<>(orgs.values()), people, institutions, sectors,
        problems, sources, places);
  }

  private static Person mergePeople(Person old, Person add) {
    LinkedHashSet<String> aliases = new LinkedHashSet<>(old.aliases());
    aliases.addAll(add.allNames());
    aliases.remove(old.name());
    List<Role> roles = new ArrayList<>(old.roles());
    for (Role r : add.roles()) {
      if (!roles.contains(r)) {
        roles.add(r);
      }
    }
    return new Person(old.entity(), old.name(), new ArrayList<>(aliases),
        old.country() != null ? old.country() : add.country(), roles);
  }
}
