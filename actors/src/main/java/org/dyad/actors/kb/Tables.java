package org.dyad.actors.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;

/**
 * Reads dyad's tables (tab-separated or CSV, header on the first line, {@code #} comment lines): each row
 * goes to a handler, and a row the handler cannot use is reported with file and line and skipped.
 */
final class Tables {
  static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setCommentMarker('#')
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
  static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader()
      .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).setIgnoreSurroundingSpaces(true).get();

  /** A row as a map from column to value, with the line it came from. */
  record Row(Map<String, String> values, long line) {
    String get(String column) {
      String v = values.get(column);
      return v == null || v.isBlank() ? null : v.strip();
    }

    String required(String column) {
      String v = get(column);
      if (v == null) {
        throw new IllegalArgumentException("column '" + column + "' is empty");
      }
      return v;
    }

    List<String> list(String column) {
      String v = get(column);
      if (v == null) {
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (String s : v.split("\\|")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
      return out;
    }
  }

  interface RowHandler {
    void accept(Row row);
  }

  private Tables() {}

  static void read(Reader in, String source, CSVFormat format, List<String> required, ProblemSink sink,
      RowHandler handler) {
    try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
      List<String> header = parser.getHeaderNames();
      List<String> missing = new ArrayList<>(required);
      missing.removeAll(header);
      if (!missing.isEmpty()) {
        sink.report(new Problem(source, "line 1", "the header lacks the column(s) " + missing
            + "; expected " + required + ", found " + header + ": nothing was read from this file"));
        return;
      }
      var it = parser.iterator();
      while (true) {
        CSVRecord r;
        try {
          if (!it.hasNext()) {
            break;
          }
          r = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          sink.report(new Problem(source, "line " + (parser.getCurrentLineNumber()),
              "unreadable (" + e.getMessage() + "): the rest of the file was skipped"));
          return;
        }
        long line = lineOf(parser, r);
        if (!r.isConsistent()) {
          sink.report(new Problem(source, "line " + line, "has " + r.size() + " fields where the header has "
              + header.size() + " (" + String.join(",", header) + "): line skipped"));
          continue;
        }
        try {
          handler.accept(new Row(r.toMap(), line));
        } catch (RuntimeException e) {
          sink.report(new Problem(source, "line " + line, e.getMessage() + ": line skipped"));
        }
      }
    } catch (IOException e) {
      sink.report(new Problem(source, "", "cannot be read: " + e.getMessage()));
    }
  }

  /** The line of a one-line record: the parser has read up to and including its line break, if any. */
  private static long lineOf(CSVParser parser, CSVRecord r) {
    return Math.max(2, parser.getCurrentLineNumber());
  }

  /** An ISO date, or a year-month or a year (the first day when starting, the last when ending). */
  /** What reads a table from text: the reader, a name for the source in messages, and where problems go. */
  @FunctionalInterface
  interface TableReader<T> {
    T read(Reader in, String source, ProblemSink sink);
  }

  /**
   * A table bundled in the actors jar at {@code path}, read with {@code reader}. A missing table is a broken build,
   * not bad input, so it fails loudly.
   */
  static <T> T bundled(String path, TableReader<T> reader, ProblemSink sink) {
    InputStream in = Tables.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("the class path lacks " + path + ": the actors jar is broken");
    }
    try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return reader.read(r, "classpath:" + path, sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LocalDate date(String text, boolean isEnd) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return isEnd ? LocalDate.of(y, 12, 31) : LocalDate.of(y, 1, 1);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(t);
        return isEnd ? ym.atEndOfMonth() : ym.atDay(1);
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + t + "' is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)");
    }
  }

  static List<String> columns(String... names) {
    return Arrays.asList(names);
  }
}
