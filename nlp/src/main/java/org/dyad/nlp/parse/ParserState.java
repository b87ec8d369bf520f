package org.dyad.nlp.parse;

import java.util.Arrays;
import java.util.List;

/**
 * One sentence's arc-standard configuration in int arrays. Nodes are numbered as CoreNLP numbers them: 0 is the
 * root, 1..n the tokens, -1 "none". Each node's two leftmost and two rightmost children are kept up to date as
 * arcs are added: a left arc always attaches a node left of the head's earlier left children, and a right arc a
 * node right of its earlier right children, so the newest child is the outermost. This replaces CoreNLP's scans
 * over all heads ({@code Configuration.getLeftChild}) with array reads giving the same nodes.
 */
final class ParserState {
  final int n;
  final int[] stack;
  int stackSize;
  /** The buffer is always the tokens {@code next..n}: shifting is the only way tokens leave it. */
  int next;
  final int[] head;
  final int[] label;
  private final int[] left1;
  private final int[] left2;
  private final int[] right1;
  private final int[] right2;
  private final NndepModel model;
  /** Per-sentence feature values, indexed by {@code node + 1} (so "none" is slot 0). */
  private final int[] words;
  private final int[] tags;
  /** Resolved word rows per (position, node), filled on first use. */
  private final double[][] wordRows;

  ParserState(NndepModel model, List<String> words, List<String> tags) {
    this.model = model;
    this.n = words.size();
    this.stack = new int[n + 1];
    this.stackSize = 1;
    this.next = 1;
    this.head = new int[n + 1];
    this.label = new int[n + 1];
    Arrays.fill(head, -1);
    Arrays.fill(label, -1);
    this.left1 = filled(n + 1);
    this.left2 = filled(n + 1);
    this.right1 = filled(n + 1);
    this.right2 = filled(n + 1);
    this.words = new int[n + 2];
    this.tags = new int[n + 2];
    this.words[0] = model.nullWord;
    this.words[1] = model.rootWord;
    this.tags[0] = model.nullTag;
    this.tags[1] = model.rootTag;
    for (int i = 0; i < n; i++) {
      this.words[i + 2] = model.wordId(words.get(i));
      this.tags[i + 2] = model.tag(tags.get(i));
    }
    this.wordRows = new double[NndepModel.WORD_FEATURES * (n + 2)][];
  }

  boolean terminal() {
    return stackSize == 1 && next > n;
  }

  int bufferSize() {
    return n - next + 1;
  }

  /** The i-th node from the top of the stack, or -1. */
  int stack(int i) {
    return i < stackSize ? stack[stackSize - 1 - i] : -1;
  }

  private int buffer(int i) {
    return next + i <= n ? next + i : -1;
  }

  private int leftChild(int node) {
    return node < 0 ? -1 : left1[node];
  }

  private int rightChild(int node) {
    return node < 0 ? -1 : right1[node];
  }

  /**
   * The 18 nodes whose word and tag are features, in CoreNLP's feature order: the top three stack nodes (third
   * first), the first three buffer nodes, then for the top two stack nodes their leftmost, rightmost, second
   * leftmost and second rightmost children and the leftmost child's leftmost and rightmost child's rightmost. The
   * last twelve are also the nodes whose arc labels are features.
   */
  void featureNodes(int[] nodes) {
    nodes[0] = stack(2);
    nodes[1] = stack(1);
    nodes[2] = stack(0);
    nodes[3] = buffer(0);
    nodes[4] = buffer(1);
    nodes[5] = buffer(2);
    for (int i = 0; i < 2; i++) {
      int k = stack(i);
      int base = 6 + 6 * i;
      nodes[base] = leftChild(k);
      nodes[base + 1] = rightChild(k);
      nodes[base + 2] = k < 0 ? -1 : left2[k];
      nodes[base + 3] = k < 0 ? -1 : right2[k];
      nodes[base + 4] = leftChild(leftChild(k));
      nodes[base + 5] = rightChild(rightChild(k));
    }
  }

  int tag(int node) {
    return tags[node + 1];
  }

  double[] wordRow(int position, int node) {
    int slot = position * (n + 2) + node + 1;
    double[] row = wordRows[slot];
    if (row == null) {
      row = model.wordRow(words[node + 1], position);
      wordRows[slot] = row;
    }
    return row;
  }

  /** CoreNLP's {@code ArcStandard.apply}: a left arc makes s1 a child of s0, a right arc s0 a child of s1. */
  void apply(int kind, int arcLabel) {
    if (kind == NndepModel.SHIFT) {
      stack[stackSize++] = next++;
      return;
    }
    int s0 = stack[stackSize - 1];
    int s1 = stack[stackSize - 2];
    if (kind == NndepModel.LEFT) {
      attach(s0, s1, arcLabel);
      left2[s0] = left1[s0];
      left1[s0] = s1;
      stack[stackSize - 2] = s0;
    } else {
      attach(s1, s0, arcLabel);
      right2[s1] = right1[s1];
      right1[s1] = s0;
    }
    stackSize--;
  }

  private void attach(int governor, int dependent, int arcLabel) {
    head[dependent] = governor;
    label[dependent] = arcLabel;
  }

  private static int[] filled(int size) {
    int[] a = new int[size];
    Arrays.fill(a, -1);
    return a;
  }
}
