package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.actors.kb.CaseRule;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.English;
import org.dyad.actors.kb.InstitutionPattern;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.actors.kb.NameKey;
import org.dyad.actors.kb.Organisation;
import org.dyad.actors.kb.PeopleGroup;
import org.dyad.actors.kb.PeopleGroups;
import org.dyad.actors.kb.Person;
import org.dyad.actors.kb.Place;

/**
 * A trie over lower-cased name units: every name of the knowledge base, every title and institution noun.
 * Walking it from a unit of a sentence finds all names that start there in time proportional to the
 * longest one, so a whole sentence costs about one hash lookup per unit.
 */
final class Gazetteer {
  private static final class Node {
    Map<String, Node> children;
    List<Entry> entries;
  }

  /** A name found at a position: the entries and how many units they cover. */
  record Hit(int length, List<Entry> entries) {}

  private final Node root = new Node();
  private int size;

  static Gazetteer of(KnowledgeBase kb) {
    Gazetteer g = new Gazetteer();
    for (Person p : kb.people()) {
      for (String n : p.allNames()) {
        g.add(n, new Entry(Entry.Kind.PERSON, n, CaseRule.forProperName(n), p));
      }
    }
    for (Organisation o : kb.organisations()) {
      for (String n : o.names()) {
        g.add(n, new Entry(Entry.Kind.ORGANISATION, n, CaseRule.forProperName(n), o));
      }
    }
    for (Country c : kb.countries()) {
      for (String n : c.allNames()) {
        g.add(n, new Entry(Entry.Kind.COUNTRY, n, CaseRule.forProperName(n), c));
      }
      for (String a : c.adjectives()) {
        g.add(a, new Entry(Entry.Kind.DEMONYM, a, CaseRule.forProperName(a), c));
      }
      for (String cap : c.capitals()) {
        g.add(cap, new Entry(Entry.Kind.CAPITAL, cap, CaseRule.forProperName(cap), c));
      }
    }
    for (PeopleGroup p : PeopleGroups.defaults()) {
      for (String n : p.allNames()) {
        g.add(n, new Entry(Entry.Kind.PEOPLE, n, CaseRule.forProperName(n), p));
      }
    }
    for (Place pl : kb.places()) {
      for (String n : pl.allNames()) {
        // a name shared by places in two countries tells no country: it is left to the NER
        Country c = kb.countryOfPlace(n).orElse(null);
        if (c != null) {
          g.add(n, new Entry(Entry.Kind.PLACE, n, CaseRule.forProperName(n), c));
        }
      }
    }
    for (Title t : Lexicon.titles()) {
      g.add(t.words(), new Entry(Entry.Kind.TITLE, t.words(), CaseRule.ANY, t));
      if (!t.words().endsWith("s")) {
        g.add(English.plural(t.words()), new Entry(Entry.Kind.TITLE, t.words(), CaseRule.ANY, t));
      }
    }
    for (InstitutionPattern i : kb.institutions()) {
      g.add(i.head(), new Entry(Entry.Kind.INSTITUTION, i.head(), CaseRule.ANY, i));
      String plural = English.plural(i.head());
      if (kb.institution(plural).isEmpty() || kb.institution(plural).get() == i) {
        g.add(plural, new Entry(Entry.Kind.INSTITUTION, i.head(), CaseRule.ANY, i));
      }
    }
    return g;
  }

  private void add(String name, Entry entry) {
    List<String> units = NameKey.unitsOfName(name);
    if (units.isEmpty()) {
      return;
    }
    Node n = root;
    for (String u : units) {
      if (n.children == null) {
        n.children = new HashMap<>(4);
      }
      n = n.children.computeIfAbsent(u, k -> new Node());
    }
    if (n.entries == null) {
      n.entries = new ArrayList<>(1);
    }
    for (Entry e : n.entries) {
      if (e.kind() == entry.kind() && e.target() == entry.target()) {
        return;
      }
    }
    n.entries.add(entry);
    size++;
  }

  /** Every name that starts at unit {@code from}, longest last. */
  List<Hit> hitsAt(List<String> units, int from) {
    List<Hit> hits = null;
    Node n = root;
    for (int i = from; i < units.size(); i++) {
      if (n.children == null) {
        break;
      }
      n = n.children.get(units.get(i));
      if (n == null) {
        break;
      }
      if (n.entries != null) {
        if (hits == null) {
          hits = new ArrayList<>(2);
        }
        hits.add(new Hit(i - from + 1, n.entries));
      }
    }
    return hits == null ? List.of() : hits;
  }

  int size() {
    return size;
  }
}
