package org.dyad.actors.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;

/**
 * Loaders for dyad's own knowledge-base tables ({@code countries.tsv}, {@code organisations.tsv},
 * {@code institutions.tsv}, {@code sectors.tsv}, {@code places.tsv}) and the bundled defaults under {@code /dyad/kb/}.
 */
public final class KbTables {
  static final String DEFAULT_FOLDER = "/dyad/kb/";
  /**
   * The people tables, by region. Rows of one entity id in several tables merge into one person (a prime
   * minister who later led the European Council keeps one id).
   */
  static final List<String> PEOPLE_TABLES = List.of("people-asia.csv", "people-west.csv", "people-africa.csv",
      "people-mideast.csv", "people-europe.csv", "people-americas.csv", "people-asia-central-south.csv",
      "people-oceania.csv", "people-igo.csv", "people-1945-1989.csv", "people-leaders-extra.csv");

  /**
   * The organisation tables: the first holds the bodies dyad began with; the others were added country by
   * country (parties, armed groups, media, unions, international bodies). A name string is in one row only.
   */
  static final List<String> ORGANISATION_TABLES = List.of("organisations.tsv", "organisations-parties.tsv",
      "organisations-armed.tsv", "organisations-media.tsv", "organisations-civil.tsv",
      "organisations-igo.tsv");
  /** Institution patterns: the original table and the nouns that follow a people's name ("elders"). */
  static final List<String> INSTITUTION_TABLES = List.of("institutions.tsv", "institutions-groups.tsv");

  private KbTables() {}

  public static List<Country> countries(Reader in, String source, ProblemSink sink) {
    List<Country> out = new ArrayList<>();
    Tables.read(in, source, Tables.TSV, Tables.columns("iso3", "iso2", "name"), sink, row -> out.add(
        new Country(row.required("iso3"), row.get("iso2"), row.required("name"), row.list("names"),
            row.list("adjectives"), row.list("capitals"), row.get("region"))));
    return out;
  }

  public static List<Organisation> organisations(Reader in, String source, ProblemSink sink) {
    List<Organisation> out = new ArrayList<>();
    Tables.read(in, source, source.endsWith(".csv") ? Tables.CSV : Tables.TSV,
        Tables.columns("id", "names", "country", "sector"), sink, row -> out.add(
            new Organisation(row.required("id"), row.list("names"), row.get("country"), row.get("sector"),
                row.get("kind"), row.get("code"))));
    return out;
  }

  public static List<InstitutionPattern> institutions(Reader in, String source, ProblemSink sink) {
    List<InstitutionPattern> out = new ArrayList<>();
    Tables.read(in, source, Tables.TSV, Tables.columns("head", "sector"), sink, row -> out.add(
        new InstitutionPattern(row.required("head"), row.required("sector"), row.get("office"), row.get("note"))));
    return out;
  }

  /**
   * Reads {@code places.tsv}. A row whose country is not among {@code countries}, or one of whose names is
   * a country's name, adjective or capital (the place would shadow the country reading), is reported and
   * skipped.
   */
  public static List<Place> places(Reader in, String source, List<Country> countries, ProblemSink sink) {
    PlaceRules rules = new PlaceRules(countries);
    List<Place> out = new ArrayList<>();
    Tables.read(in, source, Tables.TSV, Tables.columns("name", "names", "country", "kind"), sink, row -> out.add(
        rules.check(new Place(row.required("name"), row.list("names"), row.required("country"),
            Place.Kind.parse(row.get("kind")), row.get("note")))));
    return out;
  }

  public static List<Sector> sectors(Reader in, String source, ProblemSink sink) {
    List<Sector> out = new ArrayList<>();
    Tables.read(in, source, Tables.TSV, Tables.columns("code", "name"), sink, row -> out.add(
        new Sector(row.required("code"), row.required("name"), row.get("description"))));
    return out;
  }

  /** The names of the bundled people tables. */
  public static List<String> peopleTables() {
    return PEOPLE_TABLES;
  }

  /** The bundled tables with only the named people tables (for benchmarks comparing table sets). */
  public static DictionaryPart bundled(List<String> peopleTables, ProblemSink sink) {
    return bundled(DEFAULT_FOLDER, peopleTables, sink);
  }

  /** The tables bundled with dyad, read from the class path; a missing table is reported, not fatal. */
  static DictionaryPart bundled(String folder, ProblemSink sink) {
    return bundled(folder, PEOPLE_TABLES, sink);
  }

  private static DictionaryPart bundled(String folder, List<String> peopleTables, ProblemSink sink) {
    List<Country> countries = withResource(folder, "countries.tsv", sink, (r, s) -> countries(r, s, sink));
    List<Organisation> orgs = new ArrayList<>();
    for (String table : ORGANISATION_TABLES) {
      orgs.addAll(withResource(folder, table, sink, (r, s) -> organisations(r, s, sink)));
    }
    List<InstitutionPattern> inst = new ArrayList<>();
    for (String table : INSTITUTION_TABLES) {
      inst.addAll(withResource(folder, table, sink, (r, s) -> institutions(r, s, sink)));
    }
    List<Sector> sectors = withResource(folder, "sectors.tsv", sink, (r, s) -> sectors(r, s, sink));
    List<Person> people = new ArrayList<>();
    for (String table : peopleTables) {
      people.addAll(withResource(folder, table, sink, (r, s) -> PeopleCsv.read(r, s, sink)));
    }
    List<Place> places = withResource(folder, "places.tsv", sink, (r, s) -> places(r, s, countries, sink));
    return new DictionaryPart("classpath:" + folder, countries, orgs, people, inst, sectors, places);
  }

  interface TableReader<T> {
    List<T> read(Reader in, String source);
  }

  static <T> List<T> withResource(String folder, String name, ProblemSink sink, TableReader<T> reader) {
    String path = folder + name;
    InputStream in = KbTables.class.getResourceAsStream(path);
    if (in == null) {
      sink.report(new Problem("classpath:" + path, "", "bundled knowledge-base table is missing"));
      return List.of();
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return reader.read(r, name);
    } catch (IOException e) {
      sink.report(new Problem("classpath:" + path, "", "cannot be read: " + e.getMessage()));
      return List.of();
    }
  }
}
