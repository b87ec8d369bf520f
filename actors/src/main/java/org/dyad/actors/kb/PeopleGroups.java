package org.dyad.actors.kb;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;

/**
 * The bundled table of ethnic and religious groups ({@code /dyad/kb/peoples.tsv}), read once per JVM. Kept
 * apart from the {@link KnowledgeBase} because a group is no actor by itself: it names who is meant only
 * together with a noun ("Yoruba elders", "Shia militias") or a place ("Kurds in Syria").
 */
public final class PeopleGroups {
  static final String TABLE = "peoples.tsv";

  private PeopleGroups() {}

  private static final class Holder {
    static final List<Problem> PROBLEMS = new ArrayList<>();
    static final List<PeopleGroup> DEFAULTS = List.copyOf(KbTables.withResource(KbTables.DEFAULT_FOLDER, TABLE,
        PROBLEMS::add, (r, s) -> read(r, s, PROBLEMS::add)));
  }

  /** The bundled groups. */
  public static List<PeopleGroup> defaults() {
    return Holder.DEFAULTS;
  }

  /** Problems met reading the bundled table (malformed lines are skipped). */
  public static List<Problem> problems() {
    return List.copyOf(Holder.PROBLEMS);
  }

  /** Reads a table with the columns id, names, adjectives, country, code, kind. */
  public static List<PeopleGroup> read(Reader in, String source, ProblemSink sink) {
    List<PeopleGroup> out = new ArrayList<>();
    Tables.read(in, source, Tables.TSV, Tables.columns("id", "names", "adjectives", "country", "code", "kind"),
        sink, row -> out.add(new PeopleGroup(row.required("id"), row.list("names"), row.list("adjectives"),
            row.get("country"), row.get("code"), row.get("kind"))));
    return out;
  }
}
