package org.dyad.nlp.parse;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dyad.model.Dependency;

/**
 * Chen and Manning's greedy arc-standard parser, decoding with a loaded CoreNLP nndep model and producing exactly
 * CoreNLP's parse: the same 48 features in the same order, the same network arithmetic (see {@link NndepModel}),
 * the same legality rules and the same tie-breaking. What differs is bookkeeping: word and tag ids are looked up
 * once per sentence, the configuration lives in int arrays, children are tracked as arcs are added instead of
 * being searched for, and transitions are ints rather than strings. The tree then gets the one relabelling CoreNLP's
 * {@code predict} applies to it ({@link PassiveSubjects}).
 *
 * <p>Thread-safe: the model is read-only and each call keeps its own state.
 */
public final class ArcStandardDecoder {
  /** Sentences decoded in step (a document's parsed sentences mostly fit); bounds the per-step buffers. */
  private static final int BATCH = 16;

  private final NndepModel model;

  private ArcStandardDecoder(NndepModel model) {
    this.model = model;
  }

  /** A decoder over this parser's model; fails at once, with the reason, if the model cannot be read. */
  public static ArcStandardDecoder of(DependencyParser parser) {
    PassiveSubjects.requireDefaultRelations();
    return new ArcStandardDecoder(new NndepModel(NndepInternals.of(parser)));
  }

  /**
   * Parses one tokenised, tagged sentence.
   *
   * @return one dependency per token, in token order; governor -1 for the root
   */
  public List<Dependency> parse(List<String> words, List<String> tags) {
    return parseAll(List.of(words), List.of(tags)).get(0);
  }

  /**
   * Parses several sentences (e.g. a document's), each exactly as {@link #parse} would. They advance in step, so
   * the output layer's weights are read once per step for up to {@value #BATCH} sentences instead of once per
   * sentence: that layer is 1,000 x 83 weights, more than a core's cache, and was half of the parser's time.
   *
   * @param words the sentences' tokens
   * @param tags their part-of-speech tags, sentence by sentence
   * @return each sentence's dependencies, in the order given
   */
  public List<List<Dependency>> parseAll(List<List<String>> words, List<List<String>> tags) {
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException(words.size() + " sentences but " + tags.size() + " tag sequences");
    }
    List<List<Dependency>> out = new ArrayList<>(words.size());
    for (int from = 0; from < words.size(); from += BATCH) {
      int to = Math.min(words.size(), from + BATCH);
      ParserState[] batch = new ParserState[to - from];
      for (int i = from; i < to; i++) {
        if (words.get(i).size() != tags.get(i).size()) {
          throw new IllegalArgumentException("sentence " + i + ": " + words.get(i).size() + " words but "
              + tags.get(i).size() + " tags");
        }
        batch[i - from] = new ParserState(model, words.get(i), tags.get(i));
      }
      decode(batch);
      for (ParserState s : batch) {
        out.add(dependencies(s));
      }
    }
    return out;
  }

  private void decode(ParserState[] batch) {
    double[][] hidden = new double[batch.length][model.hidden];
    double[][] scores = new double[batch.length][model.transitions];
    int[] nodes = new int[NndepModel.WORD_FEATURES];
    ParserState[] scored = new ParserState[batch.length];
    while (true) {
      int m = 0;
      for (ParserState s : batch) {
        int only;
        while (!s.terminal() && (only = onlyLegal(s)) >= 0) {
          s.apply(model.kind[only], model.transitionLabel[only]);
        }
        if (!s.terminal()) {
          s.featureNodes(nodes);
          hiddenLayer(s, nodes, hidden[m]);
          scored[m++] = s;
        }
      }
      if (m == 0) {
        return;
      }
      outputLayer(hidden, scores, m);
      for (int i = 0; i < m; i++) {
        int best = choose(scored[i], scores[i]);
        scored[i].apply(model.kind[best], model.transitionLabel[best]);
      }
    }
  }

  private List<Dependency> dependencies(ParserState s) {
    int n = s.n;
    String[] relations = new String[n + 1];
    for (int t = 1; t <= n; t++) {
      relations[t] = s.head[t] == 0 ? model.rootRelation : model.relations[s.label[t]];
    }
    PassiveSubjects.correct(s.head, relations);
    List<Dependency> out = new ArrayList<>(n);
    for (int t = 1; t <= n; t++) {
      out.add(new Dependency(relations[t], s.head[t] - 1, t - 1));
    }
    return List.copyOf(out);
  }

  /**
   * CoreNLP's {@code Classifier.computeScores}, first half: hidden = cube(sum of the 48 feature rows, in feature
   * order, + bias).
   */
  private void hiddenLayer(ParserState s, int[] nodes, double[] hidden) {
    Arrays.fill(hidden, 0);
    for (int p = 0; p < NndepModel.WORD_FEATURES; p++) {
      add(hidden, s.wordRow(p, nodes[p]));
    }
    for (int p = 0; p < NndepModel.POS_FEATURES; p++) {
      add(hidden, model.tagRow(p, s.tag(nodes[p])));
    }
    for (int p = 0; p < NndepModel.LABEL_FEATURES; p++) {
      int node = nodes[6 + p];
      add(hidden, model.labelRow(p, node <= 0 ? model.nullLabel : s.label[node]));
    }
    double[] bias = model.bias;
    for (int h = 0; h < hidden.length; h++) {
      double x = hidden[h] + bias[h];
      hidden[h] = x * x * x;
    }
  }

  /**
   * Second half: scores = W2 hidden for the first {@code m} sentences. Each score is summed over the hidden units
   * in CoreNLP's order; the loops are only arranged so a weight row serves every sentence and all transitions.
   */
  private void outputLayer(double[][] hidden, double[][] scores, int m) {
    for (int i = 0; i < m; i++) {
      Arrays.fill(scores[i], 0);
    }
    for (int h = 0; h < model.hidden; h++) {
      double[] w = model.outputByHidden[h];
      for (int i = 0; i < m; i++) {
        double x = hidden[i][h];
        double[] sc = scores[i];
        for (int t = 0; t < sc.length; t++) {
          sc[t] += x * w[t];
        }
      }
    }
  }

  private static void add(double[] hidden, double[] row) {
    for (int h = 0; h < hidden.length; h++) {
      hidden[h] += row[h];
    }
  }

  /** The best-scoring legal transition; the first one on ties, as CoreNLP's strict comparison picks. */
  private int choose(ParserState s, double[] scores) {
    double best = Double.NEGATIVE_INFINITY;
    int chosen = -1;
    for (int t = 0; t < scores.length; t++) {
      if (scores[t] > best && legal(s, t)) {
        best = scores[t];
        chosen = t;
      }
    }
    if (chosen < 0) {
      throw new IllegalStateException("no legal transition (stack " + s.stackSize + ", buffer "
          + s.bufferSize() + "): the model's scores are not numbers");
    }
    return chosen;
  }

  /**
   * The transition, when only one is legal; -1 otherwise. With the root and one word on the stack and words left
   * to read, only a shift is legal; with the root and one word and nothing left, only the root arc. CoreNLP scores
   * these states too and then takes the only legal move (its scores are finite: finite weights, a cube of a
   * finite sum), so skipping the network there changes nothing; it saves the sentence's first two and last
   * transitions and every return to a single word on the stack.
   */
  private int onlyLegal(ParserState s) {
    if (s.stackSize > 2) {
      return -1;
    }
    int legal = -1;
    for (int t = 0; t < model.transitions; t++) {
      if (legal(s, t)) {
        if (legal >= 0) {
          return -1;
        }
        legal = t;
      }
    }
    return legal;
  }

  /** CoreNLP's {@code ArcStandard.canApply}. */
  private boolean legal(ParserState s, int t) {
    int kind = model.kind[t];
    if (kind == NndepModel.SHIFT) {
      return s.bufferSize() > 0;
    }
    int head = kind == NndepModel.LEFT ? s.stack(0) : s.stack(1);
    if (head < 0 || (head == 0) != model.rootArc[t]) {
      return false;
    }
    if (kind == NndepModel.LEFT) {
      return s.stackSize > 2;
    }
    return model.singleRoot ? s.stackSize > 2 || (s.stackSize == 2 && s.bufferSize() == 0) : s.stackSize >= 2;
  }
}
