package org.dyad.actors.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.actors.kb.NameKey;
import org.dyad.actors.kb.Person;
import org.dyad.actors.kb.Role;

/**
 * Chooses between people written the same way: "Gandhi" is Indira in 1975 and Rajiv in 1987, "Bush" the
 * father in 1990 and the son in 2003. The knowledge base spans decades, so a surname or a shared full name
 * often names several people; the document and its date decide, in this order:
 * <ol>
 *   <li>the namesake the document already named ("Rajiv Gandhi ... Gandhi said");
 *   <li>with a date, the one who held an office on it; a bare surname also counts people of that surname
 *       who do not carry it as an alias ("Carter" in 2016 is the defence secretary, not the former
 *       president);
 *   <li>with a date, of the people carrying the name, the one whose last office ended most recently
 *       before it (a former leader is still news);
 *   <li>otherwise the first person the knowledge base lists under the name.
 * </ol>
 */
final class Namesakes {
  private final KnowledgeBase kb;
  private final Map<String, List<Person>> surnames;

  Namesakes(KnowledgeBase kb, Map<String, List<Person>> surnames) {
    this.kb = kb;
    this.surnames = surnames;
  }

  /** The person meant by {@code surface}, where the gazetteer found {@code first} (one of those named so). */
  Person choose(Person first, String surface, LocalDate date, Discourse d) {
    List<Person> named = new ArrayList<>(kb.peopleNamed(surface));
    if (!named.contains(first)) {
      named.add(0, first);
    }
    List<Person> all = new ArrayList<>(named);
    List<String> units = NameKey.unitsOfName(surface);
    if (units.size() == 1) {
      for (Person p : surnames.getOrDefault(units.get(0), List.of())) {
        if (!all.contains(p)) {
          all.add(p);
        }
      }
    }
    if (all.size() == 1) {
      return first;
    }
    Discourse.Referent earlier = d.byNamePart(surface);
    if (earlier != null && earlier.person() != null && all.contains(earlier.person())) {
      return earlier.person();
    }
    if (date == null) {
      return first;
    }
    for (Person p : named) {
      if (inOffice(p, date)) {
        return p;
      }
    }
    for (Person p : all) {
      if (inOffice(p, date)) {
        return p;
      }
    }
    Person latest = null;
    LocalDate latestEnd = null;
    for (Person p : named) {
      for (Role r : p.roles()) {
        if (r.end() != null && r.end().isBefore(date) && (latestEnd == null || r.end().isAfter(latestEnd))) {
          latest = p;
          latestEnd = r.end();
        }
      }
    }
    return latest != null ? latest : first;
  }

  private static boolean inOffice(Person p, LocalDate date) {
    for (Role r : p.roles()) {
      if (r.isDated() && r.heldOn(date)) {
        return true;
      }
    }
    return false;
  }
}
