package org.dyad.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.pipeline.WordsToSentencesAnnotator;
import edu.stanford.nlp.time.TimeAnnotator;
import org.dyad.nlp.parse.ArcStandardDecoder;
import java.util.Properties;

/**
 * The CoreNLP models, each loaded once per JVM on first use (holder idiom: class initialisation is
 * thread-safe and lazy). Loading is explicit here instead of through {@code StanfordCoreNLP}, whose static
 * annotator pool and string-keyed properties are hidden global state.
 */
final class CoreNlpModels {
  static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";
  static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  static final String PARSER_MODEL = DependencyParser.DEFAULT_MODEL;

  private CoreNlpModels() {}

  /** Tokeniser, sentence splitter, POS tagger and lemmatiser: cheap, run on every sentence. */
  static AnnotationPipeline tokens() {
    return Tokens.PIPELINE.get();
  }

  static CRFClassifier<CoreLabel> ner() {
    return Ner.CLASSIFIER;
  }

  static DependencyParser parser() {
    return Parser.PARSER;
  }

  /** dyad's decoder over the same loaded parser model (see {@link ArcStandardDecoder}). */
  static ArcStandardDecoder fastParser() {
    return FastParser.DECODER;
  }

  static TimeAnnotator sutime() {
    return Sutime.ANNOTATOR;
  }

  /**
   * The tokeniser and sentence splitter keep per-document state (CoreNLP warns of "multiple sentence
   * splitters operating on this document" when threads share one), so each thread gets its own; the POS
   * tagger and lemmatiser are stateless and shared.
   */
  private static final class Tokens {
    static final ThreadLocal<AnnotationPipeline> PIPELINE = ThreadLocal.withInitial(Tokens::build);
    static final Properties PROPS = properties();
    static final POSTaggerAnnotator POS = new POSTaggerAnnotator("pos", PROPS);
    static final MorphaAnnotator LEMMAS = new MorphaAnnotator(false);

    private static AnnotationPipeline build() {
      AnnotationPipeline pipeline = new AnnotationPipeline();
      pipeline.addAnnotator(new TokenizerAnnotator(false, PROPS));
      pipeline.addAnnotator(new WordsToSentencesAnnotator(PROPS));
      pipeline.addAnnotator(POS);
      pipeline.addAnnotator(LEMMAS);
      return pipeline;
    }

    private static Properties properties() {
      Properties p = new Properties();
      p.setProperty("tokenize.language", "en");
      // Keep the text's own characters (no PTB escaping of quotes and brackets), so tokens read as written.
      p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false,"
          + "quotes=ORIGINAL,ellipses=ORIGINAL,dashes=ORIGINAL");
      p.setProperty("pos.model", POS_MODEL);
      p.setProperty("pos.maxlen", "250");
      p.setProperty("ssplit.newlineIsSentenceBreak", "two");
      return p;
    }
  }

  private static final class Ner {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load();

    private static CRFClassifier<CoreLabel> load() {
      try {
        return CRFClassifier.getClassifier(NER_MODEL);
      } catch (Exception e) {
        throw new IllegalStateException("cannot load the NER model " + NER_MODEL + ": " + e, e);
      }
    }
  }

  /**
   * The parser's first layer is pre-computed for the model's most frequent (word, feature position) pairs;
   * every other pair costs a 50x1000 matrix slice per transition plus a synchronised LRU lookup. CoreNLP
   * pre-computes 20,000 of the model's 99,990 pairs by default; 50,000 covers most of news text and makes
   * parsing about 40% faster (measured on the demo corpus) for about 240 MB more heap (1,000 doubles each).
   */
  static final int PRECOMPUTED_PAIRS = 50_000;

  private static final class Parser {
    static final DependencyParser PARSER = DependencyParser.loadFromModelFile(PARSER_MODEL, properties());

    private static Properties properties() {
      Properties p = new Properties();
      p.setProperty("numPreComputed", Integer.toString(PRECOMPUTED_PAIRS));
      return p;
    }
  }

  private static final class FastParser {
    static final ArcStandardDecoder DECODER = ArcStandardDecoder.of(Parser.PARSER);
  }

  private static final class Sutime {
    static final TimeAnnotator ANNOTATOR = build();

    private static TimeAnnotator build() {
      Properties p = new Properties();
      p.setProperty("sutime.includeRange", "true");
      p.setProperty("sutime.markTimeRanges", "false");
      return new TimeAnnotator("sutime", p);
    }
  }
}
