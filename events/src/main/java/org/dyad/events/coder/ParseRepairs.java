package org.dyad.events.coder;

import java.util.Set;
import org.dyad.model.Sentence;

/**
 * Repairs of parser attachments that are impossible in English and that hide who did what: each one is
 * recognisable from the parse alone (a form that cannot stand where the parser put it), so the repair holds for
 * any sentence with that shape. Works in place on {@link ParseView}'s arrays before its children are built.
 */
final class ParseRepairs {
  /** Subordinators the parser reads as prepositions when a long apposition separates subject and verb. */
  private static final Set<String> CLAUSE_SUBORDINATORS = Set.of("after", "before", "since", "until", "as");
  private static final Set<String> PERFECT_OR_PROGRESSIVE = Set.of("have", "be", "will", "would");
  /** Verbs that take a small clause ("saw him arrested", "had the editor detained", "wanted them tried"). */
  private static final Set<String> SMALL_CLAUSE_VERBS = Set.of("see", "watch", "witness", "have", "get", "want",
      "find", "leave", "keep", "need", "order", "like");

  private final Sentence sentence;
  private final int[] governor;
  private final String[] relation;
  private final String[] lemma;

  ParseRepairs(Sentence sentence, int[] governor, String[] relation, String[] lemma) {
    this.sentence = sentence;
    this.governor = governor;
    this.relation = relation;
    this.lemma = lemma;
  }

  void apply() {
    participleConjunctsOfFiniteVerbs();
    subordinateClausesReadAsPrepositions();
    reducedPassivesWithASubject();
    agentsOfCoordinatedActs();
  }

  /**
   * "caused protests by students and condemnation by Cambodia": the parser hangs the second act on the first
   * act's agent ("students and condemnation") and that act's own "by" phrase on the same agent. A "by" phrase
   * after a conjunct belongs to that nearer conjunct; and a noun with an agent of its own is an act coordinated
   * with the first act, not a second agent of it.
   */
  private void agentsOfCoordinatedActs() {
    for (int agent = 0; agent < governor.length; agent++) {
      int act = governor[agent];
      if (act < 0 || !"nmod".equals(relation[agent]) || !isBy(agent) || !pos(act).startsWith("NN")) {
        continue;
      }
      for (int second = agent + 1; second < governor.length; second++) {
        if (governor[second] != agent || !"conj".equals(relation[second]) || !pos(second).startsWith("NN")) {
          continue;
        }
        for (int ownAgent = second + 1; ownAgent < governor.length; ownAgent++) {
          if (governor[ownAgent] == agent && "nmod".equals(relation[ownAgent]) && isBy(ownAgent)) {
            governor[ownAgent] = second;
            governor[second] = act;
          }
        }
      }
    }
  }

  private boolean isBy(int noun) {
    int m = caseMarker(noun);
    return m >= 0 && lemma[m].equals("by");
  }

  private String pos(int i) {
    String p = sentence.tokens().get(i).pos();
    return p == null ? "" : p;
  }

  private boolean hasChild(int token, String rel) {
    for (int k = 0; k < governor.length; k++) {
      if (governor[k] == token && rel.equals(relation[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean isSubject(String rel) {
    return rel != null && (rel.startsWith("nsubj") || rel.startsWith("csubj"));
  }

  /**
   * "a letter from X seeking to improve ties but also urging him to ...": a participle cannot be coordinated with
   * a finite verb, so a participle the parser made a conjunct of the main verb belongs with the nearest earlier
   * participle of the same form that modifies something in between (and shares its doer).
   */
  private void participleConjunctsOfFiniteVerbs() {
    for (int i = 0; i < governor.length; i++) {
      int g = governor[i];
      String form = pos(i);
      if (!"conj".equals(relation[i]) || g < 0 || !(form.equals("VBG") || form.equals("VBN"))
          || !(pos(g).equals("VBD") || pos(g).equals("VBZ") || pos(g).equals("VBP"))) {
        continue;
      }
      for (int k = i - 1; k > g; k--) {
        if (pos(k).equals(form) && ("acl".equals(relation[k]) || "advcl".equals(relation[k]))) {
          governor[i] = k;
          break;
        }
      }
    }
  }

  /**
   * "The thaw comes after Cambodia, one of China's allies, had threatened to ...": with a long apposition in
   * between, the parser reads "after" as a preposition on the noun and hangs the subjectless verb as "dep". A
   * finite verb (it has its auxiliary) without a subject, after such a noun with nothing verbal in between, is
   * that noun's clause: the noun is its subject and the preposition its subordinator.
   */
  private void subordinateClausesReadAsPrepositions() {
    for (int i = 0; i < governor.length; i++) {
      int g = governor[i];
      if (!"dep".equals(relation[i]) || g < 0 || !pos(i).startsWith("VB") || !hasPerfectOrProgressiveAux(i)
          || hasSubject(i)) {
        continue;
      }
      int noun = -1;
      int marker = -1;
      for (int k = i - 1; k > g && noun < 0; k--) {
        if (governor[k] == g && relation[k] != null && relation[k].startsWith("obl")) {
          int m = caseMarker(k);
          if (m >= 0 && CLAUSE_SUBORDINATORS.contains(lemma[m])) {
            noun = k;
            marker = m;
          }
        }
      }
      if (noun < 0 || !pos(noun).startsWith("NN") || anyVerbBetween(noun, i)) {
        continue;
      }
      governor[noun] = i;
      relation[noun] = "nsubj";
      governor[marker] = i;
      relation[marker] = "mark";
      relation[i] = "advcl";
    }
  }

  private boolean hasPerfectOrProgressiveAux(int verb) {
    for (int k = 0; k < verb; k++) {
      if (governor[k] == verb && "aux".equals(relation[k]) && PERFECT_OR_PROGRESSIVE.contains(lemma[k])) {
        return true;
      }
    }
    return false;
  }

  private boolean hasSubject(int verb) {
    for (int k = 0; k < governor.length; k++) {
      if (governor[k] == verb && isSubject(relation[k])) {
        return true;
      }
    }
    return false;
  }

  private int caseMarker(int noun) {
    for (int k = 0; k < noun; k++) {
      if (governor[k] == noun && "case".equals(relation[k])) {
        return k;
      }
    }
    return -1;
  }

  private boolean anyVerbBetween(int from, int to) {
    for (int k = from + 1; k < to; k++) {
      if (pos(k).startsWith("VB") && !"aux".equals(relation[k]) && !"aux:pass".equals(relation[k])) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the crackdown saw an opposition leader arrested", "had his brother detained": a past participle with a
   * subject and no auxiliary, as the complement of a verb that takes a small clause, is passive; its subject is
   * the one the act was done to, not the doer. (Other verbs' participles are reduced relatives the parser
   * misread, "prevented the rally staged by students", and are left alone.)
   */
  private void reducedPassivesWithASubject() {
    for (int i = 0; i < governor.length; i++) {
      String r = relation[i];
      if (!pos(i).equals("VBN") || governor[i] < 0 || !SMALL_CLAUSE_VERBS.contains(lemma[governor[i]])
          || !("dep".equals(r) || "xcomp".equals(r)) || hasChild(i, "aux")
          || hasChild(i, "aux:pass") || hasChild(i, "nsubj:pass")) {
        continue;
      }
      for (int k = 0; k < governor.length; k++) {
        if (governor[k] == i && "nsubj".equals(relation[k])) {
          relation[k] = "nsubj:pass";
        }
      }
    }
  }
}
