package org.dyad.events.coder;

import java.util.Set;
import org.dyad.events.lexicon.FrameWords;
import org.dyad.model.Modality;

/**
 * Decides whether an event is asserted, or only negated, hypothetical, future, recommended or alleged, from
 * the cues on its trigger (auxiliaries, "not", "if", "no", "possible") and then on the words that govern it
 * ("plans to", "is considering whether to", "urged to", "was accused of", "denied"), nearest first. A
 * reporting verb ends the search: what "said" reports is as certain as the report ("claimed" makes it alleged).
 */
final class ModalityDetector {
  private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "advcl", "acl", "obj", "obl", "nmod", "conj",
      "csubj", "nsubj", "nsubj:pass", "parataxis");

  private final FrameWords frames;

  ModalityDetector(FrameWords frames) {
    this.frames = frames;
  }

  /**
   * The modality of the event triggered at {@code token}; {@code stopAt} is a governing trigger whose content
   * this event is (its own cues still count, its lexical meaning does not: that is the outer event's type).
   */
  Modality detect(ParseView p, int token, int supportVerb) {
    Modality own = cuesOn(p, token);
    if (own == Modality.HYPOTHETICAL && isReportedFuture(p, token)) {
      return Modality.FUTURE; // "said it would restrict entry": the future of a past announcement
    }
    if (own != null) {
      return own;
    }
    if (supportVerb >= 0) {
      Modality sv = cuesOn(p, supportVerb);
      if (sv != null) {
        return sv;
      }
    }
    int x = supportVerb >= 0 ? supportVerb : token;
    for (int depth = 0; depth < 6; depth++) {
      int g = p.governor(x);
      String rel = p.relation(x);
      if (g < 0 || !CLIMB.contains(baseRelation(rel))) {
        return Modality.ASSERTED;
      }
      if (rel.equals("acl:relcl") && p.pos(x).equals("VBD")) {
        // "accused Paris of planning an intervention, which the French government denied": a relative clause in
        // the past tense reports what was done, however uncertain the thing it describes is
        return Modality.ASSERTED;
      }
      if (rel.equals("advcl") && isConditional(p, x)) {
        return Modality.HYPOTHETICAL;
      }
      if (rel.equals("conj")) {
        // "rejected the claims and advocated ...": a conjunct shares its head's auxiliaries, not its meaning
        Modality shared = cuesOn(p, g);
        if (shared != null && shared != Modality.NEGATED) {
          return shared;
        }
        x = g;
        continue;
      }
      String lemma = p.lemma(g);
      Modality reported = frames.reporting().get(lemma);
      if (reported != null && (rel.equals("ccomp") || rel.equals("parataxis") || rel.equals("xcomp"))) {
        Modality cue = cuesOn(p, g);
        if (cue == Modality.NEGATED && reported == Modality.ASSERTED) {
          return Modality.ASSERTED; // "did not say that X happened" does not deny X
        }
        return reported;
      }
      Modality governed = frames.governors().get(lemma);
      if (governed != null && !rel.startsWith("nsubj") && !rel.equals("csubj")) {
        return governed;
      }
      Modality cue = cuesOn(p, g);
      if (cue != null && (rel.equals("xcomp") || rel.equals("obj"))) {
        return cue;
      }
      x = g;
    }
    return Modality.ASSERTED;
  }

  /** "would" in a clause reported by a verb of saying, with no condition attached. */
  private boolean isReportedFuture(ParseView p, int token) {
    boolean would = false;
    for (int c : p.children(token)) {
      String r = p.relation(c);
      String l = p.lemma(c);
      would |= r.equals("aux") && (l.equals("would") || l.equals("'d"));
      if (r.equals("mark") && frames.markers().get(l) == Modality.HYPOTHETICAL) {
        return false;
      }
      if (r.equals("advcl") && isConditional(p, c)) {
        return false;
      }
    }
    int x = token;
    while (would && p.relation(x).equals("conj") && p.governor(x) >= 0) {
      x = p.governor(x);
    }
    int g = p.governor(x);
    return would && g >= 0 && (p.relation(x).equals("ccomp") || p.relation(x).equals("parataxis"))
        && frames.reporting().get(p.lemma(g)) == Modality.ASSERTED;
  }

  /** Cues attached to the token itself; negation wins over the others. */
  private Modality cuesOn(ParseView p, int token) {
    Modality found = null;
    for (int c : p.children(token)) {
      String r = p.relation(c);
      String l = p.lemma(c);
      Modality m = null;
      if (r.equals("aux")) {
        m = frames.auxiliaries().get(l);
      } else if (r.equals("advmod") || r.equals("neg")) {
        m = frames.adverbs().get(l);
      } else if (r.equals("mark")) {
        m = frames.markers().get(l);
      } else if (r.equals("det")) {
        m = frames.determiners().get(l);
      } else if (r.equals("amod")) {
        m = frames.nounModifiers().get(l);
      }
      if (m == Modality.NEGATED) {
        return m;
      }
      if (m != null && found == null) {
        found = m;
      }
    }
    return found;
  }

  private boolean isConditional(ParseView p, int token) {
    for (int c : p.children(token)) {
      if (p.relation(c).equals("mark") && frames.markers().get(p.lemma(c)) == Modality.HYPOTHETICAL) {
        return true;
      }
    }
    return false;
  }

  private static String baseRelation(String rel) {
    if (rel.equals("nsubj:pass") || rel.equals("acl:relcl")) {
      return rel.equals("acl:relcl") ? "acl" : rel;
    }
    int colon = rel.indexOf(':');
    return colon < 0 ? rel : rel.substring(0, colon);
  }
}
