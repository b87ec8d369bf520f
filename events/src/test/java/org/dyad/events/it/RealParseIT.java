package org.dyad.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.events.EventStage;
import org.dyad.events.testing.KnownMentions;
import org.dyad.model.Event;
import org.dyad.model.Sentence;
import org.dyad.nlp.NlpConfig;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.TokenizeStage;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.SentenceSelector;
import org.dyad.testkit.TestDocs;
import org.junit.jupiter.api.Test;

/** The coder on real CoreNLP 4.5 parses (mentions given by the test, so that only the coder is judged). */
class RealParseIT {
  static final NlpConfig NLP = new NlpConfig(NlpConfig.Scope.NONE, NlpConfig.Scope.ALL, NlpConfig.Scope.ALL, 120);
  static final KnownMentions MENTIONS = new KnownMentions()
      .actor("Hun Sen", "KHMGOV", "KHM", "GOV").actor("Kem Sokha", "KHMOPP", "KHM", "OPP")
      .actor("opposition party", "KHMOPP", "KHM", "OPP").actor("police", "KHMCOP", "KHM", "COP")
      .actor("United States", "USA", "USA", null).actor("U.S.", "USA", "USA", null)
      .actor("Washington", "USAGOV", "USA", "GOV").actor("Cambodia", "KHM", "KHM", null)
      .actor("National Democratic Institute", "USANGO", "USA", "NGO").actor("NDI", "USANGO", "USA", "NGO")
      .actor("China", "CHN", "CHN", null).actor("Vietnam", "VNM", "VNM", null)
      .actor("Chinese", "CHN", "CHN", null).actor("Vietnamese", "VNM", "VNM", null).actor("Thailand", "THA", "THA", null)
      .actor("Lloyd Austin", "USAMIL", "USA", "MIL")
      .actor("Cambodian garment workers", "KHMLAB", "KHM", "LAB")
      .people("Khmers", "KHM").people("Laotians", "LAO")
      .actor("American diplomats", "USAGOV", "USA", "GOV").actor("American embassy", "USAGOV", "USA", "GOV").actor("Reuters", "GBRMED", "GBR", "MED");
  static final Pipeline PIPELINE = Pipeline.builder()
      .add(new TokenizeStage(NLP, SentenceSelector.ALL)).add(MENTIONS)
      .add(new ParseStage(NLP, SentenceSelector.ALL, Set.of())).add(new EventStage()).build();

  static List<Event> code(String text, String published) {
    AnalyzedDocument d = PIPELINE.process(TestDocs.news(text, published));
    return d.events();
  }

  static Set<String> pairs(List<Event> events) {
    return events.stream().map(e -> e.type() + " " + e.actor().code() + ">"
        + (e.recipient() == null ? "-" : e.recipient().code()) + " " + e.modality().wireName())
        .collect(Collectors.toSet());
  }

  static String dump(String text, String published) {
    AnalyzedDocument d = PIPELINE.process(TestDocs.news(text, published));
    StringBuilder sb = new StringBuilder();
    for (Sentence s : d.sentences()) {
      s.dependencies().forEach(x -> sb.append(x.relation()).append('(')
          .append(x.governor() < 0 ? "ROOT" : s.tokens().get(x.governor()).text()).append(", ")
          .append(s.tokens().get(x.dependent()).text()).append(") "));
    }
    return sb + "\n" + d.events();
  }

  @Test
  void codesAThreatToBanDatedByItsWeekday() {
    String text = "Hun Sen threatened on Monday to ban the opposition party.";
    List<Event> events = code(text, "2017-09-14");
    assertEquals(Set.of("THREATEN KHMGOV>KHMOPP asserted"), pairs(events), dump(text, "2017-09-14"));
    assertEquals("2017-09-11", events.get(0).date());
    assertEquals("1322", events.get(0).cameo());
  }

  @Test
  void neverDatesAnActReportedAsDoneAfterItsReport() {
    String text = "A letter from Hun Sen published on Wednesday accepted an invitation from Washington to a summit "
        + "in the United States early next year.";
    List<Event> events = code(text, "2019-11-29");
    Event accept = events.stream().filter(e -> e.type().equals("AGREE")).findFirst().orElseThrow(
        () -> new AssertionError(dump(text, "2019-11-29")));
    assertEquals("2019-11-27", accept.date(), dump(text, "2019-11-29"));
  }

  @Test
  void codesThePassiveArrest() {
    String text = "Kem Sokha was arrested by the police on Sunday.";
    assertEquals(Set.of("COERCE KHMCOP>KHMOPP asserted"), pairs(code(text, "2017-09-04")), dump(text, "2017-09-04"));
  }

  @Test
  void codesTheCondemnationAndTheNominalExpulsion() {
    String text = "The United States condemned Cambodia's expulsion of the National Democratic Institute.";
    assertEquals(Set.of("ACCUSE USA>KHM asserted", "SANCTION KHM>USANGO asserted"), pairs(code(text, "2017-09-01")),
        dump(text, "2017-09-01"));
  }

  @Test
  void codesReciprocalSigning() {
    String text = "China and Cambodia signed a trade agreement.";
    assertEquals(Set.of("SUPPORT CHN>KHM asserted", "SUPPORT KHM>CHN asserted"), pairs(code(text, "2019-01-01")),
        dump(text, "2019-01-01"));
  }

  @Test
  void codesARecommendationAsRecommended() {
    String text = "The U.S. should impose sanctions on Cambodia, the senator said.";
    assertEquals(Set.of("SANCTION USA>KHM recommended"), pairs(code(text, "2019-01-01")), dump(text, "2019-01-01"));
  }

  @Test
  void codesAConsiderationAsHypothetical() {
    String text = "Washington is considering whether to end duty-free imports from Cambodia.";
    assertEquals(Set.of("SANCTION USAGOV>KHM hypothetical"), pairs(code(text, "2019-01-01")), dump(text, "2019-01-01"));
  }

  @Test
  void codesADeniedAttackAsNegated() {
    String text = "Hanoi denied that Vietnamese troops had attacked Chinese fishing boats.";
    List<Event> events = code(text, "2019-01-01");
    assertTrue(pairs(events).contains("ASSAULT VNM>CHN negated"), dump(text, "2019-01-01"));
    assertTrue(events.stream().noneMatch(e -> e.type().equals("REJECT")), dump(text, "2019-01-01"));
  }

  @Test
  void codesTalksThatDidNotResumeAsNegated() {
    String text = "Thailand did not resume talks with Cambodia.";
    assertEquals(Set.of("CONSULT THA>KHM negated"), pairs(code(text, "2019-01-01")), dump(text, "2019-01-01"));
  }

  @Test
  void codesAnOrderToLeaveAsAnExpulsionByTheOneWhoOrders() {
    String text = "Hun Sen told the NDI to pack up and leave.";
    assertEquals(Set.of("SANCTION KHMGOV>USANGO asserted"), pairs(code(text, "2017-08-23")), dump(text, "2017-08-23"));
  }

  @Test
  void resolvesBothLeadersAcrossSentences() {
    String text = "Hun Sen met Lloyd Austin in Phnom Penh. Both leaders agreed to expand defense cooperation.";
    Set<String> second = pairs(code(text, "2024-06-04").stream().filter(e -> e.evidence().sentence() == 1).toList());
    assertEquals(Set.of("AGREE KHMGOV>USAMIL asserted", "AGREE USAMIL>KHMGOV asserted"), second,
        dump(text, "2024-06-04"));
  }

  @Test
  void neverCodesWhatAnOutletReportedAsTheOutletsEvent() {
    String text = "Reuters reported that China praised Cambodia.";
    assertEquals(Set.of("SUPPORT CHN>KHM asserted"), pairs(code(text, "2019-01-01")), dump(text, "2019-01-01"));
  }

  @Test
  void neverCodesAnInstitutionActingOnItself() {
    String text = "The American diplomats criticised the American embassy over the delay.";
    assertTrue(code(text, "2019-01-01").isEmpty(), dump(text, "2019-01-01"));
  }

  @Test
  void aProtestAtHomeWithNoNamedTargetAddressesTheProtestersOwnCountry() {
    String text = "Cambodian garment workers went on strike on Monday to demand higher wages.";
    Set<String> got = pairs(code(text, "2019-01-01"));
    assertTrue(got.contains("PROTEST KHMLAB>KHM asserted"), dump(text, "2019-01-01"));
  }

  @Test
  void anEthnicPeopleIsCodedByTheCountryTheActHappenedIn() {
    String text = "Hundreds of ethnic Khmers rallied on Sunday in Vietnam to demand land titles.";
    Set<String> got = pairs(code(text, "2019-01-01"));
    assertTrue(got.stream().anyMatch(x -> x.startsWith("PROTEST VNMCVL>")), dump(text, "2019-01-01"));
  }

  @Test
  void aPeopleNotCalledEthnicKeepsItsNationalityWherever() {
    String text = "Hundreds of Laotians rallied on Sunday in Thailand to demand better pay.";
    Set<String> got = pairs(code(text, "2019-01-01"));
    assertTrue(got.stream().anyMatch(x -> x.startsWith("PROTEST LAOCVL>")), dump(text, "2019-01-01"));
  }

  @Test
  void coActorsOfAnAppealAreNotEachOthersRecipients() {
    String text = "The United States and China urged restraint on Monday.";
    for (String pair : pairs(code(text, "2019-01-01"))) {
      assertTrue(!pair.contains("USA>CHN") && !pair.contains("CHN>USA"), dump(text, "2019-01-01"));
    }
  }

  @Test
  void coActorsWhoSignATreatyAreEachOthersRecipients() {
    String text = "Cambodia and Thailand signed a treaty of friendship on Monday.";
    Set<String> got = pairs(code(text, "2019-01-01"));
    assertTrue(got.stream().anyMatch(x -> x.contains("KHM>THA")) && got.stream().anyMatch(x -> x.contains("THA>KHM")),
        dump(text, "2019-01-01"));
  }

  @Test
  void aCountryNeverActsOnItsOwnGovernmentNamedAsAWhole() {
    String text = "The United States warned Washington about the delays on Monday.";
    for (String pair : pairs(code(text, "2019-01-01"))) {
      assertTrue(!pair.contains("USA>USAGOV"), dump(text, "2019-01-01"));
    }
  }
}
