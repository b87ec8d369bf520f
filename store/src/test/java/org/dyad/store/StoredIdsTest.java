package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.dyad.model.Document;
import org.dyad.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store answers "already stored?" from memory; these check that the answer follows every write. */
class StoredIdsTest {
  @TempDir Path dir;

  private final List<AnalyzedDocument> docs = SyntheticCorpus.generate(17, 12);

  @Test
  void containsFollowsWritesRemovalsAndAnotherPipeline() {
    AnalyzedDocument a = docs.get(0);
    String id = a.document().id();
    try (EventStore store = EventStore.open(dir)) {
      assertFalse(store.contains(id, "p"));
      store.putAll(docs.subList(0, 5), "p");
      assertTrue(store.contains(id, "p"));
      assertFalse(store.contains(id, "q"), "stored by another pipeline");
      store.put(a, "q");
      assertTrue(store.contains(id, "q"));
      assertFalse(store.contains(id, "p"), "rewritten by pipeline q");
      assertTrue(store.removeDocument(id));
      assertFalse(store.contains(id, "q"));
      store.put(a, "q");
      assertTrue(store.contains(id, "q"));
    }
    try (EventStore store = EventStore.open(dir)) {
      assertTrue(store.contains(id, "q"), "read back from the table after reopening");
      assertTrue(store.contains(docs.get(1).document().id(), "p"));
      assertFalse(store.contains(docs.get(6).document().id(), "p"));
    }
  }

  @Test
  void aWriteThroughAnotherHandleIsSeenByTheFirst() {
    try (EventStore store = EventStore.open(dir)) {
      assertFalse(store.contains(docs.get(3).document().id(), "p"));
      try (EventStore other = store.duplicate()) {
        other.putAll(docs, "p");
      }
      assertTrue(store.contains(docs.get(3).document().id(), "p"));
    }
  }

  @Test
  void twoOpensOfOneDirectoryInOneProcessSeeEachOthersWrites() {
    String id = docs.get(5).document().id();
    try (EventStore first = EventStore.open(dir)) {
      assertFalse(first.contains(id, "p"));
      try (EventStore second = EventStore.open(dir)) {
        second.putAll(docs, "p");
      }
      assertTrue(first.contains(id, "p"));
      assertTrue(first.removeDocument(id));
    }
    try (EventStore again = EventStore.open(dir)) {
      assertFalse(again.contains(id, "p"));
    }
  }

  @Test
  void idsNotMadeByIdsAreKeptToo() throws Exception {
    AnalyzedDocument a = docs.get(2);
    Document d = a.document();
    for (String id : List.of("custom-id", "d8000000000000000", "dXYZ0000000000000")) {
      Document renamed = new Document(id, d.source(), d.title(), d.genre(), d.genreSignals(), d.language(),
          d.published(), d.dateline(), d.wireSource(), d.byline(), d.text(), d.posts());
      AnalyzedDocument b = new AnalyzedDocument(renamed, a.sentences(), a.mentions(), List.of(), a.layers());
      try (EventStore store = EventStore.open(dir)) {
        assertFalse(store.contains(id, "p"), id);
        store.put(b, "p");
        assertTrue(store.contains(id, "p"), id);
        store.put(b, "p");
        StoreUniqueness.assertUnique(store);
      }
    }
  }

  @Test
  void aDocumentWrittenAgainAfterRemovalLeavesOneGenerationRow() throws Exception {
    try (EventStore store = EventStore.open(dir)) {
      store.putAll(docs, "p");
      String id = docs.get(4).document().id();
      store.removeDocument(id);
      store.putAll(docs.subList(4, 5), "p");
      StoreUniqueness.assertUnique(store);
      try (Statement st = store.connection().createStatement();
          ResultSet rs = st.executeQuery("SELECT count(*) FROM doc_generations WHERE doc_id = '" + id + "'")) {
        rs.next();
        assertEquals(1, rs.getLong(1));
      }
    }
  }
}
