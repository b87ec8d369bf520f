package org.dyad.api;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.actors.kb.KnowledgeBaseBuilder;
import org.dyad.actors.kb.PeopleCsv;
import org.dyad.actors.kb.PhoenixActorImporter;
import org.dyad.actors.resolve.ActorStage;
import org.dyad.events.EventSentenceSelector;
import org.dyad.events.EventStage;
import org.dyad.events.coder.CoderConfig;
import org.dyad.events.coder.KnowledgeBasePlaces;
import org.dyad.events.coder.KnowledgeBaseRoles;
import org.dyad.events.lexicon.Lexicon;
import org.dyad.events.lexicon.LexiconLoader;
import org.dyad.events.lexicon.PetrarchVerbImporter;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.ReadOptions;
import org.dyad.model.Document;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;
import org.dyad.nlp.ParseStage;
import org.dyad.nlp.TokenizeStage;
import org.dyad.pipeline.Pipeline;
import org.dyad.pipeline.SentenceSelector;

/**
 * The common path in one object: "read these files and give me events". It assembles the standard pipeline
 * once (knowledge base, lexicon and CoreNLP models load once per JVM) and runs it over inputs on every core,
 * accounting for every input. The CLI, the server and Spark executors all use it, so they run the same
 * pipeline.
 */
public final class Dyad {
  private static final Map<DyadConfig, Dyad> OPEN = new ConcurrentHashMap<>();

  private final DyadConfig config;
  private final Pipeline pipeline;
  private final ReadOptions readOptions;

  private Dyad(DyadConfig config, Pipeline pipeline) {
    this.config = config;
    this.pipeline = pipeline;
    this.readOptions = readOptions(config);
  }

  /** How the ingest readers treat inputs under this configuration (also what Spark executors use). */
  public static ReadOptions readOptions(DyadConfig config) {
    ReadOptions r = ReadOptions.defaults().withMaxDocumentBytes(config.maxDocumentBytes());
    return config.docDate() == null ? r : r.withDefaultDate(config.docDate());
  }

  /** Whether dyad codes this document: English, or a language it could not determine. */
  public static boolean codable(Document d) {
    String language = d.language();
    return language == null || language.equals("en") || language.equals("und");
  }

  /**
   * The dyad for this configuration, built on first use and shared afterwards. A dictionary that cannot be
   * read at all stops here with a {@link DictionaryException}; malformed lines in it are reported and skipped.
   */
  public static Dyad open(DyadConfig config) {
    return OPEN.computeIfAbsent(config, c -> new Dyad(c, assemble(c, ProblemSink.IGNORE)));
  }

  /** Like {@link #open(DyadConfig)}, reporting problems in users' dictionaries (file and line) to a sink. */
  public static Dyad open(DyadConfig config, ProblemSink dictionaryProblems) {
    return OPEN.computeIfAbsent(config, c -> new Dyad(c, assemble(c, dictionaryProblems)));
  }

  static Pipeline assemble(DyadConfig c, ProblemSink problems) {
    KnowledgeBase kb = knowledgeBase(c, problems);
    Lexicon lexicon = lexicon(c, problems);
    EventSentenceSelector eventSentences = new EventSentenceSelector(lexicon);
    // NER runs before actors are known: a trigger word is what makes a person there a possible actor.
    SentenceSelector triggerSentences = (doc, sentence) -> eventSentences.hasTrigger(sentence);
    return Pipeline.builder()
        .add(new TokenizeStage(c.nlp(), triggerSentences))
        .add(new ActorStage(kb))
        .add(new ParseStage(c.nlp(), eventSentences, EventSentenceSelector.NEEDS))
        .add(new EventStage(lexicon, c.verbDictionaries().isEmpty() ? "bundled" : "bundled+" + c.verbDictionaries(),
            CoderConfig.DEFAULT, new KnowledgeBaseRoles(kb), new KnowledgeBasePlaces(kb)))
        .build();
  }

  private static KnowledgeBase knowledgeBase(DyadConfig c, ProblemSink problems) {
    if (c.actorDictionaries().isEmpty()) {
      return KnowledgeBase.defaults();
    }
    KnowledgeBaseBuilder b = KnowledgeBase.builder().withDefaults();
    for (Path p : c.actorDictionaries()) {
      requireReadable(p, "actor dictionary");
      String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
      b.add(name.endsWith(".csv") ? PeopleCsv.read(p, problems) : PhoenixActorImporter.read(p, problems));
    }
    return b.build();
  }

  private static Lexicon lexicon(DyadConfig c, ProblemSink problems) {
    Lexicon lexicon = LexiconLoader.bundled();
    for (Path p : c.verbDictionaries()) {
      requireReadable(p, "verb dictionary");
      lexicon = lexicon.extendedBy(PetrarchVerbImporter.importFile(p, problems).lexicon());
    }
    return lexicon;
  }

  private static void requireReadable(Path p, String what) {
    if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
      throw new DictionaryException("the " + what + " " + p + " does not exist or cannot be read");
    }
  }

  public Pipeline pipeline() {
    return pipeline;
  }

  public DyadConfig config() {
    return config;
  }

  /** Reads and cleans the inputs (files, directories, "-" for standard input) without analysing them. */
  public RunSummary read(List<String> inputs, ProblemSink problems, Consumer<Document> out) {
    RunSummary summary = new RunSummary();
    ProblemSink both = both(summary, problems);
    for (String input : inputs) {
      readInput(input, both, d -> {
        summary.read();
        out.accept(d);
      });
    }
    return summary;
  }

  /** Reads, analyses and codes the inputs; outcomes arrive in input order on the calling thread. */
  public RunSummary code(List<String> inputs, ProblemSink problems, Consumer<Outcome> out) {
    return code(inputs, problems, d -> false, out);
  }

  /**
   * Like {@link #code(List, ProblemSink, Consumer)}, skipping documents {@code alreadyDone} accepts (already
   * in the store): that is what makes an ingest incremental and a stopped one resumable.
   */
  public RunSummary code(List<String> inputs, ProblemSink problems, Predicate<Document> alreadyDone,
      Consumer<Outcome> out) {
    RunSummary summary = new RunSummary();
    ProblemSink both = both(summary, problems);
    ParallelRunner runner = new ParallelRunner(pipeline::process, config.threads());
    try (ParallelRunner.Session session = runner.open(outcome -> {
      if (outcome.succeeded()) {
        summary.analysed(outcome.analysed().sentences().size(), outcome.analysed().events().size());
      } else {
        both.report(outcome.problem());
      }
      out.accept(outcome);
    })) {
      for (String input : inputs) {
        readInput(input, both, d -> {
          summary.read();
          if (!codable(d)) {
            summary.skipped("language " + d.language());
            problems.notice(new Problem(d.sourceUri(), "", "skipped: written in '" + d.language()
                + "', and dyad codes English text only"));
          } else if (alreadyDone.test(d)) {
            summary.skipped("already stored");
          } else {
            session.submit(d);
          }
        });
      }
    }
    return summary;
  }

  private void readInput(String input, ProblemSink problems, Consumer<Document> out) {
    if (input.equals("-")) {
      InputStream in = System.in;
      DocumentReader.read(in, "-", readOptions, problems, out);
    } else {
      DocumentReader.read(Path.of(input), readOptions, problems, out);
    }
  }

  private static ProblemSink both(RunSummary summary, ProblemSink other) {
    return p -> {
      summary.report(p);
      other.report(p);
    };
  }

  /** An actor or verb dictionary the user named cannot be used at all. */
  public static final class DictionaryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryException(String message) {
      super(message);
    }
  }
}
