package org.dyad.nlp.parse;

import edu.stanford.nlp.trees.GrammaticalRelation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP's nndep weights rearranged for the decoder, with every number CoreNLP's own {@code Classifier} would
 * use, so the scores come out bit for bit the same:
 * <ul>
 *   <li>a (feature value, feature position) pair's hidden-layer contribution is the row CoreNLP pre-computed for it
 *       when it did (a sum in double), otherwise the same sum rounded to float, as CoreNLP's cache stores it;
 *   <li>part-of-speech and label features have only ~1,500 (value, position) pairs, so all of their rows are built
 *       here once; word rows are built on first use and kept in a shared cache ({@link WordRowCache});
 *   <li>the output layer is stored transposed, so all transitions' scores grow together over the hidden units (in
 *       the same order per score as CoreNLP's dot product, and the loop vectorises).
 * </ul>
 */
final class NndepModel {
  static final int FEATURES = 48;
  static final int WORD_FEATURES = 18;
  static final int POS_FEATURES = 18;
  static final int LABEL_FEATURES = 12;
  static final String ROOT = "-ROOT-";
  static final String NULL = "-NULL-";
  static final String UNKNOWN = "-UNKNOWN-";
  static final int SHIFT = 0;
  static final int LEFT = 1;
  static final int RIGHT = 2;
  /** Word rows kept, 4 KB each (CoreNLP keeps 5,000, behind a lock); a feed's recurring names fit. */
  private static final int CACHED_WORD_ROWS = 16_384;

  final int hidden;
  final int transitions;
  final double[] bias;
  /** Output weights by hidden unit: {@code outputByHidden[h][t]} is CoreNLP's {@code W2[t][h]}. */
  final double[][] outputByHidden;
  final int[] kind;
  final boolean[] rootArc;
  /** The label (index into {@link #relations}) each arc transition adds. */
  final int[] transitionLabel;
  /** The relation name of each label as CoreNLP reports it; the last entry is the "no label" slot. */
  final String[] relations;
  final String rootRelation;
  final int nullLabel;
  final int rootWord;
  final int nullWord;
  final int rootTag;
  final int nullTag;
  final boolean singleRoot;

  private final NndepInternals net;
  private final int embedding;
  /** Word feature weights by input: {@code wordInputs[p * embedding + k][h]} is {@code W1[h][p * embedding + k]}. */
  private final float[][] wordInputs;
  /** {@code wordPreComputed[word * WORD_FEATURES + p]}: CoreNLP's pre-computed row, or -1. */
  private final int[] wordPreComputed;
  private final Map<Integer, Integer> tagIndex = new HashMap<>();
  /** {@code tagRows[p][tag]}, {@code labelRows[p][label]}: contributions of the tag and label features. */
  private final double[][][] tagRows;
  private final double[][][] labelRows;
  private final WordRowCache wordRows = new WordRowCache(CACHED_WORD_ROWS);

  NndepModel(NndepInternals net) {
    if (net.numCached == 0) {
      // With no cache CoreNLP adds a word's products straight into the hidden layer, a different rounding.
      throw new IllegalStateException("the fast dependency parser reproduces CoreNLP's cached arithmetic; the "
          + "parser was loaded with numCached=0");
    }
    this.net = net;
    this.hidden = net.hiddenSize;
    this.embedding = net.embeddingSize;
    this.transitions = net.transitions.size();
    this.singleRoot = net.singleRoot;
    this.bias = new double[hidden];
    for (int h = 0; h < hidden; h++) {
      bias[h] = net.b1[h];
    }
    this.outputByHidden = new double[hidden][transitions];
    for (int t = 0; t < transitions; t++) {
      for (int h = 0; h < hidden; h++) {
        outputByHidden[h][t] = net.w2[t][h];
      }
    }
    List<String> labels = new ArrayList<>(new LinkedHashSet<>(arcLabels(net.transitions)));
    this.kind = new int[transitions];
    this.rootArc = new boolean[transitions];
    this.transitionLabel = new int[transitions];
    for (int t = 0; t < transitions; t++) {
      String name = net.transitions.get(t);
      kind[t] = name.startsWith("L") ? LEFT : name.startsWith("R") ? RIGHT : SHIFT;
      if (kind[t] != SHIFT) {
        String label = name.substring(2, name.length() - 1);
        rootArc[t] = label.equals(net.rootLabel);
        transitionLabel[t] = labels.indexOf(label);
      }
    }
    this.relations = new String[labels.size() + 1];
    for (int i = 0; i < labels.size(); i++) {
      relations[i] = net.relationName(labels.get(i));
    }
    this.nullLabel = labels.size();
    relations[nullLabel] = NULL;
    this.rootRelation = GrammaticalRelation.ROOT.toString();
    this.rootWord = net.wordId(ROOT);
    this.nullWord = net.wordId(NULL);
    this.wordInputs = wordInputs(net);
    this.wordPreComputed = wordPreComputed(net);
    Set<String> tags = new LinkedHashSet<>(List.of(NULL, ROOT, UNKNOWN));
    tags.addAll(net.knownTags());
    for (String tag : tags) {
      tagIndex.putIfAbsent(net.posId(tag), tagIndex.size());
    }
    this.rootTag = tagIndex.get(net.posId(ROOT));
    this.nullTag = tagIndex.get(net.posId(NULL));
    this.tagRows = new double[POS_FEATURES][tagIndex.size()][];
    for (Map.Entry<Integer, Integer> e : tagIndex.entrySet()) {
      for (int p = 0; p < POS_FEATURES; p++) {
        tagRows[p][e.getValue()] = row(e.getKey(), WORD_FEATURES + p);
      }
    }
    this.labelRows = new double[LABEL_FEATURES][relations.length][];
    for (int l = 0; l < relations.length; l++) {
      int id = net.labelId(l == nullLabel ? NULL : labels.get(l));
      for (int p = 0; p < LABEL_FEATURES; p++) {
        labelRows[p][l] = row(id, WORD_FEATURES + POS_FEATURES + p);
      }
    }
  }

  int wordId(String word) {
    return net.wordId(word);
  }

  /** The dense index of a tag's feature value (unknown tags share CoreNLP's unknown value). */
  int tag(String tag) {
    return tagIndex.get(net.posId(tag));
  }

  double[] tagRow(int position, int tag) {
    return tagRows[position][tag];
  }

  double[] labelRow(int position, int label) {
    return labelRows[position][label];
  }

  /**
   * The hidden-layer contribution of a word at a word feature position: CoreNLP's pre-computed row, or a new
   * array holding the (float) row CoreNLP would compute for it.
   */
  double[] wordRow(int word, int position) {
    int key = word * WORD_FEATURES + position;
    int pre = wordPreComputed[key];
    if (pre >= 0) {
      return net.preComputed[pre];
    }
    float[] row = wordRows.get(key);
    if (row == null) {
      row = wordSlice(word, position);
      wordRows.put(key, row);
    }
    double[] out = new double[hidden];
    for (int h = 0; h < hidden; h++) {
      out[h] = row[h];
    }
    return out;
  }

  /** CoreNLP's {@code matrixMultiplySlice} with the loops swapped: the same sum per unit, in the same order. */
  private float[] wordSlice(int word, int position) {
    double[] sum = new double[hidden];
    float[] e = net.embeddings[word];
    for (int k = 0; k < embedding; k++) {
      float ek = e[k];
      float[] w = wordInputs[position * embedding + k];
      for (int h = 0; h < hidden; h++) {
        sum[h] += (double) (w[h] * ek);
      }
    }
    float[] out = new float[hidden];
    for (int h = 0; h < hidden; h++) {
      out[h] = (float) sum[h];
    }
    return out;
  }

  /** A feature value's row at any position, as CoreNLP computes it: pre-computed, else rounded to float. */
  private double[] row(int id, int position) {
    Integer pre = net.preComputedIndex.get(id * FEATURES + position);
    if (pre != null) {
      return net.preComputed[pre];
    }
    double[] out = new double[hidden];
    float[] e = net.embeddings[id];
    int offset = position * embedding;
    for (int h = 0; h < hidden; h++) {
      double sum = 0;
      float[] w = net.w1[h];
      for (int k = 0; k < embedding; k++) {
        sum += (double) (w[offset + k] * e[k]);
      }
      out[h] = (float) sum;
    }
    return out;
  }

  private static List<String> arcLabels(List<String> transitions) {
    List<String> labels = new ArrayList<>();
    for (String t : transitions) {
      if (t.startsWith("L") || t.startsWith("R")) {
        labels.add(t.substring(2, t.length() - 1));
      }
    }
    return labels;
  }

  private static float[][] wordInputs(NndepInternals net) {
    int inputs = WORD_FEATURES * net.embeddingSize;
    float[][] out = new float[inputs][net.hiddenSize];
    for (int h = 0; h < net.hiddenSize; h++) {
      for (int i = 0; i < inputs; i++) {
        out[i][h] = net.w1[h][i];
      }
    }
    return out;
  }

  private static int[] wordPreComputed(NndepInternals net) {
    int[] out = new int[net.embeddings.length * WORD_FEATURES];
    java.util.Arrays.fill(out, -1);
    for (Map.Entry<Integer, Integer> e : net.preComputedIndex.entrySet()) {
      int position = e.getKey() % FEATURES;
      if (position < WORD_FEATURES) {
        out[(e.getKey() / FEATURES) * WORD_FEATURES + position] = e.getValue();
      }
    }
    return out;
  }
}
