package org.dyad.actors.bench;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.kb.KbTables;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.actors.resolve.ActorStage;
import org.dyad.model.Problem;

/**
 * Times what every dyad start pays for actors: reading the bundled tables, building the knowledge base and
 * the actor stage's gazetteer. Cold figures matter (one load per JVM), so run it in a fresh JVM per sample:
 * {@code java -cp ... org.dyad.actors.bench.KnowledgeBaseLoadBenchmark [--people FILE,FILE]}. With
 * {@code --people} only the named people tables are read (to compare against an older, smaller set).
 */
public final class KnowledgeBaseLoadBenchmark {
  private KnowledgeBaseLoadBenchmark() {}

  public static void main(String[] args) {
    List<String> people = KbTables.peopleTables();
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals("--people")) {
        people = List.of(args[i + 1].split(","));
      }
    }
    List<Problem> problems = new ArrayList<>();
    // CPU time of this thread as well as wall time: on a shared machine the wall clock mostly measures the neighbours
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = cpu.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    KnowledgeBase kb = KnowledgeBase.builder().add(KbTables.bundled(people, problems::add)).build();
    long t1 = System.nanoTime();
    ActorStage stage = new ActorStage(kb);
    long t2 = System.nanoTime();
    long c2 = cpu.getCurrentThreadCpuTime();
    System.out.printf("people tables %d, people %d, problems %d%n", people.size(), kb.people().size(),
        problems.size());
    System.out.printf("knowledge base %d ms, actor stage (gazetteer) %d ms, total %d ms, heap used %d MB%n",
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t2 - t0) / 1_000_000,
        (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    System.out.printf("cpu time of the loading thread %d ms%n", (c2 - c0) / 1_000_000);
    if (stage.name().isEmpty()) {
      throw new IllegalStateException("unnamed stage");
    }
  }
}
