package org.dyad.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.DateBasis;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Genre;
import org.dyad.model.Modality;
import org.dyad.model.PartialDate;
import org.junit.jupiter.api.Test;

class EventMergerTest {
  static final Actor HUN_SEN = new Actor("Hun Sen", "KHMGOV", "KHM", "GOV", "hun-sen", "Prime Minister");
  static final Actor TRUMP = new Actor("Trump", "USAGOV", "USA", "GOV", "donald-trump", "President");

  static Event event(String id, String doc, String type, Actor a, Actor b, String date, String evidence) {
    return event(id, doc, type, a, b, date, DateBasis.EXPLICIT, evidence);
  }

  static Event event(String id, String doc, String type, Actor a, Actor b, String date, DateBasis basis,
      String evidence) {
    PartialDate d = date == null ? null : PartialDate.parse(date);
    return new Event(id, doc, "file:" + doc, type, null, "051", 1, 3.5, Modality.ASSERTED, a, b,
        date, d == null ? DatePrecision.UNKNOWN : d.precision(), basis, null,
        new Evidence(0, evidence, 0, evidence.length()), Genre.NEWS, null, 0.8, null);
  }

  final EventMerger merger = new EventMerger();

  @Test
  void theSameLetterReportedByTwoWiresIsOneEventWithTwoIndependentSources() {
    Report reuters = new Report(event("e1", "d1", "SUPPORT", HUN_SEN, TRUMP, "2019-11-26",
        "In his November 26 reply, Hun Sen wrote that he was grateful to Trump for the assurances"), "forum", "Reuters", null,
        Genre.NEWS);
    Report ap = new Report(event("e2", "d2", "SUPPORT", HUN_SEN, TRUMP, "2019-11",
        "Hun Sen sent Trump a reply saying he was grateful for the assurances"), "aljazeera", "AP", null, Genre.NEWS);
    List<EventCluster> clusters = merger.merge(List.of(reuters, ap));
    assertEquals(1, clusters.size());
    EventCluster c = clusters.get(0);
    assertEquals(2, c.numArticles());
    assertEquals(2, c.numSources());
    assertEquals("e1", c.representative().eventId(), "the day-precise report represents the event");
    assertTrue(c.joins().get(0).because().stream().anyMatch(s -> s.contains("evidence")), c.joins().toString());
  }

  @Test
  void aReportDatedOnlyByItsPublicationJoinsTheSameActsOfThePrecedingWeek() {
    String longer = "In a letter dated November 26 and published by members of his government, Hun Sen thanked "
        + "Trump for assurances that Washington wanted no regime change and accepted an invitation to a summit amid weeks of tension between both capitals";
    String shorter = "Hun Sen thanked Trump in a letter";
    assertTrue(EventMerger.jaccard(EventMerger.contentWords(longer), EventMerger.contentWords(shorter))
        < EventMerger.EVIDENCE_THRESHOLD, "the wording alone would not join them");
    Report dated = new Report(event("e1", "d1", "SUPPORT", HUN_SEN, TRUMP, "2019-11-26", longer), "a", "AP", null,
        Genre.NEWS);
    Report published = new Report(event("e2", "d2", "SUPPORT", HUN_SEN, TRUMP, "2019-11-29", DateBasis.PUBLICATION,
        shorter), "b", "Reuters", null, Genre.NEWS);
    List<EventCluster> clusters = merger.merge(List.of(dated, published));
    assertEquals(1, clusters.size());
    assertEquals(2, clusters.get(0).numSources());
    assertTrue(clusters.get(0).joins().get(0).because().stream().anyMatch(s -> s.contains("recur")),
        clusters.get(0).joins().toString());
  }

  @Test
  void theSameNamedLeaderDoingTheSameKindOfThingToTheSamePartyInTheSameDaysIsOneEventWhateverTheWording() {
    Actor us = new Actor("the United States", "USA", "USA", null, null, null);
    Report a = new Report(event("e1", "d1", "AGREE", HUN_SEN, TRUMP, "2019-11-27",
        "Hun Sen accepted an invitation to a summit"), "a", "AP", null, Genre.NEWS);
    Report b = new Report(event("e2", "d2", "AGREE", HUN_SEN, us, "2019-11-29", DateBasis.PUBLICATION,
        "the Cambodian leader offered renewed friendship"), "b", "Reuters", null, Genre.NEWS);
    List<EventCluster> clusters = merger.merge(List.of(a, b));
    assertEquals(1, clusters.size());
    assertTrue(clusters.get(0).joins().get(0).because().stream().anyMatch(s -> s.contains("named")));
    assertEquals("2019-11-27", clusters.get(0).representative().date(), "the report that dates the act speaks");
  }

  @Test
  void countryLevelActorsNeedMoreThanTheSameDaysToBeJoined() {
    Actor cambodia = new Actor("Cambodia", "KHMGOV", "KHM", "GOV", null, null);
    Actor us = new Actor("Washington", "USAGOV", "USA", "GOV", null, null);
    Report a = new Report(event("e1", "d1", "AGREE", cambodia, us, "2019-11-27",
        "Cambodia accepted an invitation to a summit"), "a", "AP", null, Genre.NEWS);
    Report b = new Report(event("e2", "d2", "AGREE", cambodia, us, "2019-11-29", DateBasis.PUBLICATION,
        "Phnom Penh agreed to resume joint searches for war dead"), "b", "Reuters", null, Genre.NEWS);
    assertEquals(2, merger.merge(List.of(a, b)).size());
  }

  @Test
  void reportsDatedOnlyByPublicationOnDifferentDaysStayApartSoAWeeklyRunDoesNotChain() {
    Report monday = new Report(event("e1", "d1", "SANCTION", TRUMP, HUN_SEN, "2019-11-25", DateBasis.PUBLICATION,
        "Washington sanctioned Cambodian officials"), "a", "AP", null, Genre.NEWS);
    Report friday = new Report(event("e2", "d2", "SANCTION", TRUMP, HUN_SEN, "2019-11-29", DateBasis.PUBLICATION,
        "Washington sanctioned Cambodian officials"), "b", "Reuters", null, Genre.NEWS);
    assertEquals(2, merger.merge(List.of(monday, friday)).size());
  }

  @Test
  void aReportDatedByItsPublicationDoesNotReachBackMoreThanAWeek() {
    Report dated = new Report(event("e1", "d1", "SUPPORT", HUN_SEN, TRUMP, "2019-11-10",
        "Hun Sen thanked Trump in a letter"), "a", "AP", null, Genre.NEWS);
    Report published = new Report(event("e2", "d2", "SUPPORT", HUN_SEN, TRUMP, "2019-11-29", DateBasis.PUBLICATION,
        "Hun Sen thanked Trump in a letter"), "b", "Reuters", null, Genre.NEWS);
    assertEquals(2, merger.merge(List.of(dated, published)).size());
  }

  @Test
  void syndicatedCopiesOfOneWireStoryCountAsOneSource() {
    Report a = new Report(event("e1", "d1", "SUPPORT", HUN_SEN, TRUMP, "2019-11-26", "Hun Sen thanked Trump"),
        "site-a", "Reuters", null, Genre.NEWS);
    Report b = new Report(event("e2", "d2", "SUPPORT", HUN_SEN, TRUMP, "2019-11-26", "Hun Sen thanked Trump"),
        "site-b", "Reuters", null, Genre.NEWS);
    EventCluster c = merger.merge(List.of(a, b)).get(0);
    assertEquals(2, c.numArticles());
    assertEquals(1, c.numSources());
  }

  @Test
  void eventsInDifferentMonthsAreNotMerged() {
    Report a = new Report(event("e1", "d1", "SUPPORT", HUN_SEN, TRUMP, "2019-11", "Hun Sen thanked Trump"),
        null, null, null, Genre.NEWS);
    Report b = new Report(event("e2", "d2", "SUPPORT", HUN_SEN, TRUMP, "2019-12", "Hun Sen thanked Trump"),
        null, null, null, Genre.NEWS);
    assertEquals(2, merger.merge(List.of(a, b)).size());
  }

  @Test
  void differentSectorsOfOneCountryAreDifferentActors() {
    Actor opposition = new Actor("the opposition", "KHMOPP", "KHM", "OPP", null, null);
    Actor government = new Actor("the government", "KHMGOV", "KHM", "GOV", null, null);
    Report a = new Report(event("e1", "d1", "ACCUSE", government, TRUMP, "2017-09-05", "accused the U.S."),
        null, null, null, Genre.NEWS);
    Report b = new Report(event("e2", "d2", "ACCUSE", opposition, TRUMP, "2017-09-05", "accused the U.S."),
        null, null, null, Genre.NEWS);
    assertEquals(2, merger.merge(List.of(a, b)).size());
  }

  @Test
  void undatedReportsAreNeverMerged() {
    Report a = new Report(event("e1", "d1", "SUPPORT", HUN_SEN, TRUMP, null, "Hun Sen thanked Trump"), null, null,
        null, Genre.NEWS);
    Report b = new Report(event("e2", "d2", "SUPPORT", HUN_SEN, TRUMP, null, "Hun Sen thanked Trump"), null, null,
        null, Genre.NEWS);
    assertEquals(2, merger.merge(List.of(a, b)).size());
  }
}
