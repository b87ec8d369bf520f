package org.dyad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.api.Dyad;
import org.dyad.api.bench.PipelineBenchmark;
import org.dyad.model.Document;
import org.dyad.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the whole pipeline on DIR (default: the demo corpus) side by side with a plain",
        "CoreNLP pipeline (ner + depparse) and tokenisation alone. Ends with one line of key=value pairs.",
        "With --store: how fast the store takes generated news-shaped events, written as `dyad ingest` writes",
        "them, then merged and indexed for search (in a temporary directory)."})
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR") Path dir;

  @Option(names = "--threads", description = "Threads for every system (default: the number of cores).")
  Integer threads;

  @Option(names = "--warmup", defaultValue = "30", description = "Warm-up seconds per system (default: ${DEFAULT-VALUE}).")
  double warmup;

  @Option(names = "--seconds", defaultValue = "30", description = "Measured seconds per system, at least (default: ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--dyad-only", description = "Skip the CoreNLP and tokenisation baselines.")
  boolean dyadOnly;

  @Option(names = "--store", description = "Benchmark the store instead of the pipeline (DIR is not read).")
  boolean store;

  @Option(names = "--documents", description = "With --store: documents to write (default: 40000).")
  Integer documents;

  @Option(names = "--events-per-document", description = "With --store: events in each document (default: 5).")
  Integer eventsPerDocument;

  @Option(names = "--write-only", description = "With --store: skip timing the merge and the search index.")
  boolean writeOnly;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (store) {
      StoreBenchmark.Settings d = StoreBenchmark.Settings.defaults();
      int perDocument = eventsPerDocument != null ? eventsPerDocument : d.eventsPerDocument();
      StoreBenchmark.run(new StoreBenchmark.Settings(documents != null ? documents : d.documents(), perDocument,
          Math.max(d.sentences(), perDocument), d.singles(), !writeOnly), line -> {
            out.println(line);
            out.flush();
          });
      return ExitCodes.OK;
    }
    Path corpusDir = dir != null ? dir : DemoCommand.bundledCorpus();
    Dyad dyad = Dyad.open(new PipelineOptions().config());
    List<Document> corpus = new ArrayList<>();
    var summary = dyad.read(List.of(corpusDir.toString()), new Reporter(err), corpus::add);
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    out.printf("corpus %s: %d documents; machine: %d cores, max heap %d MB, %s %s%n", corpusDir, corpus.size(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
    out.println(dyad.pipeline().describe());
    out.flush();
    PipelineBenchmark.Result r = PipelineBenchmark.run(corpus, dyad.pipeline(),
        new PipelineBenchmark.Settings(n, warmup, seconds, !dyadOnly), line -> {
          out.println(line);
          out.flush();
        });
    out.println(r.keyValues() + " jvm=" + ManagementFactory.getRuntimeMXBean().getVmVersion());
    out.flush();
    return summary.hadProblems() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
  }
}
