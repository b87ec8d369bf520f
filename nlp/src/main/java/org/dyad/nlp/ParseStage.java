package org.dyad.nlp;

import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.SentenceSelector;
import org.dyad.pipeline.Stage;

/**
 * Dependency parses and normalised temporal expressions, for the sentences that deserve them. The parser is
 * the most expensive part of CoreNLP; the selector (supplied by the event coder) names the sentences that can
 * hold an event, and SUTime runs only where a date cue appears.
 */
public final class ParseStage implements Stage {
  private final NlpConfig config;
  private final SentenceSelector selector;
  private final Set<Layer> selectorNeeds;

  /**
   * @param selector which sentences to parse when the configuration says {@code SELECTED}
   * @param selectorNeeds the layers the selector reads (e.g. actor mentions), so the pipeline can check them
   */
  public ParseStage(NlpConfig config, SentenceSelector selector, Set<Layer> selectorNeeds) {
    this.config = config;
    this.selector = selector;
    this.selectorNeeds = Set.copyOf(selectorNeeds);
  }

  @Override
  public String name() {
    return "parse";
  }

  @Override
  public Set<Layer> requires() {
    EnumSet<Layer> needs = EnumSet.of(Layer.SENTENCES, Layer.TOKENS, Layer.POS);
    needs.addAll(selectorNeeds);
    return needs;
  }

  @Override
  public Set<Layer> provides() {
    return EnumSet.of(Layer.DEPENDENCIES, Layer.TIMES);
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("parser", CoreNlpModels.PARSER_MODEL, "parse", scope(config.parse()), "times",
        scope(config.times()), "max_parse_tokens", Integer.toString(config.maxParseTokens()), "parser_precomputed",
        Integer.toString(CoreNlpModels.PRECOMPUTED_PAIRS), "times_context_tokens",
        Integer.toString(TimeTagger.CONTEXT_TOKENS), "parser_impl", config.parser().name().toLowerCase(Locale.ROOT));
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument in) {
    LocalDate anchor = in.document().published().anchorDay();
    List<Sentence> sentences = in.sentences();
    List<Sentence> toParse = new ArrayList<>();
    boolean[] parse = new boolean[sentences.size()];
    boolean[] times = new boolean[sentences.size()];
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      boolean selected = selector.select(in, s);
      parse[i] = wants(config.parse(), selected) && s.tokens().size() <= config.maxParseTokens();
      if (parse[i]) {
        toParse.add(s);
      }
      // An event's date comes from its own sentence (or the document's date): SUTime runs where both an event
      // and a date cue can be.
      times[i] = config.times() == NlpConfig.Scope.ALL
          || (config.times() == NlpConfig.Scope.SELECTED && selected && DateCues.mayHoldDate(s.text()));
    }
    // The document's sentences are parsed together: the fast parser decodes them in step.
    List<List<org.dyad.model.Dependency>> parses = parse(toParse, config.parser());
    List<Sentence> out = new ArrayList<>(sentences.size());
    int parsed = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      List<org.dyad.model.Dependency> deps = parse[i] ? parses.get(parsed++) : List.of();
      out.add(s.withAnalysis(s.tokens(), deps, times[i] ? timesOf(s, anchor) : List.of()));
    }
    return in.withSentences(out, provides());
  }

  /**
   * SUTime, anchored on the document's day. Without an anchor, expressions that need one ("on Monday", "three
   * weeks ago") come back without a date: dyad leaves them unresolved, never guessed. With times on every
   * sentence (the plain-CoreNLP configuration) SUTime reads whole sentences; otherwise only the stretches
   * around time words, which finds the same expressions for less work.
   */
  private List<TimeExpression> timesOf(Sentence s, LocalDate anchor) {
    return config.times() == NlpConfig.Scope.ALL ? TimeTagger.wholeSentence(s, anchor)
        : TimeTagger.nearCues(s, anchor);
  }

  private static boolean wants(NlpConfig.Scope scope, boolean selected) {
    return scope == NlpConfig.Scope.ALL || (scope == NlpConfig.Scope.SELECTED && selected);
  }

  static List<org.dyad.model.Dependency> parse(Sentence s, NlpConfig.Parser parser) {
    return parse(List.of(s), parser).get(0);
  }

  /** Each sentence's dependency parse (nothing for a sentence without tokens), in the order given. */
  static List<List<org.dyad.model.Dependency>> parse(List<Sentence> sentences, NlpConfig.Parser parser) {
    if (parser == NlpConfig.Parser.FAST) {
      List<List<String>> words = new ArrayList<>(sentences.size());
      List<List<String>> tags = new ArrayList<>(sentences.size());
      for (Sentence s : sentences) {
        List<String> w = new ArrayList<>(s.tokens().size());
        List<String> t = new ArrayList<>(s.tokens().size());
        for (org.dyad.model.Token token : s.tokens()) {
          w.add(token.text());
          t.add(token.pos());
        }
        words.add(w);
        tags.add(t);
      }
      return CoreNlpModels.fastParser().parseAll(words, tags);
    }
    List<List<org.dyad.model.Dependency>> out = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      out.add(s.tokens().isEmpty() ? List.of() : withCoreNlp(s));
    }
    return out;
  }

  private static List<org.dyad.model.Dependency> withCoreNlp(Sentence s) {
    GrammaticalStructure gs = CoreNlpModels.parser().predict(CoreLabels.toCoreMap(s));
    List<org.dyad.model.Dependency> deps = new ArrayList<>();
    for (TypedDependency td : gs.typedDependencies()) {
      int governor = td.gov().index() - 1;
      int dependent = td.dep().index() - 1;
      if (dependent < 0) {
        continue;
      }
      deps.add(new org.dyad.model.Dependency(td.reln().toString(), governor < 0 ? -1 : governor, dependent));
    }
    return deps;
  }

  private static String scope(NlpConfig.Scope s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
