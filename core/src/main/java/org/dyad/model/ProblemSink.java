package org.dyad.model;

/** Where readers and stages report recoverable problems instead of failing the whole run. */
@FunctionalInterface
public interface ProblemSink {
  ProblemSink IGNORE = p -> {};

  void report(Problem problem);

  /**
   * A document that was read but deliberately left uncoded (for example: not written in English). It is no
   * failure, so it does not change the exit code, but the user learns which file it was and why.
   */
  default void notice(Problem notice) {}
}
