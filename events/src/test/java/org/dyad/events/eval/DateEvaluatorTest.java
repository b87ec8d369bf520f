package org.dyad.events.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dyad.events.eval.DateEvaluator.Verdict;
import org.dyad.model.DateBasis;
import org.junit.jupiter.api.Test;

class DateEvaluatorTest {

  @Test
  void dateWithinTheReferencePeriodIsRightAndAWiderOneHoldingItTooCoarse() {
    assertEquals(Verdict.RIGHT, DateEvaluator.verdict("2021-03", "2021-03-01", DateBasis.RELATIVE));
    assertEquals(Verdict.RIGHT, DateEvaluator.verdict("2021-03-09", "2021-03-09", DateBasis.RELATIVE));
    assertEquals(Verdict.TOO_COARSE, DateEvaluator.verdict("2021-03-09", "2021", DateBasis.RELATIVE));
    assertEquals(Verdict.TOO_COARSE, DateEvaluator.verdict("2021-03-09", "2021-Q1", DateBasis.RELATIVE));
    assertEquals(Verdict.WRONG, DateEvaluator.verdict("2021-03-09", "2021-03-12", DateBasis.PUBLICATION));
    assertEquals(Verdict.WRONG, DateEvaluator.verdict("2021-03", "2021-Q2", DateBasis.RELATIVE));
    assertEquals(Verdict.UNKNOWN, DateEvaluator.verdict("2021-03", null, DateBasis.UNKNOWN));
  }

  @Test
  void undatedReferenceEventMustNotClaimADateFromTheText() {
    assertEquals(Verdict.RIGHT, DateEvaluator.verdict(null, "2021-03-12", DateBasis.PUBLICATION));
    assertEquals(Verdict.RIGHT, DateEvaluator.verdict(null, null, DateBasis.UNKNOWN));
    assertEquals(Verdict.WRONG, DateEvaluator.verdict(null, "2021-03-05", DateBasis.RELATIVE));
    assertEquals(Verdict.WRONG, DateEvaluator.verdict(null, "2019", DateBasis.EXPLICIT));
  }
}
