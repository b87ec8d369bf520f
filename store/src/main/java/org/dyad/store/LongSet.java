package org.dyad.store;

/**
 * A set of longs in one array (open addressing, linear probing): 8 to 16 bytes an entry where a
 * {@code HashSet<Long>} takes about 60, which matters for the ids of a store of millions of documents.
 * Not thread-safe.
 */
final class LongSet {
  private static final long EMPTY = 0;

  private long[] slots;
  private boolean hasZero;
  private int size;

  LongSet(int expected) {
    slots = new long[capacityFor(Math.max(expected, 16))];
  }

  int size() {
    return size + (hasZero ? 1 : 0);
  }

  boolean contains(long v) {
    if (v == EMPTY) {
      return hasZero;
    }
    int mask = slots.length - 1;
    for (int i = slot(v, mask); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == v) {
        return true;
      }
      if (s == EMPTY) {
        return false;
      }
    }
  }

  boolean add(long v) {
    if (v == EMPTY) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if ((size + 1) * 2L > slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    for (int i = slot(v, mask); ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == v) {
        return false;
      }
      if (s == EMPTY) {
        slots[i] = v;
        size++;
        return true;
      }
    }
  }

  boolean remove(long v) {
    if (v == EMPTY) {
      boolean removed = hasZero;
      hasZero = false;
      return removed;
    }
    int mask = slots.length - 1;
    int i = slot(v, mask);
    while (slots[i] != v) {
      if (slots[i] == EMPTY) {
        return false;
      }
      i = (i + 1) & mask;
    }
    // Backward-shift deletion: later entries of the probe run move up, so no tombstones are needed.
    int gap = i;
    for (int j = (gap + 1) & mask; slots[j] != EMPTY; j = (j + 1) & mask) {
      int home = slot(slots[j], mask);
      // Move j into the gap unless its home lies cyclically in (gap, j].
      boolean homeBetween = gap <= j ? gap < home && home <= j : gap < home || home <= j;
      if (!homeBetween) {
        slots[gap] = slots[j];
        gap = j;
      }
    }
    slots[gap] = EMPTY;
    size--;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    size = 0;
    int mask = slots.length - 1;
    for (long v : old) {
      if (v != EMPTY) {
        int i = slot(v, mask);
        while (slots[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        slots[i] = v;
        size++;
      }
    }
  }

  private static int slot(long v, int mask) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private static int capacityFor(int expected) {
    return Integer.highestOneBit(expected * 2 - 1) << 1;
  }
}
