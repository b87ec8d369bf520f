package org.dyad.events.coder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DatePrecision;
import org.dyad.model.PartialDate;
import org.dyad.model.TimeExpression;

/**
 * Resolves a relative time expression ("three weeks ago", "last week", "on Monday", "November 1") against one
 * given day. The parse stage only anchors SUTime on an exact day; this lets the event coder resolve the same
 * expressions against each end of a date range, and read calendar names the way news means them:
 * <ul>
 *   <li>a weekday, a month or a month and day without a year is the latest such day up to the report for an
 *       event reported as done ("in his November 1 letter" written on 29 November 2019 is 2019-11-01; "on
 *       December 30" written on 3 January is the December before) and the next one from it for an event to
 *       come; when the tense is not known, a weekday is that day of the anchor's ISO week and a month the
 *       nearest such month (a tie goes to the past, as news reports the past);</li>
 *   <li>"last July" is July of the year before the anchor's and "next March" March of the year after, as SUTime
 *       reads them;</li>
 *   <li>"N units ago" is cut to its unit: "two days ago" a day, "three weeks ago" a week, "four months ago" a
 *       month, "a year ago" a year (the count is a round figure, not a day); "less than four months ago" is the
 *       stretch from then to the anchor.</li>
 * </ul>
 * Expressions it does not know ("recently", "the same day") resolve to null: nothing is guessed.
 */
final class RelativeDates {
  private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));
  private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
      Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
      Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  static final String COUNT = "(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})";
  private static final String PART_OF_DAY = "(?: (?:morning|afternoon|evening|night))?";
  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
  /** "early", "mid-", "the end of": parts of a period that do not make it finer than the period itself. */
  private static final String PART_OF_PERIOD = "(?:(?:in |on |by )?(?:the )?(?:early|mid|late|middle of|end of|"
      + "beginning of|start of|first half of|second half of)[ -])?";

  private static final Pattern TODAY = Pattern.compile("(?:today|tonight|(?:early |late )?this (?:morning|afternoon|evening))");
  private static final Pattern YESTERDAY = Pattern.compile("(?:yesterday" + PART_OF_DAY + "|last night)");
  private static final Pattern DAY_BEFORE_YESTERDAY = Pattern.compile("the day before yesterday");
  private static final Pattern TOMORROW = Pattern.compile("tomorrow" + PART_OF_DAY);
  private static final Pattern AGO = Pattern.compile("(?:(?:about|around|some|nearly|almost|roughly|just|only) )?"
      + COUNT + " (day|week|fortnight|month|year)s? ago");
  private static final Pattern WITHIN_AGO = Pattern.compile("(?:less than|under|fewer than|not even) " + COUNT
      + " (day|week|month|year)s? ago");
  private static final Pattern CALENDAR_PERIOD = Pattern.compile("(?:(?:early|late|earlier|later|the end of|"
      + "the beginning of|the start of|the middle of) )?(last|previous|this|next|the coming) (week|weekend|month|year)");
  /** "over the weekend", "at the weekend", "this weekend": the nearest one in the event's direction. */
  private static final Pattern WEEKEND = Pattern.compile("(?:over |at |during |on )?(?:the|this) weekend");
  private static final Pattern TRAILING_PERIOD = Pattern.compile("(?:the )?(?:past|last) (week|month|year)");
  private static final Pattern WEEKDAY_EXPRESSION = Pattern.compile(
      "(?:(last|this|next|on|early|late) )?" + WEEKDAY + PART_OF_DAY);
  private static final Pattern NAMED_MONTH = Pattern.compile("(last|this|next) " + MONTH);
  private static final Pattern MONTH_DAY = Pattern.compile("(?:(?:on )?" + WEEKDAY + ",? )?(?:on )?" + MONTH
      + " (\\d{1,2})(?:st|nd|rd|th)?");
  private static final Pattern DAY_MONTH = Pattern.compile("(?:(?:on )?" + WEEKDAY + ",? )?(?:on )?(?:the )?"
      + "(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH);
  private static final Pattern BARE_MONTH = Pattern.compile(PART_OF_PERIOD + "(?:in )?" + MONTH);
  private static final Pattern TIMEX_WEEKDAY = Pattern.compile("XXXX-WXX-([1-7]).*");
  private static final Pattern TIMEX_MONTH = Pattern.compile("XXXX-(\\d{2})(?:-(\\d{2}))?");

  private RelativeDates() {}

  /** The period the expression names when written on {@code anchor}, with no tense known. */
  static PartialDate resolve(TimeExpression t, LocalDate anchor) {
    return resolve(t, anchor, Tense.UNSTATED);
  }

  /** The period the expression names when written on {@code anchor} about an event of this tense, or null. */
  static PartialDate resolve(TimeExpression t, LocalDate anchor, Tense tense) {
    String text = normalise(t.text());
    try {
      PartialDate fromText = fromText(text, anchor, tense);
      return fromText != null ? fromText : fromTimex(t.timex(), anchor, tense);
    } catch (java.time.DateTimeException e) {
      return null; // "February 30": no such day
    }
  }

  static String normalise(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  private static PartialDate fromText(String text, LocalDate anchor, Tense tense) {
    if (TODAY.matcher(text).matches()) {
      return PartialDate.day(anchor);
    }
    if (YESTERDAY.matcher(text).matches()) {
      return PartialDate.day(anchor.minusDays(1));
    }
    if (DAY_BEFORE_YESTERDAY.matcher(text).matches()) {
      return PartialDate.day(anchor.minusDays(2));
    }
    if (TOMORROW.matcher(text).matches()) {
      return PartialDate.day(anchor.plusDays(1));
    }
    if (WEEKEND.matcher(text).matches()) {
      return weekend(anchor, tense);
    }
    Matcher m;
    if ((m = AGO.matcher(text)).matches()) {
      String unit = m.group(2);
      if (unit.equals("fortnight")) {
        return PartialDate.of(anchor.minusWeeks(2L * count(m.group(1))), DatePrecision.WEEK);
      }
      return PartialDate.of(anchor.minus(count(m.group(1)), unit(unit)), precisionOf(unit));
    }
    if ((m = WITHIN_AGO.matcher(text)).matches()) {
      return DateSpans.covering(anchor.minus(count(m.group(1)), unit(m.group(2))), anchor);
    }
    if ((m = CALENDAR_PERIOD.matcher(text)).matches()) {
      int shift = switch (m.group(1)) {
        case "last", "previous" -> -1;
        case "next", "the coming" -> 1;
        default -> 0;
      };
      String unit = m.group(2).equals("weekend") ? "week" : m.group(2);
      return PartialDate.of(anchor.plus(shift, unit(unit)), calendarPrecision(unit));
    }
    if ((m = TRAILING_PERIOD.matcher(text)).matches()) {
      // "the past week": the stretch of time up to the anchor, not a calendar week
      return DateSpans.covering(anchor.minus(1, unit(m.group(1))), anchor);
    }
    if ((m = WEEKDAY_EXPRESSION.matcher(text)).matches()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      if ("last".equals(m.group(1)) || "next".equals(m.group(1))) {
        return weekday(anchor, day, "last".equals(m.group(1)) ? -1 : 1);
      }
      return weekday(anchor, day, tense);
    }
    if ((m = NAMED_MONTH.matcher(text)).matches()) {
      int shift = switch (m.group(1)) {
        case "last" -> -1;
        case "next" -> 1;
        default -> 0;
      };
      return PartialDate.of(LocalDate.of(anchor.getYear() + shift, MONTHS.get(m.group(2)), 1), DatePrecision.MONTH);
    }
    if ((m = MONTH_DAY.matcher(text)).matches()) {
      return monthDay(anchor, MONTHS.get(m.group(2)), Integer.parseInt(m.group(3)), tense);
    }
    if ((m = DAY_MONTH.matcher(text)).matches()) {
      return monthDay(anchor, MONTHS.get(m.group(3)), Integer.parseInt(m.group(2)), tense);
    }
    if ((m = BARE_MONTH.matcher(text)).matches()) {
      return month(anchor, MONTHS.get(m.group(1)), tense);
    }
    return null;
  }

  /** SUTime's unanchored values: "XXXX-WXX-3" (a weekday), "XXXX-03" and "XXXX-03-03" (no year). */
  private static PartialDate fromTimex(String timex, LocalDate anchor, Tense tense) {
    if (timex == null) {
      return null;
    }
    Matcher m;
    if ((m = TIMEX_WEEKDAY.matcher(timex)).matches()) {
      return weekday(anchor, DayOfWeek.of(Integer.parseInt(m.group(1))), tense);
    }
    if ((m = TIMEX_MONTH.matcher(timex)).matches()) {
      int month = Integer.parseInt(m.group(1));
      return m.group(2) == null ? month(anchor, month, tense)
          : monthDay(anchor, month, Integer.parseInt(m.group(2)), tense);
    }
    return null;
  }

  private static PartialDate weekday(LocalDate anchor, DayOfWeek day, Tense tense) {
    return switch (tense) {
      case DONE -> PartialDate.day(anchor.minusDays(Math.floorMod(anchor.getDayOfWeek().getValue() - day.getValue(), 7)));
      case PLANNED -> PartialDate.day(anchor.plusDays(Math.floorMod(day.getValue() - anchor.getDayOfWeek().getValue(), 7)));
      case UNSTATED -> weekday(anchor, day, 0);
    };
  }

  /**
   * The ISO week of the weekend meant: for a past act the latest weekend that has begun by the anchor (written on
   * a Wednesday, "over the weekend" is the Saturday and Sunday before), for a planned one the next that has not
   * ended, else the anchor's own week.
   */
  private static PartialDate weekend(LocalDate anchor, Tense tense) {
    PartialDate week = PartialDate.of(anchor, DatePrecision.WEEK);
    boolean inWeekend = anchor.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue();
    return tense == Tense.DONE && !inWeekend ? PartialDate.of(week.start().minusWeeks(1), DatePrecision.WEEK) : week;
  }

  private static PartialDate weekday(LocalDate anchor, DayOfWeek day, int weekShift) {
    LocalDate monday = PartialDate.of(anchor, DatePrecision.WEEK).start();
    return PartialDate.day(monday.plusWeeks(weekShift).plusDays(day.getValue() - 1L));
  }

  private static PartialDate monthDay(LocalDate anchor, int month, int day, Tense tense) {
    LocalDate candidate = validDay(anchor.getYear(), month, day);
    return switch (tense) {
      case DONE -> PartialDate.day(candidate != null && !candidate.isAfter(anchor) ? candidate
          : requireDay(anchor.getYear() - 1, month, day));
      case PLANNED -> PartialDate.day(candidate != null && !candidate.isBefore(anchor) ? candidate
          : requireDay(anchor.getYear() + 1, month, day));
      case UNSTATED -> PartialDate.day(requireDay(nearestYear(anchor, month), month, day));
    };
  }

  private static PartialDate month(LocalDate anchor, int month, Tense tense) {
    int year = switch (tense) {
      case DONE -> month <= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() - 1;
      case PLANNED -> month >= anchor.getMonthValue() ? anchor.getYear() : anchor.getYear() + 1;
      case UNSTATED -> nearestYear(anchor, month);
    };
    return PartialDate.of(LocalDate.of(year, month, 1), DatePrecision.MONTH);
  }

  /** The year of the nearest such month to the anchor; a tie (six months either way) goes to the past. */
  private static int nearestYear(LocalDate anchor, int month) {
    int delta = month - anchor.getMonthValue();
    return anchor.getYear() + (delta > 5 ? -1 : delta < -6 ? 1 : 0);
  }

  /** The day, or null when that year has no such day (29 February). */
  private static LocalDate validDay(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  private static LocalDate requireDay(int year, int month, int day) {
    return LocalDate.of(year, month, day); // throws for a day no year has: resolve() turns that into null
  }

  static int count(String word) {
    return NUMBERS.containsKey(word) ? NUMBERS.get(word) : Integer.parseInt(word);
  }

  private static ChronoUnit unit(String word) {
    return switch (word) {
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      default -> ChronoUnit.YEARS;
    };
  }

  /** The precision a count of this unit is good to. */
  static DatePrecision precisionOf(String unit) {
    return switch (unit) {
      case "day" -> DatePrecision.DAY;
      case "week" -> DatePrecision.WEEK;
      case "month" -> DatePrecision.MONTH;
      default -> DatePrecision.YEAR;
    };
  }

  private static DatePrecision calendarPrecision(String unit) {
    return switch (unit) {
      case "week" -> DatePrecision.WEEK;
      case "month" -> DatePrecision.MONTH;
      default -> DatePrecision.YEAR;
    };
  }
}
