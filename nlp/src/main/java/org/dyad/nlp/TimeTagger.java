package org.dyad.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * SUTime over a sentence, anchored on the document's day. SUTime's rules are matched over every token it is
 * given, so its cost grows with the sentence; {@link #nearCues} gives it only the stretches around time words
 * ({@link TimeWords}, with enough context on each side for the rules that combine neighbouring words),
 * which finds the same expressions for a fraction of the work. {@link #wholeSentence} is the reference it is checked against.
 */
final class TimeTagger {
  /**
   * Tokens of context kept on each side of a cue. SUTime's longest English patterns ("the first week of
   * next month", "between June 4 and June 6, 2024") span fewer tokens than a cue plus this on either side.
   */
  static final int CONTEXT_TOKENS = 8;

  private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b|'\\d{2}\\b");

  private TimeTagger() {}

  /** SUTime over the whole sentence: what a plain CoreNLP pipeline does. */
  static List<TimeExpression> wholeSentence(Sentence s, LocalDate anchor) {
    if (s.tokens().isEmpty()) {
      return List.of();
    }
    List<TimeExpression> out = new ArrayList<>();
    annotate(s, 0, s.tokens().size(), anchor, out);
    SutimeGaps.addMissing(s, out);
    return out;
  }

  /** SUTime over the token windows around the sentence's time words only; nothing when there is none. */
  static List<TimeExpression> nearCues(Sentence s, LocalDate anchor) {
    List<TimeExpression> out = new ArrayList<>();
    for (int[] w : windows(s)) {
      annotate(s, w[0], w[1], anchor, out);
    }
    SutimeGaps.addMissing(s, out);
    return out;
  }

  /**
   * The {from, to} token ranges around the tokens SUTime can build an expression on, widened by the context
   * and merged where they overlap or touch.
   */
  static List<int[]> windows(Sentence s) {
    List<int[]> windows = new ArrayList<>();
    int n = s.tokens().size();
    for (Token t : s.tokens()) {
      if (!TimeWords.mayAnchor(t.text())) {
        continue;
      }
      int from = Math.max(0, t.index() - CONTEXT_TOKENS);
      int to = Math.min(n, t.index() + 1 + CONTEXT_TOKENS);
      int[] previous = windows.isEmpty() ? null : windows.get(windows.size() - 1);
      if (previous != null && from <= previous[1]) {
        previous[1] = Math.max(previous[1], to);
      } else {
        windows.add(new int[] {from, to});
      }
    }
    return windows;
  }

  private static void annotate(Sentence s, int from, int to, LocalDate anchor, List<TimeExpression> out) {
    CoreMap window = CoreLabels.toCoreMap(s, from, to);
    List<CoreMap> found = CoreNlpModels.sutime().annotateSingleSentence(window,
        anchor == null ? "" : anchor.toString(), new SUTime.TimeIndex());
    if (found == null) {
      return;
    }
    for (CoreMap cm : found) {
      Timex timex = cm.get(TimeAnnotations.TimexAnnotation.class);
      Integer begin = cm.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      Integer end = cm.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      if (timex == null || begin == null || end == null || end > s.span().end() || begin < s.span().start()) {
        continue;
      }
      String text = s.text().substring(begin - s.span().start(), end - s.span().start());
      boolean relative = !FOUR_DIGIT_YEAR.matcher(text).find();
      PartialDate date = TimexValues.toDate(timex.value());
      if (relative && anchor == null) {
        date = null;
      }
      out.add(new TimeExpression(new Span(begin, end), text, timex.value(), date, relative));
    }
  }
}
