package org.dyad.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A calendar date known only to some precision. The stored day is the first day of the period
 * (the Monday of a week, the first of a month), so that dates of any precision sort together.
 *
 * <p>The text form is an ISO date cut to its precision ({@code 2017-09-11}, {@code 2017-09}, {@code 2017},
 * {@code 2017-Q3}); a week is written as its Monday.
 */
public record PartialDate(LocalDate start, DatePrecision precision) implements Comparable<PartialDate> {

  public PartialDate {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(precision, "precision");
    if (precision == DatePrecision.UNKNOWN) {
      throw new IllegalArgumentException("an unknown date has no PartialDate; use null");
    }
    start = floor(start, precision);
  }

  public static PartialDate day(LocalDate date) {
    return new PartialDate(date, DatePrecision.DAY);
  }

  public static PartialDate of(LocalDate date, DatePrecision precision) {
    return new PartialDate(date, precision);
  }

  /** Parses the text form written by {@link #toString()}. */
  public static PartialDate parse(String text) {
    String t = text.trim();
    try {
      // Every stored and merged event's date is parsed: the common full date is read without a regular
      // expression or a formatter (LocalDate.of still rejects a day that does not exist).
      if (isFullDate(t)) {
        return new PartialDate(LocalDate.of(digits(t, 0, 4), digits(t, 5, 7), digits(t, 8, 10)), DatePrecision.DAY);
      }
      if (YEAR.matcher(t).matches()) {
        return new PartialDate(LocalDate.of(Integer.parseInt(t), 1, 1), DatePrecision.YEAR);
      }
      if (QUARTER.matcher(t).matches()) {
        int quarter = t.charAt(6) - '0';
        return new PartialDate(
            LocalDate.of(Integer.parseInt(t.substring(0, 4)), quarter * 3 - 2, 1), DatePrecision.QUARTER);
      }
      if (MONTH.matcher(t).matches()) {
        return new PartialDate(LocalDate.parse(t + "-01"), DatePrecision.MONTH);
      }
      return new PartialDate(LocalDate.parse(t), DatePrecision.DAY);
    } catch (java.time.DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date: '" + text + "'", e);
    }
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}");
  private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("\\d{4}-Q[1-4]");
  private static final java.util.regex.Pattern MONTH = java.util.regex.Pattern.compile("\\d{4}-\\d{2}");

  /** yyyy-mm-dd in ASCII digits. */
  private static boolean isFullDate(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (t.charAt(i) < '0' || t.charAt(i) > '9')) {
        return false;
      }
    }
    return true;
  }

  private static int digits(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (t.charAt(i) - '0');
    }
    return n;
  }

  /** The last day of the period. */
  public LocalDate end() {
    return switch (precision) {
      case DAY -> start;
      case WEEK -> start.plusDays(6);
      case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
      case QUARTER -> start.plusMonths(3).minusDays(1);
      case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
      case UNKNOWN -> throw new IllegalStateException();
    };
  }

  /** True when the two periods share at least one day: dates compatible at their precision. */
  public boolean overlaps(PartialDate other) {
    return !start.isAfter(other.end()) && !other.start.isAfter(end());
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end());
  }

  @Override
  public int compareTo(PartialDate o) {
    int c = start.compareTo(o.start);
    return c != 0 ? c : precision.compareTo(o.precision);
  }

  @Override
  public String toString() {
    return switch (precision) {
      case DAY, WEEK -> start.toString();
      case MONTH -> start.toString().substring(0, 7);
      case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(start.getYear());
      case UNKNOWN -> throw new IllegalStateException();
    };
  }

  private static LocalDate floor(LocalDate d, DatePrecision p) {
    return switch (p) {
      case DAY, UNKNOWN -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(d.getYear(), ((d.getMonthValue() - 1) / 3) * 3 + 1, 1);
      case YEAR -> d.withDayOfYear(1);
    };
  }
}
