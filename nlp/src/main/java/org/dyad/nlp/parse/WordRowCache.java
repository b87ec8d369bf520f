package org.dyad.nlp.parse;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Hidden-layer rows of (word, position) pairs CoreNLP did not pre-compute, shared by all threads. Building one
 * costs 50,000 multiply-adds, as much as a parser transition, and such pairs come up about once per token in
 * news text, mostly names and rare words that recur within a story and across a feed. Rows are exact floats (as
 * CoreNLP caches them), so a hit or a miss gives the same number. Bounded by two generations: when the young one
 * fills, it becomes the old one and the previous old one is dropped; a hit in the old generation moves back to the
 * young one, so recently used rows survive (an approximate LRU without a lock on the read path).
 */
final class WordRowCache {
  private final int generation;
  private volatile ConcurrentHashMap<Integer, float[]> young = new ConcurrentHashMap<>();
  private volatile ConcurrentHashMap<Integer, float[]> old = new ConcurrentHashMap<>();

  /** @param capacity rows kept at most (about; 4 KB each for a 1,000-unit hidden layer) */
  WordRowCache(int capacity) {
    if (capacity < 2) {
      throw new IllegalArgumentException("capacity must be at least 2, got " + capacity);
    }
    this.generation = capacity / 2;
  }

  float[] get(int key) {
    float[] row = young.get(key);
    if (row == null) {
      row = old.get(key);
      if (row != null) {
        put(key, row);
      }
    }
    return row;
  }

  void put(int key, float[] row) {
    young.put(key, row);
    if (young.size() >= generation) {
      rotate();
    }
  }

  private synchronized void rotate() {
    if (young.size() >= generation) {
      old = young;
      young = new ConcurrentHashMap<>();
    }
  }
}
