package org.dyad.actors.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.Sentence;
import org.dyad.model.Token;

/**
 * Finds the atoms of a sentence: at each unit the longest gazetteer name whose case agrees with the text,
 * then runs of PERSON / ORGANIZATION tokens the NER found outside those names, and personal pronouns
 * (whatever the NER said about them).
 */
final class AtomFinder {
  private final Gazetteer gazetteer;
  private final MisspeltCountries misspelt;

  AtomFinder(Gazetteer gazetteer, MisspeltCountries misspelt) {
    this.gazetteer = gazetteer;
    this.misspelt = misspelt;
  }

  List<Atom> find(Sentence s, String text) {
    SentenceUnits su = new SentenceUnits(s);
    List<Token> tokens = s.tokens();
    boolean[] covered = new boolean[tokens.size()];
    List<Atom> atoms = new ArrayList<>();
    int u = 0;
    int[] length = new int[1];
    while (u < su.size()) {
      Atom best = longestAt(su, u, text, length, tokens);
      if (best == null) {
        u++;
        continue;
      }
      atoms.add(best);
      for (int t = best.start(); t < best.end(); t++) {
        covered[t] = true;
      }
      u += length[0];
    }
    addMisspeltCountries(tokens, covered, atoms, text);
    addNamesAfterTitles(tokens, covered, atoms, text);
    addNerAndPronouns(tokens, covered, atoms, text);
    atoms.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    return atoms;
  }

  private Atom longestAt(SentenceUnits su, int u, String text, int[] length, List<Token> tokens) {
    List<Gazetteer.Hit> hits = gazetteer.hitsAt(su.units, u);
    for (int h = hits.size() - 1; h >= 0; h--) {
      Gazetteer.Hit hit = hits.get(h);
      int last = u + hit.length() - 1;
      int startChar = su.start.get(u);
      int endChar = su.end.get(last);
      String surface = text.substring(startChar, endChar);
      Entry chosen = null;
      boolean insideOrganisationName = tokens.get(su.token.get(u)).ner().equals("ORGANIZATION");
      for (Entry e : hit.entries()) {
        boolean commonNoun = e.kind() == Entry.Kind.TITLE || e.kind() == Entry.Kind.INSTITUTION;
        if (commonNoun && insideOrganisationName) {
          continue;
        }
        if (e.kind() == Entry.Kind.TITLE && hit.length() == 1 && adjectiveBeforeNoun(tokens, su.token.get(u))) {
          continue;
        }
        if (e.caseRule().accepts(surface, e.name()) && (chosen == null
            || e.kind().ordinal() < chosen.kind().ordinal())) {
          chosen = e;
        }
      }
      if (chosen != null && chosen.kind() == Entry.Kind.PERSON
          && partOfLongerName(tokens, su.token.get(u), su.token.get(last))) {
        continue;
      }
      if (chosen != null && chosen.kind() == Entry.Kind.PEOPLE && "PERSON".equals(tokens.get(su.token.get(u)).ner())
          && (partOfLongerName(tokens, su.token.get(u), su.token.get(last))
              || !commonNounAt(tokens, su.token.get(last) + 1))) {
        // "Karen", "Luo", "Fang", "Christian" are also given names and surnames: a person unless a common noun
        // follows ("Yoruba leaders", which the NER may tag too)
        continue;
      }
      if (chosen != null && chosen.kind() == Entry.Kind.PLACE
          && !placeReading(tokens, su.token.get(u), su.token.get(last))) {
        continue;
      }
      if (chosen != null && chosen.kind() == Entry.Kind.CAPITAL
          && insideLongerOrganisation(tokens, su.token.get(u), su.token.get(last))) {
        continue;
      }
      if (chosen != null && startsAtWordStart(su, u) && endsAtWordEnd(su, last)) {
        length[0] = hit.length();
        return new Atom(Atom.Type.ENTRY, su.token.get(u), su.token.get(last) + 1, startChar, endChar, chosen,
            surface);
      }
    }
    return null;
  }

  /**
   * Whether a known person's name at tokens [first, last] is only part of someone else's name: the NER
   * tags a capitalised word right before or after it as the same person ("President Levy Mwanawasa" is not
   * David Levy, "Abbas Kiarostami" not Mahmoud Abbas).
   */
  static boolean partOfLongerName(List<Token> tokens, int first, int last) {
    if (!"PERSON".equals(tokens.get(first).ner()) && !"PERSON".equals(tokens.get(last).ner())) {
      return false;
    }
    return personWord(tokens, last + 1) || personWord(tokens, first - 1);
  }

  /**
   * Whether a place name at tokens [first, last] is read as the place: not when the NER calls it (part of)
   * a person or an organisation ("Florence Nightingale", "Manchester United": the NER's own atom then
   * carries the name), nor right after a capitalised person's word ("Secretary Austin" is handled by
   * titles, "Jack London" by the NER).
   */
  static boolean placeReading(List<Token> tokens, int first, int last) {
    for (int t = first; t <= last; t++) {
      String ner = tokens.get(t).ner();
      if ("PERSON".equals(ner) || "ORGANIZATION".equals(ner)) {
        return false;
      }
    }
    return !personWord(tokens, first - 1);
  }

  /**
   * Whether a capital at tokens [first, last] starts or ends a longer name the NER calls an organisation
   * ("Baghdad University", "Kabul Bank"): the organisation is then one atom, placed by the capital in it.
   */
  static boolean insideLongerOrganisation(List<Token> tokens, int first, int last) {
    if (!"ORGANIZATION".equals(tokens.get(first).ner())) {
      return false;
    }
    boolean after = last + 1 < tokens.size() && "ORGANIZATION".equals(tokens.get(last + 1).ner());
    boolean before = first > 0 && "ORGANIZATION".equals(tokens.get(first - 1).ner());
    return after || before;
  }

  /** Words the NER may tag as part of a person's name that are no part of it: "Ayatollah", "Jr.", "Sheikh". */
  private static final java.util.Set<String> NOT_NAME_PARTS = java.util.Set.of("sheikh", "shaikh", "ayatollah",
      "grand", "mullah", "imam", "sir", "dame", "lord", "lady", "dr.", "dr", "mr.", "mr", "mrs.", "mrs", "ms.",
      "ms", "prof.", "professor", "cardinal", "pope", "rev.", "reverend", "father", "sister", "brother",
      "comrade", "marshal", "field", "jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "hrh", "his", "her",
      "majesty", "excellency", "highness", "emir", "amir", "sultan", "prince", "princess", "king", "queen",
      "president", "general", "gen.", "minister", "premier", "chancellor", "senator", "sen.", "rep.",
      "governor", "gov.", "mayor", "judge", "justice", "colonel", "col.", "lt.", "maj.", "capt.", "brig.",
      "adm.", "admiral", "commander", "chairman", "secretary", "ambassador", "haji", "hajji", "al", "el",
      "bin", "ibn", "abu");

  private static boolean personWord(List<Token> tokens, int i) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return "PERSON".equals(t.ner()) && startsUpper(t.text()) && t.text().length() > 1
        && !NOT_NAME_PARTS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * A title word used as an adjective before a common noun is no title: "general election", "general
   * strike" (the tagger says JJ; "the general said" is a noun).
   */
  static boolean adjectiveBeforeNoun(List<Token> tokens, int token) {
    String next = token + 1 < tokens.size() ? tokens.get(token + 1).text() : "";
    return Cues.pos(tokens, token).startsWith("JJ") && Cues.pos(tokens, token + 1).startsWith("NN")
        && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
  }

  private static boolean commonNounAt(List<Token> tokens, int i) {
    return i < tokens.size() && Character.isLowerCase(tokens.get(i).text().codePointAt(0))
        && Cues.pos(tokens, i).startsWith("NN");
  }

  /** A name may start inside a token only after a hyphen ("U.S.-backed" holds "U.S."). */
  private static boolean startsAtWordStart(SentenceUnits su, int u) {
    return u == 0 || !su.token.get(u - 1).equals(su.token.get(u)) || su.units.get(u - 1).equals("-");
  }

  private static boolean endsAtWordEnd(SentenceUnits su, int last) {
    int next = last + 1;
    if (next >= su.size() || !su.token.get(next).equals(su.token.get(last))) {
      return true;
    }
    String n = su.units.get(next);
    return n.equals("-") || n.equals("'s") || n.equals("'");
  }

  /** "Ethopia": a proper noun one typing slip from a country's name, that nothing else claimed. */
  private void addMisspeltCountries(List<Token> tokens, boolean[] covered, List<Atom> atoms, String text) {
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i]) {
        continue;
      }
      Token t = tokens.get(i);
      org.dyad.actors.kb.Country c = misspelt.misspelt(t);
      if (c != null) {
        Entry e = new Entry(Entry.Kind.COUNTRY, c.name(), org.dyad.actors.kb.CaseRule.ANY, c);
        atoms.add(new Atom(Atom.Type.ENTRY, i, i + 1, t.start(), t.end(), e, text.substring(t.start(), t.end())));
        covered[i] = true;
      }
    }
  }

  /** "Secretary Austin": a capitalised proper noun right after a title is a name, whatever the NER said. */
  private static void addNamesAfterTitles(List<Token> tokens, boolean[] covered, List<Atom> atoms, String text) {
    List<Atom> found = new ArrayList<>();
    for (Atom a : atoms) {
      if (!a.is(Entry.Kind.TITLE)) {
        continue;
      }
      int j = a.end();
      while (j < tokens.size() && !covered[j] && isProperNoun(tokens.get(j))) {
        j++;
      }
      if (j > a.end()) {
        found.add(new Atom(Atom.Type.NER_PERSON, a.end(), j, tokens.get(a.end()).start(), tokens.get(j - 1).end(),
            null, text.substring(tokens.get(a.end()).start(), tokens.get(j - 1).end())));
        for (int k = a.end(); k < j; k++) {
          covered[k] = true;
        }
      }
    }
    atoms.addAll(found);
  }

  private static boolean isProperNoun(Token t) {
    String pos = t.pos();
    boolean capital = startsUpper(t.text()) && t.text().length() > 1;
    return capital && (pos == null || pos.startsWith("NNP"))
        && !Lexicon.PERSONAL_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static void addNerAndPronouns(List<Token> tokens, boolean[] covered, List<Atom> atoms, String text) {
    int i = 0;
    while (i < tokens.size()) {
      Token t = tokens.get(i);
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (!covered[i] && Lexicon.PERSONAL_PRONOUNS.contains(lower)) {
        boolean possessive = "PRP$".equals(t.pos()) || (lower.equals("his"));
        atoms.add(new Atom(possessive ? Atom.Type.POSSESSIVE_PRONOUN : Atom.Type.PRONOUN, i, i + 1, t.start(),
            t.end(), null, t.text()));
        i++;
        continue;
      }
      if (!covered[i] && lower.equals("his")) {
        atoms.add(new Atom(Atom.Type.POSSESSIVE_PRONOUN, i, i + 1, t.start(), t.end(), null, t.text()));
        i++;
        continue;
      }
      String ner = t.ner();
      boolean person = ner.equals("PERSON");
      boolean org = ner.equals("ORGANIZATION");
      if (covered[i] || !(person || org) || !startsUpper(t.text())) {
        i++;
        continue;
      }
      int j = i;
      while (j < tokens.size() && !covered[j] && tokens.get(j).ner().equals(ner)) {
        j++;
      }
      String surface = text.substring(tokens.get(i).start(), tokens.get(j - 1).end());
      atoms.add(new Atom(person ? Atom.Type.NER_PERSON : Atom.Type.NER_ORGANISATION, i, j,
          tokens.get(i).start(), tokens.get(j - 1).end(), null, surface));
      i = j;
    }
  }

  static boolean startsUpper(String s) {
    return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0));
  }
}
