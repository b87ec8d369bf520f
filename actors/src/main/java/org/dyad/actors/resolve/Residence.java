package org.dyad.actors.resolve;

import java.util.List;
import java.util.Set;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.model.Token;

/**
 * The country an ethnic group is coded by when the text places it: CAMEO codes a people by where it lives,
 * so "Bosnian Serbs" are BIH, "Kosovo Albanians" XKX, "ethnic Albanians in south Serbia" and "the Albanians
 * of southern Serbia" SRB. Only these explicit placements count: "Americans in Iraq" stay American.
 */
final class Residence {
  private static final Set<String> DIRECTIONS = Set.of("south", "southern", "north", "northern", "east", "eastern",
      "west", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
      "northwest", "southeast", "southwest");

  private Residence() {}

  /**
   * The country a people named by the demonym at tokens [start, end) lives in, or null when the text does not
   * place it. {@code modifier} is a country word right before it in the same phrase ("Bosnian" in "Bosnian
   * Serbs").
   */
  static Country of(KnowledgeBase kb, List<Token> tokens, int start, int end, Country people, Country modifier) {
    if (modifier != null && modifier != people) {
      return modifier;
    }
    boolean ethnic = Cues.lower(tokens, start - 1).equals("ethnic");
    String prep = Cues.lower(tokens, end);
    if (!(prep.equals("of") || ethnic && prep.equals("in"))) {
      return null;
    }
    int k = end + 1;
    if (DIRECTIONS.contains(Cues.lower(tokens, k))) {
      k++;
    }
    Country c = Cues.countryNamedAt(kb, tokens, k);
    return c == people ? null : c;
  }
}
