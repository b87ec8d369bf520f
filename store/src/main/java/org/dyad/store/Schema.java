package org.dyad.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables of the store and their version. A store written by a newer dyad is refused rather than
 * misread; an older one is migrated here.
 *
 * <p>Version 3 drops the primary keys and the index of the tables every document write appends to
 * (events, signatures, doc_generations, doc_spans): keeping those ART indexes up cost more than half of
 * the write time. Uniqueness there comes from how documents are written instead: {@link BatchWriter}
 * deletes a document's rows and writes them again in one transaction, so each document id and event id
 * still occurs once (the store tests check it). {@code documents} keeps its key: it is one row per document
 * and answers the "already stored?" lookup of every ingested document.
 *
 * <p>Version 4 stores a document's text once: {@code documents.json} no longer repeats the {@code text}
 * column (rows of older stores still carry it, and are read either way), and the pipeline that analysed the
 * document gets its own column, {@code pipeline} (last, as {@code ALTER TABLE} adds it to older stores), so
 * the set of stored documents is read without parsing JSON (see {@link StoredIds}).
 */
final class Schema {
  static final int VERSION = 4;

  /** The tables whose keys version 3 dropped; an older store's copies are rebuilt without them. */
  private static final List<String> UNKEYED = List.of("events", "signatures", "doc_generations");

  private static final List<String> TABLES = List.of(
      "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
      """
      CREATE TABLE IF NOT EXISTS documents (
        doc_id VARCHAR PRIMARY KEY, source_uri VARCHAR NOT NULL, title VARCHAR, genre VARCHAR,
        language VARCHAR, published VARCHAR, published_precision VARCHAR, published_basis VARCHAR,
        dateline VARCHAR, wire_source VARCHAR, outlet VARCHAR, content_hash VARCHAR, text VARCHAR,
        sentences INTEGER, json VARCHAR NOT NULL, ingested_at TIMESTAMP DEFAULT current_timestamp,
        pipeline VARCHAR)
      """,
      """
      CREATE TABLE IF NOT EXISTS events (
        event_id VARCHAR NOT NULL, doc_id VARCHAR NOT NULL, type VARCHAR NOT NULL, mode VARCHAR,
        cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, modality VARCHAR,
        actor_code VARCHAR, actor_country VARCHAR, actor_sector VARCHAR, actor_entity VARCHAR,
        recipient_code VARCHAR, recipient_country VARCHAR, recipient_sector VARCHAR, recipient_entity VARCHAR,
        date_start DATE, date_text VARCHAR, date_precision VARCHAR, date_basis VARCHAR, genre VARCHAR,
        confidence DOUBLE, sentence VARCHAR, json VARCHAR NOT NULL)
      """,
      // MinHash signature of each document's text, for near-duplicate (syndicated copy) detection.
      "CREATE TABLE IF NOT EXISTS signatures (doc_id VARCHAR NOT NULL, signature BLOB NOT NULL)",
      // The result of merging: each event's cluster, the copy group of each document, and why reports joined.
      "CREATE TABLE IF NOT EXISTS clusters (event_id VARCHAR PRIMARY KEY, cluster_id VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS copy_groups (doc_id VARCHAR PRIMARY KEY, group_doc_id VARCHAR NOT NULL)",
      "CREATE TABLE IF NOT EXISTS joins (cluster_id VARCHAR, event_a VARCHAR, event_b VARCHAR, because VARCHAR)",
      // Version 2. Every write of a document takes the next store generation (meta 'generation'); the search
      // index records the generation it has caught up to, so it can tell that it lags and repair itself.
      "CREATE TABLE IF NOT EXISTS doc_generations (doc_id VARCHAR NOT NULL, generation BIGINT NOT NULL)",
      // One row per merged event: its representative report's fields, so timelines and exports over merged
      // events cost no more than over raw reports. Written by remerge, with the generation it saw.
      """
      CREATE TABLE IF NOT EXISTS merged_events (
        cluster_id VARCHAR PRIMARY KEY, event_id VARCHAR NOT NULL, type VARCHAR NOT NULL, quad_class INTEGER,
        goldstein DOUBLE, modality VARCHAR, actor_country VARCHAR, actor_sector VARCHAR,
        recipient_country VARCHAR, recipient_sector VARCHAR, date_start DATE, num_mentions INTEGER,
        num_articles INTEGER, num_sources INTEGER)
      """,
      // The spans a document page highlights (see SpanTable); version 2 created it on first write.
      "CREATE TABLE IF NOT EXISTS doc_spans (doc_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, "
          + "span_start INTEGER NOT NULL, span_end INTEGER NOT NULL, label VARCHAR)");

  private Schema() {}

  static void ensure(Connection c, String where) throws SQLException {
    // The version is checked before anything else is created, so a newer store is left exactly as it was.
    try (Statement st = c.createStatement()) {
      st.execute(TABLES.get(0));
    }
    Integer found = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = 'schema_version'");
        ResultSet rs = ps.executeQuery()) {
      if (rs.next()) {
        found = Integer.parseInt(rs.getString(1));
      }
    }
    if (found != null && found > VERSION) {
      throw new StoreException("the store in " + where + " was written by a newer dyad (schema " + found
          + ", this dyad reads up to " + VERSION + "); upgrade dyad or choose another --data directory."
          + " Nothing was changed.");
    }
    if (found != null && found < 3) {
      dropKeys(c);
    }
    try (Statement st = c.createStatement()) {
      for (String ddl : TABLES) {
        st.execute(ddl);
      }
      st.execute("INSERT OR IGNORE INTO meta VALUES ('generation', '0')");
    }
    // Version 1 stores only lack the version-2 tables, created above; stamping the version makes an older
    // dyad refuse the store from now on, since it would write documents without taking a generation.
    if (found != null && found < 2) {
      // Documents of a version-1 store have no generation: count them as written, so merged events and the
      // search index (both new in version 2) are seen as behind and rebuilt.
      try (Statement st = c.createStatement()) {
        st.execute("UPDATE meta SET value = CAST((SELECT count(*) FROM documents) AS VARCHAR) "
            + "WHERE key = 'generation'");
      }
    }
    if (found != null && found < 4) {
      addPipelineColumn(c);
    }
    if (found == null || found < VERSION) {
      try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)")) {
        ps.setString(1, Integer.toString(VERSION));
        ps.executeUpdate();
      }
    }
  }

  /**
   * Rebuilds the tables of a version 1 or 2 store that carried keys version 3 no longer keeps, with their
   * rows, in one transaction: a failure leaves the old tables as they were, and the next open tries again.
   */
  private static void dropKeys(Connection c) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("DROP INDEX IF EXISTS events_doc");
      for (String table : UNKEYED) {
        if (!exists(c, table)) {
          continue;
        }
        st.execute("ALTER TABLE " + table + " RENAME TO " + table + "_v2");
        st.execute(ddl(table));
        st.execute("INSERT INTO " + table + " SELECT * FROM " + table + "_v2");
        st.execute("DROP TABLE " + table + "_v2");
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /**
   * Version 4: the pipeline of each stored document in a column of its own, taken from its JSON. Both steps
   * can run again, so a migration killed half way is finished by the next open.
   */
  private static void addPipelineColumn(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute("ALTER TABLE documents ADD COLUMN IF NOT EXISTS pipeline VARCHAR");
      st.execute("UPDATE documents SET pipeline = json_extract_string(json, '$.pipeline') WHERE pipeline IS NULL");
    }
  }

  private static String ddl(String table) {
    String head = "CREATE TABLE IF NOT EXISTS " + table + " (";
    return TABLES.stream().filter(d -> d.strip().startsWith(head)).findFirst().orElseThrow();
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT count(*) FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = ?")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** The store's generation: how many document writes it has seen (meta 'generation'). */
  static long generation(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
      }
    }
  }
}
