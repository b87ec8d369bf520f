package org.dyad.actors.resolve;

import java.util.List;
import java.util.Map;
import org.dyad.actors.testing.TestNlp;
import org.dyad.model.Mention;

/** The mention the default actor stage makes of one word of a sentence, for rule tests that ask about one word. */
final class DefaultStageMentions {
  private static final ActorStage STAGE = ActorStage.withDefaults();

  private DefaultStageMentions() {}

  /** The mention whose span holds the first occurrence of {@code word} in {@code text}, or null. */
  static Mention covering(String text, String date, String word) {
    List<Mention> ms = STAGE.apply(TestNlp.analyze(text, date, Map.of())).mentions();
    int at = text.indexOf(word);
    for (Mention m : ms) {
      if (m.span().start() <= at && at + word.length() <= m.span().end()) {
        return m;
      }
    }
    return null;
  }

  /** The mention whose text is exactly {@code surface}, or null. */
  static Mention named(String text, String date, String surface) {
    for (Mention m : STAGE.apply(TestNlp.analyze(text, date, Map.of())).mentions()) {
      if (m.span().of(text).equals(surface)) {
        return m;
      }
    }
    return null;
  }
}
