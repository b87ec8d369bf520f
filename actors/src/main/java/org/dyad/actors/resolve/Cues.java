package org.dyad.actors.resolve;

import java.util.List;
import java.util.Locale;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.model.Token;

/** Local cues around a phrase, read from tokens and POS tags only (actors run before the parser). */
final class Cues {
  private Cues() {}

  static String lower(List<Token> tokens, int i) {
    return i < 0 || i >= tokens.size() ? "" : tokens.get(i).text().toLowerCase(Locale.ROOT);
  }

  static String pos(List<Token> tokens, int i) {
    String p = i < 0 || i >= tokens.size() ? null : tokens.get(i).pos();
    return p == null ? "" : p;
  }

  /**
   * Whether the words after a country make it act: an active verb follows (past adverbs, modals,
   * auxiliaries and one parenthetical between commas), not a copula or a passive ("Cambodia suspended",
   * "Washington has long criticised"; not "Cambodia is", "Cambodia was hit").
   */
  static boolean acts(List<Token> tokens, int after) {
    int j = after;
    if (lower(tokens, j).equals(",")) {
      int close = -1;
      for (int k = j + 1; k < Math.min(tokens.size(), j + 16); k++) {
        if (lower(tokens, k).equals(",")) {
          close = k;
          break;
        }
      }
      if (close < 0) {
        return false;
      }
      j = close + 1;
    }
    j = afterCompanions(tokens, j);
    boolean sawHave = false;
    while (j < tokens.size()) {
      String w = lower(tokens, j);
      String p = pos(tokens, j);
      if (p.equals("RB") || p.equals("MD") || (Lexicon.AUXILIARIES.contains(w) && !p.startsWith("N"))) {
        sawHave |= w.equals("has") || w.equals("have") || w.equals("had");
        j++;
        continue;
      }
      break;
    }
    if (j >= tokens.size() || !pos(tokens, j).startsWith("VB")) {
      return false;
    }
    String w = lower(tokens, j);
    String lemma = tokens.get(j).lemmaOrText();
    if (Lexicon.PASSIVE_AUX.contains(w)) {
      return false;
    }
    if (pos(tokens, j).equals("VBN") && !sawHave) {
      return false;
    }
    return !Lexicon.STATIVE_VERBS.contains(w) && !Lexicon.STATIVE_VERBS.contains(lemma);
  }

  private static final java.util.Set<String> STANCES = java.util.Set.of("anti", "pro");

  /**
   * Whether a name starting at token {@code start}, character {@code charStart}, follows "anti-" or "pro-":
   * inside its token ("anti-Syrian", as the tokenizer keeps it) or split off before it ("pro - Iranian"). The
   * name then says what someone opposes or backs.
   */
  static boolean stanceBefore(List<Token> tokens, int start, int charStart) {
    if (start >= 0 && start < tokens.size() && charStart > tokens.get(start).start()) {
      Token t = tokens.get(start);
      String prefix = t.text().substring(0, Math.min(t.text().length(), charStart - t.start()))
          .toLowerCase(Locale.ROOT);
      return prefix.endsWith("anti-") || prefix.endsWith("pro-");
    }
    String prev = lower(tokens, start - 1);
    if (prev.equals("-")) {
      return STANCES.contains(lower(tokens, start - 2));
    }
    return prev.equals("anti-") || prev.equals("pro-");
  }

  /**
   * Skips what joins others to a subject before its verb: "Tokyo along with its partners protested",
   * "Paris together with Berlin urged", "Czechia and Slovakia signed" (a capitalised conjunct). Returns
   * {@code j} unchanged when no finite verb follows within a few words.
   */
  static int afterCompanions(List<Token> tokens, int j) {
    int from;
    if ((lower(tokens, j).equals("along") || lower(tokens, j).equals("together")) && lower(tokens, j + 1).equals("with")) {
      from = j + 2;
    } else if (lower(tokens, j).equals("as") && lower(tokens, j + 1).equals("well") && lower(tokens, j + 2).equals("as")) {
      from = j + 3;
    } else if (lower(tokens, j).equals("and") && (startsUpperAt(tokens, j + 1)
        || lower(tokens, j + 1).equals("the") && startsUpperAt(tokens, j + 2))) {
      from = j + 1;
    } else {
      return j;
    }
    for (int k = from; k < Math.min(tokens.size(), from + 8); k++) {
      String p = pos(tokens, k);
      if (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) {
        return k;
      }
      if (p.startsWith("VB") || lower(tokens, k).equals(",") || lower(tokens, k).equals(".")) {
        return j;
      }
    }
    return j;
  }

  private static boolean startsUpperAt(List<Token> tokens, int i) {
    return i < tokens.size() && AtomFinder.startsUpper(tokens.get(i).text());
  }

  /**
   * Whether an outlet's name at [start, end) is framed as the source of a report: "according to Reuters",
   * "seen by Reuters", "told Reuters", "(Reuters)", "Source: AP", "-- REUTERS", "Reuters reported".
   */
  static boolean isSourceFrame(List<Token> tokens, int start, int end) {
    String prev = lower(tokens, start - 1);
    String prev2 = lower(tokens, start - 2);
    String next = lower(tokens, end);
    if (prev.equals("to") && prev2.equals("according")) {
      return true;
    }
    if (prev.equals("by") && (pos(tokens, start - 2).equals("VBN") || prev2.endsWith("ed")
        || prev2.matches("seen|shown|given|written|obtained|read"))) {
      return true;
    }
    if (prev.equals("told") || prev.equals("tells") || prev.equals("telling") || prev.equals("via")
        || prev.equals("--") || prev.equals("(") || prev.equals("citing") || prev.equals("cited")) {
      return true;
    }
    if (prev.equals(":") && prev2.equals("source")) {
      return true;
    }
    if (start == 0 && end >= tokens.size() - 1) {
      return true;
    }
    return Lexicon.ATTRIBUTION_AFTER.contains(next) && !next.equals("has")
        || (next.equals("has") && lower(tokens, end + 1).matches("reported|learned|learnt|seen|obtained"));
  }

  /** The determiner just before a phrase, lower-cased, or "". */
  private static final java.util.Set<String> FORMER = java.util.Set.of("former", "ex", "ex-", "ousted", "deposed",
      "exiled", "onetime", "one-time", "erstwhile", "toppled", "overthrown", "retired");

  /**
   * Whether the phrase at {@code start} is said to be a past holder of its office ("former Prime Minister X",
   * "the ousted president", "ex-minister X"): "former" may stand up to two words before it ("former
   * Socialist premier").
   */
  static boolean formerBefore(List<Token> tokens, int start) {
    for (int i = start - 1; i >= Math.max(0, start - 3); i--) {
      String w = lower(tokens, i);
      if (FORMER.contains(w)) {
        return true;
      }
      String pos = pos(tokens, i);
      if (!(pos.startsWith("JJ") || pos.startsWith("NNP") || pos.equals("HYPH") || pos.equals("DT"))) {
        return false;
      }
    }
    return false;
  }

  /** Whether a word of {@link #FORMER} stands among the tokens [from, to) ("Former Prime Minister X"). */
  static boolean formerWithin(List<Token> tokens, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < tokens.size(); i++) {
      if (FORMER.contains(lower(tokens, i))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> ONE_OF = java.util.Set.of("a", "an", "one", "another", "each", "every",
      "no", "any");

  /**
   * Whether the demonym at tokens [start, end) is a noun ("Palestinians protested", "an Iraqi was hurt")
   * rather than an adjective of a word the knowledge base does not know ("Iraqi towns", "French and Egyptian
   * warships"). A plural is a noun unless a noun follows; a singular only after "a", "one" and the like.
   */
  static boolean demonymAsNoun(List<Token> tokens, int start, int end) {
    String last = lower(tokens, end - 1);
    String next = pos(tokens, end);
    boolean modifiesNext = next.startsWith("NN") || next.startsWith("JJ") || next.equals("HYPH")
        || next.equals("CD") || lower(tokens, end).equals("-") || lower(tokens, end).equals("'s");
    if (modifiesNext) {
      return false;
    }
    boolean plural = last.endsWith("s") && !last.endsWith("ss");
    return plural || ONE_OF.contains(lower(tokens, start - 1));
  }

  /** The country named by up to three capitalised words from token k ("South Sudan", "the West Bank"), or null. */
  static Country countryNamedAt(KnowledgeBase kb, List<Token> tokens, int k) {
    StringBuilder name = new StringBuilder();
    for (int i = Math.max(0, k); i < Math.min(tokens.size(), k + 3); i++) {
      String w = tokens.get(i).text();
      if (!AtomFinder.startsUpper(w)) {
        break;
      }
      name.append(name.length() == 0 ? "" : " ").append(w);
      Country c = kb.country(name.toString()).orElse(null);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  static String determinerBefore(List<Token> tokens, int start) {
    String w = lower(tokens, start - 1);
    if (pos(tokens, start - 1).equals("DT") || Lexicon.INDEFINITE.contains(w) || w.equals("the")) {
      return w;
    }
    String w2 = lower(tokens, start - 2);
    if (pos(tokens, start - 1).startsWith("JJ") && (w2.equals("the") || Lexicon.INDEFINITE.contains(w2))) {
      return w2;
    }
    return "";
  }
}
