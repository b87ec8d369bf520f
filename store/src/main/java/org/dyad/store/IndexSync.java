package org.dyad.store;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;

/**
 * Brings the search index up to the store's generation. DuckDB is the truth; the index records, in each
 * Lucene commit, the store generation it has caught up to. Documents are (re)indexed in generation order and
 * committed in steps, so a run killed here loses at most one step and the next one carries on from it.
 */
final class IndexSync {
  static final String GENERATION = "dyad.generation";
  static final String DOC_ID = "doc_id";
  static final String KIND = "kind";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String EVIDENCE = "evidence";
  static final String EVENT_ID = "event_id";
  static final String SOURCE_URI = "source_uri";
  static final String PUBLISHED = "published";

  private static final int STEP = 5_000;
  private static final FieldType HIGHLIGHTED = highlighted();

  private IndexSync() {}

  private static FieldType highlighted() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    // Offsets in the postings let the highlighter mark matches without analysing the text again.
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  /** The generation recorded in the index's last commit, or -1 when it has none. */
  static long recorded(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(GENERATION)) {
          return Long.parseLong(e.getValue());
        }
      }
    }
    return -1;
  }

  /** Catches up; returns how many documents were (re)indexed. */
  static long run(EventStore store, IndexWriter writer) throws SQLException, IOException {
    long target = Generations.current(store.connection());
    long done = recorded(writer);
    if (done == target) {
      return 0;
    }
    boolean fresh = false;
    if (done < 0 || done > target) {
      // No record, or an index ahead of its store (the store was replaced by an older copy): start afresh.
      writer.deleteAll();
      done = -1;
      fresh = true;
    }
    // Documents removed since: their doc_generations row outlived them.
    try (PreparedStatement ps = store.connection().prepareStatement("SELECT g.doc_id FROM doc_generations g "
        + "LEFT JOIN documents d ON d.doc_id = g.doc_id WHERE d.doc_id IS NULL AND g.generation > ?")) {
      ps.setLong(1, done);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          writer.deleteDocuments(new Term(DOC_ID, rs.getString(1)));
        }
      }
    }
    String sql = "SELECT d.doc_id, coalesce(g.generation, 0) AS gen, d.title, d.text, d.source_uri, d.published, "
        + "e.event_id, e.sentence FROM documents d LEFT JOIN doc_generations g ON g.doc_id = d.doc_id "
        + "LEFT JOIN events e ON e.doc_id = d.doc_id WHERE coalesce(g.generation, 0) > ? "
        + "ORDER BY gen, d.doc_id, e.event_id";
    long indexed = 0;
    try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
      ps.setLong(1, done);
      try (ResultSet rs = ps.executeQuery()) {
        Pending pending = null;
        while (rs.next()) {
          String docId = rs.getString(1);
          if (pending == null || !pending.docId.equals(docId)) {
            if (pending != null) {
              pending.write(writer, fresh);
              indexed++;
              if (indexed % STEP == 0) {
                commit(writer, pending.generation);
              }
            }
            pending = new Pending(docId, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
          }
          String eventId = rs.getString(7);
          if (eventId != null) {
            pending.evidence.computeIfAbsent(rs.getString(8), k -> new ArrayList<>()).add(eventId);
          }
        }
        if (pending != null) {
          pending.write(writer, fresh);
          indexed++;
        }
      }
    }
    commit(writer, target);
    return indexed;
  }

  private static void commit(IndexWriter writer, long generation) throws IOException {
    writer.setLiveCommitData(List.of(Map.entry(GENERATION, Long.toString(generation))));
    writer.commit();
  }

  /** One document's entries: the document itself and one entry per distinct evidence sentence. */
  private static final class Pending {
    final String docId;
    final long generation;
    final String title;
    final String text;
    final String sourceUri;
    final String published;
    final Map<String, List<String>> evidence = new LinkedHashMap<>();

    Pending(String docId, long generation, String title, String text, String sourceUri, String published) {
      this.docId = docId;
      this.generation = generation;
      this.title = title;
      this.text = text;
      this.sourceUri = sourceUri;
      this.published = published;
    }

    /**
     * Adds the entries; {@code fresh} says the index was emptied first and each document comes once, so there
     * is nothing to replace and the delete-by-term lookup of an update is skipped.
     */
    void write(IndexWriter writer, boolean fresh) throws IOException {
      List<Document> entries = new ArrayList<>();
      Document d = common(SearchMatch.Kind.DOCUMENT);
      if (title != null) {
        d.add(new Field(TITLE, title, HIGHLIGHTED));
      }
      d.add(new Field(TEXT, text == null ? "" : text, HIGHLIGHTED));
      entries.add(d);
      for (Map.Entry<String, List<String>> e : evidence.entrySet()) {
        if (e.getKey() == null || e.getKey().isBlank()) {
          continue;
        }
        Document s = common(SearchMatch.Kind.EVIDENCE);
        s.add(new Field(EVIDENCE, e.getKey(), HIGHLIGHTED));
        for (String id : e.getValue()) {
          s.add(new StoredField(EVENT_ID, id));
        }
        entries.add(s);
      }
      if (fresh) {
        writer.addDocuments(entries);
      } else {
        // Replaces whatever an earlier write of this document left, in one atomic update.
        writer.updateDocuments(new Term(DOC_ID, docId), entries);
      }
    }

    private Document common(SearchMatch.Kind kind) {
      Document d = new Document();
      d.add(new StringField(DOC_ID, docId, Field.Store.YES));
      d.add(new StringField(KIND, kind.name(), Field.Store.YES));
      if (title != null) {
        d.add(new StoredField("stored_title", title));
      }
      d.add(new StoredField(SOURCE_URI, sourceUri));
      if (published != null) {
        d.add(new StoredField(PUBLISHED, published));
      }
      return d;
    }
  }
}
