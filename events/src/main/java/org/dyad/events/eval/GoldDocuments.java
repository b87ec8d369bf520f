package org.dyad.events.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.dyad.model.Document;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * The documents a gold.json file annotates, read from the file's folder and run through the pipeline. Every
 * scorer of that format walks them the same way: a document that cannot be read or analysed is reported and
 * left out, and the others are still scored.
 */
final class GoldDocuments {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One annotated document: its name in the gold file, its annotations, and what the pipeline made of it. */
  record Annotated(String name, JsonNode spec, AnalyzedDocument analyzed) {}

  private GoldDocuments() {}

  /**
   * Visits, in the file's order, each document whose annotations {@code wanted} accepts.
   *
   * @return how many problems were reported (the gold file itself unreadable counts as one)
   */
  static int forEach(Path gold, Predicate<JsonNode> wanted, Function<Path, Document> reader,
      Function<Document, AnalyzedDocument> pipeline, ProblemSink problems, Consumer<Annotated> visit) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(gold));
    } catch (IOException e) {
      problems.report(new Problem(gold.toString(), "", "cannot read gold file: " + e.getMessage()));
      return 1;
    }
    int count = 0;
    Iterator<Map.Entry<String, JsonNode>> docs = root.path("documents").fields();
    while (docs.hasNext()) {
      Map.Entry<String, JsonNode> entry = docs.next();
      if (!wanted.test(entry.getValue())) {
        continue;
      }
      Path file = gold.resolveSibling(entry.getKey());
      AnalyzedDocument analyzed;
      try {
        analyzed = pipeline.apply(reader.apply(file));
      } catch (RuntimeException e) {
        problems.report(new Problem(file.toString(), "", "could not be analysed: " + e));
        count++;
        continue;
      }
      visit.accept(new Annotated(entry.getKey(), entry.getValue(), analyzed));
    }
    return count;
  }
}
