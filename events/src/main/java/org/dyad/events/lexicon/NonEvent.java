package org.dyad.events.lexicon;

import java.util.Objects;

/**
 * A phrase that looks like an event but is not one: "meet expectations", "release a statement", "a trade
 * war". When it matches at least as specifically as any event entry on the same head word, the head is no
 * trigger, and the words it covers are no triggers either. Written in the lexicon file with {@code -} for
 * code, type and mode.
 */
public record NonEvent(LexiconEntry.Kind kind, Phrase phrase, String origin) {
  public NonEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.specificity() == 0) {
      throw new IllegalArgumentException("a non-event needs words beyond its head, or the head would never"
          + " trigger: leave '" + phrase + "' out of the lexicon instead");
    }
    origin = origin == null ? "" : origin;
  }
}
