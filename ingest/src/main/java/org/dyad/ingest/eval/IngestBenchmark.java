package org.dyad.ingest.eval;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.ReadOptions;
import org.dyad.model.ProblemSink;

/**
 * Measures HTML reading on one thread: every {@code .html} / {@code .html.gz} / {@code .htm} file under a
 * directory is loaded into memory first (so the disk is not measured), read {@code warmup} times to warm
 * the JIT (once by default), then read {@code rounds} more times through the whole ingest path (decode,
 * parse, forum check, main text, metadata, language, genre).
 */
public final class IngestBenchmark {
  /** Pages read in the timed rounds, the time they took, and the rate. */
  public record Result(int pages, int rounds, double seconds, double cpuSeconds, long documents) {
    public double pagesPerSecond() {
      return pages * (double) rounds / seconds;
    }

    /** Pages per second of the thread's CPU time: the rate on one free core, whatever else the machine runs. */
    public double pagesPerCpuSecond() {
      return cpuSeconds <= 0 ? pagesPerSecond() : pages * (double) rounds / cpuSeconds;
    }

    public void print(PrintStream out) {
      out.printf("ingest benchmark: %d pages x %d rounds in %.2f s (%.2f s CPU) on one thread: %.0f pages/s, "
          + "%.0f pages per CPU second (%d documents)%n", pages, rounds, seconds, cpuSeconds, pagesPerSecond(),
          pagesPerCpuSecond(), documents);
    }
  }

  private final ReadOptions options;

  public IngestBenchmark(ReadOptions options) {
    this.options = options;
  }

  public Result run(Path dir, int rounds) {
    return run(dir, 1, rounds);
  }

  /** As {@link #run(Path, int)}, with {@code warmup} untimed passes first (a long ingest runs warm). */
  public Result run(Path dir, int warmup, int rounds) {
    if (rounds < 1 || warmup < 0) {
      throw new IllegalArgumentException("rounds must be at least 1 and warm-up passes at least 0");
    }
    List<byte[]> pages = load(dir);
    if (pages.isEmpty()) {
      throw new IllegalArgumentException("no .html or .html.gz files under " + dir.toAbsolutePath());
    }
    DocumentReader reader = new DocumentReader(options);
    for (int w = 0; w < warmup; w++) {
      readAll(reader, pages);
    }
    long docs = 0;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    boolean cpu = threads.isCurrentThreadCpuTimeSupported();
    long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
    long start = System.nanoTime();
    for (int r = 0; r < rounds; r++) {
      docs += readAll(reader, pages);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : 0;
    return new Result(pages.size(), rounds, seconds, cpuSeconds, docs);
  }

  private static long readAll(DocumentReader reader, List<byte[]> pages) {
    long[] n = {0};
    for (byte[] page : pages) {
      DocumentReader.read(new ByteArrayInputStream(page), "bench", reader.options(), ProblemSink.IGNORE,
          d -> n[0]++);
    }
    return n[0];
  }

  private static List<byte[]> load(Path dir) {
    List<byte[]> pages = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (Files.isRegularFile(f) && (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".html.gz"))) {
          pages.add(ExtractionEvaluation.readMaybeGzipped(f));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read pages under " + dir, e);
    }
    return pages;
  }
}
