package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * How fast the store takes events, through its public API the way {@code dyad ingest} uses it: for each
 * analysed document, ask the {@link StoreWriter} whether it is stored, hand it over if not; close the writer
 * and the store (the final checkpoint is part of writing). Then, on the same store: the same documents again
 * (all skipped, as a re-run is), merging, and building the search index; and, on a fresh store, documents
 * written one per transaction ({@link StoreWriter.Settings#unbuffered()}).
 *
 * <p>The documents are generated ({@link BenchmarkCorpus}) with the shape of the pipeline's output on news.
 * A short warm-up ingest runs first so that loading DuckDB's native library and JIT compilation are not
 * counted. Each phase reports wall time and the processor time of the whole process (all threads, DuckDB's
 * included), which is the steadier figure on a machine that other work shares.
 *
 * <p>Run: {@code ./dyad bench --store [--documents N] [--events-per-document N] [--write-only]}, or
 * {@code java -cp ... org.dyad.store.StoreBenchmark [documents] [eventsPerDocument] [sentences] [singles]
 * [--write-only]}.
 */
public final class StoreBenchmark {
  /**
   * What to generate and write.
   *
   * @param documents documents in the timed ingest
   * @param eventsPerDocument events coded in each document
   * @param sentences sentences per document (about 130 characters each)
   * @param singles documents written one per transaction, on a store of their own
   * @param mergeAndIndex also time merging and building the search index over the ingested store
   */
  public record Settings(int documents, int eventsPerDocument, int sentences, int singles, boolean mergeAndIndex) {
    public Settings {
      if (documents < 1 || eventsPerDocument < 1 || sentences < eventsPerDocument || singles < 0) {
        throw new IllegalArgumentException("bad store benchmark settings: " + documents + " documents, "
            + eventsPerDocument + " events and " + sentences + " sentences each, " + singles + " singles");
      }
    }

    /** 40,000 news-sized documents (20 sentences, about 2.6 kB) of 5 events each: 200,000 events. */
    public static Settings defaults() {
      return new Settings(40_000, 5, 20, 300, true);
    }
  }

  /**
   * One phase's figures: documents and events in {@code seconds} of wall time, and the processor time the
   * whole process used meanwhile ({@code cpuSeconds}, all threads, DuckDB's included), which says more than
   * wall time on a machine other work shares.
   */
  public record Result(String phase, long documents, long events, double seconds, double cpuSeconds) {
    public double eventsPerSecond() {
      return events / seconds;
    }

    public double documentsPerSecond() {
      return documents / seconds;
    }

    public String toText() {
      return String.format(Locale.ROOT, "%-36s %,7d docs %,9d events %7.2f s (cpu %6.2f s) %,9.0f events/s "
          + "%,9.0f docs/s", phase, documents, events, seconds, cpuSeconds, eventsPerSecond(), documentsPerSecond());
    }
  }

  private StoreBenchmark() {}

  public static void main(String[] args) {
    Settings d = Settings.defaults();
    Settings s = new Settings(arg(args, 0, d.documents()), arg(args, 1, d.eventsPerDocument()),
        arg(args, 2, d.sentences()), arg(args, 3, d.singles()), !java.util.Arrays.asList(args).contains("--write-only"));
    run(s, System.out::println);
  }

  private static int arg(String[] args, int i, int otherwise) {
    return args.length > i ? Integer.parseInt(args[i].replace("_", "").replace(",", "")) : otherwise;
  }

  /** Runs every phase, reporting each line as it is measured; returns the figures. */
  public static List<Result> run(Settings settings, Consumer<String> report) {
    List<AnalyzedDocument> docs = BenchmarkCorpus.generate(7, settings.documents(), settings.eventsPerDocument(),
        settings.sentences());
    long events = docs.stream().mapToLong(a -> a.events().size()).sum();
    double kb = docs.stream().mapToLong(a -> a.document().text().length()).average().orElse(0) / 1000;
    report.accept(String.format(Locale.ROOT, "store benchmark: %,d documents (%.1f kB of text, %d sentences, "
        + "%d events each; every tenth a syndicated copy), %,d events; %d cores, max heap %d MB",
        docs.size(), kb, settings.sentences(), settings.eventsPerDocument(), events,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20));
    Path tmp;
    try {
      tmp = Files.createTempDirectory("dyad-store-bench");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Result> out = new ArrayList<>();
    try {
      ingest(tmp.resolve("warm-up"), BenchmarkCorpus.generate(11, Math.min(2_000, docs.size()),
          settings.eventsPerDocument(), settings.sentences()), StoreWriter.Settings.defaults(), "warm-up");
      Path store = tmp.resolve("store");
      out.add(reported(report, ingest(store, docs, StoreWriter.Settings.defaults(),
          "ingest (batches of " + StoreWriter.Settings.defaults().documents() + ")")));
      out.add(reported(report, ingest(store, docs, StoreWriter.Settings.defaults(), "ingest again (all skipped)")));
      if (settings.mergeAndIndex()) {
        out.add(reported(report, merge(store, docs.size(), events)));
        out.add(reported(report, index(store, docs.size(), events)));
      }
      List<AnalyzedDocument> singles = docs.subList(0, Math.min(docs.size(), settings.singles()));
      if (!singles.isEmpty()) {
        out.add(reported(report, ingest(tmp.resolve("singles"), singles, StoreWriter.Settings.unbuffered(),
            "ingest (one document per commit)")));
      }
    } finally {
      delete(tmp);
    }
    return out;
  }

  private static Result reported(Consumer<String> report, Result r) {
    report.accept(r.toText());
    return r;
  }

  /** The ingest loop of {@code dyad ingest}, timed from the first document to the store closed. */
  private static Result ingest(Path dir, List<AnalyzedDocument> docs, StoreWriter.Settings settings,
      String phase) {
    EventStore store = EventStore.open(dir);
    long written = 0;
    long events = 0;
    Clock clock = new Clock();
    try (store; StoreWriter writer = new StoreWriter(store, BenchmarkCorpus.FINGERPRINT, settings)) {
      for (AnalyzedDocument a : docs) {
        if (!writer.contains(a.document().id())) {
          writer.put(a);
          written++;
          events += a.events().size();
        }
      }
    }
    return clock.result(phase, written == 0 ? docs.size() : written, events);
  }

  private static Result merge(Path dir, long documents, long events) {
    try (EventStore store = EventStore.open(dir)) {
      Clock clock = new Clock();
      store.remerge();
      return clock.result("merge (near-duplicates, clusters)", documents, events);
    }
  }

  private static Result index(Path dir, long documents, long events) {
    try (EventStore store = EventStore.open(dir)) {
      Clock clock = new Clock();
      try (SearchIndex index = SearchIndex.open(store)) {
        if (index.documentsCaughtUp() != documents) {
          throw new IllegalStateException("indexed " + index.documentsCaughtUp() + " of " + documents);
        }
      }
      return clock.result("search index (Lucene, from scratch)", documents, events);
    }
  }

  /** Wall and process processor time since it was made. */
  private static final class Clock {
    private final long wall = System.nanoTime();
    private final long cpu = processCpuNanos();

    Result result(String phase, long documents, long events) {
      return new Result(phase, documents, events, (System.nanoTime() - wall) / 1e9,
          (processCpuNanos() - cpu) / 1e9);
    }

    private static long processCpuNanos() {
      if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
          instanceof com.sun.management.OperatingSystemMXBean os) {
        return os.getProcessCpuTime();
      }
      return 0;
    }
  }

  private static void delete(Path tmp) {
    try (Stream<Path> files = Files.walk(tmp)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary directory left behind is not worth failing the benchmark over.
    }
  }
}
