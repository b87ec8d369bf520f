package org.dyad.actors.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.kb.Person;
import org.dyad.actors.kb.Role;
import org.dyad.model.Actor;
import org.dyad.model.Token;

/**
 * How a known person is coded in a text without a date, when no day picks their office. The text itself
 * decides, in this order:
 * <ol>
 *   <li>"former", "ex-", "ousted", "deposed" or "late" before the phrase: an elite of the country of their
 *       latest government office, as CAMEO codes former officials ("former President X");
 *   <li>a title before the name: the office it fits ("Prime Minister X"), else, when the title names an
 *       office the table words differently ("President" for a "Chairman of the State Council"), the
 *       title's own sector;
 *   <li>no title: the code every office of the person gives, when they all give the same one (a president
 *       who held nothing else, a pope);
 *   <li>otherwise nothing: the person keeps their country without sector.
 * </ol>
 */
final class UndatedPerson {
  private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "late", "ousted", "deposed");

  /** An actor and the office it was coded from (null when the text's title was taken at its word). */
  record Coded(Actor actor, Role role) {}

  private UndatedPerson() {}

  static Coded code(Person p, String surface, Title title, String titleCountry, boolean former) {
    if (former) {
      Role gov = latestGovernmentRole(p);
      return gov == null ? null
          : new Coded(new Actor(surface, gov.country() + "ELI", gov.country(), "ELI", p.entity(),
              "former " + gov.office()), gov);
    }
    if (title != null) {
      for (Role r : p.roles()) {
        if (title.fits(r)) {
          return new Coded(new Actor(surface, r.code(), r.country() != null ? r.country() : p.homeCountry(),
              r.sector(), p.entity(), r.office()), r);
        }
      }
      if (!title.generic() && title.sector() != null) {
        String country = titleCountry != null ? titleCountry : p.homeCountry();
        return new Coded(new Actor(surface, PhraseResolver.code(country, title.sector()), country, title.sector(),
            p.entity(), title.words()), null);
      }
      return null;
    }
    Role only = onlyCode(p);
    if (only == null) {
      return null;
    }
    String country = only.country() != null || "IGO".equals(only.sector()) ? only.country() : p.homeCountry();
    return new Coded(new Actor(surface, only.code(), country, only.sector(), p.entity(), only.office()), only);
  }

  /** Whether a word saying the office is no longer held comes right before the phrase, or begins it. */
  static boolean formerBefore(List<Token> tokens, int phraseStart, String surface) {
    Token before = null;
    for (Token t : tokens) {
      if (t.end() <= phraseStart) {
        before = t;
      }
    }
    String w = before == null ? "" : before.text().toLowerCase(Locale.ROOT);
    return FORMER.contains(w) || surface.toLowerCase(Locale.ROOT).matches("(former|ex-|late|ousted|deposed)\\b.*");
  }

  /** The latest government office the person held in their own country, or null. */
  private static Role latestGovernmentRole(Person p) {
    Role latest = null;
    for (Role r : p.roles()) {
      if ("GOV".equals(r.sector()) && r.country() != null && r.country().equals(p.homeCountry())
          && startsLater(r, latest)) {
        latest = r;
      }
    }
    return latest;
  }

  /** The latest office of a person whose offices all give the same code, or null when they differ. */
  private static Role onlyCode(Person p) {
    Role latest = null;
    for (Role r : p.roles()) {
      if (r.code() == null || r.sector() == null || (latest != null && !r.code().equals(latest.code()))) {
        return null;
      }
      if (startsLater(r, latest)) {
        latest = r;
      }
    }
    return latest;
  }

  private static boolean startsLater(Role r, Role than) {
    return than == null || (r.start() != null && (than.start() == null || r.start().isAfter(than.start())));
  }
}
