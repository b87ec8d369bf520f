package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.events.lexicon.Lexicon;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.events.lexicon.NonEvent;
import org.dyad.events.lexicon.Phrase;

/**
 * Finds lexicon entries in a parsed sentence. For each token of the right part of speech, the most specific
 * entry whose particles, dependents and conjuncts are all found below it wins; words matched by a
 * multi-word entry cannot trigger on their own ("imposed sanctions" is one event, not two). A non-event phrase
 * of the lexicon that matches at least as specifically as the best entry silences the head and the words it
 * covers ("met expectations", "released a statement", "a trade war").
 */
public final class TriggerMatcher {
  /** Arcs that leave the head's own phrase: a dependent word is never looked for across them. */
  private static final Set<String> CLAUSE_BOUNDARIES = Set.of("ccomp", "advcl", "parataxis", "acl:relcl",
      "nsubj", "nsubj:pass", "csubj", "csubj:pass", "punct", "conj", "cc", "appos", "dep", "discourse");

  private final Lexicon lexicon;

  public TriggerMatcher(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Where a word is part of a fixed function expression ("in order to", "according to"), not a content word. */
  private static final Set<String> FUNCTION_HEAD_RELATIONS = Set.of("fixed", "case", "mark", "aux", "aux:pass",
      "cop", "det", "goeswith");

  public List<Trigger> find(ParseView p) {
    Trigger[] best = new Trigger[p.size()];
    boolean[] silenced = new boolean[p.size()];
    for (int i = 0; i < p.size(); i++) {
      LexiconEntry.Kind kind = kindOf(p.pos(i));
      if (kind == null || (p.relation(i) != null && FUNCTION_HEAD_RELATIONS.contains(p.relation(i)))) {
        continue;
      }
      if (kind == LexiconEntry.Kind.NOUN && isModifierOfNonEventNoun(p, i)) {
        continue;
      }
      List<LexiconEntry> candidates = lexicon.candidates(kind, p.lemma(i));
      if (kind == LexiconEntry.Kind.VERB && p.pos(i).equals("VBN") && p.isPassive(i)) {
        // "is opposed to", "is prepared to": a participle used as an adjective, with its subject as actor
        List<LexiconEntry> adjective = lexicon.candidates(LexiconEntry.Kind.ADJECTIVE,
            p.token(i).text().toLowerCase(java.util.Locale.ROOT));
        if (!adjective.isEmpty() && !hasAgent(p, i)) {
          candidates = adjective;
        }
      }
      for (LexiconEntry e : candidates) {
        Trigger t = match(p, i, e);
        if (t != null) {
          best[i] = t;
          break;
        }
      }
      if (candidates.isEmpty()) {
        continue;
      }
      int bar = best[i] == null ? 0 : best[i].entry().phrase().specificity();
      for (NonEvent n : lexicon.nonEvents(candidates.get(0).kind(), p.lemma(i))) {
        if (n.phrase().specificity() < bar) {
          continue;
        }
        List<Integer> covered = cover(p, i, n.phrase(), new ArrayList<>());
        if (covered != null) {
          best[i] = null;
          covered.forEach(c -> silenced[c] = true);
          break;
        }
      }
    }
    boolean[] consumed = silenced.clone();
    for (Trigger t : best) {
      if (t != null && t.entry().phrase().specificity() > 0) {
        for (int c : t.covered()) {
          if (c != t.token()) {
            consumed[c] = true;
          }
        }
      }
    }
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (best[i] != null && !consumed[i]) {
        out.add(best[i]);
      }
    }
    return out;
  }

  /**
   * Nouns that carry an event named by their modifier: "an aid package", "a relief convoy", "an arrest
   * warrant". Any other noun a trigger word modifies names people, places or bodies ("aid groups", "relief
   * officials", "the war crimes court", "trade ministers"), and the modifier reports no event.
   */
  private static final Set<String> EVENT_CARRIERS = Set.of("package", "plan", "programme", "program", "shipment",
      "convoy", "delivery", "deliveries", "effort", "mission", "campaign", "operation", "process", "measure",
      "warrant", "drive", "bid", "initiative", "scheme", "flight", "consignment", "pact", "accord", "round",
      "action", "move", "call", "threat", "order", "freeze", "cut", "cuts", "suspension", "wave", "spree");

  private static boolean isModifierOfNonEventNoun(ParseView p, int i) {
    if (!"compound".equals(p.relation(i))) {
      return false;
    }
    int g = p.governor(i);
    return g >= 0 && p.pos(g) != null && p.pos(g).startsWith("NN") && !p.pos(g).startsWith("NNP")
        && !EVENT_CARRIERS.contains(p.lemma(g));
  }

  private static boolean hasAgent(ParseView p, int i) {
    for (int c : p.children(i)) {
      if (p.relation(c).startsWith("obl") && "by".equals(p.marker(c))) {
        return true;
      }
    }
    return false;
  }

  static LexiconEntry.Kind kindOf(String pos) {
    if (pos == null || pos.isEmpty()) {
      return null;
    }
    if (pos.startsWith("VB")) {
      return LexiconEntry.Kind.VERB;
    }
    if (pos.startsWith("NN") && !pos.startsWith("NNP")) {
      return LexiconEntry.Kind.NOUN;
    }
    if (pos.startsWith("JJ")) {
      return LexiconEntry.Kind.ADJECTIVE;
    }
    return null;
  }

  private Trigger match(ParseView p, int head, LexiconEntry e) {
    List<Integer> hosts = new ArrayList<>();
    List<Integer> covered = cover(p, head, e.phrase(), hosts);
    return covered == null ? null : new Trigger(head, e, covered, hosts);
  }

  /** The tokens a phrase covers with this head (head first), or null when some word of it is missing. */
  private static List<Integer> cover(ParseView p, int head, Phrase ph, List<Integer> hosts) {
    List<Integer> covered = new ArrayList<>();
    covered.add(head);
    // the words of the phrase itself, each matched once; a word passed through on the way to a dependent
    // ("strike" in "went on hunger strike") is covered but may still match a word of its own
    List<Integer> matched = new ArrayList<>(List.of(head));
    for (String particle : ph.particles()) {
      int found = findParticle(p, head, particle, hosts);
      if (found < 0) {
        found = particleOnNamedObject(p, head, ph, particle, hosts);
      }
      if (found < 0) {
        return null;
      }
      covered.add(found);
      matched.add(found);
    }
    for (String dep : ph.dependents()) {
      int found = findDependent(p, head, dep, matched);
      boolean inTree = found >= 0;
      if (!inTree && ph.dependents().size() == 1 && ph.particles().isEmpty()) {
        found = surfaceObject(p, head, dep, matched);
      }
      if (found < 0) {
        return null;
      }
      // the word between head and dependent belongs to the expression ("stopped granting visas")
      int between = p.governor(found);
      if (inTree && between != head && between >= 0 && !covered.contains(between)) {
        covered.add(between);
      }
      if (!covered.contains(found)) {
        covered.add(found);
      }
      matched.add(found);
    }
    for (String conj : ph.conjuncts()) {
      int found = -1;
      for (int c : p.children(head)) {
        if (p.isRelation(c, "conj") && p.lemma(c).equals(conj)) {
          found = c;
          break;
        }
      }
      if (found < 0) {
        return null;
      }
      covered.add(found);
    }
    return covered;
  }

  /** A particle (compound:prt), or the case/mark word of a direct dependent; records that dependent as host. */
  private static int findParticle(ParseView p, int head, String word, List<Integer> hosts) {
    for (int c : p.children(head)) {
      String r = p.relation(c);
      if ((r.equals("compound:prt") || r.equals("advmod") || r.equals("case") || r.equals("mark"))
          && p.lemma(c).equals(word)) {
        return c;
      }
    }
    for (int c : p.children(head)) {
      String r = p.relation(c);
      if (r.startsWith("obl") || r.startsWith("nmod") || r.equals("obj") || r.equals("xcomp")
          || r.equals("advcl") || r.equals("iobj")) {
        for (int cc : p.children(c)) {
          String rr = p.relation(cc);
          if ((rr.equals("case") || rr.equals("mark")) && p.lemma(cc).equals(word)) {
            hosts.add(c);
            return cc;
          }
        }
      }
    }
    return -1;
  }

  /**
   * "sought an explanation from Cambodian officials": the parser hangs the preposition on the noun the entry names
   * ("seek explanation +from") as often as on the verb. It counts there too, and what it introduces is the host.
   */
  private static int particleOnNamedObject(ParseView p, int head, Phrase ph, String word, List<Integer> hosts) {
    for (String dep : ph.dependents()) {
      int object = findDependent(p, head, dep, List.of(head));
      if (object < 0 || p.governor(object) != head || !p.isNoun(object)) {
        continue;
      }
      for (int c : p.children(object)) {
        if (p.isRelation(c, "nmod")) {
          for (int cc : p.children(c)) {
            if (p.relation(cc).equals("case") && p.lemma(cc).equals(word)) {
              hosts.add(c);
              return cc;
            }
          }
        }
      }
    }
    return -1;
  }

  /** A dependent with this lemma (or lower-cased text) at most two arcs below the head, within its phrase. */
  private static int findDependent(ParseView p, int head, String word, List<Integer> taken) {
    for (int c : p.children(head)) {
      if (!CLAUSE_BOUNDARIES.contains(p.relation(c)) && matches(p, c, word) && !taken.contains(c)) {
        return c;
      }
    }
    for (int c : p.children(head)) {
      if (CLAUSE_BOUNDARIES.contains(p.relation(c))) {
        continue;
      }
      for (int cc : p.children(c)) {
        if (!CLAUSE_BOUNDARIES.contains(p.relation(cc)) && matches(p, cc, word) && !taken.contains(cc)) {
          return cc;
        }
      }
    }
    return -1;
  }

  /** What may stand between a verb and the noun that heads its object: "blocked the main roads". */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("DT", "PDT", "PRP$", "JJ", "JJR", "JJS", "CD", "NN",
      "NNS", "POS", "VBN", "VBG", "HYPH");

  /**
   * The parser sometimes tears a plain verb-object pair apart ("blocked roads in the capital" parsed with
   * "roads" as the subject of a later verb). A verb's one-word expression still matches when the word heads
   * the noun phrase right after the verb: only determiners, numbers, adjectives and nouns may come between,
   * and the word must end that noun phrase (the next token is no noun).
   */
  private static int surfaceObject(ParseView p, int head, String word, List<Integer> taken) {
    if (!p.pos(head).startsWith("VB")) {
      return -1;
    }
    for (int i = head + 1; i < p.size() && i <= head + 5; i++) {
      String pos = p.pos(i);
      if (pos == null || !NOUN_PHRASE_TAGS.contains(pos)) {
        return -1;
      }
      boolean endsPhrase = i + 1 >= p.size() || p.pos(i + 1) == null || !p.pos(i + 1).startsWith("NN");
      if (pos.startsWith("NN") && endsPhrase) {
        // "throwing stones" parsed as a participle modifying the noun: the noun's own entry reads it
        boolean modifiesIt = p.governor(head) == i;
        return matches(p, i, word) && !taken.contains(i) && !modifiesIt ? i : -1;
      }
    }
    return -1;
  }

  /** Function words never stand for a dependent of a phrase ("According to" is not "accord"). */
  private static final Set<String> FUNCTION_RELATIONS = Set.of("case", "mark", "det", "punct", "cc", "aux",
      "aux:pass", "cop", "fixed", "expl", "cc:preconj", "det:predet");

  private static boolean matches(ParseView p, int token, String word) {
    if (FUNCTION_RELATIONS.contains(p.relation(token))) {
      return false;
    }
    if (p.lemma(token).equals(word) || p.token(token).text().equalsIgnoreCase(word)) {
      return true;
    }
    // the tokenizer splits "duty-free" into "duty - free": match the last part preceded by the others
    int dash = word.lastIndexOf('-');
    if (dash > 0 && dash < word.length() - 1 && token >= 2 && p.token(token).text().equalsIgnoreCase(word.substring(dash + 1))
        && p.token(token - 1).text().equals("-")) {
      String before = word.substring(0, dash);
      return p.token(token - 2).text().equalsIgnoreCase(before) || p.lemma(token - 2).equals(before);
    }
    return false;
  }
}
