package org.dyad.actors.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Span;
import org.junit.jupiter.api.Test;

/** How a gold actor's text is found in its sentence. */
class GoldSpanTest {
  private static final String TEXT = "A member of the Thai senate and U.S. trade negotiators met in Hanoi.";

  @Test
  void findsAGoldTextPaddedWithSpaces() {
    Span s = ActorEvaluation.firstUnused(TEXT, " A member of the Thai senate", new ArrayList<>());
    assertEquals("A member of the Thai senate", s.of(TEXT));
  }

  @Test
  void spansTheWordsAnEllipsisSkips() {
    Span s = ActorEvaluation.firstUnused(TEXT, "U.S. ... negotiators", new ArrayList<>());
    assertEquals("U.S. trade negotiators", s.of(TEXT));
  }

  @Test
  void skipsAnOccurrenceAlreadyTakenByAnotherGoldActor() {
    String text = "Thai troops and Thai police met.";
    List<Span> used = new ArrayList<>(List.of(new Span(0, 4)));
    assertEquals(16, ActorEvaluation.firstUnused(text, "Thai", used).start());
  }

  @Test
  void prefersAnOccurrenceNoOtherGoldActorOverlaps() {
    String text = "Greek riot police fired tear gas at Greek students.";
    List<Span> used = new ArrayList<>(List.of(new Span(0, 17)));
    assertEquals(36, ActorEvaluation.firstUnused(text, "Greek", used).start());
  }

  @Test
  void fallsBackToAnOverlappedOccurrenceWhenThereIsNoOther() {
    String text = "Prisoners in Dili joined demonstrators.";
    List<Span> used = new ArrayList<>(List.of(new Span(0, 17)));
    assertEquals(10, ActorEvaluation.firstUnused(text, "in Dili", used).start());
  }

  @Test
  void findsNothingForTextTheSentenceLacks() {
    assertNull(ActorEvaluation.firstUnused(TEXT, "Laotian envoy", new ArrayList<>()));
  }

  @Test
  void anEllipsisLeavesTheActorNamedBeforeItAsTheNamingPart() {
    String text = "Sierra Leonean and Liberian refugees crossed the river.";
    Span whole = ActorEvaluation.firstUnused(text, "Sierra Leonean ... refugees", new ArrayList<>());
    assertEquals("Sierra Leonean and Liberian refugees", whole.of(text));
    assertEquals("Leonean", ActorEvaluation.namingPart("Sierra Leonean ... refugees", whole).of(text));
  }

  @Test
  void aGroupTiedToAPlaceIsNamedByTheWordBeforeThePlace() {
    String text = "Militias in the Niger Delta blew up a pipeline.";
    Span whole = ActorEvaluation.firstUnused(text, "Militias in the Niger Delta", new ArrayList<>());
    assertEquals("Militias", ActorEvaluation.namingPart("Militias in the Niger Delta", whole).of(text));
  }

  @Test
  void aPhraseWithoutPostModifierIsNamedByItsLastWord() {
    String text = "Chad's Defence Minister flew to Abuja.";
    Span whole = ActorEvaluation.firstUnused(text, "Chad's Defence Minister", new ArrayList<>());
    assertEquals("Minister", ActorEvaluation.namingPart("Chad's Defence Minister", whole).of(text));
  }

  @Test
  void aCountedCrowdIsNamedByWhatIsCountedAndAPlaceByItsName() {
    String text = "Thousands of workers marched in central Harare.";
    Span crowd = ActorEvaluation.firstUnused(text, "Thousands of workers", new ArrayList<>());
    assertEquals("workers", ActorEvaluation.namingPart("Thousands of workers", crowd).of(text));
    Span place = ActorEvaluation.firstUnused(text, "in central Harare", new ArrayList<>());
    assertEquals("Harare", ActorEvaluation.namingPart("in central Harare", place).of(text));
  }
}
