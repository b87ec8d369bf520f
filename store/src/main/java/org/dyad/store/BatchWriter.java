package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.json.Json;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.PartialDate;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * Writes a batch of documents inside the caller's transaction: removes what earlier runs wrote for documents
 * already stored (one DELETE per table for the whole batch), takes one store generation per document, and
 * appends the rows (documents, signatures, events, highlight spans) with DuckDB appenders. Row-by-row INSERTs cost DuckDB about a millisecond each; appenders
 * make writing two orders of magnitude faster, and they take part in the open transaction, so a batch is
 * still all or nothing.
 */
final class BatchWriter {
  private static final int IN_LIST = 500;
  private static final List<String> TABLES =
      List.of("events", "documents", "signatures", "doc_generations", "doc_spans");

  private BatchWriter() {}

  static void write(Connection c, List<AnalyzedDocument> batch, String fingerprint, StoredIds stored)
      throws SQLException {
    // One version per document: the last one given, as if they had been written one after another.
    Map<String, AnalyzedDocument> docs = new LinkedHashMap<>();
    for (AnalyzedDocument a : batch) {
      docs.remove(a.document().id());
      docs.put(a.document().id(), a);
    }
    if (docs.isEmpty()) {
      return;
    }
    List<String> existing = stored.existing(c, docs.keySet());
    for (int i = 0; i < existing.size(); i += IN_LIST) {
      List<String> chunk = existing.subList(i, Math.min(existing.size(), i + IN_LIST));
      for (String table : TABLES) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE doc_id IN ("
            + "?, ".repeat(chunk.size() - 1) + "?)")) {
          for (int k = 0; k < chunk.size(); k++) {
            ps.setString(k + 1, chunk.get(k));
          }
          ps.executeUpdate();
        }
      }
    }
    long last = takeGenerations(c, docs.size());
    long generation = last - docs.size();
    // What each document's rows need that is costly to make (the MinHash signature: 128 hashes of each word
    // shingle; the JSON of the document and of its events) depends on the document alone, so it is made for
    // the whole batch side by side; DuckDB then takes the rows on this thread.
    List<Prepared> prepared = docs.values().parallelStream().map(a -> Prepared.of(a, fingerprint)).toList();
    DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
    try (DuckDBAppender documents = duck.createAppender("main", "documents");
        DuckDBAppender signatures = duck.createAppender("main", "signatures");
        DuckDBAppender events = duck.createAppender("main", "events");
        DuckDBAppender generations = duck.createAppender("main", "doc_generations");
        DuckDBAppender spans = duck.createAppender("main", "doc_spans")) {
      for (Prepared p : prepared) {
        AnalyzedDocument a = p.analysed();
        Document d = a.document();
        appendDocument(documents, a, p.documentJson(), fingerprint);
        signatures.beginRow().append(d.id()).append(p.signature()).endRow();
        for (int i = 0; i < p.events().size(); i++) {
          appendEvent(events, p.events().get(i), p.eventJson().get(i), d);
        }
        generations.beginRow().append(d.id()).append(++generation).endRow();
        SpanTable.append(spans, a);
      }
    }
  }

  /** A document with the parts of its rows that take computing: signature, JSON, its distinct events. */
  private record Prepared(AnalyzedDocument analysed, byte[] signature, String documentJson, List<Event> events,
      List<String> eventJson) {
    static Prepared of(AnalyzedDocument a, String fingerprint) {
      Document d = a.document();
      // An event listed twice keeps its last version.
      Map<String, Event> unique = new LinkedHashMap<>();
      a.events().forEach(e -> unique.put(e.eventId(), e));
      List<Event> events = List.copyOf(unique.values());
      return new Prepared(a, Signatures.toBytes(Merging.NEAR_DUPLICATES.signature(d.text())),
          StoredDocuments.json(d, fingerprint), events, events.stream().map(Json::line).toList());
    }
  }

  /** Advances the store generation by {@code n}; returns the new value. */
  private static long takeGenerations(Connection c, int n) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
        "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + " + n + " AS VARCHAR) WHERE key = 'generation' "
            + "RETURNING value")) {
      if (!rs.next()) {
        throw new SQLException("the store has no generation counter");
      }
      return Long.parseLong(rs.getString(1));
    }
  }

  private static void appendDocument(DuckDBAppender ap, AnalyzedDocument a, String json, String fingerprint)
      throws SQLException {
    Document d = a.document();
    ap.beginRow();
    text(ap, d.id());
    text(ap, d.sourceUri());
    text(ap, d.title());
    text(ap, d.genre().wireName());
    text(ap, d.language());
    text(ap, d.published().date());
    text(ap, d.published().precision().wireName());
    text(ap, d.published().basis());
    text(ap, d.dateline());
    text(ap, d.wireSource());
    text(ap, d.source().outlet());
    text(ap, d.source().contentHash());
    text(ap, d.text());
    ap.append(a.sentences().size());
    text(ap, json);
    ap.appendDefault();
    text(ap, fingerprint);
    ap.endRow();
  }

  private static void appendEvent(DuckDBAppender ap, Event e, String json, Document d) throws SQLException {
    ap.beginRow();
    text(ap, e.eventId());
    text(ap, d.id());
    text(ap, e.type());
    text(ap, e.mode());
    text(ap, e.cameo());
    ap.append(e.quadClass());
    ap.append(e.goldstein());
    text(ap, e.modality().wireName());
    actor(ap, e.actor());
    actor(ap, e.recipient());
    PartialDate date = e.partialDate();
    if (date == null) {
      ap.appendNull();
    } else {
      ap.append(date.start());
    }
    text(ap, e.date());
    text(ap, e.datePrecision().wireName());
    text(ap, e.dateBasis().wireName());
    text(ap, e.genre() == null ? null : e.genre().wireName());
    ap.append(e.confidence());
    text(ap, e.evidence().text());
    text(ap, json);
    ap.endRow();
  }

  private static void actor(DuckDBAppender ap, Actor a) throws SQLException {
    text(ap, a == null ? null : a.code());
    text(ap, a == null ? null : a.country());
    text(ap, a == null ? null : a.sector());
    text(ap, a == null ? null : a.entity());
  }

  private static void text(DuckDBAppender ap, String s) throws SQLException {
    if (s == null) {
      ap.appendNull();
    } else {
      ap.append(s);
    }
  }
}
