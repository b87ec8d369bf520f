package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.events.lexicon.CameoCode;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.events.lexicon.PloverType;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Span;

/**
 * Force whose doer the sentence does not name: "a roadside bomb killed two soldiers", "an explosion near the
 * market wounded five", "three policemen were killed in an ambush", "a journalist was arrested in Tehran".
 * CAMEO codes these as attacks (or arrests) by an unknown actor; like ICEWS's "unidentified attackers" of a
 * country, the unknown actor takes the country of the place the act was done in when the sentence names one
 * (and no country otherwise). The recipient is whoever suffered it, or failing that the place that was hit
 * ("mortar shells struck Kabul"). Nothing is coded when the sentence names no one who suffered it and no place,
 * when the subject is a pronoun or a name the actor stage did not know (someone the sentence does name, just
 * not to us), or when the verb has no subject of its own.
 */
public final class UnattributedForce {
  /** Tags of words that refer back to someone named elsewhere ("they killed", "which killed"). */
  private static final Set<String> REFERRING_TAGS = Set.of("PRP", "PRP$", "WP", "WP$", "WDT", "DT", "EX");
  /** Named-entity tags of a subject that names someone the actor stage did not resolve. */
  private static final Set<String> NAMED_TAGS = Set.of("PERSON", "ORGANIZATION", "NATIONALITY", "COUNTRY",
      "RELIGION", "IDEOLOGY", "CITY", "STATE_OR_PROVINCE", "LOCATION", "MISC");
  /** Clauses of their own under the trigger: places named there are not where the act was done. */
  private static final Set<String> OWN_CLAUSES = Set.of("ccomp", "xcomp", "advcl", "conj", "parataxis",
      "acl:relcl", "csubj", "appos");
  /** Prepositions that say where something was: "a bombing in the capital", "a blast near the border". */
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "at", "outside", "inside", "around",
      "on");
  /** Prepositions that name what did the harm: "killed in a car bombing", "wounded by a roadside bomb". */
  private static final Set<String> MEANS_PREPOSITIONS = Set.of("in", "by", "with");

  /** An unattributed event's actor and recipients, and its code when a means noun says more than the verb. */
  record Found(Mention actor, List<Mention> recipients, CameoCode cameo, String mode) {}

  private final ObjectRecipients objects;

  UnattributedForce(ObjectRecipients objects) {
    this.objects = objects;
  }

  /** Whether an event of this type, with no actor found, may be coded with an unknown one. */
  public static boolean applies(PloverType type) {
    return type == PloverType.ASSAULT || type == PloverType.COERCE;
  }

  /**
   * @param recipients the recipients the coder found on the trigger (the passive subject, the object, ...)
   * @return the unattributed event, or null when the sentence does not support one
   */
  Found find(ParseView p, Arguments args, Trigger t, int supportVerb, Map<Integer, Trigger> byToken,
      List<Mention> recipients) {
    int slot = supportVerb >= 0 ? supportVerb : t.token();
    if (!p.isVerb(slot) || t.entry().kind() == LexiconEntry.Kind.NOUN && supportVerb < 0) {
      return null; // "the bombing in the capital" names no one it was done to; the verb that says so codes it
    }
    int agent;
    if (p.isPassive(slot)) {
      agent = agentPhrase(p, slot); // "were wounded by a roadside bomb"; -1 when no agent is named at all
    } else {
      agent = subject(p, slot);
      if (agent < 0) {
        return null;
      }
    }
    if (agent >= 0 && !isUnnamedThing(p, args, agent)) {
      return null;
    }
    List<Mention> victims = withCountry(recipients);
    if (victims.isEmpty()) {
      Mention hit = objects.placeInObject(p, args.index(), t, supportVerb);
      victims = hit == null ? List.of() : List.of(hit);
    }
    Mention place = placeOfAct(p, args.index(), slot, agent, victims);
    if (victims.isEmpty() && place != null && ObjectRecipients.objectPhrase(p, t, supportVerb) >= 0) {
      // "a car bombing in Baghdad killed three civilians": people of no named country, hurt in a place, are
      // taken to be that place's
      victims = List.of(place);
    }
    if (victims.isEmpty()) {
      return null;
    }
    CameoCode cameo = t.entry().cameo();
    String mode = t.entry().mode();
    Trigger means = means(p, slot, agent, byToken);
    if (means != null && means != t) {
      cameo = means.entry().cameo();
      mode = means.entry().mode();
    }
    return new Found(unknownActor(p, agent, slot, place), victims, cameo, mode);
  }

  /** Markers under which a release noun is something that happened: "including the recent release of ...". */
  private static final Set<String> HAPPENED_MARKERS = Set.of("include", "including", "after", "following", "since");
  /** Verbs whose object release has not (yet) happened: "delayed the release of", "awaits the release of". */
  private static final Set<String> NOT_YET = Set.of("delay", "postpone", "prevent", "block", "stall", "await",
      "expect", "anticipate", "consider", "plan", "discuss", "negotiate", "seek", "oppose", "hinder", "obstruct",
      "want", "need", "require", "arrange", "mediate", "condition", "link", "tie");

  /**
   * "welcomed the release of the crew", "including the recent release from detention of opposition members": a
   * release named as a noun that did happen, by whoever held them (unnamed, as for "was released"). Only where
   * the noun is the plain argument of a verb that is no event of its own or that endorses it, or an adjunct that
   * says it happened; "negotiated", "demanded", "agreed to" or "talks on" a release are not a release.
   *
   * @param recipients the released, as the coder found them on the noun
   * @return the release by an unknown actor, or null
   */
  Found releaseNamedByNoun(ParseView p, Trigger t, Map<Integer, Trigger> byToken, List<Mention> recipients) {
    int n = t.token();
    int g = p.governor(n);
    List<Mention> released = withCountry(recipients);
    if (t.entry().kind() != LexiconEntry.Kind.NOUN || !"release".equals(t.entry().mode()) || released.isEmpty()
        || g < 0) {
      return null;
    }
    String r = p.relation(n);
    boolean argument = (r.equals("obj") || r.equals("nsubj") || r.equals("nsubj:pass")) && p.isVerb(g);
    boolean happened = (p.isRelation(n, "obl") || p.isRelation(n, "nmod"))
        && HAPPENED_MARKERS.contains(String.valueOf(p.marker(n)));
    Trigger governing = byToken.get(g);
    if (!(argument || happened) || governing != null && governing.entry().type() != PloverType.SUPPORT
        || argument && NOT_YET.contains(p.lemma(g))) {
      return null;
    }
    return new Found(unknownActor(p, -1, n, null), released, t.entry().cameo(), t.entry().mode());
  }

  /**
   * Whether the actors found for a verb are only places named in its subject, where the subject is itself an
   * attack ("a car bombing in Baghdad killed three"): the place says where it went off, not who set it off.
   */
  static boolean onlyPlacesOfAnAttack(ParseView p, List<Mention> actors, int verb, Map<Integer, Trigger> byToken) {
    int s = subject(p, verb);
    Trigger noun = s < 0 ? null : byToken.get(s);
    if (noun == null || noun.entry().kind() != LexiconEntry.Kind.NOUN || !applies(noun.entry().type())) {
      return false;
    }
    for (Mention a : actors) {
      int h = a.head();
      boolean placedByPreposition = h >= 0 && h < p.size() && h != s && p.isRelation(h, "nmod")
          && PLACE_PREPOSITIONS.contains(String.valueOf(p.marker(h)));
      if (!placedByPreposition || !ObjectRecipients.isPlaceMention(a)) {
        return false; // "US drone attacks killed ...": a country modifying the attack is who attacked
      }
    }
    return !actors.isEmpty();
  }

  /** The subject of the verb, of the verb it is coordinated with, or the noun a relative clause describes. */
  private static int subject(ParseView p, int verb) {
    int s = p.child(verb, "nsubj");
    if (s < 0 && p.relation(verb).equals("conj") && p.governor(verb) >= 0) {
      s = p.child(p.governor(verb), "nsubj"); // "a bomb exploded and killed three"
    }
    if (s >= 0 && (p.pos(s).equals("WDT") || p.lemma(s).equals("that") || p.lemma(s).equals("which"))
        && p.relation(verb).equals("acl:relcl")) {
      s = p.governor(verb); // "a bomb that killed three"
    }
    return s;
  }

  private static int agentPhrase(ParseView p, int verb) {
    for (int c : p.children(verb)) {
      if ((p.isRelation(c, "obl") || p.isRelation(c, "nmod")) && ("by".equals(p.marker(c))
          || p.relation(c).endsWith(":agent"))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether the agent is a thing or an unnamed someone ("a roadside bomb", "an explosion", "gunmen"): a common
   * noun that names no actor mention. A pronoun refers to someone named elsewhere, a proper name is someone
   * the actor stage did not know: either way the act has a doer, just not one we can code.
   */
  private static boolean isUnnamedThing(ParseView p, Arguments args, int agent) {
    String pos = p.pos(agent);
    String ner = p.token(agent).ner();
    // the first word of a sentence is capitalised whatever it is: "Rockets hit ..." may be tagged as a name
    boolean capitalisedNoun = agent == 0 && pos.startsWith("NNP") && (ner == null || ner.equals("O"));
    if (!pos.startsWith("NN") || pos.startsWith("NNP") && !capitalisedNoun || REFERRING_TAGS.contains(pos)) {
      return false;
    }
    if (ner != null && NAMED_TAGS.contains(ner)) {
      return false;
    }
    int sentence = p.sentence().index();
    if (args.index().at(sentence, agent) != null) {
      return false;
    }
    for (int c : p.children(agent)) {
      String r = p.relation(c);
      if (r.equals("nmod:poss") && p.pos(c).startsWith("PRP")) {
        return false; // "its aircraft", "their fighters": someone named elsewhere
      }
      boolean modifier = r.equals("compound") || r.equals("amod") || r.equals("nmod:poss");
      if (modifier && (p.pos(c).startsWith("NNP") || args.index().at(sentence, c) != null
          || p.token(c).ner() != null && NAMED_TAGS.contains(p.token(c).ner()))) {
        return false; // "Taliban gunmen", "Hamas rockets": named, if not known to us; "Israeli jets": known
      }
    }
    return true; // "a bomb in the capital": a place it went off in says where, not who
  }

  /** Victims a country can be told of ("two Afghan soldiers", "a French journalist"). */
  private static List<Mention> withCountry(List<Mention> recipients) {
    List<Mention> out = new ArrayList<>(recipients.size());
    for (Mention m : recipients) {
      if (m.actor().country() != null || m.actor().code() != null) {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * Where the act was done: the place nearest the trigger in its own clause ("killed ... in central Baghdad",
   * "a bomb near the town of X", "shells landed in Kabul"), outside clauses of their own. A place that is the
   * object ("struck Kabul") says what was hit, not where the act was done from, and is not read.
   */
  private Mention placeOfAct(ParseView p, MentionIndex mentions, int slot, int agent, List<Mention> victims) {
    List<Integer> roots = new ArrayList<>(List.of(slot));
    if (agent >= 0 && !p.dominates(slot, agent)) {
      roots.add(agent); // "a bomb near the market that killed three": the agent's own phrase
    }
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < p.size(); k++) {
      int root = -1;
      for (int r : roots) {
        if (p.dominates(r, k) && (r != agent || !p.dominates(slot, k))) {
          root = r;
        }
      }
      if (root < 0 || insideVictimOrClause(p, root, k)) {
        continue;
      }
      Mention m = objects.placeNamedAt(p, mentions, k);
      if (m != null && Math.abs(k - slot) < bestDistance) {
        best = m;
        bestDistance = Math.abs(k - slot);
      }
    }
    return best;
  }

  private static boolean insideVictimOrClause(ParseView p, int root, int token) {
    for (int x = token; x >= 0 && x != root; x = p.governor(x)) {
      String r = p.relation(x);
      if (p.governor(x) == root && (r.equals("obj") || r.equals("iobj") || r.equals("nsubj:pass"))) {
        return true;
      }
      if (OWN_CLAUSES.contains(r)) {
        return true;
      }
    }
    return false;
  }

  /** An attack noun that names how the harm was done: the agent ("a car bombing killed") or a means phrase. */
  private static Trigger means(ParseView p, int slot, int agent, Map<Integer, Trigger> byToken) {
    List<Integer> candidates = new ArrayList<>();
    if (agent >= 0) {
      candidates.add(agent);
    }
    for (int c : p.children(slot)) {
      if (p.isRelation(c, "obl") && MEANS_PREPOSITIONS.contains(String.valueOf(p.marker(c)))) {
        candidates.add(c);
      }
    }
    for (int c : candidates) {
      Trigger n = byToken.get(c);
      if (n != null && n.entry().kind() == LexiconEntry.Kind.NOUN && n.entry().type() == PloverType.ASSAULT) {
        return n;
      }
    }
    return null;
  }

  /**
   * The unknown actor: the words that name the agent ("A roadside bomb"), or none; the country of the place of
   * the act, or none. It has no code, since no actor is known.
   */
  private static Mention unknownActor(ParseView p, int agent, int slot, Mention place) {
    int head = agent >= 0 ? agent : slot;
    String words = null;
    int start = p.token(head).start();
    int end = p.token(head).end();
    if (agent >= 0) {
      int first = agent;
      for (int k = agent - 1; k >= 0 && p.dominates(agent, k); k--) {
        first = k;
      }
      if (p.relation(first).equals("case")) {
        first++; // "by a roadside bomb": the words of the thing, not the preposition
      }
      start = p.token(first).start();
      int offset = p.sentence().span().start();
      words = p.sentence().text().substring(start - offset, end - offset);
    }
    String country = place == null ? null : place.actor().country();
    return new Mention(p.sentence().index(), new Span(start, end), head,
        new Actor(words, null, country, null, null, null), Resolution.DEFINITE_DESCRIPTION);
  }
}
