package org.dyad.events.coder;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.DateBasis;
import org.dyad.model.PartialDate;
import org.dyad.model.PublishedDate;
import org.dyad.model.TimeExpression;

/**
 * Dates an event: first a time expression attached in the parse to its trigger (or to the light verb or
 * governing verb that carries it), then one attached to a word that governs the trigger ("officials said
 * Thursday"), then one anywhere in the sentence that belongs to no other event, then the publication date.
 * What is never the event's date:
 * <ul>
 *   <li>a bound: "since 2017", "until 2028", "by Friday", "after last July's election";</li>
 *   <li>a date written in front of another noun: "the EU criticised the 2018 election" was not in 2018, unless
 *       that noun is the act's vehicle or occasion ("in his November 1 letter, Trump assured ...");</li>
 *   <li>a date hanging under another event's trigger ("X, who had fled, was arrested on Monday");</li>
 *   <li>for an event in the past perfect ("had accused"), any date but its own: it happened before the time the
 *       sentence is about, so the date of the verb that reports it or of the main clause is not its date. With
 *       none of its own it gets the publication date with the basis {@code publication}, as every undated event
 *       does: that basis says that only the report's date is known, never that the event happened then;</li>
 *   <li>for an act still to come (future, recommended, hypothetical), any date but its own: "X will file a
 *       complaint, the minister said on Friday" was announced on Friday, not filed then.</li>
 * </ul>
 * A relative expression that could not be resolved (no document date) leaves the date unknown rather than
 * falling back to a guess; an absolute one still counts. An event the text reports as done cannot be dated
 * after its report: an expression that would put it there belongs to something planned ("accepted an invitation
 * to a summit early next year").
 */
final class EventDater {
  /** Expressions that place nothing: "now" is the report's time, "for 34 years" a duration, "every week" a set. */
  private static final Pattern NOT_A_DATE_TEXT = Pattern.compile(
      "(?:now|right now|currently|at present|at the moment|these days|nowadays|every .*|each .*)");
  /** Expressions that say only that the event lies before (or after) the report, not when. */
  private static final Set<String> VAGUE_REFERENCES = Set.of("PAST_REF", "FUTURE_REF");
  /**
   * SUTime's resolved season ("this spring" is 2019-SP): no calendar period finer than its year holds a spring,
   * summer or autumn; a winter spans two years and names none.
   */
  private static final Pattern SEASON = Pattern.compile("(\\d{4})-(?:SP|SU|FA|AU)");

  private EventDater() {}

  /**
   * @param anchors the trigger and the tokens that carry it (light verb, governing content verb)
   * @param otherTriggers tokens of the sentence's other events, whose own time expressions are not ours
   */
  static EventDate date(ParseView p, SentenceTimes st, List<Integer> anchors, List<Integer> otherTriggers,
      PublishedDate published, Tense tense) {
    if (st.size() > 0) {
      Step step = new Step(st, published, tense);
      // 1. attached to the event itself
      for (int k = 0; k < st.size(); k++) {
        if (anchors.contains(st.attachment(k)) && !st.isBound(k)) {
          step.consider(k);
        }
      }
      if (step.found() != null || isAnterior(p, anchors) || tense == Tense.PLANNED) {
        return step.found() != null ? step.found() : fromPublication(published);
      }
      // 2. attached to a word governing the event, nearest first
      for (int depth = 1; depth <= 8; depth++) {
        for (int a : anchors) {
          int x = a;
          for (int k = 0; k < depth && x >= 0; k++) {
            x = p.governor(x);
          }
          for (int k = 0; k < st.size() && x >= 0; k++) {
            if (st.attachment(k) == x && !anchors.contains(x) && mayDate(p, st, k, anchors) && !isVague(st, k)) {
              step.consider(k);
            }
          }
        }
        if (step.found() != null) {
          return step.found();
        }
      }
      // 3. anywhere in the sentence, unless it belongs to another event
      for (int k = 0; k < st.size(); k++) {
        if (!belongsToOther(p, st.attachment(k), anchors, otherTriggers) && mayDate(p, st, k, anchors)
            && !isVague(st, k)) {
          step.consider(k);
        }
      }
      if (step.found() != null) {
        return step.found();
      }
    }
    return fromPublication(published);
  }

  /**
   * The expressions of one step: the first that gives a date wins; one that could not be placed (no document
   * date, "recently") is the answer only when none in the step gives a date.
   */
  private static final class Step {
    private final SentenceTimes st;
    private final PublishedDate published;
    private final Tense tense;
    private EventDate dated;
    private EventDate unknown;

    Step(SentenceTimes st, PublishedDate published, Tense tense) {
      this.st = st;
      this.published = published;
      this.tense = tense;
    }

    void consider(int k) {
      if (dated != null) {
        return;
      }
      EventDate d = st.dateOf(k, published, tense);
      if (d == null || (tense == Tense.DONE && afterPublication(d, published))) {
        return;
      }
      if (d.date() != null) {
        dated = d;
      } else if (unknown == null) {
        unknown = d;
      }
    }

    EventDate found() {
      return dated != null ? dated : unknown;
    }
  }

  /** Whether an expression not attached to the event may still date it (not a bound, not another noun's). */
  private static boolean mayDate(ParseView p, SentenceTimes st, int k, List<Integer> anchors) {
    if (st.isBound(k)) {
      return false;
    }
    int owner = st.ownerNoun(k);
    if (owner < 0) {
      return true;
    }
    // the dated noun is the act's subject ("Tuesday's talks produced a deal") or its occasion ("in the 2018
    // election, the party won")
    int g = p.governor(owner);
    if (!anchors.contains(g)) {
      return false;
    }
    if (p.isRelation(owner, "nsubj") || "nsubj:pass".equals(p.relation(owner))) {
      return true;
    }
    String marker = p.marker(owner);
    return (p.isRelation(owner, "obl") || p.isRelation(owner, "nmod"))
        && marker != null && Set.of("in", "at", "during", "on", "through").contains(marker);
  }

  /**
   * "Previously", "recently", "in recent years": they place only the act they modify, and only vaguely; one
   * that modifies another word of the sentence says nothing of this event's date.
   */
  private static boolean isVague(SentenceTimes st, int k) {
    TimeExpression t = st.times.get(k);
    String text = RelativeDates.normalise(t.text());
    return (t.timex() != null && VAGUE_REFERENCES.contains(t.timex())) || text.contains("recent")
        || text.equals("previously") || text.equals("earlier") || text.equals("formerly") || text.equals("once");
  }

  /** Whether the token, or a word above it, is another event's trigger before any of ours is reached. */
  private static boolean belongsToOther(ParseView p, int token, List<Integer> anchors, List<Integer> others) {
    int guard = 0;
    for (int x = token; x >= 0 && guard++ <= p.size(); x = p.governor(x)) {
      if (anchors.contains(x)) {
        return false;
      }
      if (others.contains(x)) {
        return true;
      }
    }
    return false;
  }

  /** The past perfect ("had accused", "had been arrested"): an act before the time the sentence is about. */
  static boolean isAnterior(ParseView p, List<Integer> anchors) {
    for (int a : anchors) {
      if (a < 0 || !"VBN".equals(p.pos(a))) {
        continue;
      }
      for (int c : p.children(a)) {
        String w = p.token(c).text().toLowerCase(Locale.ROOT);
        if ((p.isRelation(c, "aux")) && (w.equals("had") || w.equals("'d"))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a date lies wholly after the latest day the report can have been published. */
  private static boolean afterPublication(EventDate d, PublishedDate published) {
    DateSpans.Bounds bounds = DateSpans.bounds(published);
    return d.date() != null && bounds != null && d.date().start().isAfter(bounds.latest());
  }

  /** The date an expression gives with no tense known (see the three-argument form). */
  static EventDate fromExpression(TimeExpression t, PublishedDate published) {
    return fromExpression(t, published, Tense.UNSTATED);
  }

  /**
   * The date an expression gives; UNKNOWN for a relative one that cannot be resolved or places the event only
   * vaguely ("recently"); null when it names no date ("now", "for 34 years"). A relative expression is resolved
   * by {@link RelativeDates} for the event's tense, against both ends of the publication date when it is a range
   * (keeping only what both agree on: the finest calendar period holding both results); SUTime's own reading
   * (anchored only on an exact day) is used for the expressions RelativeDates does not know.
   */
  static EventDate fromExpression(TimeExpression t, PublishedDate published, Tense tense) {
    if (!t.relative()) {
      return t.date() == null ? null : new EventDate(t.date(), DateBasis.EXPLICIT);
    }
    String text = RelativeDates.normalise(t.text());
    String timex = t.timex() == null ? "" : t.timex();
    if (NOT_A_DATE_TEXT.matcher(text).matches() || timex.equals("PRESENT_REF")
        || (timex.startsWith("P") && !VAGUE_REFERENCES.contains(timex) && !text.contains("ago")
            && !text.contains("recent"))) {
      return null;
    }
    DateSpans.Bounds bounds = DateSpans.bounds(published);
    if (bounds == null || VAGUE_REFERENCES.contains(timex)) {
      return EventDate.UNKNOWN;
    }
    PartialDate early = RelativeDates.resolve(t, bounds.earliest(), tense);
    PartialDate late = RelativeDates.resolve(t, bounds.latest(), tense);
    if (early != null && late != null) {
      PartialDate both = DateSpans.covering(early, late);
      return both == null ? EventDate.UNKNOWN : new EventDate(both, DateBasis.RELATIVE);
    }
    if (bounds.earliest().equals(bounds.latest())) {
      // SUTime's own reading, anchored on the exact publication day
      if (t.date() != null) {
        return new EventDate(t.date(), DateBasis.RELATIVE);
      }
      java.util.regex.Matcher season = SEASON.matcher(timex);
      if (season.matches()) {
        return new EventDate(PartialDate.of(java.time.LocalDate.of(Integer.parseInt(season.group(1)), 1, 1),
            org.dyad.model.DatePrecision.YEAR), DateBasis.RELATIVE);
      }
    }
    return EventDate.UNKNOWN;
  }

  /** The publication date at the finest calendar period that holds every day it allows (a range's both ends). */
  static EventDate fromPublication(PublishedDate published) {
    DateSpans.Bounds bounds = DateSpans.bounds(published);
    PartialDate period = bounds == null ? null : DateSpans.covering(bounds.earliest(), bounds.latest());
    return period == null ? EventDate.UNKNOWN : new EventDate(period, DateBasis.PUBLICATION);
  }
}
