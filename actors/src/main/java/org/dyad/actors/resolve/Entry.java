package org.dyad.actors.resolve;

import org.dyad.actors.kb.CaseRule;

/** One name in the gazetteer: what kind of thing it names, the name as written, its case rule, the target. */
record Entry(Kind kind, String name, CaseRule caseRule, Object target) {
  /** Kinds in order of preference when two entries cover the same words. */
  enum Kind { PERSON, ORGANISATION, COUNTRY, DEMONYM, CAPITAL, PEOPLE, TITLE, INSTITUTION, PLACE }
}
