package org.dyad.nlp.parse;

import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.AUX_PASSIVE_MODIFIER;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CLAUSAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CLAUSAL_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_CLAUSAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_CLAUSAL_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.NOMINAL_PASSIVE_SUBJECT;
import static edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations.NOMINAL_SUBJECT;

import java.util.Map;

/**
 * The one correction CoreNLP applies to the parser's basic UD tree before handing it out
 * ({@code UniversalEnglishGrammaticalStructure.correctDependencies}, via its {@code correctSubjPass}): a subject of
 * a word that also has a passive auxiliary is a passive subject. The parser often predicts plain {@code nsubj}
 * there ("the envoy was expelled"); CoreNLP's output says {@code nsubj:pass}, and so must ours. (Its other basic
 * corrections do nothing to a parser's tree: merging duplicate arcs, which a tree has none of, and the
 * {@code name} relation, off unless the {@code UDUseNameRelation} system property is set, which the decoder
 * refuses.)
 */
final class PassiveSubjects {
  private static final String PASSIVE_AUX = AUX_PASSIVE_MODIFIER.toString();
  private static final Map<String, String> PASSIVE = Map.of(
      NOMINAL_SUBJECT.toString(), NOMINAL_PASSIVE_SUBJECT.toString(),
      CLAUSAL_SUBJECT.toString(), CLAUSAL_PASSIVE_SUBJECT.toString(),
      CONTROLLING_NOMINAL_SUBJECT.toString(), CONTROLLING_NOMINAL_PASSIVE_SUBJECT.toString(),
      CONTROLLING_CLAUSAL_SUBJECT.toString(), CONTROLLING_CLAUSAL_PASSIVE_SUBJECT.toString());

  private PassiveSubjects() {}

  static void requireDefaultRelations() {
    if (System.getProperty("UDUseNameRelation") != null) {
      throw new IllegalStateException("the fast dependency parser does not reproduce CoreNLP's 'name' relation "
          + "(system property UDUseNameRelation is set); use the 'corenlp' parser setting");
    }
  }

  /**
   * Relabels, in place, the subjects of words that have a passive auxiliary.
   *
   * @param heads CoreNLP node numbers (0 = root), indexed by node
   * @param relations relation names, indexed by node
   */
  static void correct(int[] heads, String[] relations) {
    boolean[] passive = new boolean[heads.length];
    boolean any = false;
    for (int node = 1; node < heads.length; node++) {
      if (heads[node] > 0 && relations[node].equals(PASSIVE_AUX)) {
        passive[heads[node]] = true;
        any = true;
      }
    }
    if (!any) {
      return;
    }
    for (int node = 1; node < heads.length; node++) {
      if (heads[node] > 0 && passive[heads[node]]) {
        String replacement = PASSIVE.get(relations[node]);
        if (replacement != null) {
          relations[node] = replacement;
        }
      }
    }
  }
}
