package org.dyad.events.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.events.eval.DateEvaluator;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.ReadOptions;
import org.dyad.model.Document;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * The own long articles of {@code eval/dates} through the full pipeline: the dates of the events it codes are
 * right, and no event the text leaves undated claims a date from the text. A floor, not the figure: the README
 * gives that, from {@code dyad eval dates}.
 */
class DateArticlesIT {

  @Test
  void datesEventsOfTheOwnLongArticles() throws URISyntaxException {
    Path gold = Path.of(DateArticlesIT.class.getResource("/eval/dates/gold.json").toURI());
    List<Problem> problems = new ArrayList<>();
    DateEvaluator.Result r = DateEvaluator.evaluate(gold, path -> read(path, problems), FullPipeline.get()::process,
        problems::add);
    r.print(System.out, true);
    assertEquals(0, problems.size(), problems.toString());
    assertTrue(r.accuracy() >= 0.95, "date accuracy " + r.accuracy());
    assertEquals(0, r.count(DateEvaluator.Verdict.WRONG, false), "undated events given a date from the text");
  }

  private static Document read(Path path, List<Problem> problems) {
    List<Document> docs = DocumentReader.readAll(path, ReadOptions.defaults(), problems::add);
    if (docs.isEmpty()) {
      throw new IllegalStateException("no document read from " + path);
    }
    return docs.get(0);
  }
}
