package org.dyad.events.coder;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DateBasis;
import org.dyad.model.DatePrecision;
import org.dyad.model.PartialDate;
import org.dyad.model.PublishedDate;
import org.dyad.model.TimeExpression;

/**
 * "On the same day", "that week", "two days later", "the previous day": an expression that names no date of its
 * own but the period of the date just before it in the text, or that period moved by a count of days, weeks,
 * months or years. News tells a story in steps ("X was arrested on March 3. Two days later, ..."): SUTime would
 * count "two days later" from the publication day, which is wrong. Only the same and the previous sentence are
 * searched, because the parse stage finds time
 * expressions only in sentences that can hold an event: a date further back may not be the nearest one. A
 * previous sentence the parse stage skipped and that has no date word at all is passed over.
 */
final class SamePeriod {
  private static final Pattern SAME = Pattern.compile(
      "(?:on |in |during |at )?(?:the same|that same|that|the very same) (day|week|month|year)");
  private static final Pattern COUNTED = Pattern.compile("(?:(?:about|some|nearly|almost|just|only|barely) )?"
      + RelativeDates.COUNT + " (day|week|month|year)s? (later|earlier|after|before|afterwards?|on)");
  private static final Pattern NEIGHBOUR = Pattern.compile("(?:on |in |during |over |by )?the (next|following|"
      + "previous|preceding|prior|subsequent) (day|morning|afternoon|evening|night|week|weekend|month|year)");
  private static final Pattern DAY_BEFORE_OR_AFTER = Pattern.compile("(?:on )?the day (before|after)");
  /** "hours later": the same day as the earlier date, as news uses it. */
  private static final Pattern HOURS = Pattern.compile("(?:(?:a few|several|some|just|only|barely) )?"
      + "hours (?:later|earlier|afterwards?)");
  /**
   * "days later", "a few weeks earlier", "forty-eight hours later": after an earlier date, but by how much the
   * text does not say in words read here; never counted from the publication instead.
   */
  private static final Pattern UNCOUNTED = Pattern.compile("(?:.* )?(?:minutes?|hours?|days|weeks|months|years) "
      + "(?:later|earlier|after|before|afterwards?|on)");

  private SamePeriod() {}

  static boolean refersBack(TimeExpression t) {
    if (t.text() == null) {
      return false;
    }
    String text = norm(t.text());
    return SAME.matcher(text).matches() || COUNTED.matcher(text).matches() || NEIGHBOUR.matcher(text).matches()
        || DAY_BEFORE_OR_AFTER.matcher(text).matches() || HOURS.matcher(text).matches()
        || UNCOUNTED.matcher(text).matches();
  }

  /** How far from the earlier date an expression that refers back lies: a count of units, signed. */
  private record Offset(int amount, String unit) {
    static Offset of(String text) {
      Matcher m;
      if ((m = SAME.matcher(text)).matches()) {
        return new Offset(0, m.group(1));
      }
      if ((m = COUNTED.matcher(text)).matches()) {
        int n = RelativeDates.count(m.group(1));
        boolean back = m.group(3).equals("earlier") || m.group(3).equals("before");
        return new Offset(back ? -n : n, m.group(2));
      }
      if ((m = NEIGHBOUR.matcher(text)).matches()) {
        boolean back = Set.of("previous", "preceding", "prior").contains(m.group(1));
        String unit = switch (m.group(2)) {
          case "week", "weekend" -> "week";
          case "month" -> "month";
          case "year" -> "year";
          default -> "day"; // "the next morning"
        };
        return new Offset(back ? -1 : 1, unit);
      }
      if ((m = DAY_BEFORE_OR_AFTER.matcher(text)).matches()) {
        return new Offset(m.group(1).equals("before") ? -1 : 1, "day");
      }
      if (HOURS.matcher(text).matches()) {
        return new Offset(0, "day");
      }
      return null; // uncounted: no period can be named
    }
  }

  /**
   * The period of the nearest earlier dated expression, widened to the unit named ("the same week" of a day is
   * its week); UNKNOWN when none is near enough.
   *
   * @param earlierNearestFirst the expressions before {@code t} in its sentence and the previous one
   */
  static EventDate resolve(TimeExpression t, List<TimeExpression> earlierNearestFirst, PublishedDate published,
      Tense tense) {
    if (!refersBack(t)) {
      throw new IllegalArgumentException("not a reference back: " + t.text());
    }
    Offset offset = Offset.of(norm(t.text()));
    for (TimeExpression before : earlierNearestFirst) {
      if (refersBack(before)) {
        continue;
      }
      EventDate d = EventDater.fromExpression(before, published, tense);
      if (d == null) {
        continue; // a duration or a time of day: not a date to refer back to
      }
      if (d.date() == null || offset == null) {
        return EventDate.UNKNOWN; // the nearest date is itself unknown: do not skip to an older one
      }
      PartialDate period = shifted(d.date(), offset);
      return period == null ? EventDate.UNKNOWN : new EventDate(period, DateBasis.RELATIVE);
    }
    return EventDate.UNKNOWN;
  }

  /**
   * The earlier period moved by the offset, at the offset unit's precision or coarser: "the same week" of a day
   * is its week, "two days later" than a month is whatever holds that month moved by two days.
   */
  private static PartialDate shifted(PartialDate earlier, Offset offset) {
    java.time.temporal.ChronoUnit unit = switch (offset.unit()) {
      case "day" -> java.time.temporal.ChronoUnit.DAYS;
      case "week" -> java.time.temporal.ChronoUnit.WEEKS;
      case "month" -> java.time.temporal.ChronoUnit.MONTHS;
      default -> java.time.temporal.ChronoUnit.YEARS;
    };
    PartialDate moved = DateSpans.covering(earlier.start().plus(offset.amount(), unit),
        earlier.end().plus(offset.amount(), unit));
    if (moved == null) {
      return null;
    }
    PartialDate unitPeriod = PartialDate.of(moved.start(), precision(offset.unit()));
    return unitPeriod.precision().compareTo(moved.precision()) <= 0 ? moved : DateSpans.covering(unitPeriod, moved);
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
