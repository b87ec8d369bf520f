package org.dyad.nlp.parse;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * The parts of a loaded CoreNLP {@link DependencyParser} the fast decoder needs and CoreNLP does not publish: the
 * classifier, its pre-computed hidden-layer rows and their index, the transition list and the root label.
 *
 * <p>Why reflection, confined to this one class: the parser keeps its classifier and transition system in private
 * fields, so a bridge class placed in CoreNLP's package (split package) could not reach them either; reflection is
 * the only way short of loading the 14 MB model a second time. It reads field names, which shading leaves alone
 * (the Spark jar relocates only Jackson), and every read checks its type, so a CoreNLP upgrade that changes these
 * internals fails at load time with a message naming the field, never with a different parse. dyad is built and
 * verified ({@code ArcStandardDecoderIT}) against CoreNLP 4.5.10.
 */
final class NndepInternals {
  final float[][] w1;
  final float[] b1;
  final float[][] w2;
  final float[][] embeddings;
  final Map<Integer, Integer> preComputedIndex;
  final double[][] preComputed;
  final int hiddenSize;
  final int embeddingSize;
  final int numCached;
  final List<String> transitions;
  final String rootLabel;
  final boolean singleRoot;
  private final DependencyParser parser;
  private final Method makeRelation;

  private NndepInternals(DependencyParser parser) {
    this.parser = parser;
    Classifier classifier = read(parser, DependencyParser.class, "classifier", Classifier.class);
    Object system = read(parser, DependencyParser.class, "system", Object.class);
    Class<?> arcStandard = type("edu.stanford.nlp.parser.nndep.ArcStandard");
    if (!arcStandard.isInstance(system)) {
      throw changed("DependencyParser.system is a " + system.getClass().getName() + ", not ArcStandard");
    }
    Class<?> parsingSystem = type("edu.stanford.nlp.parser.nndep.ParsingSystem");
    this.w1 = classifier.getW1();
    this.b1 = classifier.getb1();
    this.w2 = classifier.getW2();
    this.embeddings = classifier.getE();
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> index = read(classifier, Classifier.class, "preMap", Map.class);
    this.preComputedIndex = index;
    this.preComputed = read(classifier, Classifier.class, "saved", double[][].class);
    Config config = read(classifier, Classifier.class, "config", Config.class);
    this.hiddenSize = config.hiddenSize;
    this.embeddingSize = config.embeddingSize;
    this.numCached = config.numCached;
    @SuppressWarnings("unchecked")
    List<String> names = read(system, parsingSystem, "transitions", List.class);
    this.transitions = List.copyOf(names);
    this.rootLabel = read(system, parsingSystem, "rootLabel", String.class);
    this.singleRoot = read(system, arcStandard, "singleRoot", Boolean.class);
    this.makeRelation = method(DependencyParser.class, "makeGrammaticalRelation", String.class);
    checkShapes();
  }

  static NndepInternals of(DependencyParser parser) {
    return new NndepInternals(parser);
  }

  int wordId(String word) {
    return parser.getWordID(word);
  }

  int posId(String tag) {
    return parser.getPosID(tag);
  }

  int labelId(String label) {
    return parser.getLabelID(label);
  }

  java.util.Set<String> knownTags() {
    return parser.getPosSet();
  }

  /** The relation name CoreNLP's {@code predict} gives a non-root arc with this label. */
  String relationName(String label) {
    try {
      return makeRelation.invoke(parser, label).toString();
    } catch (ReflectiveOperationException e) {
      throw changed("DependencyParser.makeGrammaticalRelation failed: " + e);
    }
  }

  private void checkShapes() {
    int features = NndepModel.FEATURES;
    if (w1.length != hiddenSize || w1[0].length != features * embeddingSize || b1.length != hiddenSize
        || w2.length != transitions.size() || w2[0].length != hiddenSize
        || embeddings[0].length != embeddingSize || preComputed.length != preComputedIndex.size()) {
      throw changed("the weight matrices do not have the shapes of a " + features + "-feature arc-standard model");
    }
    if (preComputed.length > 0 && preComputed[0].length != hiddenSize) {
      throw changed("the pre-computed rows are not hidden-layer sized");
    }
  }

  private static <T> T read(Object owner, Class<?> declaring, String name, Class<T> type) {
    try {
      Field f = declaring.getDeclaredField(name);
      f.setAccessible(true);
      Object value = f.get(owner);
      if (!type.isInstance(value)) {
        throw changed(declaring.getSimpleName() + "." + name + " is "
            + (value == null ? "null" : "a " + value.getClass().getName()) + ", expected " + type.getName());
      }
      return type.cast(value);
    } catch (ReflectiveOperationException | RuntimeException e) {
      if (e instanceof IllegalStateException ise) {
        throw ise;
      }
      throw changed("cannot read " + declaring.getName() + "." + name + ": " + e);
    }
  }

  private static Method method(Class<?> declaring, String name, Class<?>... parameters) {
    try {
      Method m = declaring.getDeclaredMethod(name, parameters);
      m.setAccessible(true);
      return m;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw changed("cannot find " + declaring.getName() + "." + name + ": " + e);
    }
  }

  private static Class<?> type(String name) {
    try {
      return Class.forName(name, false, DependencyParser.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw changed("class " + name + " is missing");
    }
  }

  private static IllegalStateException changed(String detail) {
    return new IllegalStateException("the fast dependency parser cannot read CoreNLP's nndep model (" + detail
        + "); it is written against CoreNLP 4.5.10's internals. Use the 'corenlp' parser setting, or update "
        + "org.dyad.nlp.parse for this CoreNLP version");
  }
}
