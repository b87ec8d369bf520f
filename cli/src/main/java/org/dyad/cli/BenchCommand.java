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
import org.dyad.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Benchmark the whole pipeline on DIR (default: the demo corpus) side by side with a plain",
        "CoreNLP pipeline (ner + depparse) with CoreNLP's default properties ('corenlp') and with coarse NER only",
        "('corenlp-coarse'), and tokenisation alone. Ends with one line of key=value pairs."})
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

  @Option(names = "--parser", defaultValue = "fast",
      description = "Dependency parser implementation: fast or corenlp; identical parses (default: ${DEFAULT-VALUE}).")
  String parser;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
