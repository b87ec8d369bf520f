package org.dyad.nlp;

/**
 * What language analysis does, and where. CoreNLP's expensive annotators (statistical NER, SUTime, the
 * dependency parser) cost 10–50× tokenisation, so dyad runs them only where they can change an event.
 *
 * @param ner where statistical NER runs; the actor knowledge base decides most mentions without it
 * @param parse which sentences get a dependency parse
 * @param times which sentences get SUTime temporal normalisation
 * @param maxParseTokens longer sentences (flattened tables, lists) are not parsed: the parser's cost grows
 *     with length and such "sentences" hold no reliable structure
 * @param parser which implementation decodes CoreNLP's dependency model; both give identical parses
 */
public record NlpConfig(Scope ner, Scope parse, Scope times, int maxParseTokens, Parser parser) {

  /** Where an annotator runs. */
  public enum Scope {
    /** Nowhere. */
    NONE,
    /** Only in sentences the coder selects (an actor candidate and an event trigger; a date cue for times). */
    SELECTED,
    /** Everywhere: what a plain CoreNLP pipeline does. */
    ALL
  }

  /** How sentences are parsed: both run CoreNLP's english_UD nndep model and give the same parse. */
  public enum Parser {
    /** dyad's own decoder over CoreNLP's loaded weights: the same parse, several times faster. */
    FAST,
    /** CoreNLP's {@code DependencyParser.predict}, for comparison. */
    CORENLP
  }

  public NlpConfig {
    if (maxParseTokens < 5) {
      throw new IllegalArgumentException("maxParseTokens must be at least 5, got " + maxParseTokens);
    }
    if (parser == null) {
      throw new IllegalArgumentException("parser must be given (fast or corenlp)");
    }
  }

  /** With the default (fast) parser. */
  public NlpConfig(Scope ner, Scope parse, Scope times, int maxParseTokens) {
    this(ner, parse, times, maxParseTokens, Parser.FAST);
  }

  public NlpConfig withParser(Parser parser) {
    return new NlpConfig(ner, parse, times, maxParseTokens, parser);
  }

  /** dyad's default: expensive work only where it can matter. */
  public static NlpConfig defaults() {
    return new NlpConfig(Scope.SELECTED, Scope.SELECTED, Scope.SELECTED, 120);
  }

  /** Everything on every sentence, as a plain CoreNLP pipeline would; the baseline for benchmarks. */
  public static NlpConfig exhaustive() {
    return new NlpConfig(Scope.ALL, Scope.ALL, Scope.ALL, 400);
  }
}
