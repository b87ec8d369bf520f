package org.dyad.actors.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dyad.actors.kb.Country;
import org.dyad.actors.kb.InstitutionPattern;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.actors.kb.NameKey;
import org.dyad.actors.kb.Organisation;
import org.dyad.actors.kb.OrganisationPeriods;
import org.dyad.actors.kb.PeopleGroup;
import org.dyad.actors.kb.Person;
import org.dyad.actors.kb.Role;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;

/**
 * Turns the phrases of one sentence into mentions, using the knowledge base for names and offices on the
 * document's date and the {@link Discourse} for what refers back. The rules, in the order they apply to a
 * phrase's head, are documented on {@link ActorStage}.
 */
final class PhraseResolver {
  private final KnowledgeBase kb;
  private final Map<String, List<Person>> surnames;
  private final Map<String, List<Person>> peopleByCountry = new java.util.HashMap<>();
  private final Namesakes namesakes;
  private final GroupMentions groups;

  PhraseResolver(KnowledgeBase kb, Map<String, List<Person>> surnames) {
    this.kb = kb;
    this.surnames = surnames;
    this.namesakes = new Namesakes(kb, surnames);
    this.groups = new GroupMentions(kb);
    for (Person p : kb.people()) {
      java.util.Set<String> countries = new java.util.HashSet<>();
      for (Role r : p.roles()) {
        if (r.country() != null) {
          countries.add(r.country());
        }
      }
      for (String c : countries) {
        peopleByCountry.computeIfAbsent(c, k -> new ArrayList<>()).add(p);
      }
    }
  }

  /** The modifiers of a phrase, read before its head is interpreted. */
  private static final class Modifiers {
    Country country;
    boolean countryIsAdjective;
    int countryEnd = -1;
    PeopleGroup people;
    /** The country comes from a place ("Karachi police"), not from a country word. */
    boolean countryFromPlace;
    Title title;
    final List<InstitutionPattern> institutions = new ArrayList<>();
    Discourse.Referent possessor;
    Actor possessorActor;
    /** "former", "ex-", "ousted" before the phrase: whoever it names no longer holds the office. */
    boolean former;
  }

  List<Mention> resolve(Sentence s, List<Atom> atoms, String text, LocalDate date, Discourse d) {
    List<Token> tokens = s.tokens();
    List<Mention> out = new ArrayList<>();
    java.util.Map<String, Integer> named = new java.util.HashMap<>();
    for (Atom a : atoms) {
      if (a.is(Entry.Kind.COUNTRY) || a.is(Entry.Kind.DEMONYM) || a.is(Entry.Kind.CAPITAL)) {
        named.merge(((Country) a.entry().target()).iso3(), 1, Integer::sum);
      }
    }
    d.startSentence(s.index(), named);
    d.nameParties(partyCountries(atoms, tokens));
    // unknown people of this sentence that no phrase rule placed in a country (local: the stage is shared)
    List<Appositives.Pending> pending = new ArrayList<>();
    for (List<Atom> phrase : Chunker.phrases(atoms, tokens)) {
      Mention m = phrase(s, phrase, atoms, text, date, d, pending);
      if (m != null) {
        out.add(m);
      }
    }
    for (Appositives.Pending p : pending) {
      Mention m = Appositives.resolve(p, out, text);
      if (m != null) {
        out.add(m);
      }
    }
    acronymsLeft(s, atoms, d, out);
    return SharedHeads.apply(tokens, out);
  }

  private Mention phrase(Sentence s, List<Atom> phrase, List<Atom> atoms, String text, LocalDate date,
      Discourse d, List<Appositives.Pending> pending) {
    List<Token> tokens = s.tokens();
    int headIndex = headIndex(phrase);
    Atom head = phrase.get(headIndex);
    Modifiers mods = new Modifiers();
    for (int i = 0; i < phrase.size(); i++) {
      if (i != headIndex) {
        modifier(phrase.get(i), mods, s, date, d);
      }
    }
    if (mods.country != null && !mods.countryFromPlace && Cues.lower(tokens, mods.countryEnd).equals("'s")
        && Lexicon.PATRONAGE_NOUNS.contains(Cues.lower(tokens, head.end()))) {
      // "Israel's militia ally in southern Lebanon": the possessor backs the group; where it is places it, also
      // for a title before it ("the deputy chief of Israel's militia ally in southern Lebanon")
      mods.country = PlaceTies.tied(atoms, tokens, head.start(), head.end(), PlaceTies.Reach.LOCATION, false);
      mods.countryFromPlace = mods.country != null;
    }
    Atom first = phrase.get(0);
    if (headIndex > 0 && Chunker.namedGroupsMembers(phrase.get(headIndex - 1), head)) {
      // "Hezbollah guerrillas": the members are coded as the group named before them, over the whole phrase
      Atom group = phrase.get(headIndex - 1);
      Span whole = new Span(first.charStart(), Math.max(first.charStart(), head.charEnd()));
      Builder gb = new Builder(s, whole, head.head(), text.substring(whole.start(), whole.end()));
      return organisation(gb, (Organisation) group.entry().target(), group, tokens, d, date);
    }
    Span span = new Span(first.charStart(), Math.max(first.charStart(), head.charEnd()));
    if (headIndex < phrase.size() - 1) {
      Atom last = phrase.get(phrase.size() - 1);
      span = new Span(first.charStart(), Math.max(head.charEnd(), last.charEnd()));
    }
    String surface = text.substring(span.start(), span.end());
    String det = Cues.determinerBefore(tokens, first.start());
    mods.former = Cues.formerBefore(tokens, first.start()) || Cues.formerWithin(tokens, first.start(), head.start());
    Builder b = new Builder(s, span, head.head(), surface);
    Country ethnicOrigin = EthnicMinority.origin(phrase, tokens);
    if (ethnicOrigin != null) {
      Mention m = groups.resolve(s, span, surface, head, EthnicMinority.group(ethnicOrigin, phrase.get(0).surface()),
          EthnicMinority.otherCountry(phrase, ethnicOrigin), phrase.get(phrase.size() - 1).end(), d, ethnicOrigin);
      if (m != null) {
        return m;
      }
    }
    if (head.is(Entry.Kind.PEOPLE) || mods.people != null) {
      PeopleGroup group = head.is(Entry.Kind.PEOPLE)
          ? (PeopleGroup) head.entry().target() : mods.people;
      int end = phrase.get(phrase.size() - 1).end();
      Mention m = groups.resolve(s, span, surface, head, group, mods.country, end, d);
      if (m != null || head.is(Entry.Kind.PEOPLE)) {
        return m;
      }
    }
    switch (head.type()) {
      case PRONOUN:
        return pronoun(b, head, d);
      case POSSESSIVE_PRONOUN:
        return null;
      case NER_PERSON:
        return unknownPerson(b, head, mods, date, d, pending);
      case NER_ORGANISATION: {
        // "the Supreme Court", "the Foreign Ministry": the tagger calls a generic body a name, while the knowledge
        // base knows it as an institution whose country the context gives. A single word ("State", "Army") is
        // as often short for a name the context gives ("State and Treasury departments", "the 41st Army")
        String bodyName = head.surface().toLowerCase(java.util.Locale.ROOT);
        InstitutionPattern generic = bodyName.indexOf(' ') < 0 ? null : kb.institution(bodyName).orElse(null);
        if (generic != null) {
          return institution(b, mods, generic, det, d, PlaceTies.forHead(atoms, tokens, phrase, generic, null));
        }
        return unknownOrganisation(b, head, mods, tokens, d);
      }
      default:
        break;
    }
    switch (head.kind()) {
      case PERSON:
        return person(b, namesakes.choose((Person) head.entry().target(), head.surface(), date, d), head, mods,
            date, d);
      case ORGANISATION:
        return organisation(b, (Organisation) head.entry().target(), head, tokens, d, date);
      case INSTITUTION:
        return institution(b, mods, (InstitutionPattern) head.entry().target(), det, d,
            PlaceTies.forHead(atoms, tokens, phrase, (InstitutionPattern) head.entry().target(), null));
      case TITLE:
        mods.title = (Title) head.entry().target();
        return description(b, mods, det, date, d, isPlural(tokens, head),
            PlaceTies.forHead(atoms, tokens, phrase, null, mods.title));
      case COUNTRY:
      case DEMONYM:
        return country(b, (Country) head.entry().target(), head, tokens, d, mods);
      case CAPITAL:
        return capital(b, (Country) head.entry().target(), head, tokens, d);
      case PLACE:
        return place(b, (Country) head.entry().target(), head, tokens, d);
      default:
        return null;
    }
  }

  /** The last atom, unless the phrase ends in "of Cambodia": then the title or institution before it. */
  private static int headIndex(List<Atom> phrase) {
    int last = phrase.size() - 1;
    Atom a = phrase.get(last);
    boolean countryComplement = a.is(Entry.Kind.COUNTRY) || a.is(Entry.Kind.DEMONYM) || a.is(Entry.Kind.CAPITAL)
        || a.is(Entry.Kind.PLACE);
    return countryComplement && last > 0 ? last - 1 : last;
  }

  private void modifier(Atom a, Modifiers mods, Sentence s, LocalDate date, Discourse d) {
    if (a.is(Entry.Kind.COUNTRY) || a.is(Entry.Kind.DEMONYM) || a.is(Entry.Kind.CAPITAL)) {
      if (Cues.stanceBefore(s.tokens(), a.start(), a.charStart())) {
        // "an anti-Syrian journalist", "pro-Iranian militias": the country is what they oppose or back, not theirs
        return;
      }
      if (a.is(Entry.Kind.DEMONYM) && mods.country != null && mods.countryEnd == a.start()) {
        // "Bosnian Serb forces", "Kosovo Albanian leaders": the first word places the people the second names
        return;
      }
      mods.country = (Country) a.entry().target();
      mods.countryIsAdjective = a.is(Entry.Kind.DEMONYM);
      mods.countryEnd = a.end();
      mods.countryFromPlace = false;
    } else if (a.is(Entry.Kind.PEOPLE)) {
      mods.people = (PeopleGroup) a.entry().target();
    } else if (a.is(Entry.Kind.PLACE)) {
      if (mods.country == null || mods.countryFromPlace) {
        // "the Pakistani police in Karachi": a country word outweighs a place
        mods.country = (Country) a.entry().target();
        mods.countryFromPlace = true;
      }
    } else if (a.is(Entry.Kind.TITLE)) {
      Title t = (Title) a.entry().target();
      mods.title = mods.title == null ? t : mergeTitles(mods.title, t);
    } else if (a.is(Entry.Kind.INSTITUTION)) {
      mods.institutions.add((InstitutionPattern) a.entry().target());
    } else if (a.is(Entry.Kind.PERSON)) {
      Person p = namesakes.choose((Person) a.entry().target(), a.surface(), date, d);
      mods.possessorActor = kb.actorFor(p, a.surface(), date);
      d.mentionPerson(new Discourse.Referent(mods.possessorActor, p, date == null ? null : p.mainRoleOn(date),
          s.index(), a.start(), s.post()));
    } else if (a.is(Entry.Kind.ORGANISATION)) {
      mods.possessorActor = organisationActor(a.surface(), (Organisation) a.entry().target(), date);
    } else if (a.type() == Atom.Type.NER_PERSON) {
      // "the Bush administration": every Bush who led a government led the same country's
      String country = countryOfNamesakes(a.surface(), r -> "GOV".equals(r.sector()));
      mods.possessorActor = country == null ? null : new Actor(a.surface(), country, country, null, null, null);
    } else if (a.type() == Atom.Type.POSSESSIVE_PRONOUN) {
      mods.possessor = d.recent(s.index(), a.start(), s.post(), r -> true, true);
      mods.possessorActor = mods.possessor == null ? null : mods.possessor.actor();
    }
  }

  /** "Senate" + "President" read as the title "senate president". */
  private static Title mergeTitles(Title a, Title b) {
    return new Title(a.words() + " " + b.words(), b.sector(), a.office() + " " + b.office(),
        a.generic() && b.generic());
  }

  // ---- heads

  private Mention person(Builder b, Person p, Atom head, Modifiers mods, LocalDate date, Discourse d) {
    Actor actor = kb.actorFor(p, b.surface, date);
    Role role = date == null ? null : p.mainRoleOn(date);
    if (date == null) {
      boolean former = mods.former || UndatedPerson.formerBefore(b.sentence.tokens(), b.span.start(), b.surface);
      UndatedPerson.Coded undated = UndatedPerson.code(p, b.surface, mods.title,
          mods.country == null ? null : mods.country.iso3(), former);
      if (undated != null) {
        actor = undated.actor();
        role = undated.role();
      }
    }
    d.mentionPerson(new Discourse.Referent(actor, p, role, b.sentence.index(), head.start(), b.sentence.post()));
    boolean fullName = NameKey.of(head.surface()).equals(NameKey.of(p.name()));
    return b.mention(actor, fullName ? Resolution.FULL_NAME : Resolution.ALIAS);
  }

  private Mention unknownPerson(Builder b, Atom head, Modifiers mods, LocalDate date, Discourse d,
      List<Appositives.Pending> pending) {
    if (isPronounLike(head.surface())) {
      return pronoun(b, head, d);
    }
    Discourse.Referent earlier = d.byNamePart(head.surface());
    if (earlier != null) {
      Actor a = withText(earlier.actor(), b.surface);
      d.mentionPerson(new Discourse.Referent(a, earlier.person(), earlier.role(), b.sentence.index(), head.start(),
          b.sentence.post()));
      return b.mention(a, Resolution.SURNAME);
    }
    if (mods.title != null && date != null) {
      Person holder = uniqueHolderBySurname(head.surface(), mods.title, date);
      if (holder != null) {
        Actor a = kb.actorFor(holder, b.surface, date);
        d.mentionPerson(new Discourse.Referent(a, holder, holder.mainRoleOn(date), b.sentence.index(),
            head.start(), b.sentence.post()));
        return b.mention(a, Resolution.TITLE);
      }
    }
    String country = mods.country != null ? mods.country.iso3() : null;
    if (country == null && mods.title != null) {
      // "President Mugabe of Zimbabwe", "Vice-President X of Ghana", "Ambassador X of France"
      country = countryAfterOf(b.sentence.tokens(), head.end());
    }
    if (country == null && mods.title != null) {
      // "President Bush" on a day no Bush was in office (an undated wire story): every Bush who ever was
      // president was American, which beats any country the sentence happens to name ("against Russia")
      country = countryOfNamesakes(head.surface(), mods.title);
    }
    boolean political = mods.title != null
        && Lexicon.HEAD_OF_STATE_TITLES.contains(mods.title.words().replace('-', ' '));
    if (country == null && political) {
      // in a story already about one country, its president
      country = d.mainCountryBefore();
      if (country == null) {
        // "President Omar al-Bashir eased the curfew in Sudan": the one country the sentence names
        country = d.onlyCountryOfSentence();
      }
    }
    if (country == null && mods.title != null && !political && stayHome(mods.title)) {
      // "Judge X opened an inquiry into Chilean officials", "Interior Minister X said Vietnam would ...": a
      // domestic office holder belongs to the one country the sentence names as a party (not as a destination)
      country = d.onlyPartyCountryOfSentence();
    }
    String sector = mods.title != null ? (mods.former ? "ELI" : mods.title.sector())
        : mods.institutions.isEmpty() ? null : mods.institutions.get(mods.institutions.size() - 1).sector();
    String role = mods.title != null ? (mods.former ? "former " : "") + mods.title.words()
        : mods.institutions.isEmpty() ? null : mods.institutions.get(mods.institutions.size() - 1).head();
    Actor a = new Actor(b.surface, code(country, sector), country, sector, null, role);
    d.mentionPerson(new Discourse.Referent(a, null, null, b.sentence.index(), head.start(), b.sentence.post()));
    if (country == null) {
      pending.add(new Appositives.Pending(b.sentence.index(), b.span, b.head, a, mods.title != null));
      return null;
    }
    return b.mention(a, mods.countryIsAdjective ? Resolution.NATIONALITY : Resolution.NER);
  }

  /** The country named by "of Zimbabwe" / "of South Africa" right after a name, or null. */
  private String countryAfterOf(List<Token> tokens, int after) {
    if (!Cues.lower(tokens, after).equals("of")) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (int k = after + 1; k < Math.min(tokens.size(), after + 4); k++) {
      String w = tokens.get(k).text();
      if (!AtomFinder.startsUpper(w) && !w.equals("and")) {
        break;
      }
      name.append(name.length() == 0 ? "" : " ").append(w);
      Country c = kb.country(name.toString()).or(() -> kb.countryOfPlace(name.toString())).orElse(null);
      if (c != null) {
        return c.iso3();
      }
    }
    return null;
  }

  /** The one country of every known person of this surname who ever held an office the title fits, or null. */
  private String countryOfNamesakes(String surface, Title title) {
    return countryOfNamesakes(surface, title::fits);
  }

  /** The one country of every known person of this surname who ever held a role that passes, or null. */
  private String countryOfNamesakes(String surface, java.util.function.Predicate<Role> passes) {
    List<String> units = NameKey.unitsOfName(surface);
    if (units.isEmpty()) {
      return null;
    }
    String found = null;
    for (Person p : surnames.getOrDefault(units.get(units.size() - 1), List.of())) {
      for (Role r : p.roles()) {
        if (r.country() != null && passes.test(r)) {
          if (found != null && !found.equals(r.country())) {
            return null;
          }
          found = r.country();
        }
      }
    }
    return found;
  }

  private Person uniqueHolderBySurname(String surface, Title title, LocalDate date) {
    List<String> units = NameKey.unitsOfName(surface);
    if (units.isEmpty()) {
      return null;
    }
    Person found = null;
    for (Person p : surnames.getOrDefault(units.get(units.size() - 1), List.of())) {
      for (Role r : p.rolesOn(date)) {
        if (title.fits(r)) {
          if (found != null && found != p) {
            return null;
          }
          found = p;
        }
      }
    }
    return found;
  }

  private Mention pronoun(Builder b, Atom head, Discourse d) {
    Discourse.Referent r = d.recent(b.sentence.index(), head.start(), b.sentence.post(), x -> true, true);
    if (r == null || r.actor().country() == null) {
      return null;
    }
    return b.mention(withText(r.actor(), b.surface), Resolution.PRONOUN);
  }

  private Mention organisation(Builder b, Organisation o, Atom head, List<Token> tokens, Discourse d,
      LocalDate date) {
    if (o.isMedia() && Cues.isSourceFrame(tokens, head.start(), head.end())) {
      return null;
    }
    Actor a = organisationActor(b.surface, o, date);
    defineAcronymAfter(tokens, head, a, d);
    d.countCountry(a.country());
    Resolution how = "metonym".equals(o.kind()) ? Resolution.METONYM
        : head.surface().matches("[A-Z][A-Z.&]{1,7}") ? Resolution.ACRONYM : Resolution.ORGANISATION;
    return b.mention(a, how);
  }

  /** An organisation as it was on the date: by the period that covers the day, else by its row. */
  private static Actor organisationActor(String surface, Organisation o, LocalDate date) {
    Role period = OrganisationPeriods.bundled().on(o.id(), date).orElse(null);
    if (period == null) {
      return new Actor(surface, o.code(), o.country(), o.sector(), o.id(), null);
    }
    return new Actor(surface, period.code(), period.country(), period.sector(), o.id(), null);
  }

  private Mention unknownOrganisation(Builder b, Atom head, Modifiers mods, List<Token> tokens, Discourse d) {
    Actor known = d.acronym(head.surface());
    if (known != null) {
      return b.mention(withText(known, b.surface), Resolution.ACRONYM);
    }
    String country = mods.country != null ? mods.country.iso3() : null;
    String sector = null;
    boolean media = false;
    for (String unit : NameKey.unitsOfName(head.surface())) {
      media |= Lexicon.MEDIA_NAME_WORDS.contains(unit);
      if (country == null) {
        Country c = kb.country(capitalise(unit)).or(() -> kb.countryByAdjective(capitalise(unit))).orElse(null);
        country = c == null ? null : c.iso3();
      }
      InstitutionPattern p = kb.institution(unit).orElse(null);
      String fromName = p != null ? p.sector() : Lexicon.NAME_HEADS.get(unit);
      if (fromName != null && !"OPP".equals(sector)) {
        sector = fromName;
      }
    }
    if (media) {
      if (Cues.isSourceFrame(tokens, head.start(), head.end())) {
        return null;
      }
      sector = "MED";
    }
    for (InstitutionPattern p : mods.institutions) {
      sector = p.sector();
    }
    if (country == null && sector != null) {
      // "Baghdad University", "the Lagos State Government", "Karachi Press Club": a place in the name of a
      // body whose kind the name tells; "the Budapest Memorandum" or "the Minsk Group" name no actor by the place
      Country c = PlaceTies.inName(kb, head.surface());
      country = c == null ? null : c.iso3();
    }
    if (country == null && !"IGO".equals(sector) && !"NGO".equals(sector)) {
      // "Forces for Defence of Democracy": a sector without a country is no code (CAMEO has no bare "MIL")
      return null;
    }
    Actor a = new Actor(b.surface, code(country, sector), country, sector, null, null);
    defineAcronymAfter(tokens, head, a, d);
    d.countCountry(country);
    return b.mention(a, Resolution.NER);
  }

  private Mention institution(Builder b, Modifiers mods, InstitutionPattern head, String det, Discourse d,
      Country tied) {
    if (PlaceTies.needsPlace(head.head()) && b.head > 0
        && AtomFinder.startsUpper(b.sentence.tokens().get(b.head).text())) {
      // "the Donetsk People's Republic": a capitalised "People" inside a sentence is part of a name
      return null;
    }
    String country = mods.country != null ? mods.country.iso3()
        : mods.possessorActor != null ? mods.possessorActor.country()
        : tied != null ? tied.iso3()
        : det.equals("the") && !PlaceTies.needsPlace(head.head()) ? contextCountry(b, d) : null;
    if (country == null && "NGO".equals(head.sector()) && mods.institutions.isEmpty()) {
      // "a human rights group protested": a non-governmental body the text places nowhere is coded as CAMEO
      // codes international NGOs, by its kind alone (NGO), never given a guessed country
      return b.mention(new Actor(b.surface, "NGO", null, "NGO", null, head.head()), Resolution.INSTITUTION);
    }
    if (country == null) {
      return null;
    }
    InstitutionPattern main = head;
    for (InstitutionPattern p : mods.institutions) {
      if ("OPP".equals(p.sector())) {
        main = p;
      }
    }
    if (tied != null && mods.country == null && mods.possessorActor == null) {
      // where a group is says less about whom the story is about than a country word does
      d.countBareCountry(country);
    } else {
      d.countCountry(country);
    }
    Actor a = new Actor(b.surface, code(country, main.sector()), country, main.sector(), null,
        main.office() != null ? main.office() : head.head());
    return b.mention(a, Resolution.INSTITUTION);
  }

  /** A title without a name: "the prime minister", "the Cambodian leader", "a U.S. official". */
  private Mention description(Builder b, Modifiers mods, String det, LocalDate date, Discourse d,
      boolean plural, Country tied) {
    Title title = mods.title;
    String wanted = mods.country != null ? mods.country.iso3() : null;
    String sectorWanted = null;
    for (InstitutionPattern p : mods.institutions) {
      sectorWanted = p.sector();
    }
    final String sectorFilter = sectorWanted;
    boolean indefinite = Lexicon.INDEFINITE.contains(det);
    // "the former prime minister" is neither today's holder nor, safely, whoever held the office last
    if (!indefinite && !plural && !mods.former) {
      Discourse.Referent r = d.recent(b.sentence.index(), Integer.MAX_VALUE, b.sentence.post(),
          x -> x.person() != null && (wanted == null || wanted.equals(x.actor().country()))
              && (sectorFilter == null || sectorFilter.equals(x.actor().sector()))
              && fitsTitle(title, x), false);
      if (r != null) {
        return b.mention(withText(r.actor(), b.surface), Resolution.DEFINITE_DESCRIPTION);
      }
      String country = wanted != null ? wanted : d.mainCountry();
      if (country != null && date != null && !title.generic() && !mods.countryFromPlace) {
        Person holder = uniqueHolder(country, title, date);
        if (holder != null) {
          Actor a = kb.actorFor(holder, b.surface, date);
          d.mentionPerson(new Discourse.Referent(a, holder, holder.mainRoleOn(date), b.sentence.index(),
              b.head, b.sentence.post()));
          return b.mention(a, Resolution.DEFINITE_DESCRIPTION);
        }
      }
    }
    String country = wanted != null ? wanted
        : mods.possessorActor != null ? mods.possessorActor.country()
        : tied != null ? tied.iso3()
        : det.equals("the") ? contextCountry(b, d) : null;
    if (country == null) {
      return null;
    }
    String sector = mods.former ? "ELI" : sectorFilter != null ? sectorFilter : title.sector();
    if (wanted == null && mods.possessorActor == null && tied != null) {
      d.countBareCountry(country);
    } else {
      d.countCountry(country);
    }
    return b.mention(new Actor(b.surface, code(country, sector), country, sector, null, title.words()),
        mods.countryIsAdjective ? Resolution.NATIONALITY : Resolution.DEFINITE_DESCRIPTION);
  }

  /**
   * Whether a person mentioned earlier can be called by this title: by the role they were coded with, or,
   * when the text gave no date to choose one, by any role they ever held ("the envoy" is not the king).
   */
  private static boolean fitsTitle(Title title, Discourse.Referent x) {
    if (x.role() != null) {
      return title.fits(x.role());
    }
    return x.person().roles().stream().anyMatch(title::fits);
  }

  /**
   * The country of "the government" or "the opposition party" named without one: that of the nearest
   * person before it in the same sentence ("Hun Sen threatened to ban the opposition party"; institutions
   * are weaker cues: "Kem Sokha's conspiracy with the U.S. government, which caused boycotting by the
   * opposition party"), else the country the document has dwelt on most so far, not that of whoever was
   * mentioned last in an earlier sentence (a story about Cambodia quoting an American).
   */
  private static String contextCountry(Builder b, Discourse d) {
    int here = b.sentence.index();
    Discourse.Referent r = d.recent(here, b.head, b.sentence.post(),
        x -> x.sentence() == here && x.actor().country() != null, false);
    return r != null ? r.actor().country() : d.mainCountry();
  }

  private Person uniqueHolder(String country, Title title, LocalDate date) {
    Person found = null;
    for (Person p : peopleByCountry.getOrDefault(country, List.of())) {
      for (Role r : p.rolesOn(date)) {
        if (country.equals(r.country()) && title.fits(r)) {
          if (found != null && found != p) {
            return null;
          }
          found = p;
        }
      }
    }
    return found;
  }

  /**
   * A country named alone is the country ({@code KHM}, no sector), as PETRARCH codes it; when it acts (an
   * active verb follows) it is its government ({@code KHMGOV}).
   */
  private Mention country(Builder b, Country named, Atom head, List<Token> tokens, Discourse d, Modifiers mods) {
    if (Cues.stanceBefore(tokens, head.start(), head.charStart())) {
      // "anti-American rhetoric", "a pro-Russian columnist": the country is a stance's object, no one's nationality
      return null;
    }
    // a people is a plural demonym ("Albanians", "Serbs"; the tagger may call them NNP)
    Country home = head.is(Entry.Kind.DEMONYM) && Cues.lower(tokens, head.end() - 1).endsWith("s")
        ? Residence.of(kb, tokens, head.start(), head.end(), named, mods.country) : null;
    Country c = home != null ? home : named;
    d.countBareCountry(c.iso3());
    boolean acts = head.is(Entry.Kind.COUNTRY) && Cues.acts(tokens, head.end());
    // a demonym standing as a noun names people, not the state: "Palestinians", "two Nigerians", "an Iraqi"
    boolean people = head.is(Entry.Kind.DEMONYM) && mods.title == null && mods.institutions.isEmpty()
        && Cues.demonymAsNoun(tokens, head.start(), head.end());
    String sector = acts ? "GOV" : people ? "CVL" : null;
    return b.mention(new Actor(b.surface, code(c.iso3(), sector), c.iso3(), sector, null, null),
        head.is(Entry.Kind.DEMONYM) ? Resolution.NATIONALITY : Resolution.COUNTRY);
  }

  /** Words in a title whose holders travel: their country is not that of the places they are named with. */
  private static final java.util.Set<String> TRAVELLING = java.util.Set.of("foreign", "ambassador", "envoy",
      "diplomat", "state", "defence", "defense", "secretary", "special", "representative", "commissioner",
      "secretary-general", "emissary", "negotiator", "mediator", "consul", "attache");

  private static boolean stayHome(Title t) {
    if (!java.util.Set.of("GOV", "JUD", "LEG", "MIL", "COP").contains(t.sector())) {
      return false;
    }
    for (String w : t.wordList()) {
      if (TRAVELLING.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Words before a country that make it a destination or a scene, not a party. */
  private static final java.util.Set<String> SCENE_WORDS = java.util.Set.of("to", "in", "into", "from", "visit",
      "visited", "visiting", "visits", "toward", "towards", "at", "across", "via", "through");

  /** The countries a sentence names as parties: by name, adjective or capital, not after "to", "in", "visited". */
  private static java.util.Set<String> partyCountries(List<Atom> atoms, List<Token> tokens) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (Atom a : atoms) {
      if ((a.is(Entry.Kind.COUNTRY) || a.is(Entry.Kind.DEMONYM) || a.is(Entry.Kind.CAPITAL))
          && !SCENE_WORDS.contains(PlaceTies.prepositionBefore(tokens, a.start()))
          && !SCENE_WORDS.contains(Cues.lower(tokens, a.start() - 1))) {
        out.add(((Country) a.entry().target()).iso3());
      }
    }
    return out;
  }

  /** Prepositions after which a capital names a party, not a place. */
  private static final java.util.Set<String> PARTY_PREPOSITIONS = java.util.Set.of("by", "with", "against",
      "toward", "towards");

  /** A capital is its government only when it acts or owns an office ("Washington said"), never a place. */
  private Mention capital(Builder b, Country c, Atom head, List<Token> tokens, Discourse d) {
    // "in the capital Kabul", "in the capital city of Algiers": the preposition stands before the lead-in
    int leadIn = capitalLeadIn(tokens, head.start());
    String before = Cues.lower(tokens, leadIn - 1);
    String after = Cues.lower(tokens, head.end());
    // "in Tehran, the ministry said" is the capital; "Athens, Georgia" or "Paris, Texas" is another place
    boolean otherPlaceAfter = after.equals(",") && head.end() + 1 < tokens.size()
        && AtomFinder.startsUpper(tokens.get(head.end() + 1).text())
        && !namesCountry(c, tokens.get(head.end() + 1).text());
    boolean partOfName = head.start() > 0 && "PERSON".equals(tokens.get(head.start() - 1).ner())
        && AtomFinder.startsUpper(tokens.get(head.start() - 1).text());
    boolean place = Lexicon.LOCATIVE.contains(before) || before.equals(",") || after.equals(",")
        && head.end() + 1 < tokens.size() && AtomFinder.startsUpper(tokens.get(head.end() + 1).text())
        || after.equals("state") || after.equals("d.c.") || after.equals("dc")
        || (head.end() < tokens.size() && AtomFinder.startsUpper(tokens.get(head.end()).text())
            && !after.equals("'s"));
    boolean notTheCapital = partOfName || "PERSON".equals(tokens.get(head.start()).ner())
        || after.equals("state") || otherPlaceAfter || (head.end() < tokens.size()
            && AtomFinder.startsUpper(tokens.get(head.end()).text()) && !after.equals("'s"));
    if (!notTheCapital && (Lexicon.PLACE_PREPOSITIONS.contains(before)
        || Lexicon.PLACE_PREPOSITIONS.contains(PlaceTies.prepositionBefore(tokens, leadIn))
        && (leadIn < head.start() || Cues.pos(tokens, head.start() - 1).startsWith("JJ")))) {
      // "in Amman", "in central Amman"
      // "arrived in Amman", "flew to Amman": the country as a place (no sector), where a visit goes
      d.countBareCountry(c.iso3());
      return b.mention(new Actor(b.surface, c.iso3(), c.iso3(), null, null, null), Resolution.COUNTRY);
    }
    if (!notTheCapital && !place && PARTY_PREPOSITIONS.contains(before)) {
      // "ties with Tehran", "an admission by Moscow", "sanctions against Pyongyang": a party to something
      return b.mention(new Actor(b.surface, code(c.iso3(), "GOV"), c.iso3(), "GOV", null, null), Resolution.METONYM);
    }
    if (partOfName || place || "PERSON".equals(tokens.get(head.start()).ner()) || !Cues.acts(tokens, head.end())) {
      return null;
    }
    return b.mention(new Actor(b.surface, code(c.iso3(), "GOV"), c.iso3(), "GOV", null, null), Resolution.METONYM);
  }

  /** Words that name a capital as such before its name: "the capital", "the Afghan capital", "the city of". */
  private static final java.util.Set<String> CAPITAL_NOUNS = java.util.Set.of("capital", "city");

  /**
   * Where the phrase that introduces a capital begins: at "the" of "the capital Kabul", "the capital city of
   * Algiers", "the city of Algiers"; at the capital itself when nothing introduces it.
   */
  static int capitalLeadIn(List<Token> tokens, int start) {
    int k = start - 1;
    if (Cues.lower(tokens, k).equals("of")) {
      k--;
    }
    if (!CAPITAL_NOUNS.contains(Cues.lower(tokens, k))) {
      return start;
    }
    while (k - 1 >= 0 && CAPITAL_NOUNS.contains(Cues.lower(tokens, k - 1))) {
      k--; // "capital city"
    }
    return Cues.lower(tokens, k - 1).equals("the") ? k - 1 : k;
  }

  private static boolean namesCountry(Country c, String word) {
    return c.allNames().contains(word) || c.adjectives().contains(word);
  }

  /**
   * A place below the country named after a preposition ("in Mosul", "near the town of Cizre", "in central
   * Baghdad") is the country as a place (no sector), so that the event coder can take it as where force was
   * used; anywhere else ("Mosul fell", "the Mosul offensive") it gives no mention and never acts.
   */
  private Mention place(Builder b, Country c, Atom head, List<Token> tokens, Discourse d) {
    String before = PlaceTies.prepositionBefore(tokens, head.start());
    if (!Cues.pos(tokens, head.start() - 1).isEmpty() && !PlaceTies.isPlacePreposition(before)) {
      return null;
    }
    if (head.start() == 0 || Cues.acts(tokens, head.end())) {
      return null;
    }
    // a place is where things happen, not whom the story is about: it does not count for the context country
    return b.mention(new Actor(b.surface, c.iso3(), c.iso3(), null, null, null), Resolution.PLACE);
  }

  // ---- acronyms

  private static void defineAcronymAfter(List<Token> tokens, Atom head, Actor a, Discourse d) {
    if (Cues.lower(tokens, head.end()).equals("(") && Cues.lower(tokens, head.end() + 2).equals(")")) {
      String acro = tokens.get(head.end() + 1).text();
      if (acro.matches("[A-Z][A-Z0-9&.-]{1,9}")) {
        d.defineAcronym(acro, a);
      }
    }
  }

  /** Acronyms defined earlier that the NER left unlabelled, outside their own definition. */
  private void acronymsLeft(Sentence s, List<Atom> atoms, Discourse d, List<Mention> out) {
    List<Token> tokens = s.tokens();
    for (Token t : tokens) {
      Actor a = d.acronym(t.text());
      if (a == null || covered(atoms, t.index())
          || (Cues.lower(tokens, t.index() - 1).equals("(") && Cues.lower(tokens, t.index() + 1).equals(")"))) {
        continue;
      }
      out.add(new Mention(s.index(), t.span(), t.index(), withText(a, t.text()), Resolution.ACRONYM));
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
  }

  private static boolean covered(List<Atom> atoms, int token) {
    for (Atom a : atoms) {
      if (a.start() <= token && token < a.end()) {
        return true;
      }
    }
    return false;
  }

  // ---- helpers

  private static boolean isPlural(List<Token> tokens, Atom head) {
    String p = Cues.pos(tokens, head.head());
    return p.equals("NNS") || p.equals("NNPS") || (p.isEmpty() && head.surface().endsWith("s"));
  }

  private static boolean isPronounLike(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return Lexicon.PERSONAL_PRONOUNS.contains(l) || l.equals("his") || l.equals("i") || l.equals("we")
        || l.equals("they") || l.equals("it") || l.equals("you");
  }

  static String code(String country, String sector) {
    String c = (country == null ? "" : country) + (sector == null ? "" : sector);
    return c.isEmpty() ? null : c;
  }

  private static Actor withText(Actor a, String text) {
    return new Actor(text, a.code(), a.country(), a.sector(), a.entity(), a.role());
  }

  private static String capitalise(String unit) {
    return unit.isEmpty() ? unit : Character.toUpperCase(unit.charAt(0)) + unit.substring(1);
  }

  /** Where the mention is: shared by every rule. */
  private static final class Builder {
    final Sentence sentence;
    final Span span;
    final int head;
    final String surface;

    Builder(Sentence sentence, Span span, int head, String surface) {
      this.sentence = sentence;
      this.span = span;
      this.head = head;
      this.surface = surface;
    }

    Mention mention(Actor actor, Resolution how) {
      return new Mention(sentence.index(), span, head, actor, how);
    }
  }
}
