package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which documents the store holds, in memory: those analysed by one pipeline ({@link #contains}), and every
 * id that has rows at all, removed documents' tombstones included ({@link #existing}). An ingest asks this of every
 * document it reads, before coding it; asking DuckDB each time (a statement prepared and run per document)
 * cost close to a millisecond, more than writing the document. One scan of the {@code documents} table fills
 * the set the first time a pipeline is asked about; the store's own writes and removals keep it current
 * (only this process can write: DuckDB locks the file). A batch write asks which of its documents have
 * rows to remove first: a new document (the common case) then costs no query at all.
 *
 * <p>Document ids made by {@link org.dyad.model.Ids#documentId} ({@code d} and 16 hex digits) are kept as the
 * 64-bit number they spell, 16 bytes a document; any other id as a string. Thread-safe.
 */
final class StoredIds {
  /**
   * One per database file in this process: DuckDB lets a process open a file more than once (the handles
   * share one database), and a write through any of them must be seen by all. Counted, so the last
   * {@link #release} forgets the file.
   */
  private static final Map<Path, StoredIds> OPEN = new HashMap<>();

  private int handles;
  private String pipeline;
  private LongSet compact;
  private Set<String> other;
  /** Ids with rows in {@code documents} or {@code doc_generations}; null until first needed. */
  private LongSet knownCompact;
  private Set<String> knownOther;

  /** The ids of the database in {@code file}, shared with every other open handle on it in this process. */
  static StoredIds acquire(Path file) {
    Path key = file.toAbsolutePath().normalize();
    synchronized (OPEN) {
      StoredIds ids = OPEN.computeIfAbsent(key, k -> new StoredIds());
      ids.handles++;
      return ids;
    }
  }

  /** One handle on {@code file} was closed. */
  static void release(Path file) {
    Path key = file.toAbsolutePath().normalize();
    synchronized (OPEN) {
      StoredIds ids = OPEN.get(key);
      if (ids != null && --ids.handles <= 0) {
        OPEN.remove(key);
      }
    }
  }

  /** True when {@code docId} is stored with {@code pipeline}; loads the set when asked about a new pipeline. */
  synchronized boolean contains(Connection c, String docId, String pipelineFingerprint) throws SQLException {
    if (!pipelineFingerprint.equals(pipeline)) {
      load(c, pipelineFingerprint);
    }
    long n = compact(docId);
    return n != NOT_COMPACT ? compact.contains(n) : other.contains(docId);
  }

  /** Which of these ids have rows in the store (and so must be removed before they are written again). */
  synchronized List<String> existing(Connection c, Collection<String> docIds) throws SQLException {
    if (knownCompact == null) {
      loadKnown(c);
    }
    List<String> out = new ArrayList<>();
    for (String id : docIds) {
      long n = compact(id);
      if (n != NOT_COMPACT ? knownCompact.contains(n) : knownOther.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** These documents were committed as analysed by {@code pipelineFingerprint}. */
  synchronized void written(Collection<String> docIds, String pipelineFingerprint) {
    if (knownCompact != null) {
      for (String id : docIds) {
        long n = compact(id);
        if (n != NOT_COMPACT) {
          knownCompact.add(n);
        } else {
          knownOther.add(id);
        }
      }
    }
    if (pipeline == null) {
      return;
    }
    for (String id : docIds) {
      if (pipeline.equals(pipelineFingerprint)) {
        add(id);
      } else {
        remove(id);
      }
    }
  }

  /** This document was removed from the store (its tombstone keeps it among the known ids). */
  synchronized void removed(String docId) {
    if (pipeline != null) {
      remove(docId);
    }
  }

  /** Forgets everything: the next question reads the table again (after a write that failed part way). */
  synchronized void invalidate() {
    pipeline = null;
    compact = null;
    other = null;
    knownCompact = null;
    knownOther = null;
  }

  private void loadKnown(Connection c) throws SQLException {
    LongSet numbers = new LongSet(1024);
    Set<String> strings = new HashSet<>();
    // Removed documents keep their doc_generations row (a tombstone for the search index): they count too.
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT doc_id FROM documents UNION SELECT doc_id FROM doc_generations");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString(1);
        long n = compact(id);
        if (n != NOT_COMPACT) {
          numbers.add(n);
        } else {
          strings.add(id);
        }
      }
    }
    knownCompact = numbers;
    knownOther = strings;
  }

  private void load(Connection c, String pipelineFingerprint) throws SQLException {
    LongSet numbers = new LongSet(1024);
    Set<String> strings = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT doc_id FROM documents WHERE pipeline = ?")) {
      ps.setString(1, pipelineFingerprint);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          long n = compact(id);
          if (n != NOT_COMPACT) {
            numbers.add(n);
          } else {
            strings.add(id);
          }
        }
      }
    }
    pipeline = pipelineFingerprint;
    compact = numbers;
    other = strings;
  }

  private void add(String id) {
    long n = compact(id);
    if (n != NOT_COMPACT) {
      compact.add(n);
    } else {
      other.add(id);
    }
  }

  private void remove(String id) {
    long n = compact(id);
    if (n != NOT_COMPACT) {
      compact.remove(n);
    } else {
      other.remove(id);
    }
  }

  /**
   * Marks "not of the compact form". The one id that spells this number ({@code d8000000000000000}) is kept
   * as a string instead, so nothing is lost.
   */
  private static final long NOT_COMPACT = Long.MIN_VALUE;

  /** The number a {@code d} + 16 lower-case hex digit id spells, or {@link #NOT_COMPACT}. */
  static long compact(String id) {
    if (id.length() != 17 || id.charAt(0) != 'd') {
      return NOT_COMPACT;
    }
    long n = 0;
    for (int i = 1; i < 17; i++) {
      char ch = id.charAt(i);
      int digit = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : -1;
      if (digit < 0) {
        return NOT_COMPACT;
      }
      n = (n << 4) | digit;
    }
    return n;
  }
}
