package org.dyad.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.PartialDate;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.model.Token;

/**
 * Dates news writes that SUTime's rules miss:
 * <ul>
 *   <li>"mid-September", "late-2019": the tokenizer keeps a part-of-period prefix and its month or year as one
 *       token, which SUTime never matches, so the common "in mid-September" would carry no date at all. Such a
 *       token is read as the month (without a year, like SUTime's "XXXX-09", resolved later against the
 *       document) or the year it names; the part ("mid") is not a finer date, so it is dropped;</li>
 *   <li>"in May", "since May", "late May": SUTime leaves the month that is also a modal verb alone. After a
 *       preposition or a part-of-period word and capitalised, it can only be the month.</li>
 * </ul>
 */
final class SutimeGaps {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1),
      Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4), Map.entry("may", 5),
      Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8), Map.entry("september", 9),
      Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12));
  private static final Pattern PART_OF_PERIOD = Pattern.compile("(?:early|mid|late|end)-([a-z]+|(?:1[89]|20)\\d{2})");

  /** Words before a capitalised "May" that make it the month: "in May", "early May", "since May". */
  private static final java.util.Set<String> BEFORE_MAY = java.util.Set.of("in", "early", "late", "mid", "since",
      "until", "till", "by", "during", "from", "last", "next", "this", "of", "through", "before", "after");

  private SutimeGaps() {}

  /** Adds an expression for each such token that no expression in {@code found} covers yet, in text order. */
  static void addMissing(Sentence s, List<TimeExpression> found) {
    int before = found.size();
    for (Token t : s.tokens()) {
      if (isMonthMay(s, t) && !covered(t, found)) {
        found.add(new TimeExpression(t.span(), t.text(), "XXXX-05", null, true));
        continue;
      }
      Matcher m = PART_OF_PERIOD.matcher(t.text().toLowerCase(Locale.ROOT));
      if (!m.matches() || covered(t, found)) {
        continue;
      }
      String period = m.group(1);
      if (Character.isDigit(period.charAt(0))) {
        found.add(new TimeExpression(t.span(), t.text(), period, PartialDate.parse(period), false));
      } else if (MONTHS.containsKey(period)) {
        found.add(new TimeExpression(t.span(), t.text(), String.format(Locale.ROOT, "XXXX-%02d", MONTHS.get(period)),
            null, true));
      }
    }
    if (found.size() > before) {
      found.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
    }
  }

  private static boolean isMonthMay(Sentence s, Token t) {
    if (!t.text().equals("May") || t.index() == 0) {
      return false;
    }
    String before = s.tokens().get(t.index() - 1).text().toLowerCase(Locale.ROOT);
    boolean yearOrDayFollows = t.index() + 1 < s.tokens().size()
        && Character.isDigit(s.tokens().get(t.index() + 1).text().charAt(0));
    return BEFORE_MAY.contains(before) && !yearOrDayFollows; // "May 3", "May 2021": SUTime reads those itself
  }

  private static boolean covered(Token t, List<TimeExpression> found) {
    for (TimeExpression e : found) {
      if (e.span().start() < t.end() && t.start() < e.span().end()) {
        return true;
      }
    }
    return false;
  }
}
