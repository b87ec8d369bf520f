package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.events.coder.SentenceCoder.Draft;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.events.lexicon.PloverType;

/**
 * Which of a sentence's events stands for it, and which add nothing: an act that is only the content of a
 * request or is named inside another event's argument is never surer than that event, and an act reported
 * twice by one actor keeps the report that says whom it addresses. The drafts are otherwise left as coded.
 */
final class DraftPriorities {
  private DraftPriorities() {}

  /** The drafts with subordinate acts' confidence capped and redundant untargeted duplicates removed. */
  static List<Draft> rank(ParseView p, List<Draft> drafts) {
    return withoutRedundantUntargeted(subordinateNamedActs(p, subordinateRequestedActs(p, drafts)));
  }

  /**
   * "Turkey reopened the crossing to allow the delivery of aid to Syria": two words of one clause may report one
   * act of one actor; when one of them says whom it addresses, the same act without a recipient adds nothing.
   */
  private static List<Draft> withoutRedundantUntargeted(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      boolean redundant = false;
      if (d.recipient() == null) {
        for (Draft e : drafts) {
          redundant |= e != d && e.recipient() != null && e.type() == d.type() && e.modality() == d.modality()
              && e.actor().span().equals(d.actor().span());
        }
      }
      if (!redundant) {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * "denounced Serbia's suppression of the unrest", "arrested twelve people during the protest": an act named by
   * a noun inside what a verb's event acts on is what that event is about; the sentence reports the verb's event,
   * so the named act is never surer than it.
   */
  private static List<Draft> subordinateNamedActs(ParseView p, List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      double cap = d.confidence();
      if (d.trigger().entry().kind() == LexiconEntry.Kind.NOUN) {
        for (Draft r : drafts) {
          if (r.trigger().entry().kind() == LexiconEntry.Kind.VERB && r.supportVerb() < 0
              && namedInArgument(p, r.trigger().token(), d.trigger().token())) {
            cap = Math.min(cap, r.confidence());
          }
        }
      }
      out.add(cap == d.confidence() ? d : new Draft(d.trigger(), d.supportVerb(), d.contentOf(), d.cameo(), d.type(),
          d.mode(), d.actor(), d.recipient(), d.modality(), cap, d.anchors()));
    }
    return out;
  }

  /** Whether the noun lies in a nominal argument of the verb (its object or a prepositional phrase on it). */
  private static boolean namedInArgument(ParseView p, int verb, int noun) {
    if (noun == verb) {
      return false;
    }
    for (int x = noun, guard = 0; x >= 0 && guard <= p.size(); guard++) {
      int g = p.governor(x);
      String r = p.relation(x);
      if (!(r.equals("obj") || r.equals("iobj") || p.isRelation(x, "obl") || p.isRelation(x, "nmod")
          || r.equals("conj"))) {
        return false;
      }
      if (g == verb) {
        return !p.isRelation(x, "obl:tmod");
      }
      x = g;
    }
    return false;
  }

  /**
   * "demanded that the government grant more rights", "said China must drop its barriers": the act asked for is
   * coded too (as recommended), but it exists only as the request's content, so it is never surer than the
   * request that carries it; the request stands for the sentence.
   */
  private static List<Draft> subordinateRequestedActs(ParseView p, List<Draft> drafts) {
    Map<Integer, Double> requestConfidence = new HashMap<>();
    for (Draft r : drafts) {
      if (r.type() != PloverType.REQUEST) {
        continue;
      }
      for (Draft d : drafts) {
        if (d.type() != PloverType.REQUEST && carries(p, r.trigger(), d)) {
          requestConfidence.merge(d.trigger().token(), r.confidence(), Math::min);
        }
      }
    }
    if (requestConfidence.isEmpty()) {
      return drafts;
    }
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      Double cap = requestConfidence.get(d.trigger().token());
      out.add(cap == null || d.type() == PloverType.REQUEST || d.confidence() <= cap ? d
          : new Draft(d.trigger(), d.supportVerb(), d.contentOf(), d.cameo(), d.type(), d.mode(), d.actor(),
              d.recipient(), d.modality(), cap, d.anchors()));
    }
    return out;
  }

  /**
   * Whether the request's words carry the draft's act as their content: the act is the content of the request
   * or of a demand noun under it ("insisted on its demands that ..."), the clause of one of its words ("a
   * statement demanding that ..."), or the demanded verb of a reported demand (one of its words).
   */
  private static boolean carries(ParseView p, Trigger request, Draft d) {
    java.util.Set<Integer> words = new java.util.HashSet<>(request.covered());
    words.add(request.token());
    int act = d.trigger().token();
    int outer = d.contentOf();
    if (outer >= 0 && (words.contains(outer) || words.contains(p.governor(outer)))) {
      return true;
    }
    String r = p.relation(act);
    return act != request.token() && (words.contains(act) && p.isVerb(act)
        || words.contains(p.governor(act)) && (r.equals("ccomp") || r.equals("xcomp")));
  }
}
