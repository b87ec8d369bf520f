package org.dyad.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The words a temporal expression is built on: every SUTime expression in English holds a number, a calendar
 * name (month, weekday, season, holiday), a unit of time or a deictic word ("today", "now", "ago"). Context
 * words such as "the end of", "last", "three" or "early" only ever extend such a word, so SUTime over a
 * window around each of them finds everything it would find in the whole sentence ({@code TimeTaggerIT}).
 */
final class TimeWords {
  private static final Set<String> WORDS = Set.of(
      // months and their abbreviations
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      // weekdays and their abbreviations
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
      // units and periods
      "second", "minute", "hour", "day", "week", "weekend", "fortnight", "month", "quarter", "year", "decade",
      "century", "millennium", "semester", "season", "spring", "summer", "autumn", "fall", "winter",
      "morning", "afternoon", "evening", "night", "tonight", "noon", "midnight", "midday", "dawn", "dusk",
      "overnight", "daytime", "nighttime", "weekday", "weeknight", "am", "pm", "a.m.", "p.m.", "hr", "hrs", "min",
      "mins", "yr", "yrs", "wk", "wks", "mo", "mos", "sec", "secs",
      // deictic and frequency words
      "today", "yesterday", "tomorrow", "now", "currently", "current", "recently", "recent", "ago", "earlier",
      "later", "lately", "formerly", "former", "previously", "once", "twice", "annual", "annually", "daily",
      "weekly", "monthly", "yearly", "quarterly", "hourly", "nightly", "biannual", "biennial", "past", "future",
      "present", "nowadays", "eve", "ytd", "mtd",
      // holidays SUTime knows by a name without "day"
      "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "hanukkah", "passover");

  private TimeWords() {}

  /** True when SUTime can build a temporal expression on this token. */
  static boolean mayAnchor(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isDigit(token.charAt(i))) {
        return true;
      }
    }
    String lower = token.toLowerCase(Locale.ROOT);
    if (WORDS.contains(lower)) {
      return true;
    }
    // "mid-September", "late-night", "pre-war": one token to the tokenizer, built on a time word
    int hyphen = lower.lastIndexOf('-');
    if (hyphen > 0 && hyphen < lower.length() - 1 && WORDS.contains(lower.substring(hyphen + 1))) {
      return true;
    }
    // plurals of units and calendar names ("weeks", "Mondays", "1990s" is covered by its digits)
    return lower.endsWith("s") && lower.length() > 3 && WORDS.contains(lower.substring(0, lower.length() - 1));
  }
}
