package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Token;

/**
 * Country words coordinated before one head noun share it: "Hungarian and Romanian officials" are Hungarian
 * officials and Romanian officials, "US and British forces" US forces and British forces. The phrase rules read
 * each country word on its own, so the first conjunct would be a bare country (or, followed by a verb, its
 * government); here it takes the sector and office of the phrase that carries the head.
 */
final class SharedHeads {
  /** What the phrase holding the head may have been resolved as: a country word and a noun naming a body. */
  private static final Set<Resolution> HEADED = Set.of(Resolution.NATIONALITY, Resolution.INSTITUTION,
      Resolution.DEFINITE_DESCRIPTION);

  private SharedHeads() {}

  /** The mentions of one sentence, in text order, with coordinated country words given their shared head. */
  static List<Mention> apply(List<Token> tokens, List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions);
    // from the right, so that "French, Italian and Egyptian warships" passes the head along the whole list
    for (int i = out.size() - 2; i >= 0; i--) {
      Mention m = out.get(i);
      Mention next = out.get(i + 1);
      if (sharesHead(tokens, m, next)) {
        Actor a = m.actor();
        Actor h = next.actor();
        out.set(i, new Mention(m.sentence(), m.span(), m.head(),
            new Actor(a.text(), a.country() + h.sector(), a.country(), h.sector(), null, h.role()), m.resolution()));
      }
    }
    return out;
  }

  private static boolean sharesHead(List<Token> tokens, Mention m, Mention next) {
    Actor a = m.actor();
    Actor h = next.actor();
    if (m.sentence() != next.sentence() || a.entity() != null || a.country() == null || h.entity() != null
        || h.country() == null || h.sector() == null || !HEADED.contains(next.resolution())) {
      return false;
    }
    if (!isCountryWordAlone(m)) {
      return false;
    }
    int end = tokenEndingAt(tokens, m.span().end());
    int nextStart = tokenStartingAt(tokens, next.span().start());
    if (end < 0 || nextStart < 0 || !onlyConjunctions(tokens, end + 1, nextStart)) {
      return false;
    }
    // the head's phrase must open with its own country word ("Romanian officials"), not be a body of its own
    // ("Hungary and the government"): a capitalised first word naming the head's country
    Token first = tokens.get(nextStart);
    return AtomFinder.startsUpper(first.text()) && !Cues.lower(tokens, nextStart).equals("the");
  }

  /**
   * A country word used as an adjective: a nationality with no sector of its own ("Hungarian", not "Hungarians"
   * read as people), or an abbreviation used attributively ("US", "U.K."), bare or taken as its government
   * because a verb followed the whole coordination.
   */
  private static boolean isCountryWordAlone(Mention m) {
    Actor a = m.actor();
    String surface = a.text();
    if (m.resolution() == Resolution.NATIONALITY) {
      return a.sector() == null;
    }
    boolean abbreviation = surface.matches("[A-Z](?:\\.?[A-Z]){1,3}\\.?");
    return m.resolution() == Resolution.COUNTRY && abbreviation && (a.sector() == null || "GOV".equals(a.sector()));
  }

  /** Whether tokens [from, to) are only "and", "or" or commas, and at least one of them. */
  private static boolean onlyConjunctions(List<Token> tokens, int from, int to) {
    if (from >= to || to - from > 2) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String w = Cues.lower(tokens, k);
      if (!(w.equals("and") || w.equals("or") || w.equals(","))) {
        return false;
      }
    }
    return true;
  }

  private static int tokenEndingAt(List<Token> tokens, int charEnd) {
    for (Token t : tokens) {
      if (t.end() == charEnd) {
        return t.index();
      }
    }
    return -1;
  }

  private static int tokenStartingAt(List<Token> tokens, int charStart) {
    for (Token t : tokens) {
      if (t.start() == charStart) {
        return t.index();
      }
    }
    return -1;
  }
}
