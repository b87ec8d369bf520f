package org.dyad.actors.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.InstitutionPattern;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.actors.kb.PeopleGroup;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Phrases built on an ethnic or religious group ("Yoruba elders", "Karen guerrillas", "Iraqi Kurds", "Shia
 * militias in Baghdad", "Coptic Christians"). CAMEO codes a people by the country it lives in, so the
 * country is, in order: a country word of the phrase ("Iraqi Kurds", "Bosnian Muslim forces"); a place
 * the text gives right after it ("Kurds in Syria", "the Hutu of Burundi"); the group's home country;
 * and for a group with no single home (Kurds, Hutu, a religion) the one other country its sentence names.
 * A religious group that nothing places is coded by its religion code ({@code MOS}, {@code CHR}), as CAMEO
 * codes transnational religious actors; an ethnic group that nothing places is no actor.
 */
final class GroupMentions {
  private static final Set<String> DIRECTIONS = Set.of("south", "southern", "north", "northern", "east",
      "eastern", "west", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern");
  /** Heads that make a "leader" of a people an elite or a cleric, not a head of government. */
  private static final Set<String> LEADER_WORDS = Set.of("leader", "leaders", "chief", "chiefs", "head",
      "heads", "figure", "figures", "dignitaries", "notables");

  private final KnowledgeBase kb;

  GroupMentions(KnowledgeBase kb) {
    this.kb = kb;
  }

  /**
   * The mention of a group phrase, or null when the phrase is not one this class codes (its head is a
   * person or organisation, which the group word only describes) or nothing places an ethnic group.
   *
   * @param head the phrase's head atom
   * @param modifierCountry a country word in the phrase, or null
   * @param phraseEnd the token after the phrase
   */
  Mention resolve(Sentence s, Span span, String surface, Atom head, PeopleGroup group, Country modifierCountry,
      int phraseEnd, Discourse d) {
    return resolve(s, span, surface, head, group, modifierCountry, phraseEnd, d, null);
  }

  /**
   * As above for a people named by a country's demonym after "ethnic" ("ethnic Albanians", "ethnic Russian
   * voters"): the word marks a minority living outside {@code origin}, so the country is where the text or the
   * story places it, and {@code origin} only when nothing else does.
   */
  Mention resolve(Sentence s, Span span, String surface, Atom head, PeopleGroup group, Country modifierCountry,
      int phraseEnd, Discourse d, Country origin) {
    String sector;
    String office;
    if (head.is(Entry.Kind.DEMONYM) && origin != null) {
      sector = null;
      office = null;
    } else if (head.is(Entry.Kind.PEOPLE)) {
      if (!group.names().contains(head.entry().name())) {
        // an adjective alone ("Islamic law", "Kurdish areas") names no one; with a country word before it
        // ("Russian Jewish immigrants") the phrase still names that country's people
        return modifierCountry == null ? null : new Mention(s.index(), span, head.head(), new Actor(surface,
            modifierCountry.iso3(), modifierCountry.iso3(), null, null, null), Resolution.NATIONALITY);
      }
      sector = null;
      office = null;
    } else if (head.is(Entry.Kind.INSTITUTION)) {
      InstitutionPattern p = (InstitutionPattern) head.entry().target();
      sector = p.sector();
      office = p.office() != null ? p.office() : p.head();
    } else if (head.is(Entry.Kind.TITLE)) {
      Title t = (Title) head.entry().target();
      sector = t.sector();
      office = t.words();
    } else {
      return null;
    }
    if ("GOV".equals(sector) && LEADER_WORDS.contains(lastWord(head.surface()))) {
      // "Yoruba leaders", "Shia leaders": the leaders of a people hold no state office
      sector = group.isReligion() ? "REL" : "ELI";
    }
    if ("MIL".equals(sector) && modifierCountry == null && head.is(Entry.Kind.INSTITUTION)) {
      // "Karen troops", "Moslem forces": a people has no state army, so its fighters are an armed group; with a
      // country word ("Bosnian Muslim forces") they may be that state's army and keep MIL
      sector = "REB";
    }
    String country = country(s.tokens(), group, modifierCountry, phraseEnd, d, origin);
    if (country == null) {
      if (!group.isReligion() || group.code() == null) {
        return null;
      }
      return new Mention(s.index(), span, head.head(),
          new Actor(surface, group.code(), null, sector, null, office), Resolution.NATIONALITY);
    }
    d.countBareCountry(country);
    return new Mention(s.index(), span, head.head(),
        new Actor(surface, PhraseResolver.code(country, sector), country, sector, null, office),
        Resolution.NATIONALITY);
  }

  private String country(List<Token> tokens, PeopleGroup group, Country modifierCountry, int phraseEnd,
      Discourse d, Country origin) {
    if (modifierCountry != null) {
      return modifierCountry.iso3();
    }
    boolean hasHome = group.country() != null;
    Country placed = placedAfter(tokens, phraseEnd, hasHome);
    if (placed != null) {
      return placed.iso3();
    }
    if (hasHome) {
      return group.country();
    }
    String originCode = origin == null ? null : origin.iso3();
    String only = d.onlyCountryOfSentenceExcept(originCode);
    if (only == null && origin != null) {
      // a minority named in a sentence about several countries lives in the one the sentence is mostly about
      only = d.mostNamedCountryOfSentenceExcept(originCode);
    }
    if (only != null || origin == null) {
      // a group with no home and no place in its sentence is left to its religion code, not guessed from
      // the story: "Kurdish forces" in a report from Washington are not American
      return only;
    }
    // "ethnic Albanians" marks a minority: in a story about Macedonia, Macedonia's
    String main = d.mainCountryBefore();
    return main != null && !main.equals(originCode) ? main : originCode;
  }

  /**
   * "of [the] [southern] Iraq" right after the phrase, or also "in ..." for a group without a home: "Shia
   * militias in Iraq". A group with a home keeps it when merely "in" a place ("Chechen refugees in
   * Georgia" are still Chechens), as Residence does for nationals.
   */
  private Country placedAfter(List<Token> tokens, int end, boolean hasHome) {
    String prep = Cues.lower(tokens, end);
    if (!(prep.equals("of") || !hasHome && prep.equals("in"))) {
      return null;
    }
    int k = end + 1;
    if (Cues.lower(tokens, k).equals("the")) {
      k++;
    }
    Country named = countryAt(tokens, k);
    if (named == null && DIRECTIONS.contains(Cues.lower(tokens, k))) {
      // "in southern Iraq"; "the West Bank" is tried whole first
      named = countryAt(tokens, k + 1);
    }
    return named;
  }

  /** The country named by up to three capitalised words from token k, or null. */
  private Country countryAt(List<Token> tokens, int k) {
    return Cues.countryNamedAt(kb, tokens, k);
  }

  private static String lastWord(String surface) {
    String[] words = surface.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }
}
