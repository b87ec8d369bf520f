package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.DateBasis;
import org.dyad.model.PartialDate;
import org.dyad.model.PublishedDate;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Dates an event: first a time expression attached in the parse to its trigger (or to the light verb or
 * governing verb that carries it), then one attached to a word that governs the trigger ("officials said
 * Thursday"), then one anywhere in the sentence not attached to another event, then the publication date.
 * A relative expression that could not be resolved (no document date) leaves the date unknown rather than
 * falling back to a guess. An event the text reports as done cannot be dated after its report: an expression
 * that would put it there belongs to something planned ("accepted an invitation to a summit early next year").
 */
final class EventDater {

  /**
   * A sentence's time expressions with the token each one attaches to in the parse, and the previous
   * sentence's, which "the same day" may refer back to.
   */
  static final class SentenceTimes {
    final List<TimeExpression> times;
    final int[] attachment;
    private final List<TimeExpression> previousSentence;

    SentenceTimes(ParseView p, List<TimeExpression> previousSentence) {
      this.times = p.sentence().times();
      this.previousSentence = List.copyOf(previousSentence);
      this.attachment = new int[times.size()];
      for (int k = 0; k < times.size(); k++) {
        attachment[k] = attach(p, times.get(k));
      }
    }

    /** The date the k-th expression gives (see {@link #fromExpression}), references back resolved. */
    EventDate dateOf(int k, PublishedDate published) {
      TimeExpression t = times.get(k);
      if (!SamePeriod.refersBack(t)) {
        return fromExpression(t, published);
      }
      List<TimeExpression> earlier = new ArrayList<>();
      for (int j = times.size() - 1; j >= 0; j--) {
        if (times.get(j).span().end() <= t.span().start()) {
          earlier.add(times.get(j));
        }
      }
      for (int j = previousSentence.size() - 1; j >= 0; j--) {
        earlier.add(previousSentence.get(j));
      }
      return SamePeriod.resolve(t, earlier, published);
    }
  }

  private EventDater() {}

  /**
   * @param anchors the trigger and the tokens that carry it (light verb, governing content verb)
   * @param otherTriggers tokens of the sentence's other events, whose own time expressions are not ours
   */
  static EventDate date(ParseView p, SentenceTimes st, List<Integer> anchors, List<Integer> otherTriggers,
      PublishedDate published, boolean reportedAsDone) {
    java.util.function.Predicate<EventDate> fits = d -> d != null
        && !(reportedAsDone && afterPublication(d, published));
    if (!st.times.isEmpty()) {
      // 1. attached to the event itself
      for (int k = 0; k < st.times.size(); k++) {
        if (anchors.contains(st.attachment[k])) {
          EventDate d = st.dateOf(k, published);
          if (fits.test(d)) {
            return d;
          }
        }
      }
      // 2. attached to a word governing the event, nearest first
      for (int depth = 1; depth <= 8; depth++) {
        for (int a : anchors) {
          int x = a;
          for (int k = 0; k < depth && x >= 0; k++) {
            x = p.governor(x);
          }
          for (int k = 0; k < st.times.size() && x >= 0; k++) {
            if (st.attachment[k] == x && !anchors.contains(x)) {
              EventDate d = st.dateOf(k, published);
              if (fits.test(d)) {
                return d;
              }
            }
          }
        }
      }
      // 3. anywhere in the sentence, unless it belongs to another event
      for (int k = 0; k < st.times.size(); k++) {
        if (!otherTriggers.contains(st.attachment[k])) {
          EventDate d = st.dateOf(k, published);
          if (fits.test(d)) {
            return d;
          }
        }
      }
    }
    return fromPublication(published);
  }

  /** Whether a date lies wholly after the latest day the report can have been published. */
  private static boolean afterPublication(EventDate d, PublishedDate published) {
    DateSpans.Bounds bounds = DateSpans.bounds(published);
    return d.date() != null && bounds != null && d.date().start().isAfter(bounds.latest());
  }

  /**
   * The date an expression gives; UNKNOWN for a relative one that cannot be resolved; null when it names no
   * date. SUTime resolves relative expressions only against an exact publication day; when the publication
   * date is a range (or a month), the expression is resolved against both ends and keeps only what both agree
   * on: the finest calendar period holding both results.
   */
  static EventDate fromExpression(TimeExpression t, PublishedDate published) {
    if (t.date() != null) {
      return new EventDate(t.date(), t.relative() ? DateBasis.RELATIVE : DateBasis.EXPLICIT);
    }
    if (!t.relative()) {
      return null;
    }
    DateSpans.Bounds bounds = DateSpans.bounds(published);
    if (bounds == null) {
      return EventDate.UNKNOWN;
    }
    PartialDate early = RelativeDates.resolve(t, bounds.earliest());
    PartialDate late = RelativeDates.resolve(t, bounds.latest());
    PartialDate both = early == null || late == null ? null : DateSpans.covering(early, late);
    return both == null ? EventDate.UNKNOWN : new EventDate(both, DateBasis.RELATIVE);
  }

  /** The publication date at the finest calendar period that holds every day it allows (a range's both ends). */
  static EventDate fromPublication(PublishedDate published) {
    DateSpans.Bounds bounds = DateSpans.bounds(published);
    PartialDate period = bounds == null ? null : DateSpans.covering(bounds.earliest(), bounds.latest());
    return period == null ? EventDate.UNKNOWN : new EventDate(period, DateBasis.PUBLICATION);
  }

  /** The token outside the expression that its head hangs from: usually the predicate it dates. */
  private static int attach(ParseView p, TimeExpression t) {
    int first = -1;
    int last = -1;
    for (Token tok : p.sentence().tokens()) {
      if (tok.start() >= t.span().start() && tok.end() <= t.span().end()) {
        if (first < 0) {
          first = tok.index();
        }
        last = tok.index();
      }
    }
    if (first < 0) {
      return -1;
    }
    for (int i = first; i <= last; i++) {
      int g = p.governor(i);
      if (g < first || g > last) {
        return g;
      }
    }
    return -1;
  }
}
