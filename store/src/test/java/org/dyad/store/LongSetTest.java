package org.dyad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongSetTest {
  @Test
  void agreesWithAHashSetThroughAddsAndRemovalsOfCollidingValues() {
    SplittableRandom r = new SplittableRandom(5);
    LongSet set = new LongSet(4);
    Set<Long> reference = new HashSet<>();
    for (int step = 0; step < 200_000; step++) {
      // A small range (zero included) makes long probe runs, removals inside them, and repeats.
      long v = r.nextInt(3_000) - 1_000;
      if (r.nextInt(3) == 0) {
        assertEquals(reference.remove(v), set.remove(v), "remove " + v);
      } else {
        assertEquals(reference.add(v), set.add(v), "add " + v);
      }
      long probe = r.nextInt(3_000) - 1_000;
      assertEquals(reference.contains(probe), set.contains(probe), "contains " + probe);
    }
    assertEquals(reference.size(), set.size());
    for (long v = -1_000; v < 2_000; v++) {
      assertEquals(reference.contains(v), set.contains(v), "contains " + v);
    }
  }
}
