package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dyad.model.Token;

/**
 * Groups adjacent atoms into actor phrases: modifiers (a country, a nationality, a possessor, titles,
 * institution nouns) and the head they describe ("Cambodia's Prime Minister Hun Sen", "the U.S. embassy",
 * "Hun Sen's government", "the Cambodian Prime Minister, Hun Sen", "Prime Minister of Cambodia").
 */
final class Chunker {
  private static final Set<Entry.Kind> MODIFIERS = Set.of(Entry.Kind.COUNTRY, Entry.Kind.DEMONYM,
      Entry.Kind.TITLE, Entry.Kind.INSTITUTION, Entry.Kind.CAPITAL, Entry.Kind.PEOPLE, Entry.Kind.PLACE);

  private Chunker() {}

  static List<List<Atom>> phrases(List<Atom> atoms, List<Token> tokens) {
    List<List<Atom>> out = new ArrayList<>();
    int i = 0;
    int lastEnd = -1;
    while (i < atoms.size()) {
      Atom first = atoms.get(i);
      if (first.start() < lastEnd && first.type() != Atom.Type.ENTRY) {
        i++;
        continue;
      }
      List<Atom> phrase = new ArrayList<>();
      phrase.add(first);
      int j = i + 1;
      while (j < atoms.size() && attaches(phrase.get(phrase.size() - 1), atoms.get(j), tokens)) {
        phrase.add(atoms.get(j));
        j++;
      }
      out.add(phrase);
      lastEnd = phrase.get(phrase.size() - 1).end();
      i = j;
    }
    return out;
  }

  static boolean attaches(Atom a, Atom b, List<Token> tokens) {
    if (b.type() == Atom.Type.PRONOUN || b.type() == Atom.Type.POSSESSIVE_PRONOUN) {
      return false;
    }
    boolean bIsDescriptor = b.is(Entry.Kind.TITLE) || b.is(Entry.Kind.INSTITUTION);
    boolean possessiveGap = gapIs(tokens, a.end(), b.start(), "'s") || gapIs(tokens, a.end(), b.start(), "'");
    switch (a.type()) {
      case PRONOUN:
        return false;
      case POSSESSIVE_PRONOUN:
        return bIsDescriptor && b.start() == a.end();
      case NER_PERSON:
        // "the Bush administration", "the Hun Sen government": a leader's name before an institution noun
        return bIsDescriptor && (possessiveGap || b.is(Entry.Kind.INSTITUTION) && b.start() == a.end());
      case NER_ORGANISATION:
        return bIsDescriptor && possessiveGap;
      default:
        break;
    }
    if (a.is(Entry.Kind.PERSON)) {
      return bIsDescriptor && (possessiveGap || b.is(Entry.Kind.INSTITUTION) && b.start() == a.end());
    }
    if (a.is(Entry.Kind.ORGANISATION)) {
      return bIsDescriptor && possessiveGap || namedGroupsMembers(a, b);
    }
    if (!MODIFIERS.contains(a.kind())) {
      return false;
    }
    if (a.is(Entry.Kind.CAPITAL) && !possessiveGap && !(b.is(Entry.Kind.INSTITUTION) && b.start() == a.end()
        && !Cues.lower(tokens, b.start()).startsWith("state"))) {
      // "the Khartoum government" holds its capital; "Washington state" is a place of its own
      return false;
    }
    if ((a.is(Entry.Kind.PLACE) || a.is(Entry.Kind.CAPITAL)) && possessiveGap && b.is(Entry.Kind.PLACE)) {
      // "Istanbul's Kadikoy municipality": a district of the city, read on to the body it names
      return true;
    }
    if (a.is(Entry.Kind.PLACE)) {
      // "Karachi police", "the Lagos state government", "Mosul's governor", "Ankara's Cankaya district
      // administration" (a smaller place named between); a place is never the head another place modifies
      return bIsDescriptor && (b.start() == a.end() || possessiveGap
          || possessiveGap(tokens, a.end()) && properNounsUpTo(tokens, a.end() + 1, b.start(), 2));
    }
    if ((a.is(Entry.Kind.COUNTRY) || a.is(Entry.Kind.DEMONYM)) && b.is(Entry.Kind.DEMONYM) && b.start() == a.end()
        && b.end() == b.start() + 1 && (Cues.lower(tokens, b.start()).endsWith("s") || nounFollows(tokens, b.end()))) {
      // "Bosnian Serbs", "Kosovo Albanians", "Bosnian Serb forces": a people placed by the country before it
      // (see Residence and PhraseResolver's modifiers)
      return true;
    }
    if (a.is(Entry.Kind.CAPITAL) && possessiveGap(tokens, a.end()) && bIsDescriptor
        && properNounsUpTo(tokens, a.end() + 1, b.start(), 2)) {
      return true;
    }
    if (b.is(Entry.Kind.COUNTRY) || b.is(Entry.Kind.DEMONYM) || b.is(Entry.Kind.CAPITAL)
        || b.is(Entry.Kind.PLACE)) {
      return (a.is(Entry.Kind.TITLE) || a.is(Entry.Kind.INSTITUTION))
          && (gapIs(tokens, a.end(), b.start(), "of") || gapIs(tokens, a.end(), b.start(), "of", "the"));
    }
    int gap = b.start() - a.end();
    if (gap <= 0 || possessiveGap) {
      return true;
    }
    if (gap == 1 && Cues.lower(tokens, a.end()).equals(",") && a.is(Entry.Kind.TITLE)
        && (b.is(Entry.Kind.PERSON) || b.type() == Atom.Type.NER_PERSON)) {
      return true;
    }
    return modifierGap(tokens, a.end(), b.start(), b.is(Entry.Kind.INSTITUTION) && possessiveGap(tokens, a.end()));
  }

  /** Sectors of the nouns that name an armed group's own members ("guerrillas", "militants", "militiamen"). */
  private static final Set<String> MEMBER_SECTORS = Set.of("REB", "INS");

  /**
   * Whether a generic armed group's noun right after an organisation names that organisation's members:
   * "Hezbollah guerrillas", "Hamas militants" are Hezbollah and Hamas, and the noun must not be placed
   * on its own by another country of the sentence.
   */
  static boolean namedGroupsMembers(Atom organisation, Atom noun) {
    return organisation.is(Entry.Kind.ORGANISATION) && noun.is(Entry.Kind.INSTITUTION)
        && noun.start() == organisation.end()
        && MEMBER_SECTORS.contains(((org.dyad.actors.kb.InstitutionPattern) noun.entry().target()).sector());
  }

  /** A lower-case word right after a demonym: the noun it modifies ("Serb forces"). */
  private static boolean nounFollows(List<Token> tokens, int i) {
    return i < tokens.size() && Character.isLowerCase(tokens.get(i).text().codePointAt(0))
        && Cues.pos(tokens, i).startsWith("NN");
  }

  private static boolean possessiveGap(List<Token> tokens, int at) {
    String w = org.dyad.actors.kb.NameKey.straightenQuotes(Cues.lower(tokens, at));
    return w.equals("'s") || w.equals("'");
  }

  /** One to {@code max} capitalised proper nouns fill [from, to): a smaller place named after a larger one. */
  private static boolean properNounsUpTo(List<Token> tokens, int from, int to, int max) {
    if (to <= from || to - from > max) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Cues.pos(tokens, k).startsWith("NNP") || !AtomFinder.startsUpper(tokens.get(k).text())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Up to two adjectives, or a "-backed"/"-based" compound, possibly after a possessive. After a possessive and
   * before a body's noun, capitalised names of a party or a movement count too: "Nicaragua's Sandinista
   * government", "Britain's Labour government" are the country's government.
   */
  private static boolean modifierGap(List<Token> tokens, int from, int to, boolean namesAllowed) {
    int i = from;
    if (i < to && (Cues.lower(tokens, i).equals("'s") || Cues.lower(tokens, i).equals("'"))) {
      i++;
    }
    if (to - i > 2) {
      return false;
    }
    for (int k = i; k < to; k++) {
      String p = Cues.pos(tokens, k);
      String w = Cues.lower(tokens, k);
      boolean adjective = p.startsWith("JJ") || p.equals("VBN") || w.equals("-") || w.startsWith("-")
          || namesAllowed && p.startsWith("NNP") && AtomFinder.startsUpper(tokens.get(k).text());
      if (!adjective) {
        return false;
      }
    }
    return true;
  }

  private static boolean gapIs(List<Token> tokens, int from, int to, String... words) {
    if (to - from != words.length) {
      return false;
    }
    for (int k = 0; k < words.length; k++) {
      String w = org.dyad.actors.kb.NameKey.straightenQuotes(Cues.lower(tokens, from + k));
      if (!w.equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
