package org.dyad.api.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dyad.api.ParallelRunner;
import org.dyad.model.Document;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * Throughput per core as a run grows: streams N documents (the corpus, repeated) through the pipeline on the
 * runner `dyad code` uses, and reports every stretch between checkpoints (say 1,000, 10,000 and 100,000
 * documents). Whatever makes a long run slower than a short one (a cache or index that grows, a leak, GC
 * pressure, a queue that backs up) shows as a falling curve; a flat curve means a corpus of any size costs the
 * same per document.
 */
public final class ScaleBenchmark {

  /** One stretch of the run: the documents between the previous checkpoint and this one. */
  public record Point(long documents, long stretchDocuments, long stretchSentences, double stretchSeconds,
      int threads, long heapAfterGcMb) {
    public double documentsPerSecondPerThread() {
      return stretchDocuments / stretchSeconds / threads;
    }

    public double sentencesPerSecondPerThread() {
      return stretchSentences / stretchSeconds / threads;
    }

    public String toText() {
      return String.format(Locale.ROOT, "scale %,9d documents: %7.2f documents/s per thread %8.1f sentences/s per "
          + "thread  (%,d documents in %.1f s)  heap after GC %d MB", documents, documentsPerSecondPerThread(),
          sentencesPerSecondPerThread(), stretchDocuments, stretchSeconds, heapAfterGcMb);
    }
  }

  /** The curve. {@link #flatness} is the last stretch's rate over the first's: 1.0 is perfectly flat. */
  public record Result(List<Point> points) {
    public Result {
      points = List.copyOf(points);
    }

    public double flatness() {
      return points.get(points.size() - 1).sentencesPerSecondPerThread() / points.get(0).sentencesPerSecondPerThread();
    }

    public String keyValues() {
      StringBuilder sb = new StringBuilder();
      for (Point p : points) {
        sb.append(String.format(Locale.ROOT, "scale_%d_sent_per_s_per_core=%.1f ", p.documents(),
            p.sentencesPerSecondPerThread()));
      }
      sb.append(String.format(Locale.ROOT, "scale_flatness=%.2f", flatness()));
      return sb.toString();
    }
  }

  private ScaleBenchmark() {}

  /**
   * @param checkpoints increasing document counts; the run ends at the last one
   * @param warmupDocuments documents run before the curve starts, so the first stretch is not the JIT's
   */
  public static Result run(List<Document> corpus, Function<Document, AnalyzedDocument> pipeline, int threads,
      List<Long> checkpoints, long warmupDocuments, Consumer<String> log) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the benchmark corpus holds no documents");
    }
    checkOrder(checkpoints);
    ParallelRunner runner = new ParallelRunner(pipeline, threads);
    log.accept(String.format(Locale.ROOT, "scale: warming up on %,d documents, then %,d documents on %d threads",
        warmupDocuments, checkpoints.get(checkpoints.size() - 1), threads));
    runner.run(repeat(corpus, warmupDocuments), o -> {});
    long[] done = {0};
    long[] sentences = {0};
    List<Point> points = new ArrayList<>();
    long[] stretchStart = {System.nanoTime()};
    long[] stretchFirst = {0, 0};
    Iterator<Long> next = checkpoints.iterator();
    long[] target = {next.next()};
    runner.run(repeat(corpus, checkpoints.get(checkpoints.size() - 1)), o -> {
      done[0]++;
      sentences[0] += o.succeeded() ? o.analysed().sentences().size() : 0;
      if (done[0] == target[0]) {
        double seconds = (System.nanoTime() - stretchStart[0]) / 1e9;
        Point p = new Point(done[0], done[0] - stretchFirst[0], sentences[0] - stretchFirst[1], seconds, threads,
            heapAfterGcMb());
        points.add(p);
        log.accept(p.toText());
        stretchFirst[0] = done[0];
        stretchFirst[1] = sentences[0];
        target[0] = next.hasNext() ? next.next() : Long.MAX_VALUE;
        stretchStart[0] = System.nanoTime(); // after the GC above, which is not the stretch's own cost
      }
    });
    return new Result(points);
  }

  private static void checkOrder(List<Long> checkpoints) {
    if (checkpoints.isEmpty()) {
      throw new IllegalArgumentException("give at least one checkpoint");
    }
    long previous = 0;
    for (long c : checkpoints) {
      if (c <= previous) {
        throw new IllegalArgumentException("checkpoints must be positive and increasing: " + checkpoints);
      }
      previous = c;
    }
  }

  private static Iterator<Document> repeat(List<Document> corpus, long count) {
    return new Iterator<>() {
      private long i;

      @Override
      public boolean hasNext() {
        return i < count;
      }

      @Override
      public Document next() {
        return corpus.get((int) (i++ % corpus.size()));
      }
    };
  }

  private static long heapAfterGcMb() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    memory.gc();
    return memory.getHeapMemoryUsage().getUsed() >> 20;
  }
}
