package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.dyad.json.Json;
import org.dyad.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 4: a document's text is stored once, its pipeline has a column, and version 3 stores are migrated. */
class SchemaFourTest {
  @TempDir Path dir;

  private final List<AnalyzedDocument> docs = SyntheticCorpus.generate(23, 8);

  @Test
  void theTextIsStoredOnceAndReadBackWhole() throws Exception {
    try (EventStore store = EventStore.open(dir)) {
      store.putAll(docs, "p");
      try (Statement st = store.connection().createStatement(); ResultSet rs = st.executeQuery(
          "SELECT count(*) FROM documents WHERE json LIKE '%\"text\"%' OR pipeline IS DISTINCT FROM 'p'")) {
        rs.next();
        assertEquals(0, rs.getLong(1), "a document row repeats its text in its JSON or lacks its pipeline");
      }
      for (AnalyzedDocument a : docs) {
        DocumentRecord r = store.document(a.document().id()).orElseThrow();
        assertEquals(a.document(), r.document());
        assertEquals("p", r.pipeline());
      }
    }
  }

  @Test
  void aVersionThreeStoreIsMigratedAndReadsAsBefore() throws Exception {
    try (EventStore store = EventStore.open(dir)) {
      store.putAll(docs, "p");
    }
    // Rewrites the rows as schema 3 wrote them: the text inside the JSON too, no pipeline column.
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(EventStore.FILE));
        Statement st = c.createStatement()) {
      st.execute("ALTER TABLE documents DROP COLUMN pipeline");
      try (PreparedStatement ps = c.prepareStatement("UPDATE documents SET json = ? WHERE doc_id = ?")) {
        for (AnalyzedDocument a : docs) {
          ps.setString(1, Json.line(new EventStore.StoredDocument(a.document(), "p")));
          ps.setString(2, a.document().id());
          ps.executeUpdate();
        }
      }
      st.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
    }
    try (EventStore store = EventStore.open(dir)) {
      assertEquals(Integer.toString(Schema.VERSION), meta(store, "schema_version"));
      for (AnalyzedDocument a : docs) {
        assertTrue(store.contains(a.document().id(), "p"));
        assertFalse(store.contains(a.document().id(), "other"));
        assertEquals(a.document(), store.document(a.document().id()).orElseThrow().document());
      }
      // Old rows are replaced by new ones when written again, and nothing is doubled.
      store.putAll(docs.subList(0, 3), "p");
      StoreUniqueness.assertUnique(store);
      assertEquals(docs.size(), store.summary(1).documents());
      assertEquals(docs.get(0).document(), store.document(docs.get(0).document().id()).orElseThrow().document());
    }
  }

  private static String meta(EventStore store, String key) throws Exception {
    try (Statement st = store.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT value FROM meta WHERE key = '" + key + "'")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
