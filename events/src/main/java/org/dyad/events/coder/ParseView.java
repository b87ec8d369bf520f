package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Dependency;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * A sentence's dependency parse as arrays, built once per sentence so that the coder's many look-ups
 * (governor, relation, children) cost O(1) rather than a scan of the dependency list.
 */
public final class ParseView {
  private static final int[] NONE = new int[0];

  private final Sentence sentence;
  private final int size;
  private final int[] governor;
  private final String[] relation;
  private final int[][] children;
  private final String[] lemma;

  public ParseView(Sentence sentence) {
    this.sentence = sentence;
    this.size = sentence.tokens().size();
    this.governor = new int[size];
    this.relation = new String[size];
    this.lemma = new String[size];
    java.util.Arrays.fill(governor, Dependency.ROOT);
    int[] counts = new int[size];
    for (Dependency d : sentence.dependencies()) {
      if (d.dependent() < size && d.governor() < size) {
        governor[d.dependent()] = d.governor();
        relation[d.dependent()] = d.relation();
        if (d.governor() >= 0) {
          counts[d.governor()]++;
        }
      }
    }
    for (int i = 0; i < size; i++) {
      Token t = sentence.tokens().get(i);
      lemma[i] = t.lemma() != null ? t.lemma().toLowerCase(Locale.ROOT) : t.text().toLowerCase(Locale.ROOT);
    }
    repairControlVerbsParsedAsAuxiliaries(sentence);
    repairShiftedObjects(sentence);
    new ParseRepairs(sentence, governor, relation, lemma).apply();
    java.util.Arrays.fill(counts, 0);
    for (int i = 0; i < size; i++) {
      if (governor[i] >= 0 && relation[i] != null) {
        counts[governor[i]]++;
      }
    }
    children = new int[size][];
    for (int i = 0; i < size; i++) {
      children[i] = counts[i] == 0 ? NONE : new int[counts[i]];
      counts[i] = 0;
    }
    for (int i = 0; i < size; i++) {
      int g = governor[i];
      if (g >= 0 && relation[i] != null) {
        children[g][counts[g]++] = i;
      }
    }
  }

  private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("be", "have", "do", "will", "would",
      "shall", "should", "can", "could", "may", "might", "must", "ought", "need", "dare", "get", "go", "use", "'ll",
      "'d", "wo", "ca");

  /**
   * On long sentences the parser sometimes attaches a control verb as an auxiliary of its complement
   * ("Hun Sen threatened to ban ...": aux(ban, threatened)). A full verb as "aux" of an infinitive is put back
   * as its head, with the complement as xcomp and the subject moved to it.
   */
  private void repairControlVerbsParsedAsAuxiliaries(Sentence s) {
    for (int i = 0; i < size; i++) {
      int g = governor[i];
      if (!"aux".equals(relation[i]) || g < 0 || AUXILIARIES.contains(lemma[i])) {
        continue;
      }
      String pos = s.tokens().get(i).pos();
      if (pos == null || !pos.startsWith("VB")) {
        continue;
      }
      boolean infinitive = false;
      for (int k = 0; k < size; k++) {
        infinitive |= governor[k] == g && "mark".equals(relation[k]) && lemma[k].equals("to") && k > i;
      }
      if (!infinitive) {
        continue;
      }
      governor[i] = governor[g];
      relation[i] = relation[g];
      governor[g] = i;
      relation[g] = "xcomp";
      for (int k = 0; k < size; k++) {
        if (governor[k] == g && relation[k] != null && (relation[k].startsWith("nsubj") || k < i
            && (relation[k].equals("aux") || relation[k].equals("advmod")))) {
          governor[k] = i;
        }
      }
    }
  }

  private static final java.util.Set<String> DAY_WORDS = java.util.Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight");

  /**
   * Wire style puts the day, or an "as" phrase, between a verb and its object ("rejected Thursday a request",
   * "denounced as a crime the crackdown on ..."), and the parser then hangs the object on that phrase as "dep".
   * A noun that follows such a phrase of a verb without an object of its own is that verb's object.
   */
  private void repairShiftedObjects(Sentence s) {
    for (int i = 0; i < size; i++) {
      int day = governor[i];
      if (!"dep".equals(relation[i]) || day < 0 || day > i
          || !(DAY_WORDS.contains(lemma[day]) || hasMarker(day, "as"))) {
        continue;
      }
      int verb = governor[day];
      String pos = s.tokens().get(i).pos();
      String verbPos = verb < 0 ? null : s.tokens().get(verb).pos();
      if (verb < 0 || verb > day || pos == null || !pos.startsWith("NN") || verbPos == null
          || !verbPos.startsWith("VB") || relation[day] == null || !relation[day].startsWith("obl")) {
        continue;
      }
      boolean hasObject = false;
      for (int k = 0; k < size; k++) {
        hasObject |= governor[k] == verb && "obj".equals(relation[k]);
      }
      if (!hasObject) {
        governor[i] = verb;
        relation[i] = "obj";
      }
    }
  }

  private boolean hasMarker(int token, String marker) {
    for (int k = 0; k < size; k++) {
      if (governor[k] == token && "case".equals(relation[k]) && lemma[k].equals(marker)) {
        return true;
      }
    }
    return false;
  }

  public Sentence sentence() {
    return sentence;
  }

  public int size() {
    return size;
  }

  public Token token(int i) {
    return sentence.tokens().get(i);
  }

  public String lemma(int i) {
    return lemma[i];
  }

  public String pos(int i) {
    String p = sentence.tokens().get(i).pos();
    return p == null ? "" : p;
  }

  public boolean isVerb(int i) {
    return pos(i).startsWith("VB");
  }

  public boolean isNoun(int i) {
    return pos(i).startsWith("NN") || pos(i).startsWith("PRP");
  }

  /** The governor of the token, or -1 for the root (or an unattached token). */
  public int governor(int i) {
    return governor[i];
  }

  /** The relation attaching the token to its governor ("root" for the root, "" when unattached). */
  public String relation(int i) {
    return relation[i] == null ? "" : relation[i];
  }

  public int[] children(int i) {
    return children[i];
  }

  /** First child whose relation is exactly {@code rel}, or -1. */
  public int child(int i, String rel) {
    for (int c : children[i]) {
      if (rel.equals(relation[c])) {
        return c;
      }
    }
    return -1;
  }

  /** Children whose relation is {@code rel} or a subtype of it ({@code obl} matches {@code obl:tmod}). */
  public List<Integer> childrenOf(int i, String rel) {
    List<Integer> out = new ArrayList<>(2);
    for (int c : children[i]) {
      if (isRelation(c, rel)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Whether the token's relation is {@code rel} or a subtype ({@code nsubj} does not match {@code nsubj:pass}). */
  public boolean isRelation(int i, String rel) {
    String r = relation[i];
    if (r == null) {
      return false;
    }
    if (r.equals(rel)) {
      return true;
    }
    return r.startsWith(rel) && r.length() > rel.length() && r.charAt(rel.length()) == ':'
        && !r.equals("nsubj:pass") && !r.equals("csubj:pass");
  }

  /** The preposition or subordinator on a dependent ("case" or "mark" child), or null. */
  public String marker(int i) {
    for (int c : children[i]) {
      String r = relation[c];
      if ("case".equals(r) || "mark".equals(r)) {
        return lemma[c];
      }
    }
    return null;
  }

  public boolean isPassive(int i) {
    for (int c : children[i]) {
      String r = relation[c];
      if ("nsubj:pass".equals(r) || "aux:pass".equals(r) || "csubj:pass".equals(r)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code ancestor} dominates {@code token} (or is it). */
  public boolean dominates(int ancestor, int token) {
    int guard = 0;
    for (int x = token; x >= 0 && guard++ <= size; x = governor[x]) {
      if (x == ancestor) {
        return true;
      }
    }
    return false;
  }
}
