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
 * Which state held a country's land on a day before the country existed as it does in {@code countries.tsv}:
 * South Sudan's towns were Sudan's until 9 July 2011, Eritrea's Ethiopia's until 1993, Montenegro's part of
 * Serbia and Montenegro until 2006. Places are coded by the state that held them on the document's date, as
 * people are by the office they held; demonyms and peoples are not moved (a nation outlives its borders).
 */
public final class CountryPeriods {
  private static final String TABLE = "/dyad/kb/country-periods.tsv";

  /** One period: the land of a country held by another state from start to end (inclusive; null is open). */
  public record Period(String country, String holder, LocalDate start, LocalDate end) {
    boolean covers(LocalDate date) {
      return (start == null || !date.isBefore(start)) && (end == null || !date.isAfter(end));
    }
  }

  private final Map<String, List<Period>> periods;

  CountryPeriods(Map<String, List<Period>> periods) {
    Map<String, List<Period>> copy = new HashMap<>();
    periods.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.periods = Map.copyOf(copy);
  }

  private static final class BundledHolder {
    // a broken bundled table is a bug of the build, not of the input: fail loudly
    static final CountryPeriods BUNDLED = load(p -> {
      throw new IllegalStateException("bundled country periods: " + p);
    });
  }

  /** The bundled periods, read once per JVM. */
  public static CountryPeriods bundled() {
    return BundledHolder.BUNDLED;
  }

  /** The state that held the land of this country on the day, if it was not the country itself. */
  public Optional<String> holderOn(String country, LocalDate date) {
    if (country == null || date == null) {
      return Optional.empty();
    }
    for (Period p : periods.getOrDefault(country, List.of())) {
      if (p.covers(date)) {
        return Optional.of(p.holder());
      }
    }
    return Optional.empty();
  }

  static CountryPeriods read(Reader in, String source, ProblemSink sink) {
    Map<String, List<Period>> out = new HashMap<>();
    Tables.read(in, source, Tables.TSV, Tables.columns("country", "holder", "start", "end"), sink, row -> {
      String country = row.required("country");
      String holder = row.required("holder");
      if (!country.matches("[A-Z]{3}") || !holder.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("country and holder must be ISO 3166 alpha-3 codes");
      }
      if (country.equals(holder)) {
        throw new IllegalArgumentException("a country cannot be held by itself");
      }
      Period p = new Period(country, holder, Tables.date(row.get("start"), false), Tables.date(row.get("end"), true));
      if (p.start() == null && p.end() == null) {
        throw new IllegalArgumentException("a period needs a start or an end");
      }
      out.computeIfAbsent(country, k -> new ArrayList<>()).add(p);
    });
    return new CountryPeriods(out);
  }

  private static CountryPeriods load(ProblemSink sink) {
    return Tables.bundled(TABLE, CountryPeriods::read, sink);
  }

}
