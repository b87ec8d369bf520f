package org.dyad.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.dyad.actors.eval.ActorEvaluation;
import org.dyad.api.Dyad;
import org.dyad.events.eval.CameoPloverTable;
import org.dyad.events.eval.DateEvaluator;
import org.dyad.events.eval.GoldEvaluator;
import org.dyad.events.eval.PloverGsrEvaluator;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.ReadOptions;
import org.dyad.ingest.eval.ExtractionEvaluation;
import org.dyad.ingest.eval.ForumEvaluation;
import org.dyad.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score dyad against reference data; every score in the README comes from one of these.",
    subcommands = {EvalCommand.Extraction.class, EvalCommand.Forums.class, EvalCommand.Plover.class,
        EvalCommand.Gold.class, EvalCommand.Dates.class, EvalCommand.Actors.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs a report printer that writes to a PrintStream, into the command's own output. */
  static void print(CommandSpec spec, Consumer<PrintStream> printer) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream ps = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      printer.accept(ps);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
  }

  static Path existing(CommandSpec spec, Path p) {
    if (!Files.exists(p)) {
      throw new Main.FatalInput(p + " does not exist");
    }
    return p;
  }

  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = "Article-body extraction on a benchmark folder (cases.jsonl + html/): 4-token shingle P/R/F1.")
  static final class Extraction implements Callable<Integer> {
    @Parameters(paramLabel = "DIR") Path dir;

    @Option(names = "--worst", defaultValue = "10", description = "How many of the worst pages to list.")
    int worst;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ExtractionEvaluation.Result r = ExtractionEvaluation.withDyadExtractor().run(existing(spec, dir));
      print(spec, ps -> r.print(ps, worst));
      return ExitCodes.OK;
    }
  }

  @Command(name = "forums", mixinStandardHelpOptions = true,
      description = "Forum thread splitting against gold posts (JSON Lines, optionally gzipped): post F1, authors.")
  static final class Forums implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--worst", defaultValue = "10") int worst;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      ForumEvaluation.Result r = new ForumEvaluation().run(existing(spec, file));
      print(spec, ps -> r.print(ps, worst));
      return ExitCodes.OK;
    }
  }

  @Command(name = "plover", mixinStandardHelpOptions = true,
      description = "Event coding on PLOVER-coded sentences (JSON Lines): type, actor and recipient country.")
  static final class Plover implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--table", paramLabel = "FILE",
        description = "CAMEO-to-PLOVER table (default: CAMEO2PLOVER-2021.txt beside FILE, if there).")
    Path table;

    @Option(names = "--misses", description = "Also print every record whose type or countries were missed.")
    boolean misses;

    @Mixin PipelineOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Path t = table != null ? table : existing(spec, file).resolveSibling("CAMEO2PLOVER-2021.txt");
      Reporter problems = new Reporter(spec.commandLine().getErr());
      CameoPloverTable cameo = Files.exists(t) ? CameoPloverTable.read(t, problems) : null;
      Dyad dyad = Dyad.open(options.config());
      PloverGsrEvaluator.Result r = PloverGsrEvaluator.evaluate(existing(spec, file), dyad.pipeline()::process,
          cameo, problems);
      print(spec, r::print);
      if (misses) {
        print(spec, r::printMisses);
      }
      return ExitCodes.OK;
    }
  }

  @Command(name = "gold", mixinStandardHelpOptions = true,
      description = "Event coding on annotated documents (gold.json beside its documents): recall, must-not cases.")
  static final class Gold implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Mixin PipelineOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Reporter problems = new Reporter(spec.commandLine().getErr());
      Dyad dyad = Dyad.open(options.config());
      GoldEvaluator.Result r = GoldEvaluator.evaluate(existing(spec, file), path -> readOne(path, problems),
          dyad.pipeline()::process, problems);
      print(spec, r::print);
      return ExitCodes.OK;
    }

    static Document readOne(Path path, Reporter problems) {
      List<Document> docs = DocumentReader.readAll(path, ReadOptions.defaults(), problems);
      if (docs.isEmpty()) {
        throw new IllegalArgumentException(path + " holds no document");
      }
      return docs.get(0);
    }
  }

  @Command(name = "dates", mixinStandardHelpOptions = true,
      description = "Event dates on annotated documents (gold.json beside its documents, each event with its true "
          + "date or null): date accuracy, precision, and the breakdown by basis and precision.")
  static final class Dates implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--events", description = "Also print the verdict on every reference event.")
    boolean events;

    @Mixin PipelineOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Reporter problems = new Reporter(spec.commandLine().getErr());
      Dyad dyad = Dyad.open(options.config());
      DateEvaluator.Result r = DateEvaluator.evaluate(existing(spec, file), path -> Gold.readOne(path, problems),
          dyad.pipeline()::process, problems);
      print(spec, ps -> r.print(ps, events));
      return ExitCodes.OK;
    }
  }

  @Command(name = "actors", mixinStandardHelpOptions = true,
      description = "Actor resolution on sentences with known actors (JSON Lines {text, date, actors}, or PLOVER-coded records).")
  static final class Actors implements Callable<Integer> {
    @Parameters(paramLabel = "FILE") Path file;

    @Option(names = "--ignore-dates",
        description = "Read every record as undated (for sets whose dates are placeholders).")
    boolean ignoreDates;

    @Mixin PipelineOptions options;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      Dyad dyad = Dyad.open(options.config());
      ActorEvaluation.Report r = new ActorEvaluation(dyad.pipeline()::process)
          .run(existing(spec, file), !ignoreDates, new Reporter(spec.commandLine().getErr()));
      spec.commandLine().getOut().println(r.toText());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
  }
}
