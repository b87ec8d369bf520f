package org.dyad.actors.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.eval.ActorEvaluation;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

/** Scores the actors stage behind real CoreNLP on dyad's own evaluation sentences. */
class ActorEvalIT {
  @Test
  void reachesTheCountryRecallAndSectorAccuracyTargets() throws Exception {
    Path file = Path.of("src/test/resources/eval/actors-eval.jsonl");
    List<Problem> problems = new ArrayList<>();
    ActorEvaluation.Report report = new ActorEvaluation(RealNlp.pipeline()::process).run(file, problems::add);
    System.out.println(report.toText());
    assertEquals(List.of(), problems);
    assertTrue(report.outcomes().size() >= 40);
    assertTrue(report.countryRecall() >= 0.95, report.toText());
    assertTrue(report.sectorAccuracy() >= 0.85, report.toText());
  }

  @Test
  void readsPloverCodedRecordsWithCameoCountryCodesAndScoresOnlyTheSectorsTheyState() throws Exception {
    Path file = Path.of("src/test/resources/eval/plover-format.jsonl");
    List<Problem> problems = new ArrayList<>();
    ActorEvaluation.Report report = new ActorEvaluation(RealNlp.pipeline()::process).run(file, false, problems::add);
    assertEquals(List.of(), problems);
    assertEquals(4, report.outcomes().size(), report.toText());
    assertEquals(1.0, report.countryRecall(), report.toText()); // JAP is Japan, the UN counts as IGO
    assertEquals(1, report.outcomes().stream().filter(ActorEvaluation.Outcome::sectorScored).count());
  }

  @Test
  void reachesTheTargetsOnLeadersAndUnknownTitledPeopleOfEveryRegion() throws Exception {
    Path file = Path.of("src/test/resources/eval/actors-eval-world.jsonl");
    List<Problem> problems = new ArrayList<>();
    ActorEvaluation.Report report = new ActorEvaluation(RealNlp.pipeline()::process).run(file, problems::add);
    System.out.println(report.toText());
    assertEquals(List.of(), problems);
    assertTrue(report.outcomes().size() >= 100);
    assertTrue(report.countryRecall() >= 0.95, report.toText());
    assertTrue(report.sectorAccuracy() >= 0.85, report.toText());
  }
}
