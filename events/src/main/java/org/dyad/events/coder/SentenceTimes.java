package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.model.PublishedDate;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * A sentence's time expressions, each with what the parse says about whose date it is: the token it attaches
 * to, whether it is only a bound ("since 2017", "until 2028", "by Friday", "after last July's election": the
 * event is not on that date), and the noun it is written in front of ("the 2018 election", "last July's vote"),
 * whose date it is rather than the clause's. The previous sentence's expressions are kept for "the same day"
 * and "two days later", which refer back.
 */
final class SentenceTimes {
  /** Words before an expression that make it a bound of the event rather than its date. */
  private static final Set<String> BOUND_WORDS = Set.of("since", "until", "till", "til", "by", "before", "after",
      "from", "pending", "ahead", "prior");
  /** Two-word bounds ending in "to" or "of": "prior to", "ahead of", "in the run-up to". */
  private static final Set<String> BOUND_HEADS = Set.of("prior", "ahead", "up", "run-up", "lead-up");

  /**
   * Nouns through which an act is done or that are the act's occasion: a date in front of them dates the act
   * ("in his November 1 letter, Trump assured ...", "at Tuesday's meeting, the ministers agreed ...").
   */
  private static final Set<String> VEHICLES = Set.of("letter", "statement", "speech", "interview", "message",
      "remark", "remarks", "address", "announcement", "communique", "communiqué", "declaration", "decree", "order",
      "ruling", "decision", "verdict", "meeting", "talks", "talk", "summit", "session", "visit", "call",
      "conference", "briefing", "vote", "broadcast", "post", "tweet", "editorial", "column", "note", "report",
      "news", "appearance", "hearing", "debate", "rally", "ceremony");

  final List<TimeExpression> times;
  private final int[] attachment;
  private final boolean[] bound;
  private final int[] ownerNoun;
  private final List<TimeExpression> previousSentence;
  private final ParseView p;

  SentenceTimes(ParseView p, List<TimeExpression> previousSentence) {
    this.p = p;
    this.times = withDemonstratives(p, p.sentence().times());
    this.previousSentence = List.copyOf(previousSentence);
    this.attachment = new int[times.size()];
    this.bound = new boolean[times.size()];
    this.ownerNoun = new int[times.size()];
    for (int k = 0; k < times.size(); k++) {
      int[] range = tokens(times.get(k));
      attachment[k] = range == null ? -1 : attach(range);
      bound[k] = range != null && isBound(times.get(k), range[0]);
      ownerNoun[k] = range == null ? -1 : ownerNoun(attachment[k], range[1]);
    }
  }

  /**
   * SUTime tags the bare unit of "later that week" or "the same day" as a duration ("week", P1W); with the
   * determiner in front it is read as the reference back it is.
   */
  private static List<TimeExpression> withDemonstratives(ParseView p, List<TimeExpression> found) {
    List<TimeExpression> out = new ArrayList<>(found.size());
    for (TimeExpression t : found) {
      String text = RelativeDates.normalise(t.text());
      int first = -1;
      for (Token tok : p.sentence().tokens()) {
        if (tok.start() == t.span().start()) {
          first = tok.index();
        }
      }
      boolean bareUnit = Set.of("day", "week", "month", "year").contains(text);
      String before = first >= 1 ? p.token(first - 1).text().toLowerCase(Locale.ROOT) : "";
      if (bareUnit && (before.equals("that") || before.equals("same"))) {
        Token from = p.token(before.equals("same") && first >= 2 ? first - 2 : first - 1);
        String words = p.sentence().text().substring(from.start() - p.sentence().span().start(),
            t.span().end() - p.sentence().span().start());
        out.add(new TimeExpression(new org.dyad.model.Span(from.start(), t.span().end()), words, null, null, true));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  int size() {
    return times.size();
  }

  /** The token outside the expression that its head hangs from: usually the predicate it dates; -1 if none. */
  int attachment(int k) {
    return attachment[k];
  }

  /** Whether the expression only bounds the event ("since 2017", "until 2028", "by Friday", "after May 3"). */
  boolean isBound(int k) {
    return bound[k];
  }

  /** The noun the expression is written in front of, when its date is that noun's own; else -1. */
  int ownerNoun(int k) {
    return ownerNoun[k];
  }

  /** The date the k-th expression gives (see {@link EventDater#fromExpression}), references back resolved. */
  EventDate dateOf(int k, PublishedDate published, Tense tense) {
    TimeExpression t = times.get(k);
    if (!SamePeriod.refersBack(t)) {
      return EventDater.fromExpression(t, published, tense);
    }
    List<TimeExpression> earlier = new ArrayList<>();
    for (int j = times.size() - 1; j >= 0; j--) {
      if (times.get(j).span().end() <= t.span().start() && !bound[j]) {
        earlier.add(times.get(j));
      }
    }
    for (int j = previousSentence.size() - 1; j >= 0; j--) {
      earlier.add(previousSentence.get(j));
    }
    return SamePeriod.resolve(t, earlier, published, tense);
  }

  /** The first and last token index the expression covers, or null when it covers none. */
  private int[] tokens(TimeExpression t) {
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
    return first < 0 ? null : new int[] {first, last};
  }

  private int attach(int[] range) {
    for (int i = range[0]; i <= range[1]; i++) {
      int g = p.governor(i);
      if (g < range[0] || g > range[1]) {
        return g;
      }
    }
    return -1;
  }

  private boolean isBound(TimeExpression t, int first) {
    String text = RelativeDates.normalise(t.text());
    int space = text.indexOf(' ');
    if (space > 0 && BOUND_WORDS.contains(text.substring(0, space))) {
      return true;
    }
    String before = first >= 1 ? word(first - 1) : "";
    if (BOUND_WORDS.contains(before) && !before.equals("ahead") && !before.equals("prior")) {
      return true;
    }
    return (before.equals("to") || before.equals("of")) && first >= 2 && BOUND_HEADS.contains(word(first - 2));
  }

  /**
   * A date written in front of a noun ("the 2018 election", "last July's general election") is that noun's:
   * another act in the clause ("the EU criticised the 2018 election") did not happen then. Vehicles of the act
   * (a letter, a statement, a meeting) are the exception, as is a dated noun that is the act's subject or its
   * occasion ("in the 2018 election, the party won"): see {@link EventDater}.
   */
  private int ownerNoun(int noun, int lastToken) {
    if (noun < 0 || noun <= lastToken || !p.pos(noun).startsWith("NN")) {
      return -1;
    }
    return VEHICLES.contains(p.lemma(noun).toLowerCase(Locale.ROOT)) ? -1 : noun;
  }

  private String word(int i) {
    return p.token(i).text().toLowerCase(Locale.ROOT);
  }
}
