package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * The actor mentions of a document by sentence and token, so that a dependency argument (a token) can be
 * mapped to the actor it names. A token inside a mention's span maps to that mention; the head token wins
 * when mentions overlap.
 */
public final class MentionIndex {
  private final Map<Integer, Mention[]> byToken = new HashMap<>();
  private final Map<Integer, List<Mention>> bySentence = new HashMap<>();

  public MentionIndex(List<Sentence> sentences, List<Mention> mentions) {
    Map<Integer, Sentence> sentenceByIndex = new HashMap<>();
    for (Sentence s : sentences) {
      sentenceByIndex.put(s.index(), s);
    }
    for (Mention m : mentions) {
      Sentence s = sentenceByIndex.get(m.sentence());
      if (s == null || SponsorModifiers.namesSponsor(s, m)) {
        continue; // "a US-funded building" is not the United States'
      }
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
      Mention[] slots = byToken.computeIfAbsent(m.sentence(), k -> new Mention[s.tokens().size()]);
      for (Token t : s.tokens()) {
        boolean inside = t.start() >= m.span().start() && t.end() <= m.span().end();
        boolean isHead = t.index() == m.head();
        if ((inside || isHead) && t.index() < slots.length) {
          Mention old = slots[t.index()];
          if (old == null || isHead || old.span().length() > m.span().length() && old.head() != t.index()) {
            slots[t.index()] = m;
          }
        }
      }
    }
  }

  /**
   * The country the document names most often through its actors (people, institutions, the country itself), the
   * one it is about; null when no country is named at least three times or two tie.
   */
  public String mainCountry() {
    Map<String, Integer> counts = new HashMap<>();
    for (List<Mention> ms : bySentence.values()) {
      for (Mention m : ms) {
        if (m.actor().country() != null && !"MED".equals(m.actor().sector())) {
          counts.merge(m.actor().country(), 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    boolean tie = false;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    return tie || bestCount < 3 ? null : best;
  }

  /** The mention covering the token, or null. */
  public Mention at(int sentence, int token) {
    Mention[] slots = byToken.get(sentence);
    return slots == null || token < 0 || token >= slots.length ? null : slots[token];
  }

  public List<Mention> inSentence(int sentence) {
    return bySentence.getOrDefault(sentence, List.of());
  }
}
