package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.events.coder.CoderConfig;
import org.dyad.events.coder.KnowledgeBasePlaces;
import org.dyad.events.coder.RoleOnDate;
import org.dyad.events.lexicon.LexiconLoader;
import org.dyad.events.testing.ConllDoc;
import org.dyad.model.Event;
import org.dyad.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;

/** Force by someone the sentence does not name: bombs, blasts, agentless passives, places that were hit. */
class UnattributedForceTest {
  private static final EventStage STAGE = new EventStage(LexiconLoader.bundled(), "bundled", CoderConfig.DEFAULT,
      RoleOnDate.UNCHANGED, new KnowledgeBasePlaces(KnowledgeBase.defaults()));

  private static List<Event> code(AnalyzedDocument d) {
    return STAGE.apply(d).events();
  }

  private static String summary(Event e) {
    return e.type() + " " + e.cameo() + " " + e.actor().country() + ">"
        + (e.recipient() == null ? "-" : e.recipient().country());
  }

  @Test
  void codesAThingThatKilledAsAnAttackByAnUnknownActorOnTheVictims() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 A a DT 3 det
        2 landmine landmine NN 3 compound
        3 blast blast NN 4 nsubj
        4 killed kill VBD 0 root
        5 four four CD 7 nummod
        6 Malian Malian JJ 7 amod
        7 soldiers soldier NNS 4 obj
        """).mention(6, 7, "MLIMIL", "MLI", "MIL").build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    Event e = events.get(0);
    assertEquals("ASSAULT 183 null>MLI", summary(e));
    assertNull(e.actor().code(), "no actor is known, so none is coded");
    assertEquals("A landmine blast", e.actor().text());
    assertTrue(e.confidence() <= 0.5, "below any event whose actor is named");
  }

  @Test
  void givesTheUnknownActorTheCountryOfThePlaceOfTheAct() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 A a DT 3 det
        2 Dutch Dutch JJ 3 amod
        3 aid aid NN 4 compound
        4 worker worker NN 6 nsubj:pass
        5 was be VBD 6 aux:pass
        6 kidnapped kidnap VBN 0 root
        7 in in IN 8 case
        8 Chad Chad NNP 6 obl
        """).mention(2, 4, "NLDNGO", "NLD", "NGO").mention(8, 8, "TCD", "TCD", null).build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    assertEquals("ASSAULT 181 TCD>NLD", summary(events.get(0)));
  }

  @Test
  void takesThePlaceThatWasHitAsTheRecipient() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Artillery artillery NN 2 compound
        2 shells shell NNS 3 nsubj
        3 struck strike VBD 0 root
        4 Kabul Kabul NNP 3 obj
        5 overnight overnight RB 3 advmod
        """).build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    assertEquals("ASSAULT 190 null>AFG", summary(events.get(0)));
  }

  @Test
  void readsACapitalInTheSubjectAsWhereTheBombWentOffNotWhoSetItOff() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 A a DT 3 det
        2 truck truck NN 3 compound
        3 bombing bombing NN 6 nsubj
        4 in in IN 5 case
        5 Mogadishu Mogadishu NNP 3 nmod
        6 killed kill VBD 0 root
        7 twelve twelve CD 8 nummod
        8 people people NNS 6 obj
        """).mention(5, 5, "SOM", "SOM", null).build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    assertEquals("ASSAULT 1832 SOM>SOM", summary(events.get(0)));
  }

  @Test
  void keepsACountryThatModifiesTheAttackAsItsActor() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Turkish Turkish JJ 3 amod
        2 drone drone NN 3 compound
        3 strikes strike NNS 4 nsubj
        4 killed kill VBD 0 root
        5 six six CD 7 nummod
        6 Kurdish Kurdish JJ 7 amod
        7 fighters fighter NNS 4 obj
        """).mention(1, 1, "TUR", "TUR", null).mention(6, 7, "IRQREB", "IRQ", "REB").build();
    List<Event> events = code(d);
    assertTrue(events.stream().anyMatch(e -> summary(e).equals("ASSAULT 1823 TUR>IRQ")), events.toString());
    assertTrue(events.stream().noneMatch(e -> e.actor().code() == null), events.toString());
  }

  @Test
  void leavesAPronounSubjectToTheSentenceThatNamedIt() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 They they PRP 2 nsubj
        2 killed kill VBD 0 root
        3 two two CD 5 nummod
        4 Malian Malian JJ 5 amod
        5 soldiers soldier NNS 2 obj
        """).mention(4, 5, "MLIMIL", "MLI", "MIL").build();
    assertEquals(List.of(), code(d));
  }

  @Test
  void leavesANameTheActorStageDidNotKnowUncoded() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Boko Boko NNP 3 compound
        2 Haram Haram NNP 3 compound
        3 fighters fighter NNS 4 nsubj
        4 killed kill VBD 0 root
        5 two two CD 7 nummod
        6 Nigerian Nigerian JJ 7 amod
        7 soldiers soldier NNS 4 obj
        """).mention(6, 7, "NGAMIL", "NGA", "MIL").build();
    assertEquals(List.of(), code(d));
  }

  @Test
  void codesNothingWhenNoOneAndNoPlaceIsNamed() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Four four CD 2 nummod
        2 people people NNS 4 nsubj:pass
        3 were be VBD 4 aux:pass
        4 killed kill VBN 0 root
        """).build();
    assertEquals(List.of(), code(d));
  }

  @Test
  void givesAnInvestigationWithNoInvestigatorNamedToThePlaceItIsOpenedIn() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 A a DT 3 det
        2 Chilean Chilean JJ 3 amod
        3 banker banker NN 6 nsubj:pass
        4 has have VBZ 6 aux
        5 been be VBN 6 aux:pass
        6 placed place VBN 0 root
        7 under under IN 8 case
        8 investigation investigation NN 6 obl
        9 in in IN 10 case
        10 Spain Spain NNP 6 obl
        """).mention(2, 3, "CHLBUS", "CHL", "BUS").mention(10, 10, "ESP", "ESP", null).build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    assertEquals("ACCUSE 090 ESP>CHL", summary(events.get(0)));
  }

  @Test
  void readsAWeaponThatHitAPlaceAsAnAttackOnThatPlacesCountry() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Two two CD 2 nummod
        2 missiles missile NNS 3 nsubj
        3 hit hit VBD 0 root
        4 Riyadh Riyadh NNP 3 obj
        """).build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    assertEquals("ASSAULT 190 null>SAU", summary(events.get(0)));
  }

  @Test
  void givesAWeaponsNamedOwnerTheAttack() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Saudi Saudi JJ 2 amod
        2 jets jet NNS 3 nsubj
        3 hit hit VBD 0 root
        4 Yemeni Yemeni JJ 5 amod
        5 rebels rebel NNS 3 obj
        """).mention(1, 1, "SAU", "SAU", null).mention(4, 5, "YEMREB", "YEM", "REB").build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    assertEquals("ASSAULT 190 SAU>YEM", summary(events.get(0)));
    assertEquals("SAU", events.get(0).actor().code());
  }

  @Test
  void leavesAnythingButAWeaponHittingSomethingAlone() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 The the DT 2 det
        2 cyclone cyclone NN 3 nsubj
        3 hit hit VBD 0 root
        4 Dhaka Dhaka NNP 3 obj
        """).build();
    assertEquals(List.of(), code(d));
  }

  @Test
  void placesAWeaponThatLandedInAPlaceBothThereAndAgainstIt() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Two two CD 2 nummod
        2 rockets rocket NNS 3 nsubj
        3 landed land VBD 0 root
        4 in in IN 5 case
        5 Djibouti Djibouti NNP 3 obl
        """).mention(5, 5, "DJI", "DJI", null).build();
    List<Event> events = code(d);
    assertEquals(1, events.size(), events.toString());
    assertEquals("ASSAULT 190 DJI>DJI", summary(events.get(0)));
  }

  @Test
  void readsTwoMissilesAsWeaponsNotAsTheTwoSides() {
    AnalyzedDocument d = ConllDoc.publishedOn("2020-03-02").sentence("""
        1 Armenia Armenia NNP 3 nsubj
        2 and and CC 3 cc
        3 met meet VBD 0 root
        4 Azerbaijan Azerbaijan NNP 3 obj
        """).mention(1, 1, "ARM", "ARM", null).mention(4, 4, "AZE", "AZE", null).sentence("""
        1 Two two CD 2 nummod
        2 missiles missile NNS 3 nsubj
        3 hit hit VBD 0 root
        4 Stepanakert Stepanakert NNP 3 obj
        """).build();
    assertTrue(code(d).stream().noneMatch(e -> e.type().equals("ASSAULT") && e.actor().code() != null),
        code(d).toString());
  }
}
