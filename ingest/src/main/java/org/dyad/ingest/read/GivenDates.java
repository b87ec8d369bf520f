package org.dyad.ingest.read;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.DatePrecision;
import org.dyad.model.PartialDate;

/**
 * Dates that containers and markup state in machine form (ISO-8601 dates and times, RFC 1123 as in RSS),
 * cut to the precision they give. A time with a zone is taken as the day it names in that zone.
 */
public final class GivenDates {
  private static final Pattern ISO_PREFIX = Pattern.compile("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private GivenDates() {}

  /** The date, or null when the text is not a date in a machine form. */
  public static PartialDate parse(String text) {
    if (text == null) {
      return null;
    }
    String t = text.strip();
    if (t.isEmpty()) {
      return null;
    }
    // "2024-06-04T10:15:00+07:00" names its day in its first ten characters: parsing the rest as a date-time
    // (the next step) gives the same day, at many times the cost.
    PartialDate day = isoDay(t);
    if (day != null) {
      return day;
    }
    // Each form is tried only on text that may have it: a failed parse throws, and most dates a page
    // states are of the other form or of none.
    if (mayBeIsoDateTime(t)) {
      try {
        return PartialDate.day(OffsetDateTime.parse(t).toLocalDate());
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    if (mayBeRfc1123(t)) {
      try {
        return PartialDate.day(ZonedDateTime.parse(t, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
      } catch (DateTimeParseException ignored) {
        // try the next form
      }
    }
    Matcher m = ISO_PREFIX.matcher(t);
    if (m.find()) {
      boolean restIsTime = m.end() == t.length() || t.charAt(m.end()) == 'T' || t.charAt(m.end()) == ' ';
      if (!restIsTime) {
        return null;
      }
      try {
        int year = Integer.parseInt(m.group(1));
        if (year < 1800 || year > 2200) {
          return null;
        }
        if (m.group(3) != null) {
          return PartialDate.day(LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        if (m.group(2) != null) {
          return PartialDate.of(LocalDate.of(year, Integer.parseInt(m.group(2)), 1), DatePrecision.MONTH);
        }
        return PartialDate.of(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return null;
  }

  /** The day of text that starts "yyyy-mm-dd" (then a time, or nothing) with a year from 1800 to 2200. */
  private static PartialDate isoDay(String t) {
    if (t.length() < 10 || t.charAt(4) != '-' || t.charAt(7) != '-'
        || t.length() > 10 && t.charAt(10) != 'T' && t.charAt(10) != ' ') {
      return null;
    }
    for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (t.charAt(i) < '0' || t.charAt(i) > '9') {
        return null;
      }
    }
    int year = Integer.parseInt(t, 0, 4, 10);
    if (year < 1800 || year > 2200) {
      return null;
    }
    try {
      return PartialDate.day(LocalDate.of(year, Integer.parseInt(t, 5, 7, 10), Integer.parseInt(t, 8, 10, 10)));
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** "2024-06-04T10:15:00+07:00": a date, then a time (case-insensitive T) and an offset. */
  private static boolean mayBeIsoDateTime(String t) {
    int tee = t.indexOf('T') >= 0 ? t.indexOf('T') : t.indexOf('t');
    return tee >= 8 && t.length() > tee + 3 && t.indexOf('-') > 0;
  }

  /** "Tue, 4 Jun 2024 10:15:00 GMT": words and numbers separated by spaces, with a month's name. */
  private static boolean mayBeRfc1123(String t) {
    if (t.indexOf(' ') < 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
