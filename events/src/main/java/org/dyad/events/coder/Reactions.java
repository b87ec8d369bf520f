package org.dyad.events.coder;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.dyad.model.Mention;

/**
 * Nominal reactions to something someone did: "the arrest drew condemnation from the US", "Cambodia's move
 * sparked protests by students". The noun's "from" or "by" phrase is who reacts (not, as after most nouns,
 * whom the act is aimed at), and whoever is behind the cause is the recipient: the cause itself when it names
 * an actor, or the actor of the event the cause is.
 */
final class Reactions {
  /** Verbs whose object is a reaction to their subject. */
  private static final Set<String> CAUSING = Set.of("draw", "spark", "prompt", "provoke", "trigger", "cause",
      "attract", "earn", "elicit", "bring", "fuel", "ignite");

  private Reactions() {}

  /** The causing verb whose object (or one of whose coordinated objects) the noun is, or -1. */
  static int causingVerb(ParseView p, int noun) {
    int x = noun;
    if (p.relation(x).equals("conj") && p.governor(x) >= 0) {
      x = p.governor(x); // "drew criticism from the EU and condemnation from the US"
    }
    int g = p.governor(x);
    return g >= 0 && p.relation(x).equals("obj") && CAUSING.contains(p.lemma(g)) ? g : -1;
  }

  /** Who reacts: the mentions of the noun's "from" or "by" phrase. */
  static List<Mention> reactors(ParseView p, Arguments args, int noun) {
    for (int c : p.children(noun)) {
      String marker = p.marker(c);
      if ((p.isRelation(c, "nmod") || p.isRelation(c, "obl")) && ("from".equals(marker) || "by".equals(marker))) {
        List<Mention> m = Arguments.actable(args.mentionsAt(c));
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    return List.of();
  }

  /**
   * Who is behind the cause: when the causing verb's subject is itself an event, its actor ("the arrest of
   * Kem Sokha by the police": the police, not Kem Sokha), found by {@code eventActors} (null for a subject that
   * is no event); otherwise the actors the subject names ("Cambodia's move"). A clause that is the cause names
   * no one but through its own event.
   */
  static List<Mention> causers(ParseView p, Arguments args, int causingVerb, IntFunction<List<Mention>> eventActors) {
    int subject = p.child(causingVerb, "nsubj");
    if (subject < 0) {
      return List.of();
    }
    if (p.lemma(subject).equals("which") && p.governor(causingVerb) >= 0) {
      // "police arrested the editor, which drew condemnation from ...": the relative's antecedent is the cause
      subject = p.governor(causingVerb);
    }
    List<Mention> ofEvent = eventActors.apply(subject);
    return ofEvent != null ? ofEvent : Arguments.actable(args.mentionsAt(subject));
  }
}
