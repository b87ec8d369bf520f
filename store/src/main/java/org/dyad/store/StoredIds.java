package org.dyad.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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
  /** Ids stored with {@link #pipeline}; null until a pipeline is first asked about. */
  private IdSet ofPipeline;
  /** Ids with rows in {@code documents} or {@code doc_generations}; null until first needed. */
  private IdSet known;

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
      try (PreparedStatement ps = c.prepareStatement("SELECT doc_id FROM documents WHERE pipeline = ?")) {
        ps.setString(1, pipelineFingerprint);
        ofPipeline = IdSet.read(ps);
      }
      pipeline = pipelineFingerprint;
    }
    return ofPipeline.contains(docId);
  }

  /** Which of these ids have rows in the store (and so must be removed before they are written again). */
  synchronized List<String> existing(Connection c, Collection<String> docIds) throws SQLException {
    if (known == null) {
      // Removed documents keep their doc_generations row (a tombstone for the search index): they count too.
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT doc_id FROM documents UNION SELECT doc_id FROM doc_generations")) {
        known = IdSet.read(ps);
      }
    }
    List<String> out = new ArrayList<>();
    for (String id : docIds) {
      if (known.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  /** These documents were committed as analysed by {@code pipelineFingerprint}. */
  synchronized void written(Collection<String> docIds, String pipelineFingerprint) {
    for (String id : docIds) {
      if (known != null) {
        known.add(id);
      }
      if (pipeline != null) {
        if (pipeline.equals(pipelineFingerprint)) {
          ofPipeline.add(id);
        } else {
          ofPipeline.remove(id);
        }
      }
    }
  }

  /** This document was removed from the store (its tombstone keeps it among the known ids). */
  synchronized void removed(String docId) {
    if (pipeline != null) {
      ofPipeline.remove(docId);
    }
  }

  /** Forgets everything: the next question reads the table again (after a write that failed part way). */
  synchronized void invalidate() {
    pipeline = null;
    ofPipeline = null;
  }

  /** A set of document ids: compact ones as numbers, any other as a string. Not thread-safe on its own. */
  private static final class IdSet {
    private final LongSet compact = new LongSet(1024);
    private final Set<String> other = new HashSet<>();

    /** The ids in the first column of what {@code query} returns. */
    static IdSet read(PreparedStatement query) throws SQLException {
      IdSet ids = new IdSet();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }

    boolean contains(String id) {
      long n = compact(id);
      return n != NOT_COMPACT ? compact.contains(n) : other.contains(id);
    }

    void add(String id) {
      long n = compact(id);
      if (n != NOT_COMPACT) {
        compact.add(n);
      } else {
        other.add(id);
      }
    }

    void remove(String id) {
      long n = compact(id);
      if (n != NOT_COMPACT) {
        compact.remove(n);
      } else {
        other.remove(id);
      }
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
