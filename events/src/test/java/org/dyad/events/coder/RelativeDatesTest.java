package org.dyad.events.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.dyad.model.DatePrecision;
import org.dyad.model.PartialDate;
import org.dyad.model.Span;
import org.dyad.model.TimeExpression;
import org.junit.jupiter.api.Test;

/** Relative expressions resolved against one day, and the period both ends of a range agree on. */
class RelativeDatesTest {
  private static final LocalDate THURSDAY = LocalDate.of(2017, 9, 14);
  private static final LocalDate SUNDAY = LocalDate.of(2017, 9, 17);

  private static String on(String text, String timex, LocalDate anchor) {
    PartialDate d = RelativeDates.resolve(new TimeExpression(new Span(0, text.length()), text, timex, null, true),
        anchor);
    return d == null ? null : d + " " + d.precision().wireName();
  }

  private static String on(String text, LocalDate anchor) {
    return on(text, null, anchor);
  }

  @Test
  void countsUnitsAgoBackToThePeriodOfTheirUnit() {
    assertEquals("2017-08-21 week", on("three weeks ago", THURSDAY));
    assertEquals("2017-07 month", on("two months ago", THURSDAY));
    assertEquals("2017-09-12 day", on("2 days ago", THURSDAY));
    assertEquals("2016 year", on("a year ago", THURSDAY));
    assertEquals("2017-06 month", on("about three months ago", THURSDAY));
    assertEquals("2017-08-28 week", on("a fortnight ago", THURSDAY));
  }

  @Test
  void readsLessThanSomeUnitsAgoAsTheStretchUpToTheAnchor() {
    // 14 May .. 14 September 2017: more than a quarter, so only the year holds it
    assertEquals("2017 year", on("less than four months ago", THURSDAY));
    assertEquals("2017-09 month", on("less than a week ago", THURSDAY));
  }

  @Test
  void namesCalendarPeriodsAroundTheAnchor() {
    assertEquals("2017-09-04 week", on("last week", THURSDAY));
    assertEquals("2017-09-04 week", on("last week", SUNDAY));
    assertEquals("2017-09-11 week", on("earlier this week", THURSDAY));
    assertEquals("2017-09-18 week", on("next week", THURSDAY));
    assertEquals("2017-08 month", on("last month", THURSDAY));
    assertEquals("2016 year", on("last year", THURSDAY));
  }

  @Test
  void readsTheTrailingStretchAsTheDaysUpToTheAnchor() {
    // 7..14 September crosses a week boundary: only the month holds it
    assertEquals("2017-09 month", on("the past week", THURSDAY));
  }

  @Test
  void placesWeekdaysInTheAnchorsIsoWeek() {
    assertEquals("2017-09-11 day", on("Monday", THURSDAY));
    assertEquals("2017-09-11 day", on("Monday", SUNDAY));
    assertEquals("2017-09-12 day", on("this Tuesday", SUNDAY));
    assertEquals("2017-09-04 day", on("last Monday", THURSDAY));
    assertEquals("2017-09-12 day", on("Tuesday night", THURSDAY));
    assertEquals("2017-09-13 day", on("Wed", "XXXX-WXX-3", THURSDAY));
  }

  @Test
  void resolvesDayWords() {
    assertEquals("2017-09-13 day", on("yesterday", THURSDAY));
    assertEquals("2017-09-16 day", on("last night", SUNDAY));
    assertEquals("2017-09-14 day", on("this morning", THURSDAY));
    assertEquals("2017-09-15 day", on("tomorrow", THURSDAY));
  }

  @Test
  void givesAYearlessMonthTheNearestYearLeaningToThePast() {
    assertEquals("2017-03 month", on("March", "XXXX-03", THURSDAY));
    assertEquals("2017-12 month", on("December", "XXXX-12", THURSDAY));
    assertEquals("2018-01-05 day", on("January 5", "XXXX-01-05", LocalDate.of(2017, 12, 20)));
    assertEquals("2016-12 month", on("December", "XXXX-12", LocalDate.of(2017, 2, 1)));
  }

  private static String done(String text, String timex, String anchor) {
    return resolved(text, timex, anchor, Tense.DONE);
  }

  private static String planned(String text, String timex, String anchor) {
    return resolved(text, timex, anchor, Tense.PLANNED);
  }

  private static String resolved(String text, String timex, String anchor, Tense tense) {
    PartialDate d = RelativeDates.resolve(new TimeExpression(new Span(0, text.length()), text, timex, null, true),
        LocalDate.parse(anchor), tense);
    return d == null ? null : d + " " + d.precision().wireName();
  }

  @Test
  void pastMonthAndDayWithoutYearIsTheLatestSuchDayUpToTheReport() {
    assertEquals("2019-11-01 day", done("November 1", "XXXX-11-01", "2019-11-29"));
    assertEquals("2019-11-29 day", done("Nov. 29", null, "2019-11-29"));
    // a past act on a day still to come this year happened last year
    assertEquals("2018-12-02 day", done("December 2", "XXXX-12-02", "2019-11-29"));
    // across New Year
    assertEquals("2019-12-30 day", done("December 30", "XXXX-12-30", "2020-01-03"));
    assertEquals("2019-12-30 day", done("30 December", null, "2020-01-03"));
    // SUTime's anchored value is already a year: the words decide
    assertEquals("2019-12-30 day", done("Dec. 30", "2020-12-30", "2020-01-03"));
  }

  @Test
  void plannedMonthAndDayWithoutYearIsTheNextSuchDayFromTheReport() {
    assertEquals("2020-01-05 day", planned("January 5", "XXXX-01-05", "2019-12-28"));
    assertEquals("2020-11-01 day", planned("November 1", "XXXX-11-01", "2019-11-29"));
    assertEquals("2019-11-29 day", planned("November 29", "XXXX-11-29", "2019-11-29"));
  }

  @Test
  void pastWeekdayIsTheLatestSuchDayAndAPlannedOneTheNext() {
    LocalDate monday = LocalDate.of(2017, 9, 11);
    assertEquals("2017-09-08 day", done("on Friday", "XXXX-WXX-5", monday.toString()));
    assertEquals("2017-09-11 day", done("Monday", "XXXX-WXX-1", monday.toString()));
    assertEquals("2017-09-15 day", planned("on Friday", "XXXX-WXX-5", monday.toString()));
    assertEquals("2017-09-18 day", planned("Monday", "XXXX-WXX-1", "2017-09-12"));
  }

  @Test
  void monthWithoutYearFollowsTheTenseToo() {
    assertEquals("2019-09 month", done("mid-September", "XXXX-09", "2019-09-05"));
    assertEquals("2018-10 month", done("in late October", "XXXX-10", "2019-09-05"));
    assertEquals("2020-03 month", planned("March", "XXXX-03", "2019-11-29"));
    assertEquals("2019-12 month", planned("early December", "XXXX-12", "2019-11-29"));
  }

  @Test
  void lastAndNextMonthNamesAreInTheYearBeforeAndAfter() {
    assertEquals("2018-07 month", done("last July", null, "2019-11-29"));
    assertEquals("2018-12 month", done("last December", null, "2019-11-29"));
    assertEquals("2020-01 month", planned("next January", null, "2019-11-29"));
    assertEquals("2019-06 month", done("this June", null, "2019-11-29"));
  }

  @Test
  void partsOfNeighbouringPeriodsKeepThePeriod() {
    assertEquals("2020 year", planned("early next year", null, "2019-11-29"));
    assertEquals("2018 year", done("late last year", null, "2019-11-29"));
    assertEquals("2019-11 month", done("earlier this month", null, "2019-11-29"));
    assertEquals("2019-12 month", planned("the end of next month", null, "2019-11-29"));
  }

  @Test
  void pastWeekendIsTheLatestThatHasBegunAndItsIsoWeekIsKept() {
    // written on Wednesday 12 June 2019: the weekend of 8-9 June, in the week of Monday 3 June
    assertEquals("2019-06-03 week", done("over the weekend", null, "2019-06-12"));
    assertEquals("2019-06-10 week", done("over the weekend", null, "2019-06-16"));
    assertEquals("2019-06-10 week", planned("this weekend", null, "2019-06-12"));
  }

  @Test
  void leavesExpressionsItCannotPlaceUnresolved() {
    assertNull(on("recently", "PAST_REF", THURSDAY));
    assertNull(on("the same day", THURSDAY));
    assertNull(on("February 30", "XXXX-02-30", THURSDAY));
  }

  @Test
  void coversTwoResultsWithTheFinestPeriodHoldingBoth() {
    PartialDate a = PartialDate.day(LocalDate.of(2017, 8, 24));
    PartialDate b = PartialDate.day(LocalDate.of(2017, 8, 27));
    assertEquals(PartialDate.of(LocalDate.of(2017, 8, 21), DatePrecision.WEEK), DateSpans.covering(a, b));
    assertEquals(PartialDate.of(LocalDate.of(2017, 8, 1), DatePrecision.MONTH),
        DateSpans.covering(a, PartialDate.day(LocalDate.of(2017, 8, 29))));
    assertEquals(a, DateSpans.covering(a, a));
    assertEquals(PartialDate.of(LocalDate.of(2017, 7, 1), DatePrecision.QUARTER),
        DateSpans.covering(a, PartialDate.day(LocalDate.of(2017, 9, 1))));
    assertNull(DateSpans.covering(LocalDate.of(2017, 12, 30), LocalDate.of(2018, 1, 2)));
  }
}
