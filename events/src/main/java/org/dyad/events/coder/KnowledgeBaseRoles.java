package org.dyad.events.coder;

import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.model.Actor;
import org.dyad.model.DatePrecision;
import org.dyad.model.PartialDate;

/**
 * Roles on the event's date from the actors module's knowledge base: a person is re-coded by the office held
 * on that day, or, for an event known only to its month, quarter or year, by the office held for most of
 * that period (Biden "in 2021" is the president, although January 1st was before his inauguration). Other
 * actors are unchanged.
 */
public final class KnowledgeBaseRoles implements RoleOnDate {
  private final KnowledgeBase kb;

  public KnowledgeBaseRoles(KnowledgeBase kb) {
    this.kb = kb;
  }

  @Override
  public Actor on(Actor actor, PartialDate date) {
    if (actor == null || actor.entity() == null || date == null) {
      return actor;
    }
    Actor dated = date.precision() == DatePrecision.DAY ? kb.actorOn(actor, date.start()) : mostOf(actor, date);
    // keep the words of this mention; only code, sector and role follow the date
    return dated == null ? actor : new Actor(actor.text(), dated.code(), dated.country(), dated.sector(),
        dated.entity(), dated.role());
  }

  /** The coding that holds on most of five evenly spaced days of the period; the later one on a tie. */
  private Actor mostOf(Actor actor, PartialDate period) {
    java.time.LocalDate start = period.start();
    long days = java.time.temporal.ChronoUnit.DAYS.between(start, period.end());
    java.util.Map<String, Integer> votes = new java.util.HashMap<>();
    Actor best = null;
    int bestVotes = 0;
    for (int k = 0; k <= 4; k++) {
      Actor a = kb.actorOn(actor, start.plusDays(days * k / 4));
      if (a == null) {
        continue;
      }
      int v = votes.merge(a.code() + "|" + a.role(), 1, Integer::sum);
      if (v >= bestVotes) {
        best = a;
        bestVotes = v;
      }
    }
    return best;
  }
}
