package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.dyad.events.testing.ConllDoc;
import org.dyad.model.DateBasis;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.junit.jupiter.api.Test;

/** The date constructions of long news articles, each against its publication date. */
class ArticleDatingTest {
  private static final EventStage STAGE = new EventStage();

  /** "In a November 3 letter, Japan thanked Vietnam." */
  private static final String THANKED_IN_LETTER = """
      1 In in IN 5 case
      2 a a DT 5 det
      3 November November NNP 5 compound
      4 3 3 CD 3 nummod
      5 letter letter NN 8 obl
      6 , , , 8 punct
      7 Japan Japan NNP 8 nsubj
      8 thanked thank VBD 0 root
      9 Vietnam Vietnam NNP 8 obj
      """;

  /** "Germany criticised the 2018 election in Russia on Wednesday." */
  private static final String CRITICISED_ELECTION = """
      1 Germany Germany NNP 2 nsubj
      2 criticised criticise VBD 0 root
      3 the the DT 5 det
      4 2018 2018 CD 5 nummod
      5 election election NN 2 obj
      6 in in IN 7 case
      7 Russia Russia NNP 5 nmod
      8 on on IN 9 case
      9 Wednesday Wednesday NNP 2 obl
      """;

  private static List<Event> events(ConllDoc d) {
    return STAGE.apply(d.build()).events();
  }

  private static Event only(ConllDoc d) {
    List<Event> events = events(d);
    assertEquals(1, events.size(), events.toString());
    return events.get(0);
  }

  @Test
  void pastMonthAndDayWithoutYearInAVehicleNounTakesThePublicationYear() {
    Event e = only(ConllDoc.publishedOn("2019-11-20").sentence(THANKED_IN_LETTER)
        .mention(7, 7, "JPN", "JPN", null).mention(9, 9, "VNM", "VNM", null).unresolvedTime(3, 4, "XXXX-11-03"));
    assertEquals("2019-11-03", e.date());
    assertEquals(DatePrecision.DAY, e.datePrecision());
    assertEquals(DateBasis.RELATIVE, e.dateBasis());
  }

  @Test
  void pastMonthAndDayLaterInTheYearThanThePublicationIsLastYears() {
    Event e = only(ConllDoc.publishedOn("2020-01-04").sentence(THANKED_IN_LETTER.replace("November", "December"))
        .mention(7, 7, "JPN", "JPN", null).mention(9, 9, "VNM", "VNM", null)
        .time(3, 4, "2020-12-03", true)); // SUTime anchored on 4 January reads "December 3" as this year's
    assertEquals("2019-12-03", e.date());
    assertEquals(DateBasis.RELATIVE, e.dateBasis());
  }

  @Test
  void yearWrittenBeforeAnotherNounDoesNotDateTheEvent() {
    Event e = only(ConllDoc.publishedOn("2019-11-29").sentence(CRITICISED_ELECTION)
        .mention(1, 1, "DEU", "DEU", null).mention(7, 7, "RUS", "RUS", null)
        .time(4, 4, "2018", false).unresolvedTime(9, 9, "XXXX-WXX-3"));
    assertEquals("2019-11-27", e.date());
    assertEquals(DateBasis.RELATIVE, e.dateBasis());
  }

  @Test
  void yearOfAnotherNounAloneLeavesThePublicationDate() {
    String withoutWeekday = CRITICISED_ELECTION.lines().limit(7).reduce("", (a, b) -> a + b + "\n");
    Event e = only(ConllDoc.publishedOn("2019-11-29").sentence(withoutWeekday)
        .mention(1, 1, "DEU", "DEU", null).mention(7, 7, "RUS", "RUS", null).time(4, 4, "2018", false));
    assertEquals("2019-11-29", e.date());
    assertEquals(DateBasis.PUBLICATION, e.dateBasis());
  }

  @Test
  void startOfAnOngoingActIsNotItsDate() {
    // "Russia has blockaded Ukraine since 2022."
    Event e = only(ConllDoc.publishedOn("2023-05-10").sentence("""
        1 Russia Russia NNP 3 nsubj
        2 has have VBZ 3 aux
        3 blockaded blockade VBN 0 root
        4 Ukraine Ukraine NNP 3 obj
        5 since since IN 6 case
        6 2022 2022 CD 3 obl
        """).mention(1, 1, "RUS", "RUS", null).mention(4, 4, "UKR", "UKR", null).time(6, 6, "2022", false));
    assertEquals("2023-05-10", e.date());
    assertEquals(DateBasis.PUBLICATION, e.dateBasis());
  }

  @Test
  void daysLaterCountsFromTheDateInThePreviousSentenceNotFromThePublication() {
    List<Event> events = events(ConllDoc.publishedOn("2019-03-20").sentence("""
        1 Thailand Thailand NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Laos Laos NNP 2 obj
        4 on on IN 5 case
        5 March March NNP 2 obl
        6 3 3 CD 5 nummod
        """).mention(1, 1, "THA", "THA", null).mention(3, 3, "LAO", "LAO", null).unresolvedTime(5, 6, "XXXX-03-03")
        .sentence("""
        1 Two two CD 2 nummod
        2 days day NNS 3 obl:npmod
        3 later later RB 6 advmod
        4 , , , 6 punct
        5 Laos Laos NNP 6 nsubj
        6 praised praise VBD 0 root
        7 Thailand Thailand NNP 6 obj
        """).mention(5, 5, "LAO", "LAO", null).mention(7, 7, "THA", "THA", null).time(1, 3, "2019-03-22", true));
    assertEquals(2, events.size(), events.toString());
    assertEquals("2019-03-03", events.get(0).date());
    assertEquals("2019-03-05", events.get(1).date());
    assertEquals(DateBasis.RELATIVE, events.get(1).dateBasis());
  }

  @Test
  void thePreviousDayIsTheDayBeforeTheEarlierDate() {
    List<Event> events = events(ConllDoc.publishedOn("2021-06-30").sentence("""
        1 Chile Chile NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Peru Peru NNP 2 obj
        4 on on IN 5 case
        5 June June NNP 2 obl
        6 14 14 CD 5 nummod
        """).mention(1, 1, "CHL", "CHL", null).mention(3, 3, "PER", "PER", null).unresolvedTime(5, 6, "XXXX-06-14")
        .sentence("""
        1 Peru Peru NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Chile Chile NNP 2 obj
        4 the the DT 6 det
        5 previous previous JJ 6 amod
        6 day day NN 2 obl:tmod
        """).mention(1, 1, "PER", "PER", null).mention(3, 3, "CHL", "CHL", null).unresolvedTime(4, 6, null));
    assertEquals("2021-06-13", events.get(1).date());
  }

  @Test
  void countedOffsetWithoutAnEarlierDateIsUnknownNotCountedFromThePublication() {
    Event e = only(ConllDoc.publishedOn("2019-03-20").sentence("""
        1 Two two CD 2 nummod
        2 days day NNS 3 obl:npmod
        3 later later RB 6 advmod
        4 , , , 6 punct
        5 Laos Laos NNP 6 nsubj
        6 praised praise VBD 0 root
        7 Thailand Thailand NNP 6 obj
        """).mention(5, 5, "LAO", "LAO", null).mention(7, 7, "THA", "THA", null).time(1, 3, "2019-03-22", true));
    assertNull(e.date());
    assertEquals(DateBasis.UNKNOWN, e.dateBasis());
  }

  @Test
  void pastPerfectActDoesNotTakeTheDateOfTheVerbReportingIt() {
    // "Officials said on Monday that Iran had criticised Iraq."
    Event e = only(ConllDoc.publishedOn("2016-02-10").sentence("""
        1 Officials official NNS 2 nsubj
        2 said say VBD 0 root
        3 on on IN 4 case
        4 Monday Monday NNP 2 obl
        5 that that IN 8 mark
        6 Iran Iran NNP 8 nsubj
        7 had have VBD 8 aux
        8 criticised criticise VBN 2 ccomp
        9 Iraq Iraq NNP 8 obj
        """).mention(6, 6, "IRN", "IRN", null).mention(9, 9, "IRQ", "IRQ", null).unresolvedTime(4, 4, "XXXX-WXX-1"));
    assertEquals("2016-02-10", e.date());
    assertEquals(DateBasis.PUBLICATION, e.dateBasis());
  }

  @Test
  void simplePastActTakesTheDateOfTheVerbReportingIt() {
    Event e = only(ConllDoc.publishedOn("2016-02-10").sentence("""
        1 Officials official NNS 2 nsubj
        2 said say VBD 0 root
        3 on on IN 4 case
        4 Monday Monday NNP 2 obl
        5 that that IN 7 mark
        6 Iran Iran NNP 7 nsubj
        7 criticised criticise VBD 2 ccomp
        8 Iraq Iraq NNP 7 obj
        """).mention(6, 6, "IRN", "IRN", null).mention(8, 8, "IRQ", "IRQ", null).unresolvedTime(4, 4, "XXXX-WXX-1"));
    assertEquals("2016-02-08", e.date());
    assertEquals(DateBasis.RELATIVE, e.dateBasis());
  }

  @Test
  void durationIsNotADateAndDoesNotHideTheOneAfterIt() {
    // "Uganda, a rival for 30 years, praised Kenya in a letter dated May 2."
    Event e = only(ConllDoc.publishedOn("2018-05-09").sentence("""
        1 Uganda Uganda NNP 9 nsubj
        2 , , , 5 punct
        3 a a DT 4 det
        4 rival rival NN 1 appos
        5 for for IN 7 case
        6 30 30 CD 7 nummod
        7 years year NNS 4 nmod
        8 , , , 9 punct
        9 praised praise VBD 0 root
        10 Kenya Kenya NNP 9 obj
        11 in in IN 13 case
        12 a a DT 13 det
        13 letter letter NN 9 obl
        14 dated date VBN 13 acl
        15 May May NNP 14 obj
        16 2 2 CD 15 nummod
        """).mention(1, 1, "UGA", "UGA", null).mention(10, 10, "KEN", "KEN", null)
        .unresolvedTime(6, 7, "P30Y").unresolvedTime(15, 16, "XXXX-05-02"));
    assertEquals("2018-05-02", e.date());
    assertEquals(DateBasis.RELATIVE, e.dateBasis());
  }

  @Test
  void withoutAPublicationDateRelativeDatesStayUnknownButAbsoluteOnesCount() {
    Event relative = only(ConllDoc.publishedOn(null).sentence(CRITICISED_ELECTION)
        .mention(1, 1, "DEU", "DEU", null).mention(7, 7, "RUS", "RUS", null)
        .time(4, 4, "2018", false).unresolvedTime(9, 9, "XXXX-WXX-3"));
    assertNull(relative.date());
    assertEquals(DateBasis.UNKNOWN, relative.dateBasis());

    Event absolute = only(ConllDoc.publishedOn(null).sentence("""
        1 Chad Chad NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Niger Niger NNP 2 obj
        4 on on IN 5 case
        5 May May NNP 2 obl
        6 4 4 CD 5 nummod
        7 , , , 5 punct
        8 2021 2021 CD 5 nummod
        """).mention(1, 1, "TCD", "TCD", null).mention(3, 3, "NER", "NER", null).time(5, 8, "2021-05-04", false));
    assertEquals("2021-05-04", absolute.date());
    assertEquals(DateBasis.EXPLICIT, absolute.dateBasis());
  }

  @Test
  void dateUnderAnotherActsTriggerIsThatActsDate() {
    // "Chad had criticised Niger, but Chad praised Niger on Friday."
    List<Event> events = events(ConllDoc.publishedOn("2022-03-12").sentence("""
        1 Chad Chad NNP 3 nsubj
        2 had have VBD 3 aux
        3 criticised criticise VBN 0 root
        4 Niger Niger NNP 3 obj
        5 , , , 8 punct
        6 but but CC 8 cc
        7 Chad Chad NNP 8 nsubj
        8 praised praise VBD 3 conj
        9 Niger Niger NNP 8 obj
        10 on on IN 11 case
        11 Friday Friday NNP 8 obl
        """).mention(1, 1, "TCD", "TCD", null).mention(4, 4, "NER", "NER", null).mention(7, 7, "TCD", "TCD", null)
        .mention(9, 9, "NER", "NER", null).unresolvedTime(11, 11, "XXXX-WXX-5"));
    assertEquals(2, events.size(), events.toString());
    Event criticised = events.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
    Event praised = events.stream().filter(e -> e.type().equals("SUPPORT")).findFirst().orElseThrow();
    assertEquals("2022-03-11", praised.date());
    assertEquals(DateBasis.PUBLICATION, criticised.dateBasis());
  }

  @Test
  void vagueTimeOfAnotherActNeitherDatesNorHidesTheDateOfThisOne() {
    // "Chad had previously criticised Niger, but in a May 3 letter Chad praised Niger."
    List<Event> events = events(ConllDoc.publishedOn("2021-05-20").sentence("""
        1 Chad Chad NNP 4 nsubj
        2 had have VBD 4 aux
        3 previously previously RB 4 advmod
        4 criticised criticise VBN 0 root
        5 Niger Niger NNP 4 obj
        6 , , , 14 punct
        7 but but CC 14 cc
        8 in in IN 12 case
        9 a a DT 12 det
        10 May May NNP 12 compound
        11 3 3 CD 10 nummod
        12 letter letter NN 14 obl
        13 Chad Chad NNP 14 nsubj
        14 praised praise VBD 4 conj
        15 Niger Niger NNP 14 obj
        """).mention(1, 1, "TCD", "TCD", null).mention(5, 5, "NER", "NER", null).mention(13, 13, "TCD", "TCD", null)
        .mention(15, 15, "NER", "NER", null).unresolvedTime(3, 3, "PAST_REF").unresolvedTime(10, 11, "XXXX-05-03"));
    assertEquals(2, events.size(), events.toString());
    Event criticised = events.stream().filter(e -> e.type().equals("ACCUSE")).findFirst().orElseThrow();
    Event praised = events.stream().filter(e -> e.type().equals("SUPPORT")).findFirst().orElseThrow();
    assertEquals("2021-05-03", praised.date());
    assertEquals(DateBasis.RELATIVE, praised.dateBasis());
    assertNull(criticised.date()); // "previously": before the report, but when the text does not say
  }

  @Test
  void plannedActIsNotDatedByTheVerbAnnouncingIt() {
    // "Vietnam will criticise China, officials said on Friday."
    Event e = only(ConllDoc.publishedOn("2019-08-02").sentence("""
        1 Vietnam Vietnam NNP 3 nsubj
        2 will will MD 3 aux
        3 criticise criticise VB 7 ccomp
        4 China China NNP 3 obj
        5 , , , 7 punct
        6 officials official NNS 7 nsubj
        7 said say VBD 0 root
        8 on on IN 9 case
        9 Friday Friday NNP 7 obl
        """).mention(1, 1, "VNM", "VNM", null).mention(4, 4, "CHN", "CHN", null).unresolvedTime(9, 9, "XXXX-WXX-5"));
    assertEquals("future", e.modality().wireName());
    assertEquals(DateBasis.PUBLICATION, e.dateBasis());
  }

  private static List<Event> praisedThenLaterPraised(String laterConll, int from, int to, String timex) {
    return events(ConllDoc.publishedOn("2019-03-20").sentence("""
        1 Thailand Thailand NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Laos Laos NNP 2 obj
        4 on on IN 5 case
        5 March March NNP 2 obl
        6 5 5 CD 5 nummod
        """).mention(1, 1, "THA", "THA", null).mention(3, 3, "LAO", "LAO", null).unresolvedTime(5, 6, "XXXX-03-05")
        .sentence(laterConll).mention(5, 5, "LAO", "LAO", null).mention(7, 7, "THA", "THA", null)
        .unresolvedTime(from, to, timex));
  }

  @Test
  void hoursLaterIsTheSameDayAsTheEarlierDate() {
    List<Event> events = praisedThenLaterPraised("""
        1 Only only RB 2 advmod
        2 hours hour NNS 3 obl:npmod
        3 later later RB 6 advmod
        4 , , , 6 punct
        5 Laos Laos NNP 6 nsubj
        6 praised praise VBD 0 root
        7 Thailand Thailand NNP 6 obj
        """, 1, 3, null);
    assertEquals("2019-03-05", events.get(1).date());
  }

  @Test
  void laterThatWeekIsTheWeekOfTheEarlierDateThoughSutimeTagsOnlyTheUnit() {
    List<Event> events = praisedThenLaterPraised("""
        1 Later later RB 6 advmod
        2 that that DT 3 det
        3 week week NN 1 obl:npmod
        4 , , , 6 punct
        5 Laos Laos NNP 6 nsubj
        6 praised praise VBD 0 root
        7 Thailand Thailand NNP 6 obj
        """, 3, 3, "P1W");
    assertEquals("2019-03-04", events.get(1).date());
    assertEquals(DatePrecision.WEEK, events.get(1).datePrecision());
  }

  @Test
  void uncountedOrSpelledOutLaterIsUnknownNotCountedFromThePublication() {
    List<Event> events = praisedThenLaterPraised("""
        1 Forty-eight forty-eight CD 2 nummod
        2 hours hour NNS 3 obl:npmod
        3 later later RB 6 advmod
        4 , , , 6 punct
        5 Laos Laos NNP 6 nsubj
        6 praised praise VBD 0 root
        7 Thailand Thailand NNP 6 obj
        """, 1, 3, null);
    assertNull(events.get(1).date());
  }

  @Test
  void seasonDatesTheYearThatHoldsIt() {
    // "Kenya praised Uganda last autumn." written in June 2019; SUTime anchored reads the season as 2018-FA
    Event e = only(ConllDoc.publishedOn("2019-06-12").sentence("""
        1 Kenya Kenya NNP 2 nsubj
        2 praised praise VBD 0 root
        3 Uganda Uganda NNP 2 obj
        4 last last JJ 5 amod
        5 autumn autumn NN 2 obl:tmod
        """).mention(1, 1, "KEN", "KEN", null).mention(3, 3, "UGA", "UGA", null).unresolvedTime(4, 5, "2018-FA"));
    assertEquals("2018", e.date());
    assertEquals(DateBasis.RELATIVE, e.dateBasis());
  }
}
