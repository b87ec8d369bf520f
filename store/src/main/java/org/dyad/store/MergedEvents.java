package org.dyad.store;

import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.dyad.merge.EventCluster;
import org.dyad.model.Event;
import org.dyad.model.PartialDate;

/**
 * The {@code merged_events} table: one row per real-world event with its representative report's fields.
 * Timelines and exports count these rows, so that a wire story reprinted by twenty sites counts once.
 *
 * <p>The table is derived: {@link EventStore#remerge()} rewrites it and records the store generation it saw.
 * When documents were written since, {@link #isCurrent} is false and readers merge again first.
 */
public final class MergedEvents {
  private MergedEvents() {}

  /** True when merged events reflect every document written so far. */
  public static boolean isCurrent(EventStore store) {
    try {
      return Generations.merged(store.connection()) >= Generations.current(store.connection());
    } catch (SQLException e) {
      throw new StoreException("cannot read the store in " + store.directory() + ": " + e.getMessage(), e);
    }
  }

  /** Merges again when documents were written since the last merge; returns true if it did. */
  public static boolean ensureCurrent(EventStore store) {
    if (isCurrent(store)) {
      return false;
    }
    store.remerge();
    return true;
  }

  /** Appends one row per cluster, inside the caller's transaction. */
  static void write(DuckDBConnection c, List<EventCluster> clusters) throws SQLException {
    try (DuckDBAppender ap = c.createAppender("main", "merged_events")) {
      for (EventCluster cluster : clusters) {
        Event e = cluster.representative();
        ap.beginRow().append(cluster.clusterId()).append(e.eventId()).append(e.type()).append(e.quadClass())
            .append(e.goldstein());
        text(ap, e.modality().wireName());
        text(ap, e.actor() == null ? null : e.actor().country());
        text(ap, e.actor() == null ? null : e.actor().sector());
        text(ap, e.recipient() == null ? null : e.recipient().country());
        text(ap, e.recipient() == null ? null : e.recipient().sector());
        PartialDate d = e.partialDate();
        if (d == null) {
          ap.appendNull();
        } else {
          ap.append(d.start());
        }
        ap.append(cluster.numMentions()).append(cluster.numArticles()).append(cluster.numSources()).endRow();
      }
    }
  }

  private static void text(DuckDBAppender ap, String s) throws SQLException {
    if (s == null) {
      ap.appendNull();
    } else {
      ap.append(s);
    }
  }
}
