package org.dyad.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.json.Json;
import org.dyad.merge.EventCluster;
import org.dyad.merge.EventMerger;
import org.dyad.merge.MergeReason;
import org.dyad.merge.NearDuplicates;
import org.dyad.merge.Report;
import org.dyad.model.Event;
import org.dyad.model.Genre;

/** Runs near-duplicate grouping and event merging over everything stored, and writes the result. */
final class Merging {
  static final NearDuplicates NEAR_DUPLICATES = new NearDuplicates(NearDuplicates.Settings.defaults());

  private Merging() {}

  record DocInfo(String outlet, String wireSource, Genre genre) {}

  static MergeSummary run(Connection c) throws SQLException {
    long generation = Generations.current(c);
    List<String> docIds = new ArrayList<>();
    List<long[]> sigs = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT doc_id, signature FROM signatures ORDER BY doc_id")) {
      while (rs.next()) {
        docIds.add(rs.getString(1));
        sigs.add(Signatures.fromBytes(rs.getBytes(2)));
      }
    }
    int[] groups = NEAR_DUPLICATES.group(sigs);
    Map<String, String> copyGroup = new HashMap<>();
    long distinct = 0;
    for (int i = 0; i < groups.length; i++) {
      copyGroup.put(docIds.get(i), docIds.get(groups[i]));
      if (groups[i] == i) {
        distinct++;
      }
    }
    Map<String, DocInfo> docs = new HashMap<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT doc_id, outlet, wire_source, genre FROM documents")) {
      while (rs.next()) {
        docs.put(rs.getString(1), new DocInfo(rs.getString(2), rs.getString(3),
            rs.getString(4) == null ? Genre.OTHER : Genre.fromWire(rs.getString(4))));
      }
    }
    List<Report> reports = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT json FROM events ORDER BY event_id")) {
      while (rs.next()) {
        Event e = Json.mapper().readValue(rs.getString(1), Event.class);
        DocInfo info = docs.getOrDefault(e.docId(), new DocInfo(null, null, Genre.OTHER));
        reports.add(new Report(e, info.outlet(), info.wireSource(), copyGroup.get(e.docId()), info.genre()));
      }
    } catch (JsonProcessingException e) {
      throw new SQLException("a stored event cannot be read: " + e.getMessage(), e);
    }
    List<EventCluster> clusters = new EventMerger().merge(reports);
    write(c, copyGroup, clusters, generation);
    return new MergeSummary(docIds.size(), distinct, reports.size(), clusters.size());
  }

  private static void write(Connection c, Map<String, String> copyGroup, List<EventCluster> clusters,
      long generation) throws SQLException {
    c.setAutoCommit(false);
    try (Statement st = c.createStatement()) {
      st.execute("DELETE FROM copy_groups");
      st.execute("DELETE FROM clusters");
      st.execute("DELETE FROM joins");
      st.execute("DELETE FROM merged_events");
      // Appenders, not batched INSERTs: DuckDB runs each row of a JDBC batch as its own statement (about a
      // tenth of a millisecond each), which made writing the merge cost more than the merge itself. The
      // appenders join the transaction the DELETEs opened, so a failed merge still leaves the last one whole.
      DuckDBConnection duck = c.unwrap(DuckDBConnection.class);
      try (DuckDBAppender groups = duck.createAppender("main", "copy_groups")) {
        for (Map.Entry<String, String> e : copyGroup.entrySet()) {
          groups.beginRow().append(e.getKey()).append(e.getValue()).endRow();
        }
      }
      try (DuckDBAppender members = duck.createAppender("main", "clusters");
          DuckDBAppender joins = duck.createAppender("main", "joins")) {
        for (EventCluster cluster : clusters) {
          for (Report r : cluster.reports()) {
            members.beginRow().append(r.event().eventId()).append(cluster.clusterId()).endRow();
          }
          for (MergeReason m : cluster.joins()) {
            joins.beginRow().append(cluster.clusterId()).append(m.eventA()).append(m.eventB())
                .append(Json.line(m.because())).endRow();
          }
        }
      }
      MergedEvents.write(duck, clusters);
      try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
        ps.setString(1, Generations.MERGED);
        ps.setString(2, Long.toString(generation));
        ps.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
