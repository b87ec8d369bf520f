package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.events.lexicon.PloverType;
import org.dyad.model.Mention;

/**
 * The coder's rules for recipients the parse does not attach to the trigger directly: the nearest actor in the
 * trigger's own phrase (never its subject, a relative clause or a parenthetical), parties who act with each
 * other, and which types read a recipient from what they are about.
 */
final class RecipientRules {
  private RecipientRules() {}

  /**
   * The nearest actor mention inside the trigger's phrase, or for a noun under a light verb inside the light
   * verb's phrase but outside its subject ("expressed China's support, saying Cambodia ..."). A bare country
   * that is an actor's own ("China" for the Chinese government) is no recipient of it.
   */
  static List<Mention> fallbackRecipient(ParseView p, Arguments args, int trigger, int supportVerb,
      List<Mention> actors) {
    int root = supportVerb >= 0 ? supportVerb : trigger;
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = 0; k < p.size(); k++) {
      if (k == trigger || k == root || !p.dominates(root, k) || inSubject(p, root, k)
          || crossesAnotherClause(p, root, k)) {
        continue;
      }
      for (Mention m : args.mentionsAt(k)) {
        if (actors.contains(m) || "MED".equals(m.actor().sector()) || isActorsOwnCountry(m, actors)
            || m.head() >= 0 && m.head() < p.size() && crossesAnotherClause(p, root, m.head())) {
          continue; // a modifier reached through an apposition or relative clause is as far off as the clause
        }
        int d = Math.abs(k - trigger);
        if (d < bestDistance) {
          best = m;
          bestDistance = d;
        }
      }
    }
    return best == null ? List.of() : List.of(best);
  }

  /**
   * Relations that open a clause or phrase of its own ("a deal that would not let the armed faction", "the
   * truce, an envoy from the mediating country said"): what is named there is not the trigger's recipient.
   */
  static final java.util.Set<String> OTHER_CLAUSES = java.util.Set.of("acl:relcl", "appos", "parataxis");

  static boolean crossesAnotherClause(ParseView p, int root, int token) {
    boolean inAdverbialClause = false;
    for (int x = token; x >= 0 && x != root; x = p.governor(x)) {
      // "detained a man suspected of passing documents to the embassy": the man is described by what he is
      // suspected of, but whom he passed them to is a clause further on and no party to the arrest; "journalists
      // working for a Kenyan station" is still a description, and so is "a declaration demanding that ..."
      if (inAdverbialClause && (p.relation(x).equals("acl") || p.relation(x).equals("acl:cl"))) {
        return true;
      }
      inAdverbialClause |= p.relation(x).equals("advcl");
      int g = p.governor(x);
      boolean describesAnArgument = p.relation(x).equals("appos") && g >= 0 && p.governor(g) == root;
      if (OTHER_CLAUSES.contains(p.relation(x)) && !describesAnArgument) {
        return true; // but "arrested Kem Sokha, the president of the opposition party" describes the object
      }
      int subject = p.relation(x).equals("advcl") ? p.child(x, "nsubj") : -1;
      if (subject >= 0 && !p.pos(subject).startsWith("PRP")) {
        // "struck the port, a day after Russia and Ukraine signed ...": a clause with actors of its own (but
        // "vowed to fight until they gain control of ..." goes on about the same ones)
        return true;
      }
    }
    return false;
  }

  static boolean inSubject(ParseView p, int verb, int token) {
    for (int c : p.children(verb)) {
      if (p.relation(c).equals("nsubj") && p.dominates(c, token)) {
        return true;
      }
    }
    return false;
  }

  static boolean isActorsOwnCountry(Mention m, List<Mention> actors) {
    if (m.actor().sector() != null || m.actor().country() == null) {
      return false;
    }
    for (Mention a : actors) {
      if (m.actor().country().equals(a.actor().country())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a recipient is named as the partner of the trigger (its object, or "with", "to", "between"), not
   * where the parties met ("met at a site on the Belarusian border").
   */
  static boolean namedAsPartner(ParseView p, Trigger t, int supportVerb, List<Mention> recipients) {
    List<Integer> hosts = new ArrayList<>(t.covered());
    hosts.add(t.token());
    if (supportVerb >= 0) {
      hosts.add(supportVerb);
    }
    for (Mention r : recipients) {
      int x = r.head();
      if (r.sentence() != p.sentence().index() || x < 0 || x >= p.size()) {
        continue;
      }
      for (int guard = 0; x >= 0 && guard <= p.size(); guard++) {
        int g = p.governor(x);
        if (g >= 0 && hosts.contains(g)) {
          String rel = p.relation(x);
          String marker = p.marker(x);
          if (rel.equals("obj") || rel.equals("iobj") || "with".equals(marker) || "to".equals(marker)
              || "between".equals(marker)) {
            return true;
          }
          break;
        }
        x = g;
      }
    }
    return false;
  }

  /** Types whose coordinated actors act with each other: "A and B agreed", "met", "worked together". */
  static boolean isReciprocal(PloverType type) {
    return type == PloverType.AGREE || type == PloverType.CONSULT || type == PloverType.COOPERATE;
  }

  /** "accused the rebels of violating", "charged three men with treason": the object is the one accused. */
  static boolean accusesOfSomething(ParseView p, PloverType type, int trigger) {
    if (type != PloverType.ACCUSE || !p.isVerb(trigger)) {
      return false;
    }
    for (int c : p.children(trigger)) {
      String r = p.relation(c);
      String marker = p.marker(c);
      if ((r.equals("advcl") || p.isRelation(c, "obl")) && ("of".equals(marker) || "for".equals(marker)
          || "with".equals(marker))) {
        return true;
      }
    }
    return false;
  }

  /** Types whose object is a proposal, demand or measure that concerns someone: who it concerns is the recipient. */
  static boolean isAboutContent(PloverType type) {
    return switch (type) {
      case REJECT, AGREE, CONCEDE, SUPPORT, ACCUSE, REQUEST -> true;
      default -> false;
    };
  }

  static int distinctCountries(List<Mention> actors) {
    return (int) actors.stream().map(a -> a.actor().country()).filter(java.util.Objects::nonNull).distinct().count();
  }

  /** Whoever presses for what is refused, named in a "despite" phrase: "despite pressure by the commission". */
  static List<Mention> pressingDespite(ParseView p, Arguments args, int trigger) {
    for (int c : p.children(trigger)) {
      if (p.isRelation(c, "obl") && "despite".equals(p.marker(c))) {
        return Arguments.actable(args.mentionsAt(c));
      }
    }
    return List.of();
  }

  /** Whom a complaint is about: the actors of an "over", "about" or "against" phrase on the verb. */
  static List<Mention> complainedAbout(ParseView p, Arguments args, int verb) {
    for (int c : p.children(verb)) {
      String marker = p.marker(c);
      if (p.isRelation(c, "obl") && ("over".equals(marker) || "about".equals(marker) || "against".equals(marker))) {
        List<Mention> m = args.mentionsAt(c);
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    return List.of();
  }

  /** The recipients that are not, for every actor, that actor itself ({@link SentenceCoder#actsOnItself}). */
  static List<Mention> withoutSelf(List<Mention> recipients, List<Mention> actors) {
    List<Mention> out = new ArrayList<>(recipients.size());
    for (Mention r : recipients) {
      boolean other = false;
      for (Mention a : actors) {
        other |= a != r && !SentenceCoder.actsOnItself(a.actor(), r.actor());
      }
      if (other || actors.isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }

  private static final java.util.Set<String> MISSIONS = java.util.Set.of("embassy", "consulate", "legation",
      "chancery", "mission");
  private static final java.util.Set<String> AT_A_BUILDING = java.util.Set.of("outside", "at", "near", "before",
      "in", "to", "toward", "towards", "into");

  /**
   * "protested outside the French embassy in Niamey", "marched to the US consulate": a protest at a country's
   * embassy is aimed at that country, whatever town the embassy stands in. The embassy must be where the protest
   * took place (an adjunct of the protest itself), and a country must name it.
   */
  static List<Mention> embassyProtested(ParseView p, Arguments args, int trigger, int supportVerb) {
    for (int host : supportVerb >= 0 ? new int[] {trigger, supportVerb} : new int[] {trigger}) {
      for (int c : p.children(host)) {
        boolean adjunct = p.isRelation(c, "obl") || p.isRelation(c, "nmod") || p.isRelation(c, "advmod");
        if (!adjunct || !MISSIONS.contains(p.lemma(c)) || !AT_A_BUILDING.contains(String.valueOf(p.marker(c)))) {
          continue;
        }
        List<Mention> owners = new ArrayList<>();
        for (Mention m : args.mentionsAt(c)) {
          if (m.actor().country() != null) {
            owners.add(m);
          }
        }
        if (!owners.isEmpty()) {
          return owners;
        }
      }
    }
    return List.of();
  }
}
