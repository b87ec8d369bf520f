package org.dyad.api.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Document;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.testkit.TestDocs;
import org.junit.jupiter.api.Test;

class ScaleBenchmarkTest {
  private final List<Document> corpus = List.of(TestDocs.news("One."), TestDocs.news("Two."), TestDocs.news("Three."));

  @Test
  void reportsEachStretchBetweenCheckpointsWithTheCorpusRepeated() {
    List<String> seen = new ArrayList<>();
    List<String> log = new ArrayList<>();
    ScaleBenchmark.Result r = ScaleBenchmark.run(corpus, d -> {
      synchronized (seen) {
        seen.add(d.text());
      }
      return AnalyzedDocument.of(d);
    }, 2, List.of(5L, 10L, 20L), 4, log::add);
    assertEquals(List.of(5L, 10L, 20L), r.points().stream().map(ScaleBenchmark.Point::documents).toList());
    assertEquals(List.of(5L, 5L, 10L), r.points().stream().map(ScaleBenchmark.Point::stretchDocuments).toList());
    assertEquals(4 + 20, seen.size(), "the warm-up documents run before the curve, then every counted one");
    assertEquals(2 + 7, seen.stream().filter("One."::equals).count());
    assertEquals(1 + 3, log.size());
    assertTrue(r.keyValues().contains("scale_20_sent_per_s_per_core="), r.keyValues());
  }

  @Test
  void rejectsCheckpointsThatDoNotGrow() {
    assertThrows(IllegalArgumentException.class,
        () -> ScaleBenchmark.run(corpus, AnalyzedDocument::of, 1, List.of(10L, 10L), 0, line -> {}));
    assertThrows(IllegalArgumentException.class,
        () -> ScaleBenchmark.run(List.of(), AnalyzedDocument::of, 1, List.of(10L), 0, line -> {}));
  }
}
