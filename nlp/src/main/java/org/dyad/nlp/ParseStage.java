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
    List<Sentence> out = new ArrayList<>(in.sentences().size());
    for (Sentence s : in.sentences()) {
      boolean selected = selector.select(in, s);
      boolean parse = wants(config.parse(), selected) && s.tokens().size() <= config.maxParseTokens();
      // An event's date comes from its own sentence (or the document's date): SUTime runs where both an event
      // and a date cue can be.
      boolean times = config.times() == NlpConfig.Scope.ALL
          || (config.times() == NlpConfig.Scope.SELECTED && selected && DateCues.mayHoldDate(s.text()));
      out.add(s.withAnalysis(s.tokens(), parse ? parse(s, config.parser()) : List.of(), times ? timesOf(s, anchor) : List.of()));
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
    if (s.tokens().isEmpty()) {
      return List.of();
    }
    if (parser == NlpConfig.Parser.FAST) {
      List<String> words = new ArrayList<>(s.tokens().size());
      List<String> tags = new ArrayList<>(s.tokens().size());
      for (org.dyad.model.Token t : s.tokens()) {
        words.add(t.text());
        tags.add(t.pos());
      }
      return CoreNlpModels.fastParser().parse(words, tags);
    }
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
