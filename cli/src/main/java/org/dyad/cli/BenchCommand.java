package org.dyad.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Locale;
import org.dyad.api.Dyad;
import org.dyad.api.DyadConfig;
import org.dyad.nlp.NlpConfig;
import org.dyad.api.bench.PipelineBenchmark;
import org.dyad.api.bench.ScaleBenchmark;
import org.dyad.ingest.ReadOptions;
import org.dyad.ingest.eval.IngestBenchmark;
import org.dyad.model.Document;
import org.dyad.store.StoreBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the whole pipeline on DIR (default: the demo corpus) side by side with a plain",
        "CoreNLP pipeline (ner + depparse) with CoreNLP's default properties ('corenlp') and with coarse NER only",
        "('corenlp-coarse'), and tokenisation alone. Ends with one line of key=value pairs.",
        "With --ingest PAGES: only reading and cleaning of the HTML pages under PAGES, on one thread.",
        "With --store: how fast the store takes generated news-shaped events, written as `dyad ingest` writes",
        "them, then merged and indexed for search (in a temporary directory).",
        "With --scale N,N,...: the pipeline's throughput per core as a run grows."})
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

  @Option(names = "--ingest", paramLabel = "PAGES", description = {"Benchmark reading and cleaning alone: every "
      + ".html, .htm and .html.gz file under PAGES, loaded into memory, read --warmup-rounds times untimed, then "
      + "--rounds times on "
      + "one thread (decode, parse, thread check, main text, metadata, language, genre). Prints pages per second "
      + "and pages per CPU second of the reading thread (the rate on one free core, whatever else runs)."})
  Path ingestPages;

  @Option(names = "--rounds", defaultValue = "5", description = "With --ingest: timed passes over the pages "
      + "(default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warmup-rounds", defaultValue = "3", description = "With --ingest: untimed passes first, so "
      + "that the JIT has compiled the reader as in a long run (default: ${DEFAULT-VALUE}).")
  int warmupRounds;

  @Option(names = "--scale", split = ",", paramLabel = "N",
      description = {"Instead: the throughput per core as a run grows, at these document counts (the corpus",
          "repeated), e.g. --scale 1000,10000,100000."})
  List<Long> scale;

  @Option(names = "--scale-warmup", defaultValue = "300", paramLabel = "N",
      description = "Documents run before the --scale curve starts (default: ${DEFAULT-VALUE}).")
  long scaleWarmup;

  @Option(names = "--store", description = "Benchmark the store instead of the pipeline (DIR is not read).")
  boolean store;

  @Option(names = "--documents", description = "With --store: documents to write (default: 40000).")
  Integer documents;

  @Option(names = "--events-per-document", description = "With --store: events in each document (default: 5).")
  Integer eventsPerDocument;

  @Option(names = "--write-only", description = "With --store: skip timing the merge and the search index.")
  boolean writeOnly;

  @Option(names = "--parser", defaultValue = "fast",
      description = "Dependency parser implementation: fast or corenlp; identical parses (default: ${DEFAULT-VALUE}).")
  String parser;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (ingestPages != null) {
      if (rounds < 1 || warmupRounds < 0) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--rounds must be at least 1 and --warmup-rounds at least 0");
      }
      IngestBenchmark.Result r;
      try {
        r = new IngestBenchmark(ReadOptions.defaults()).run(EvalCommand.existing(spec, ingestPages), warmupRounds, rounds);
      } catch (IllegalArgumentException e) {
        throw new Main.FatalInput(e.getMessage());
      }
      EvalCommand.print(spec, r::print);
      return ExitCodes.OK;
    }
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
    DyadConfig config = new PipelineOptions().config();
    NlpConfig.Parser implementation;
    try {
      implementation = NlpConfig.Parser.valueOf(parser.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--parser must be fast or corenlp, not '" + parser + "'");
    }
    Dyad dyad = Dyad.open(config.withNlp(config.nlp().withParser(implementation)));
    List<Document> corpus = new ArrayList<>();
    var summary = dyad.read(List.of(corpusDir.toString()), new Reporter(err), corpus::add);
    int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    out.printf("corpus %s: %d documents; machine: %d cores, max heap %d MB, %s %s%n", corpusDir, corpus.size(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"), System.getProperty("java.version"));
    out.println(dyad.pipeline().describe());
    out.flush();
    if (scale != null) {
      ScaleBenchmark.Result curve = ScaleBenchmark.run(corpus, dyad.pipeline()::process, n, scale, scaleWarmup,
          line -> {
            out.println(line);
            out.flush();
          });
      out.println(curve.keyValues() + " threads=" + n + " jvm=" + ManagementFactory.getRuntimeMXBean().getVmVersion());
      out.flush();
      return summary.hadProblems() ? ExitCodes.SOME_INPUTS_FAILED : ExitCodes.OK;
    }
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
