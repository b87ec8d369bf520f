package org.dyad.events.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event lexicon, indexed by part of speech and head lemma. For each head the entries are ordered most
 * specific first, so the coder can take the first whose extra words it finds. Immutable and thread-safe.
 */
public final class Lexicon {
  private static final Comparator<LexiconEntry> MOST_SPECIFIC_FIRST =
      Comparator.comparingInt((LexiconEntry e) -> -e.phrase().specificity());

  private final List<LexiconEntry> entries;
  private final Map<LexiconEntry.Kind, Map<String, List<LexiconEntry>>> byHead;
  private final List<NonEvent> nonEvents;
  private final Map<LexiconEntry.Kind, Map<String, List<NonEvent>>> nonEventsByHead;

  public Lexicon(Collection<LexiconEntry> entries) {
    this(entries, List.of());
  }

  /** @param nonEvents phrases on event heads that report no event ("meet expectations") */
  public Lexicon(Collection<LexiconEntry> entries, Collection<NonEvent> nonEvents) {
    this.entries = List.copyOf(entries);
    this.nonEvents = List.copyOf(nonEvents);
    Map<LexiconEntry.Kind, Map<String, List<NonEvent>>> blocks = new EnumMap<>(LexiconEntry.Kind.class);
    for (NonEvent n : this.nonEvents) {
      blocks.computeIfAbsent(n.kind(), k -> new HashMap<>())
          .computeIfAbsent(n.phrase().head(), k -> new ArrayList<>()).add(n);
    }
    for (Map<String, List<NonEvent>> m : blocks.values()) {
      m.replaceAll((k, v) -> List.copyOf(v));
    }
    this.nonEventsByHead = blocks;
    Map<LexiconEntry.Kind, Map<String, List<LexiconEntry>>> index = new EnumMap<>(LexiconEntry.Kind.class);
    for (LexiconEntry e : this.entries) {
      index.computeIfAbsent(e.kind(), k -> new HashMap<>())
          .computeIfAbsent(e.phrase().head(), k -> new ArrayList<>()).add(e);
    }
    for (Map<String, List<LexiconEntry>> m : index.values()) {
      m.replaceAll((k, v) -> {
        List<LexiconEntry> sorted = new ArrayList<>(v);
        sorted.sort(MOST_SPECIFIC_FIRST); // stable: file order breaks ties
        return List.copyOf(sorted);
      });
    }
    this.byHead = index;
  }

  /** Entries whose head is this lemma, most specific first; empty when none. */
  public List<LexiconEntry> candidates(LexiconEntry.Kind kind, String lemma) {
    Map<String, List<LexiconEntry>> m = byHead.get(kind);
    if (m == null || lemma == null) {
      return List.of();
    }
    return m.getOrDefault(lemma, List.of());
  }

  /** Non-event phrases whose head is this lemma; empty when none. */
  public List<NonEvent> nonEvents(LexiconEntry.Kind kind, String lemma) {
    Map<String, List<NonEvent>> m = nonEventsByHead.get(kind);
    if (m == null || lemma == null) {
      return List.of();
    }
    return m.getOrDefault(lemma, List.of());
  }

  public List<NonEvent> nonEvents() {
    return nonEvents;
  }

  public boolean hasHead(LexiconEntry.Kind kind, String lemma) {
    return !candidates(kind, lemma).isEmpty();
  }

  public List<LexiconEntry> entries() {
    return entries;
  }

  public int size() {
    return entries.size();
  }

  /**
   * This lexicon extended by another: the other's entries are added after ours, so for the same phrase ours
   * wins (a user's imported dictionary extends dyad's lexicon but does not override its vetted entries). The
   * non-events of both apply.
   */
  public Lexicon extendedBy(Lexicon other) {
    Map<String, Boolean> seen = new HashMap<>();
    List<LexiconEntry> all = new ArrayList<>(entries);
    for (LexiconEntry e : entries) {
      seen.put(e.kind() + " " + e.phrase(), true);
    }
    for (LexiconEntry e : other.entries) {
      if (seen.putIfAbsent(e.kind() + " " + e.phrase(), true) == null) {
        all.add(e);
      }
    }
    List<NonEvent> blocks = new ArrayList<>(nonEvents);
    blocks.addAll(other.nonEvents);
    return new Lexicon(all, blocks);
  }
}
