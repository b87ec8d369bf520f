package org.dyad.actors.resolve;

import java.util.List;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.PeopleGroup;
import org.dyad.model.Token;

/**
 * A country's demonym after "ethnic" names a people, not the state: "ethnic Albanians" in a story about
 * Macedonia are Macedonian residents, "ethnic Russians" in Estonia Estonian ones, as CAMEO codes them. Such a
 * phrase is resolved as a group without a home (see {@link GroupMentions}).
 */
final class EthnicMinority {
  private EthnicMinority() {}

  /** The country whose demonym opens the phrase right after "ethnic", or null. */
  static Country origin(List<Atom> phrase, List<Token> tokens) {
    Atom first = phrase.get(0);
    if (!first.is(Entry.Kind.DEMONYM) || !Cues.lower(tokens, first.start() - 1).equals("ethnic")) {
      return null;
    }
    return (Country) first.entry().target();
  }

  /** The people as a group without a home country. */
  static PeopleGroup group(Country origin, String surface) {
    return new PeopleGroup("ethnic-" + origin.iso3().toLowerCase(java.util.Locale.ROOT), List.of(surface), List.of(),
        null, null, "ethnic");
  }

  /** A country word of the phrase other than the people's own ("ethnic Albanian Macedonians"), or null. */
  static Country otherCountry(List<Atom> phrase, Country origin) {
    for (Atom a : phrase) {
      if ((a.is(Entry.Kind.COUNTRY) || a.is(Entry.Kind.DEMONYM) || a.is(Entry.Kind.CAPITAL))
          && a.entry().target() != origin) {
        return (Country) a.entry().target();
      }
    }
    return null;
  }
}
