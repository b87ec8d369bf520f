package org.dyad.actors.kb;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.model.ProblemSink;

/**
 * The roles an organisation held before or after the one its row in the organisations tables gives: the
 * Taliban were Afghanistan's government until 2001, rebels until August 2021 and the government again since; the
 * SPLM was Sudan's rebel movement before it governed South Sudan. An organisation is coded by the role it held
 * on the document's date, as people are; without a date, or on a day no period covers, by its row.
 */
public final class OrganisationPeriods {
  private static final String TABLE = "/dyad/kb/organisation-periods.tsv";
  private final Map<String, List<Role>> periods;

  OrganisationPeriods(Map<String, List<Role>> periods) {
    this.periods = Map.copyOf(periods);
  }

  private static final class BundledHolder {
    // a broken bundled table is a bug of the build, not of the input: fail loudly
    static final OrganisationPeriods BUNDLED = load(p -> {
      throw new IllegalStateException("bundled organisation periods: " + p);
    });
  }

  /** The bundled periods, read once per JVM. */
  public static OrganisationPeriods bundled() {
    return BundledHolder.BUNDLED;
  }

  /** The role the organisation with this id held on the day, if a period of the table covers it. */
  public Optional<Role> on(String organisationId, LocalDate date) {
    if (organisationId == null || date == null) {
      return Optional.empty();
    }
    for (Role r : periods.getOrDefault(organisationId, List.of())) {
      if (r.heldOn(date)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  static OrganisationPeriods read(Reader in, String source, ProblemSink sink) {
    Map<String, List<Role>> out = new HashMap<>();
    Tables.read(in, source, Tables.TSV, Tables.columns("id", "country", "sector", "start", "end"), sink, row -> {
      Role r = new Role(row.get("note"), row.get("country"), row.required("sector"),
          Tables.date(row.get("start"), false), Tables.date(row.get("end"), true));
      if (r.start() == null && r.end() == null) {
        throw new IllegalArgumentException("a period needs a start or an end");
      }
      out.computeIfAbsent(row.required("id"), k -> new ArrayList<>()).add(r);
    });
    return new OrganisationPeriods(out);
  }

  private static OrganisationPeriods load(ProblemSink sink) {
    return Tables.bundled(TABLE, OrganisationPeriods::read, sink);
  }

}
