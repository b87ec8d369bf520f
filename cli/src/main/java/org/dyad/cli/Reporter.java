package org.dyad.cli;

import java.io.PrintWriter;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;

/** Prints each problem, and each document left uncoded on purpose, as one line on standard error, as it happens. */
final class Reporter implements ProblemSink {
  private final PrintWriter err;

  Reporter(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void report(Problem problem) {
    print(problem);
  }

  @Override
  public void notice(Problem notice) {
    print(notice);
  }

  private void print(Problem line) {
    err.print("\r\033[K");
    err.println("dyad: " + line);
    err.flush();
  }
}
