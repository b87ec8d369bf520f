package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dyad.json.Json;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * The embedded DuckDB store in a data directory. Each document is written in one transaction that first
 * removes whatever an earlier run wrote for it, so re-reading a document changes nothing and a run killed
 * at any point leaves either the whole document or none of it.
 */
public final class EventStore implements AutoCloseable {
  static final String FILE = "dyad.duckdb";

  private final Path dir;
  private final Connection connection;
  /** Shared by every handle on the database in this process, so a write through one is seen by all. */
  private final StoredIds storedIds;
  /** The file whose shared ids this handle holds and gives back when closed; null for other handles. */
  private final Path registered;

  private EventStore(Path dir, Connection connection, StoredIds storedIds, Path registered) {
    this.dir = dir;
    this.connection = connection;
    this.storedIds = storedIds;
    this.registered = registered;
  }

  /** A store over a connection someone else opened (e.g. an in-memory one over Parquet files). */
  static EventStore over(Path dir, Connection connection) throws SQLException {
    Schema.ensure(connection, dir.toString());
    return new EventStore(dir, connection, new StoredIds(), null);
  }

  /** Opens (creating if needed) the store in {@code dir}. */
  public static EventStore open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dir + ": " + e.getMessage(), e);
    }
    Path file = dir.resolve(FILE);
    if (Files.exists(file) && !Files.isWritable(file)) {
      throw new StoreException("the store " + file + " is not writable; check its permissions");
    }
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
      try (java.sql.Statement st = c.createStatement()) {
        // DuckDB checkpoints (folds the write-ahead log into the file, compressing again the row groups that
        // were appended to) every 16 MB of log by default. Each checkpoint of an ingest re-reads and
        // re-compresses the partly filled row groups of documents and events, so fewer of them is cheaper:
        // processor time per stored event fell by about a fifth from 128 MB to 1 GB (StoreBenchmark). The cost
        // is a longer log to replay when a killed run is resumed, and up to 1 GB of rows held in DuckDB's buffer
        // pool (which spills to disk under memory pressure) until the next checkpoint.
        st.execute("SET checkpoint_threshold = '1GB'");
      }
      try {
        Schema.ensure(c, dir.toString());
      } catch (SQLException | RuntimeException refused) {
        // A refused store is not held open (nor locked) by this process.
        c.close();
        throw refused;
      }
      return new EventStore(dir, c, StoredIds.acquire(file), file);
    } catch (SQLException e) {
      throw new StoreException(explain(file, e), e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the DuckDB driver is missing from the class path", e);
    }
  }

  private static String explain(Path file, SQLException e) {
    String m = String.valueOf(e.getMessage());
    String first = m.lines().findFirst().orElse(m);
    // DuckDB's own words: "Could not set lock on file ...: Conflicting lock is held in ... (PID n)". Matching
    // the bare word "lock" would also catch "block" in a damaged file's checksum error.
    if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
      return "the store " + file + " is in use by another process (" + first + "); wait for it to finish, "
          + "stop it, or use another --data directory";
    }
    if (m.contains("not a valid DuckDB database") || m.contains("Corrupt") || m.contains("corrupt")
        || m.contains("checksum") || m.contains("IO Error") || m.contains("Serialization Error")) {
      return "the store " + file + " cannot be read (" + first + "); it was left as it is: move it aside "
          + "(or restore a backup) and run again, or choose another --data directory";
    }
    return "cannot open the store " + file + " (" + first + "); it was left as it is: move it aside and run "
        + "again, or choose another --data directory";
  }

  public Path directory() {
    return dir;
  }

  /**
   * True when this document, analysed by the pipeline with this fingerprint, is already stored. Answered
   * from memory (see {@link StoredIds}): an ingest asks it of every document it reads.
   */
  public boolean contains(String docId, String pipelineFingerprint) {
    try {
      return storedIds.contains(connection, docId, pipelineFingerprint);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Writes one analysed document and its events, replacing what an earlier run wrote for it. */
  public synchronized void put(AnalyzedDocument analysed, String pipelineFingerprint) {
    putAll(List.of(analysed), pipelineFingerprint);
  }

  /**
   * Writes several documents in one transaction (much faster for small documents). Each document is still
   * replaced whole, so re-running a batch changes nothing, and a run killed mid-batch leaves none of the
   * batch: the documents before it are complete, and the batch is written again on resume.
   */
  public synchronized void putAll(List<AnalyzedDocument> batch, String pipelineFingerprint) {
    try {
      connection.setAutoCommit(false);
      try {
        // Starts the transaction before the appenders run: DuckDB opens it lazily, at the first statement.
        try (java.sql.Statement st = connection.createStatement()) {
          st.execute("SELECT 1");
        }
        BatchWriter.write(connection, batch, pipelineFingerprint, storedIds);
        connection.commit();
        storedIds.written(batch.stream().map(a -> a.document().id()).toList(), pipelineFingerprint);
      } catch (SQLException | RuntimeException e) {
        // Whether a failed commit kept anything is for the table to say, not for the set in memory.
        storedIds.invalidate();
        rollbackKeeping(e);
        throw e;
      } finally {
        restoreAutoCommit();
      }
    } catch (SQLException e) {
      throw new StoreException(writeError(e), e);
    }
  }

  /**
   * Rolls back after a failed write. A failed commit (a full disk) may have ended the transaction already,
   * and the rollback then fails too; the first error is the one that says what happened, so it is kept.
   */
  private void rollbackKeeping(Exception first) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      first.addSuppressed(e);
    }
  }

  /** Back to one transaction per statement; a connection that refuses says so again at its next use. */
  private void restoreAutoCommit() {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      // Not thrown from a finally block: it would hide the error that is on its way out.
    }
  }

  private String writeError(SQLException e) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("No space left") || m.contains("disk is full") || m.contains("Could not write")
        || m.contains("out of disk")) {
      return "the disk holding " + dir + " is full; the store keeps what was written before this document. "
          + "Free space and run again: nothing is duplicated";
    }
    return "cannot write to the store in " + dir + ": " + m;
  }

  /**
   * Recomputes near-duplicate groups and event clusters over the whole store, in one transaction. Run after
   * an ingest: merging is a property of the corpus, not of one document.
   */
  public synchronized MergeSummary remerge() {
    try {
      return Merging.run(connection);
    } catch (SQLException e) {
      throw new StoreException("cannot merge events in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The connection, for the store's own query classes. */
  Connection connection() {
    return connection;
  }

  /** The stored form of a document: the model plus the pipeline that analysed it. */
  record StoredDocument(Document document, String pipeline) {}

  /** Events matching the query, ordered by date then id. */
  public List<Event> events(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT json FROM events WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    pairClause(q.countryA(), q.countryB(), q.directed(), sql, args);
    if (q.from() != null) {
      sql.append(" AND date_start >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND date_start <= ?");
      args.add(Date.valueOf(q.to()));
    }
    if (!q.types().isEmpty()) {
      sql.append(" AND type IN (").append("?, ".repeat(q.types().size() - 1)).append("?)");
      args.addAll(q.types());
    }
    sql.append(" ORDER BY date_start NULLS LAST, event_id LIMIT ").append(q.limit()).append(" OFFSET ")
        .append(q.offset());
    List<Event> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(Json.mapper().readValue(rs.getString(1), Event.class));
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot read events from " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** A pair's relations by period; only events with a known date count. */
  public List<TimelinePoint> timeline(String a, String b, boolean directed, Granularity by, LocalDate from,
      LocalDate to) {
    StringBuilder sql = new StringBuilder("SELECT date_trunc('" + by.sqlUnit() + "', date_start) AS p, count(*), "
        + "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
        + "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), "
        + "avg(goldstein), sum(goldstein) FROM events WHERE date_start IS NOT NULL "
        + "AND modality = 'asserted'");
    List<Object> args = new ArrayList<>();
    pairClause(a, b, directed, sql, args);
    if (from != null) {
      sql.append(" AND date_start >= ?");
      args.add(Date.valueOf(from));
    }
    if (to != null) {
      sql.append(" AND date_start <= ?");
      args.add(Date.valueOf(to));
    }
    sql.append(" GROUP BY p ORDER BY p");
    List<TimelinePoint> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new TimelinePoint(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3), rs.getInt(4),
            rs.getInt(5), rs.getInt(6), rs.getDouble(7), rs.getDouble(8)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the timeline from " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  public StoreSummary summary(int topPairs) {
    try {
      long docs = count("SELECT count(*) FROM documents");
      long events = count("SELECT count(*) FROM events");
      List<StoreSummary.PairCount> pairs = new ArrayList<>();
      try (PreparedStatement ps = connection.prepareStatement(
          "SELECT least(actor_country, recipient_country) AS a, greatest(actor_country, recipient_country) AS b, "
              + "count(*) AS n FROM events WHERE actor_country IS NOT NULL AND recipient_country IS NOT NULL "
              + "AND actor_country <> recipient_country GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?")) {
        ps.setInt(1, topPairs);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            pairs.add(new StoreSummary.PairCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
          }
        }
      }
      return new StoreSummary(docs, events, pairs);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  private long count(String sql) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void pairClause(String a, String b, boolean directed, StringBuilder sql, List<Object> args) {
    if (a != null && b != null) {
      sql.append(directed ? " AND (actor_country = ? AND recipient_country = ?)"
          : " AND ((actor_country = ? AND recipient_country = ?) OR (actor_country = ? AND recipient_country = ?))");
      args.add(a);
      args.add(b);
      if (!directed) {
        args.add(b);
        args.add(a);
      }
    } else if (a != null) {
      sql.append(" AND (actor_country = ? OR recipient_country = ?)");
      args.add(a);
      args.add(a);
    }
  }

  private PreparedStatement prepare(String sql, List<Object> args) throws SQLException {
    PreparedStatement ps = connection.prepareStatement(sql);
    for (int i = 0; i < args.size(); i++) {
      ps.setObject(i + 1, args.get(i));
    }
    return ps;
  }

  @Override
  public void close() {
    try {
      if (registered != null && !connection.isClosed()) {
        StoredIds.release(registered);
      }
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  // -----------------------------------------------------------------------------------------------------
  // The read side of the dashboard and JSON API (server module), kept together at the end of the class.
  // -----------------------------------------------------------------------------------------------------

  /**
   * Another handle on the same database. A DuckDB connection must not run two statements at once, so each
   * thread that reads in parallel gets its own (see {@link StoreReaders}); closing it leaves this one open.
   */
  public EventStore duplicate() {
    try {
      return new EventStore(dir, connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate(), storedIds, null);
    } catch (SQLException e) {
      throw new StoreException("cannot open another handle on the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** One event by id. */
  public java.util.Optional<Event> event(String eventId) {
    List<Event> found = readEvents("SELECT json FROM events WHERE event_id = ?", List.of(eventId));
    return found.stream().findFirst();
  }

  /** The events coded from one document, in text order. */
  public List<Event> eventsOfDocument(String docId) {
    List<Event> found = new ArrayList<>(readEvents("SELECT json FROM events WHERE doc_id = ?", List.of(docId)));
    found.sort(java.util.Comparator.comparingInt((Event e) -> e.evidence().start()).thenComparing(Event::eventId));
    return found;
  }

  /** How many events the query matches, ignoring its page. */
  public long countEvents(EventQuery q) {
    StringBuilder sql = new StringBuilder("SELECT count(*) FROM events WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    pairClause(q.countryA(), q.countryB(), q.directed(), sql, args);
    if (q.from() != null) {
      sql.append(" AND date_start >= ?");
      args.add(Date.valueOf(q.from()));
    }
    if (q.to() != null) {
      sql.append(" AND date_start <= ?");
      args.add(Date.valueOf(q.to()));
    }
    if (!q.types().isEmpty()) {
      sql.append(" AND type IN (").append("?, ".repeat(q.types().size() - 1)).append("?)");
      args.addAll(q.types());
    }
    return readCount(sql.toString(), args);
  }

  /** The latest events by event date. */
  public List<Event> recentEvents(int limit) {
    return readEvents("SELECT json FROM events WHERE date_start IS NOT NULL "
        + "ORDER BY date_start DESC, event_id LIMIT " + positive(limit), List.of());
  }

  /** Events where the actor (an entity id such as {@code hun-sen}, or a code such as {@code KHMGOV}) acts or is acted on. */
  public List<Event> eventsOfActor(String actor, int limit, int offset) {
    return readEvents("SELECT json FROM events WHERE " + ACTOR_MATCH
        + " ORDER BY date_start NULLS LAST, event_id LIMIT " + positive(limit) + " OFFSET " + Math.max(0, offset),
        List.of(actor, actor, actor, actor));
  }

  public long countEventsOfActor(String actor) {
    return readCount("SELECT count(*) FROM events WHERE " + ACTOR_MATCH, List.of(actor, actor, actor, actor));
  }

  private static final String ACTOR_MATCH =
      "(actor_entity = ? OR actor_code = ? OR recipient_entity = ? OR recipient_code = ?)";

  /** The first and last event dates of a pair (either direction), and its event count; empty when none. */
  public java.util.Optional<PairExtent> pairExtent(String a, String b) {
    StringBuilder sql = new StringBuilder(
        "SELECT min(date_start), max(date_start), count(*) FROM events WHERE date_start IS NOT NULL");
    List<Object> args = new ArrayList<>();
    pairClause(a, b, false, sql, args);
    try (PreparedStatement ps = prepare(sql.toString(), args); ResultSet rs = ps.executeQuery()) {
      rs.next();
      if (rs.getLong(3) == 0) {
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(
          new PairExtent(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate(), rs.getLong(3)));
    } catch (SQLException e) {
      throw new StoreException("cannot read events from " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The dated span of a pair's events. */
  public record PairExtent(LocalDate first, LocalDate last, long events) {}

  /** One stored document with its metadata and counts. */
  public java.util.Optional<DocumentRecord> document(String docId) {
    try (PreparedStatement ps = connection.prepareStatement("SELECT d.json, d.ingested_at, d.sentences, "
        + "(SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id), d.text FROM documents d WHERE d.doc_id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return java.util.Optional.empty();
        }
        StoredDocument stored = StoredDocuments.read(rs.getString(1), rs.getString(5));
        java.sql.Timestamp at = rs.getTimestamp(2);
        return java.util.Optional.of(new DocumentRecord(stored.document(), stored.pipeline(),
            at == null ? null : at.toInstant(), rs.getInt(3), rs.getLong(4)));
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot read document " + docId + " from " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The most recently ingested documents. */
  public List<DocumentListing> recentDocuments(int limit) {
    List<DocumentListing> out = new ArrayList<>();
    try (PreparedStatement ps = connection.prepareStatement("SELECT d.doc_id, d.title, d.source_uri, d.genre, "
        + "d.published, d.outlet, d.ingested_at, (SELECT count(*) FROM events e WHERE e.doc_id = d.doc_id) "
        + "FROM documents d ORDER BY d.ingested_at DESC, d.doc_id LIMIT " + positive(limit));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        java.sql.Timestamp at = rs.getTimestamp(7);
        out.add(new DocumentListing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), at == null ? null : at.toInstant(), rs.getLong(8)));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read documents from " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** The highlighted spans of one document (actor mentions, time expressions, evidence) in text order. */
  public List<TextSpan> spans(String docId) {
    try {
      return SpanTable.read(connection, docId);
    } catch (SQLException e) {
      throw new StoreException("cannot read document " + docId + " from " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Removes a document with its events and spans; false when it was not stored. */
  public synchronized boolean removeDocument(String docId) {
    try {
      if (readCount("SELECT count(*) FROM documents WHERE doc_id = ?", List.of(docId)) == 0) {
        return false;
      }
      connection.setAutoCommit(false);
      try {
        for (String table : List.of("events", "documents", "signatures")) {
          try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?")) {
            ps.setString(1, docId);
            ps.executeUpdate();
          }
        }
        // The removal takes a generation too, so the search index and merged events learn of it.
        Generations.tombstone(connection, docId);
        SpanTable.delete(connection, docId);
        connection.commit();
        storedIds.removed(docId);
      } catch (SQLException | RuntimeException e) {
        storedIds.invalidate();
        rollbackKeeping(e);
        throw e;
      } finally {
        restoreAutoCommit();
      }
      return true;
    } catch (SQLException e) {
      throw new StoreException(writeError(e), e);
    }
  }

  /**
   * Case-insensitive substring search: documents whose title or text contain every word of the query, then
   * events whose evidence sentence does. The stand-in until the Lucene index; see {@link TextSearch}.
   */
  public List<SearchHit> searchLike(String query, int limit) {
    List<String> words = java.util.Arrays.stream(query.trim().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    StringBuilder docWhere = new StringBuilder("1 = 1");
    StringBuilder evWhere = new StringBuilder("1 = 1");
    for (String w : words) {
      String pattern = "%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
      docWhere.append(" AND (d.title ILIKE ? ESCAPE '\\' OR d.text ILIKE ? ESCAPE '\\')");
      evWhere.append(" AND e.sentence ILIKE ? ESCAPE '\\'");
      args.add(pattern);
    }
    String first = words.get(0).toLowerCase(java.util.Locale.ROOT);
    List<SearchHit> out = new ArrayList<>();
    List<Object> docArgs = new ArrayList<>();
    docArgs.add(first);
    for (Object a : args) {
      docArgs.add(a);
      docArgs.add(a);
    }
    String docSql = "SELECT d.doc_id, d.title, d.text, strpos(lower(d.text), ?) - 1 FROM documents d WHERE "
        + docWhere + " ORDER BY d.published DESC NULLS LAST, d.doc_id LIMIT " + positive(limit);
    try (PreparedStatement ps = prepare(docSql, docArgs); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String text = rs.getString(3);
        int at = rs.getInt(4);
        out.add(new SearchHit(SearchHit.Kind.DOCUMENT, rs.getString(1), null, rs.getString(2),
            snippet(text, at, first.length()), at, at < 0 ? -1 : at + first.length()));
      }
      int left = limit - out.size();
      if (left > 0) {
        String evSql = "SELECT e.json, d.title FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE "
            + evWhere + " ORDER BY e.date_start DESC NULLS LAST, e.event_id LIMIT " + left;
        try (PreparedStatement ev = prepare(evSql, args); ResultSet er = ev.executeQuery()) {
          while (er.next()) {
            Event e = Json.mapper().readValue(er.getString(1), Event.class);
            out.add(new SearchHit(SearchHit.Kind.EVIDENCE, e.docId(), e.eventId(), er.getString(2),
                e.evidence().text(), e.evidence().start(), e.evidence().end()));
          }
        }
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot search the store in " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** About 200 characters of text around a match, on word boundaries where possible. */
  private static String snippet(String text, int at, int length) {
    if (text == null) {
      return "";
    }
    int from = Math.max(0, at < 0 ? 0 : at - 80);
    int to = Math.min(text.length(), (at < 0 ? 0 : at + length) + 120);
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && at - from < 100) {
      from--;
    }
    String s = text.substring(from, to).replaceAll("\\s+", " ").trim();
    return (from > 0 ? "… " : "") + s + (to < text.length() ? " …" : "");
  }

  private static int positive(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    return limit;
  }

  private List<Event> readEvents(String sql, List<Object> args) {
    List<Event> out = new ArrayList<>();
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(Json.mapper().readValue(rs.getString(1), Event.class));
      }
    } catch (SQLException | JsonProcessingException e) {
      throw new StoreException("cannot read events from " + dir + ": " + e.getMessage(), e);
    }
    return out;
  }

  private long readCount(String sql, List<Object> args) {
    try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reports of the same happening: events of the same type between the same actors on the same date, from
   * any document, this one included, oldest document first.
   */
  public List<Event> sameHappening(Event e, int limit) {
    if (e.date() == null) {
      return List.of(e);
    }
    String a = e.actor() == null ? null : e.actor().code();
    String r = e.recipient() == null ? null : e.recipient().code();
    List<Object> args = new ArrayList<>(java.util.Arrays.asList(e.type(), e.date(), a, r));
    return readEvents("SELECT json FROM events WHERE type = ? AND date_text = ? "
        + "AND actor_code IS NOT DISTINCT FROM ? AND recipient_code IS NOT DISTINCT FROM ? "
        + "ORDER BY doc_id, event_id LIMIT " + positive(limit), args);
  }

  /**
   * What the events say about an actor: names, codes, roles held (first and last event date with each), and
   * how often it acted or was acted on. Aggregated in the database in one pass: each side is read in two
   * branches with one equality each, which DuckDB filters while scanning, so only the actor's rows have
   * their JSON read (an OR of columns would read the JSON of every event: seconds at a million events).
   */
  public ActorSummary actorSummary(String actor) {
    String sides = "SELECT json_extract_string(json, '$.actor.text') AS name, actor_code AS code, "
        + "json_extract_string(json, '$.actor.role') AS role, date_start, 1 AS as_actor FROM events "
        + "WHERE actor_entity = ? UNION ALL "
        + "SELECT json_extract_string(json, '$.actor.text'), actor_code, json_extract_string(json, '$.actor.role'), "
        + "date_start, 1 FROM events WHERE actor_code = ? AND actor_entity IS DISTINCT FROM ? UNION ALL "
        + "SELECT json_extract_string(json, '$.recipient.text'), recipient_code, "
        + "json_extract_string(json, '$.recipient.role'), date_start, 0 FROM events WHERE recipient_entity = ? "
        + "UNION ALL SELECT json_extract_string(json, '$.recipient.text'), recipient_code, "
        + "json_extract_string(json, '$.recipient.role'), date_start, 0 FROM events "
        + "WHERE recipient_code = ? AND recipient_entity IS DISTINCT FROM ?";
    String sql = "SELECT GROUPING(name), GROUPING(code), GROUPING(role), name, code, role, as_actor, count(*), "
        + "min(date_start), max(date_start), count(date_start) FROM (" + sides + ") "
        + "GROUP BY GROUPING SETS ((name), (code), (role), (as_actor))";
    List<Object[]> names = new ArrayList<>();
    List<Object[]> codes = new ArrayList<>();
    List<ActorSummary.RoleSpan> roles = new ArrayList<>();
    long asActor = 0;
    long asRecipient = 0;
    try (PreparedStatement ps = prepare(sql, List.of(actor, actor, actor, actor, actor, actor));
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long n = rs.getLong(8);
        if (rs.getInt(1) == 0) {
          if (rs.getString(4) != null) {
            names.add(new Object[] {rs.getString(4), n});
          }
        } else if (rs.getInt(2) == 0) {
          if (rs.getString(5) != null) {
            codes.add(new Object[] {rs.getString(5), n});
          }
        } else if (rs.getInt(3) == 0) {
          if (rs.getString(6) != null && rs.getLong(11) > 0) {
            roles.add(new ActorSummary.RoleSpan(rs.getString(6), rs.getDate(9).toLocalDate(),
                rs.getDate(10).toLocalDate(), rs.getLong(11)));
          }
        } else if (rs.getInt(7) == 1) {
          asActor = n;
        } else {
          asRecipient = n;
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read actor " + actor + " from " + dir + ": " + e.getMessage(), e);
    }
    roles.sort(java.util.Comparator.comparing(ActorSummary.RoleSpan::first).thenComparing(ActorSummary.RoleSpan::role));
    return new ActorSummary(actor, mostFrequent(names), mostFrequent(codes), roles, asActor, asRecipient);
  }

  /** The 20 most frequent values, ties in alphabetical order. */
  private static List<String> mostFrequent(List<Object[]> counted) {
    counted.sort(java.util.Comparator.comparingLong((Object[] c) -> -(Long) c[1]).thenComparing(c -> (String) c[0]));
    return counted.stream().limit(20).map(c -> (String) c[0]).toList();
  }
}
