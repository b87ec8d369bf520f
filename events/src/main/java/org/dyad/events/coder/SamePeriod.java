package org.dyad.events.coder;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateBasis;
import org.dyad.model.DatePrecision;
import org.dyad.model.PartialDate;
import org.dyad.model.PublishedDate;
import org.dyad.model.TimeExpression;

/**
 * "On the same day", "that week": an expression that names no date of its own but the period of the date just
 * before it. Only the same and the previous sentence are searched, because the parse stage finds time
 * expressions only in sentences that can hold an event: a date further back may not be the nearest one. A
 * previous sentence the parse stage skipped and that has no date word at all is passed over.
 */
final class SamePeriod {
  private static final Pattern SAME = Pattern.compile(
      "(?:on |in |during |at )?(?:the same|that same|that|the very same) (day|week|month|year)");

  private SamePeriod() {}

  static boolean refersBack(TimeExpression t) {
    return t.text() != null && SAME.matcher(norm(t.text())).matches();
  }

  /**
   * The period of the nearest earlier dated expression, widened to the unit named ("the same week" of a day is
   * its week); UNKNOWN when none is near enough.
   *
   * @param earlierNearestFirst the expressions before {@code t} in its sentence and the previous one
   */
  static EventDate resolve(TimeExpression t, List<TimeExpression> earlierNearestFirst, PublishedDate published) {
    Matcher m = SAME.matcher(norm(t.text()));
    if (!m.matches()) {
      throw new IllegalArgumentException("not a reference back: " + t.text());
    }
    for (TimeExpression before : earlierNearestFirst) {
      if (refersBack(before)) {
        continue;
      }
      EventDate d = EventDater.fromExpression(before, published);
      if (d == null) {
        continue; // a duration or a time of day: not a date to refer back to
      }
      if (d.date() == null) {
        return EventDate.UNKNOWN; // the nearest date is itself unknown: do not skip to an older one
      }
      PartialDate unit = PartialDate.of(d.date().start(), precision(m.group(1)));
      PartialDate period = unit.precision().compareTo(d.date().precision()) <= 0 ? d.date()
          : DateSpans.covering(unit, d.date());
      return period == null ? EventDate.UNKNOWN : new EventDate(period, DateBasis.RELATIVE);
    }
    return EventDate.UNKNOWN;
  }

  private static final java.util.Set<String> DATE_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "tonight", "day", "days", "week",
      "weeks", "month", "months", "year", "years", "weekend", "ago");
  private static final Pattern DATE_NUMBER = Pattern.compile("\\d{4}|\\d{1,2}(st|nd|rd|th)");

  /**
   * Whether a sentence the parse stage skipped (and so gave no time expressions) may still name a date: any
   * word that could be part of one. One that cannot is passed over when looking for the date "the same day"
   * refers back to ("... on Wednesday: '...' [a quotation without dates] On the same day, ...").
   */
  static boolean mayNameADate(org.dyad.model.Sentence s) {
    for (org.dyad.model.Token t : s.tokens()) {
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.endsWith(".")) {
        w = w.substring(0, w.length() - 1);
      }
      boolean number = !w.isEmpty() && Character.isDigit(w.charAt(0)) && DATE_NUMBER.matcher(w).matches();
      if (number || DATE_WORDS.contains(w)) {
        return true;
      }
    }
    return s.tokens().isEmpty();
  }

  private static DatePrecision precision(String unit) {
    return switch (unit) {
      case "day" -> DatePrecision.DAY;
      case "week" -> DatePrecision.WEEK;
      case "month" -> DatePrecision.MONTH;
      default -> DatePrecision.YEAR;
    };
  }

  private static String norm(String text) {
    return text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }
}
