package org.dyad.api.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.dyad.model.Document;
import org.dyad.nlp.CoreNlpBaseline;
import org.dyad.pipeline.Pipeline;

/**
 * dyad's whole pipeline, a plain CoreNLP pipeline with NER and dependency parsing (what PETRARCH-style coders
 * depend on) twice, with CoreNLP's default properties and with coarse NER only, and tokenisation alone (the
 * floor), on the same documents and threads, measured in one run so their ratios are meaningful on a noisy
 * machine.
 */
public final class PipelineBenchmark {

  /** What to run and for how long. */
  public record Settings(int threads, double warmupSeconds, double minSeconds, boolean baselines) {
    public static Settings defaults() {
      return new Settings(Runtime.getRuntime().availableProcessors(), 30, 30, true);
    }
  }

  /** The figures of one run. */
  public record Result(Measurement dyad, Measurement corenlp, Measurement corenlpCoarse, Measurement tokenize) {
    public String keyValues() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "dyad_sent_per_s=%.1f", dyad.sentencesPerSecond()));
      sb.append(String.format(Locale.ROOT, " dyad_docs_per_s=%.2f", dyad.documentsPerSecond()));
      if (corenlp != null) {
        sb.append(String.format(Locale.ROOT, " corenlp_sent_per_s=%.1f", corenlp.sentencesPerSecond()));
      }
      if (corenlpCoarse != null) {
        sb.append(String.format(Locale.ROOT, " corenlp_coarse_sent_per_s=%.1f", corenlpCoarse.sentencesPerSecond()));
      }
      if (tokenize != null) {
        sb.append(String.format(Locale.ROOT, " tokenize_sent_per_s=%.1f", tokenize.sentencesPerSecond()));
      }
      if (corenlp != null) {
        sb.append(String.format(Locale.ROOT, " ratio_vs_corenlp=%.2f",
            dyad.sentencesPerSecond() / corenlp.sentencesPerSecond()));
      }
      if (corenlpCoarse != null) {
        sb.append(String.format(Locale.ROOT, " ratio_vs_corenlp_coarse=%.2f",
            dyad.sentencesPerSecond() / corenlpCoarse.sentencesPerSecond()));
      }
      if (tokenize != null) {
        sb.append(String.format(Locale.ROOT, " ratio_vs_tokenize=%.3f",
            dyad.sentencesPerSecond() / tokenize.sentencesPerSecond()));
      }
      sb.append(" peak_heap_mb=").append(dyad.peakHeapMb());
      sb.append(" threads=").append(dyad.threads());
      return sb.toString();
    }
  }

  private PipelineBenchmark() {}

  public static Result run(List<Document> corpus, Pipeline pipeline, Settings s, Consumer<String> log) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the benchmark corpus holds no documents");
    }
    log.accept("dyad: warming up " + s.warmupSeconds() + " s, then measuring at least " + s.minSeconds() + " s");
    List<TimedStage> stages = new ArrayList<>();
    Pipeline timed = TimedStage.timed(pipeline, stages);
    Measurement dyad = Workload.measure("dyad", corpus, d -> timed.process(d).sentences().size(), s.threads(),
        s.warmupSeconds(), s.minSeconds(), () -> stages.forEach(TimedStage::reset));
    log.accept(dyad.toText());
    double total = stages.stream().mapToDouble(TimedStage::seconds).sum();
    for (TimedStage t : stages) {
      log.accept(String.format(Locale.ROOT, "  stage %-8s %5.1f%% of dyad's time (%.1f thread-seconds)", t.name(),
          100 * t.seconds() / total, t.seconds()));
    }
    Measurement corenlp = null;
    Measurement coarse = null;
    Measurement tokenize = null;
    if (s.baselines()) {
      corenlp = baseline("corenlp", CoreNlpBaseline.Kind.FULL, corpus, s, log);
      coarse = baseline("corenlp-coarse", CoreNlpBaseline.Kind.COARSE, corpus, s, log);
      try (CoreNlpBaseline floor = new CoreNlpBaseline(CoreNlpBaseline.Kind.TOKENIZE)) {
        tokenize = Workload.measure("tokenize", corpus, d -> floor.annotate(d.text(), null), s.threads(),
            Math.min(5, s.warmupSeconds()), Math.min(10, s.minSeconds()), () -> {});
      }
      log.accept(tokenize.toText());
    }
    return new Result(dyad, corenlp, coarse, tokenize);
  }

  private static Measurement baseline(String name, CoreNlpBaseline.Kind kind, List<Document> corpus, Settings s,
      Consumer<String> log) {
    try (CoreNlpBaseline pipeline = new CoreNlpBaseline(kind)) {
      log.accept(name + " (" + kind.describe() + "): warming up");
      Measurement m = Workload.measure(name, corpus, d -> pipeline.annotate(d.text(), docDate(d)), s.threads(),
          s.warmupSeconds(), s.minSeconds(), () -> {});
      log.accept(m.toText());
      return m;
    }
  }

  private static String docDate(Document d) {
    var day = d.published().anchorDay();
    return day == null ? null : day.toString();
  }

  /** Repeats a small corpus to a given size with distinct ids, for scaling curves. */
  public static List<Document> scaled(List<Document> corpus, int size) {
    List<Document> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(corpus.get(i % corpus.size()));
    }
    return out;
  }
}
