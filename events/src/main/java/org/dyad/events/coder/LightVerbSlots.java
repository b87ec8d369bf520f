package org.dyad.events.coder;

/**
 * Where a light verb's event noun may stand: the plain object, the first of coordinated nouns, a noun measured
 * out by another ("five days of talks"), a prepositional phrase that says what is done ("went on strike") but
 * not one that says when or why ("ordered patrols after the riots").
 */
final class LightVerbSlots {
  private LightVerbSlots() {}

  /** Light verbs whose passive form says what its subject does: "were engaged in", "are involved in". */
  static final java.util.Set<String> STATIVE_PASSIVES = java.util.Set.of("engage", "involve");

  /** Nouns that measure out an act without being one: "five days of talks", "a series of strikes". */
  private static final java.util.Set<String> MEASURES = java.util.Set.of("day", "week", "month", "hour", "night",
      "year", "series", "round", "wave", "spate", "string", "couple", "number", "weekend");
  /** Prepositions that put a noun beside an act in time or cause, not under it: "ordered patrols after the riots". */
  private static final java.util.Set<String> CIRCUMSTANCES = java.util.Set.of("after", "before", "during", "since",
      "until", "till", "despite", "amid", "amidst", "following", "because", "over", "without", "like", "unlike");

  /**
   * The word that stands where a light verb's object would for a noun trigger: the noun itself, the first of
   * coordinated nouns ("launched artillery, mortar and rocket fire"), or a measure noun it is "of" ("began five
   * days of joint exercises").
   */
  static int objectSlot(ParseView p, int noun) {
    int x = noun;
    if (p.relation(x).equals("conj") && p.governor(x) >= 0 && p.isNoun(p.governor(x))) {
      x = p.governor(x);
    }
    int g = p.governor(x);
    if (g >= 0 && p.isRelation(x, "nmod") && "of".equals(p.marker(x)) && MEASURES.contains(p.lemma(g))) {
      x = g;
    }
    return x;
  }

  /** Whether a noun in this slot is what its verb does ("held talks", "went on strike"), not when or why. */
  static boolean carriesTheEvent(ParseView p, int x) {
    String rel = p.relation(x);
    if (rel.equals("obl:tmod") || rel.equals("obl:npmod")) {
      return MEASURES.contains(p.lemma(x)); // "began five days of ..." parsed as a time
    }
    return SentenceCoder.isObjectLike(rel) && !CIRCUMSTANCES.contains(String.valueOf(p.marker(x)));
  }

}
