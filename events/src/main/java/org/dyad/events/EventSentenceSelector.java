package org.dyad.events;

import java.util.HashSet;
import java.util.Set;
import org.dyad.events.lexicon.Lexicon;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.SentenceSelector;

/**
 * Tells the parser which sentences can hold an event: a lexicon trigger word (by lemma and part of speech)
 * and someone to act, an actor mention or a phrase such as "both leaders". Everything else stays unparsed,
 * which is where most of dyad's speed comes from.
 */
public final class EventSentenceSelector implements SentenceSelector {
  /** What this selector reads: the parse stage must come after the actor stage. */
  public static final Set<Layer> NEEDS = Set.of(Layer.TOKENS, Layer.POS, Layer.LEMMAS, Layer.ACTOR_MENTIONS);

  private final Lexicon lexicon;
  private final org.dyad.events.lexicon.FrameWords frames;

  /** With dyad's bundled frame words. */
  public EventSentenceSelector(Lexicon lexicon) {
    this(lexicon, org.dyad.events.lexicon.LexiconLoader.bundledFrames());
  }

  public EventSentenceSelector(Lexicon lexicon, org.dyad.events.lexicon.FrameWords frames) {
    this.lexicon = lexicon;
    this.frames = frames;
  }

  @Override
  public boolean select(AnalyzedDocument document, Sentence sentence) {
    return hasTrigger(sentence) && (hasActor(document, sentence) || hasForceAndPlace(sentence));
  }

  /** Named-entity tags of places. */
  private static final Set<String> PLACE_TAGS = Set.of("CITY", "LOCATION", "STATE_OR_PROVINCE", "COUNTRY");

  /**
   * "Mortar shells struck Kabul", "an explosion in a market in Kandahar killed four people": force whose doer
   * is not named, done in or to a named place, is an event of its own with no actor mention in the sentence.
   */
  private boolean hasForceAndPlace(Sentence s) {
    boolean force = false;
    boolean place = false;
    for (Token t : s.tokens()) {
      place |= t.ner() != null && PLACE_TAGS.contains(t.ner());
      String pos = t.pos();
      if (pos != null && pos.startsWith("VB")) {
        for (LexiconEntry e : lexicon.candidates(LexiconEntry.Kind.VERB,
            t.lemmaOrText().toLowerCase(java.util.Locale.ROOT))) {
          force |= org.dyad.events.coder.UnattributedForce.applies(e.type());
        }
      }
    }
    return force && place;
  }

  /**
   * True when some word of the sentence is a trigger in the lexicon (by lemma and part of speech), or the
   * sentence reports a demand ("X said Y must ...").
   */
  public boolean hasTrigger(Sentence s) {
    boolean modal = false;
    boolean reporting = false;
    for (Token t : s.tokens()) {
      String l = t.lemmaOrText().toLowerCase(java.util.Locale.ROOT);
      modal |= frames.demandModals().containsKey(l) || frames.criticisms().contains(l)
          || frames.criticismsWhenNegated().contains(l) || frames.isWarningNoun(l);
      reporting |= frames.isReporting(l);
    }
    if (modal && reporting || org.dyad.events.coder.WeaponStrikes.mayHold(s.tokens())) {
      return true; // "X said Y must ...", "X said it was unacceptable", "... will bear the consequences": a demand,
      // criticism or threat without a trigger word
    }
    for (Token t : s.tokens()) {
      String pos = t.pos();
      String lemma = t.lemmaOrText().toLowerCase(java.util.Locale.ROOT);
      if (pos == null) {
        // no tagger ran: any part of speech will do
        for (LexiconEntry.Kind k : LexiconEntry.Kind.values()) {
          if (lexicon.hasHead(k, lemma)) {
            return true;
          }
        }
        continue;
      }
      LexiconEntry.Kind kind = pos.startsWith("VB") ? LexiconEntry.Kind.VERB
          : pos.startsWith("NN") ? LexiconEntry.Kind.NOUN : pos.startsWith("JJ") ? LexiconEntry.Kind.ADJECTIVE : null;
      if (kind != null && lexicon.hasHead(kind, lemma)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasActor(AnalyzedDocument document, Sentence s) {
    for (Mention m : document.mentions()) {
      if (m.sentence() == s.index() && !"MED".equals(m.actor().sector())) {
        return true;
      }
    }
    Set<String> words = new HashSet<>();
    for (Token t : s.tokens()) {
      words.add(t.text().toLowerCase(java.util.Locale.ROOT));
    }
    return words.contains("both") || words.contains("two");
  }
}
