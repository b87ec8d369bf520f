package org.dyad.events.coder;

import org.dyad.model.Modality;

/**
 * Which way from the publication day an event lies, as its modality tells: a calendar name without a year or
 * week ("on Friday", "November 1", "in March") means the latest such day up to the report for an event reported
 * as done, and the next one from it for an event still to come.
 */
enum Tense {
  /** Reported as done (asserted, negated, alleged): at or before the report. */
  DONE,
  /** Still to come (future, recommended, hypothetical): at or after the report. */
  PLANNED,
  /** Unknown: the nearest reading (the anchor's ISO week, the nearest month). */
  UNSTATED;

  static Tense of(Modality m) {
    return switch (m) {
      case ASSERTED, NEGATED, ALLEGED -> DONE;
      case FUTURE, RECOMMENDED, HYPOTHETICAL -> PLANNED;
    };
  }
}
