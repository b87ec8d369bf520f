package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dyad.model.Mention;

/**
 * Maps dependency arguments to actor mentions: a token names the mention that covers it, or failing that the
 * mentions of its modifiers ("Cambodian officials", "officials of Cambodia", "Hun Sen's government"); a
 * coordination names every conjunct ("Hungarian and Romanian officials"). Outlets (sector MED) never act.
 */
final class Arguments {
  private static final Set<String> OBJECT_CONTROL = Set.of("ask", "urge", "order", "tell", "force", "call",
      "invite", "allow", "permit", "persuade", "press", "encourage", "request", "instruct", "direct", "require",
      "compel", "authorize", "authorise", "advise", "warn", "accuse", "charge", "blame", "help", "lead");
  private static final Set<String> ACCUSING = Set.of("accuse", "charge", "blame", "suspect", "convict", "indict",
      "criticize", "criticise", "condemn");
  static final Set<String> RECIPIENT_PREPOSITIONS = Set.of("to", "with", "against", "on", "upon", "toward",
      "towards", "at", "into", "over", "from", "for", "of", "in", "between");
  private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

  private final ParseView p;
  private final MentionIndex mentions;
  private final int sentence;

  Arguments(ParseView p, MentionIndex mentions) {
    this.p = p;
    this.mentions = mentions;
    this.sentence = p.sentence().index();
  }

  MentionIndex index() {
    return mentions;
  }

  /** The mentions a token names (itself, else its modifiers), plus those of its conjuncts. */
  List<Mention> mentionsAt(int token) {
    Set<Mention> out = new LinkedHashSet<>();
    collect(token, out, 0);
    return new ArrayList<>(out);
  }

  private void collect(int token, Set<Mention> out, int depth) {
    if (token < 0 || depth > 3) {
      return;
    }
    Mention m = mentions.at(sentence, token);
    if (m != null) {
      out.add(m);
      // "Hungarian and Romanian officials" where the actor stage joined only the nearer adjective to the noun:
      // a coordinated modifier outside the mention names an actor of its own
      for (int c : p.children(token)) {
        String r = p.relation(c);
        Mention mc = mentions.at(sentence, c);
        if ((r.equals("amod") || r.equals("compound")) && mc != null && mc != m && hasConjunct(c)) {
          out.add(mc);
          for (int cc : p.children(c)) {
            if (p.relation(cc).equals("conj")) {
              collect(cc, out, depth + 1);
            }
          }
        }
      }
    } else {
      // modifiers in order of how surely they name the phrase's referent: "Cambodia's expulsion of NDI" is
      // Cambodia's; "Cambodian officials", "officials of Cambodia" are Cambodian
      for (int group = 0; group < 3 && out.isEmpty(); group++) {
        for (int c : p.children(token)) {
          String r = p.relation(c);
          boolean inGroup = switch (group) {
            case 0 -> r.equals("nmod:poss");
            case 1 -> r.equals("compound") || r.equals("amod") || r.equals("appos") || r.equals("flat");
            default -> r.equals("nmod") && isOneOf(p.marker(c), "of", "from", "in", "by");
          };
          if (!inGroup) {
            continue;
          }
          Mention mc = mentions.at(sentence, c);
          if (mc != null) {
            out.add(mc);
            // "Hungarian and Romanian officials": the coordinated modifiers name actors too
            for (int cc : p.children(c)) {
              if (p.relation(cc).equals("conj")) {
                collect(cc, out, depth + 1);
              }
            }
          } else if (r.equals("amod") || r.equals("compound")) {
            for (int cc : p.children(c)) {
              if (p.relation(cc).equals("conj")) {
                collect(cc, out, depth + 1);
              }
            }
            if (r.equals("amod") && p.pos(c).equals("VBN")) {
              // "the US-led campaign", "a Saudi-backed force": who leads or backs the thing is whose it is
              for (int cc : p.children(c)) {
                Mention agent = p.isRelation(cc, "obl") || p.relation(cc).equals("compound")
                    || p.relation(cc).equals("nsubj") ? mentions.at(sentence, cc) : null;
                if (agent != null && cc < c) {
                  out.add(agent);
                }
              }
            }
            if (r.equals("compound") && p.pos(c).startsWith("NN")) {
              // "Arab League Secretary General Chadli Klibi": the body before a title chain is whose the title is
              for (int cc : p.children(c)) {
                Mention body = p.relation(cc).equals("compound") ? mentions.at(sentence, cc) : null;
                if (body != null) {
                  out.add(body);
                }
              }
            }
          } else {
            // "thousands of Iraqi Kurds", "Oshima, the United Nations coordinator": one level further down
            collect(c, out, depth + 1);
          }
        }
      }
    }
    for (int c : p.children(token)) {
      if (p.relation(c).equals("conj")) {
        collect(c, out, depth + 1);
      }
    }
  }

  private boolean hasConjunct(int token) {
    for (int c : p.children(token)) {
      if (p.relation(c).equals("conj")) {
        return true;
      }
    }
    return false;
  }

  /** Who performs the predicate at {@code token}: its subject, the agent of a passive, or an inherited one. */
  List<Mention> actorsOf(int token, Provenance how) {
    return actorsOf(token, how, 0);
  }

  private List<Mention> actorsOf(int token, Provenance how, int depth) {
    if (depth > 4) {
      return List.of();
    }
    if (p.isPassive(token)) {
      for (int c : p.children(token)) {
        if ((p.isRelation(c, "obl") || p.isRelation(c, "nmod")) && ("by".equals(p.marker(c))
            || p.relation(c).endsWith(":agent"))) {
          return actable(mentionsAt(c));
        }
      }
      return List.of();
    }
    for (int c : p.children(token)) {
      if (p.relation(c).equals("nsubj") || p.relation(c).equals("csubj")) {
        if (RELATIVE_PRONOUNS.contains(p.lemma(c)) && p.relation(token).equals("acl:relcl")) {
          how.inherited = true;
          return actable(mentionsAt(p.governor(token)));
        }
        List<Mention> found = actable(mentionsAt(c));
        if (found.isEmpty() && (p.pos(c).equals("PRP") || hasPossessivePronoun(c))) {
          found = reporterOf(token, how); // "they", and "their forces", "its army" of whoever reports it
        }
        return found;
      }
    }
    if (!p.pos(token).startsWith("VB") || p.pos(token).equals("VBG")) {
      // a gerund or noun-like predicate with its agent: "boycotting by the opposition party"
      for (int c : p.children(token)) {
        if ((p.isRelation(c, "obl") || p.isRelation(c, "nmod")) && "by".equals(p.marker(c))) {
          List<Mention> agent = actable(mentionsAt(c));
          if (!agent.isEmpty()) {
            return agent;
          }
        }
      }
    }
    int g = p.governor(token);
    if (g < 0) {
      return List.of();
    }
    String r = p.relation(token);
    how.inherited = true;
    switch (r) {
      case "xcomp" -> {
        if (OBJECT_CONTROL.contains(p.lemma(g))) {
          int obj = p.child(g, "obj");
          if (obj < 0) {
            obj = p.child(g, "iobj");
          }
          if (obj >= 0) {
            return actable(mentionsAt(obj));
          }
        }
        return actorsOf(g, how, depth + 1);
      }
      case "conj", "advcl", "acl", "dep" -> {
        if (r.equals("dep") && !p.isVerb(token)) {
          return List.of();
        }
        if (ACCUSING.contains(p.lemma(g)) && isOneOf(p.marker(token), "of", "for")) {
          // "accused the rebels of violating": the accused did it; "was accused of plotting": the subject did
          int accused = p.child(g, p.isPassive(g) ? "nsubj:pass" : "obj");
          return accused < 0 ? List.of() : actable(mentionsAt(accused));
        }
        if (r.equals("acl")) {
          // "the forces attacking the town": a present participle is done by the noun it modifies
          return p.pos(token).equals("VBG") ? actable(mentionsAt(g)) : List.of();
        }
        return actorsOf(g, how, depth + 1);
      }
      case "ccomp" -> {
        // "considering whether to end ...": a subjectless infinitive is controlled like an xcomp
        return "to".equals(infinitiveMarker(token)) ? actorsOf(g, how, depth + 1) : List.of();
      }
      case "acl:relcl" -> {
        return actable(mentionsAt(g));
      }
      default -> {
        return List.of();
      }
    }
  }

  /**
   * "Chile says it is ready to pull back": a pronoun the actor stage left unresolved, subject of a clause
   * reported by a speaker, is the speaker (the one antecedent the sentence itself gives).
   */
  private List<Mention> reporterOf(int clause, Provenance how) {
    int x = clause;
    for (int depth = 0; depth < 3; depth++) {
      String r = p.relation(x);
      int g = p.governor(x);
      if (g < 0) {
        return List.of();
      }
      if (r.equals("ccomp") || r.equals("parataxis")) {
        for (int c : p.children(g)) {
          if (p.relation(c).equals("nsubj")) {
            how.inherited = true;
            return actable(mentionsAt(c));
          }
        }
        return List.of();
      }
      if (!r.equals("conj") && !r.equals("xcomp")) {
        return List.of();
      }
      x = g;
    }
    return List.of();
  }

  private boolean hasPossessivePronoun(int noun) {
    for (int c : p.children(noun)) {
      if (p.relation(c).equals("nmod:poss") && p.pos(c).equals("PRP$") && mentions.at(sentence, c) == null) {
        return true;
      }
    }
    return false;
  }

  private String infinitiveMarker(int token) {
    for (int c : p.children(token)) {
      if (p.relation(c).equals("mark") && p.lemma(c).equals("to")) {
        return "to";
      }
    }
    return null;
  }

  /** The subject of an adjectival predicate, active or passive in form ("Israel is opposed to ..."). */
  List<Mention> subjectsOfPredicate(int token) {
    for (int c : p.children(token)) {
      String r = p.relation(c);
      if (r.equals("nsubj") || r.equals("nsubj:pass")) {
        return actable(mentionsAt(c));
      }
    }
    return List.of();
  }

  /** Who undergoes the predicate: passive subject, object, indirect object, or a prepositional dependent. */
  List<Mention> recipientsOf(int token, Trigger trigger) {
    if (p.isPassive(token)) {
      for (int c : p.children(token)) {
        if (p.relation(c).equals("nsubj:pass")) {
          return mentionsAt(c);
        }
      }
    }
    if (p.relation(token).equals("acl") && p.pos(token).equals("VBN")) {
      return mentionsAt(p.governor(token)); // "the party disbanded by the court"
    }
    if (trigger != null) {
      for (int host : trigger.prepositionHosts()) {
        List<Mention> m = mentionsAt(host);
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    List<Mention> found = directRecipients(token);
    if (!found.isEmpty() || trigger == null) {
      return found;
    }
    for (int c : trigger.covered()) {
      if (c != token) {
        found = directRecipients(c);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** Recipients found on the token's own arcs, best first: obj, iobj, then prepositional dependents. */
  List<Mention> directRecipients(int token) {
    for (String rel : new String[] {"obj", "iobj"}) {
      for (int c : p.children(token)) {
        if (p.relation(c).equals(rel)) {
          List<Mention> m = mentionsAt(c);
          if (!m.isEmpty()) {
            return m;
          }
        }
      }
    }
    List<Mention> in = List.of();
    for (int c : p.children(token)) {
      String r = p.relation(c);
      boolean prepositional = r.equals("obl") || r.equals("nmod")
          || (r.startsWith("obl:") && !r.equals("obl:tmod") && !r.equals("obl:npmod") && !r.equals("obl:agent"));
      if (prepositional && !"by".equals(p.marker(c))) {
        String prep = p.marker(c);
        if (prep != null && RECIPIENT_PREPOSITIONS.contains(prep)) {
          List<Mention> m = mentionsAt(c);
          if (!m.isEmpty()) {
            if (!prep.equals("in")) {
              return m;
            }
            in = m;
          }
        }
      }
    }
    if (in.isEmpty()) {
      for (int c : p.children(token)) {
        String r = p.relation(c);
        if (r.equals("obj") || r.equals("iobj") || p.isRelation(c, "obl") && !r.equals("obl:tmod")) {
          List<Mention> aimed = aimedAt(c);
          if (!aimed.isEmpty()) {
            return aimed;
          }
        }
      }
    }
    return in;
  }

  /** Prepositions on a noun that name whom the thing it names is aimed at: "the curfew on Palestinians". */
  private static final Set<String> AIMED_PREPOSITIONS = Set.of("on", "against", "to", "toward", "towards", "upon",
      "with", "between");

  /**
   * Feelings shown towards someone, whose "at", "over" or "for" names whom they are shown to: "to show their
   * anger at Israel's policies", "their disapproval for the government's plan".
   */
  private static final Set<String> ATTITUDES = Set.of("anger", "outrage", "disapproval", "displeasure",
      "dissatisfaction", "frustration", "fury", "indignation", "opposition", "discontent", "resentment", "rage");
  private static final Set<String> ATTITUDE_PREPOSITIONS = Set.of("at", "over", "for", "about", "of");

  /**
   * "lift the curfew on Palestinians", "commit to assistance to the US-led war": an object that names no actor
   * may name whom it is aimed at in its own modifiers (one level down, so that a deeper "to" is not read).
   */
  private List<Mention> aimedAt(int noun) {
    if (!p.isNoun(noun) || !mentionsAt(noun).isEmpty()) {
      return List.of();
    }
    for (int c : p.children(noun)) {
      String marker = String.valueOf(p.marker(c));
      if (p.isRelation(c, "nmod") && (AIMED_PREPOSITIONS.contains(marker)
          || ATTITUDES.contains(p.lemma(noun)) && ATTITUDE_PREPOSITIONS.contains(marker))) {
        List<Mention> m = mentionsAt(c);
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    return List.of();
  }

  /**
   * Recipients inside an infinitival complement or purpose clause that is not itself an event: "offered to
   * hand over the suspects to Britain", "declined to answer a request from the US", "went on hunger strike
   * to demand the return of land from the authorities".
   */
  List<Mention> recipientsInComplement(int token, int depth) {
    if (depth > 2) {
      return List.of();
    }
    for (int c : p.children(token)) {
      String r = p.relation(c);
      // a fronted clause ("To resist the pressure from the U.S., ...") gives reasons, not recipients
      if ((r.equals("xcomp") || (r.equals("advcl") && c > token)) && p.isVerb(c)) {
        // "called on the Cambodian government to reverse its actions against the CNRP", parsed with the
        // government as the complement's subject: whoever is to act is addressed before what they act on
        int subject = p.child(c, "nsubj");
        List<Mention> found = subject < 0 ? List.of() : mentionsAt(subject);
        if (found.isEmpty()) {
          found = directRecipients(c);
        }
        if (found.isEmpty()) {
          found = complementSubjects(c);
        }
        if (found.isEmpty()) {
          found = recipientsInComplement(c, depth + 1);
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** The subject of a clausal complement ("demanded that Israel ease ..."), as recipient of the demand. */
  List<Mention> complementSubjects(int token) {
    for (int c : p.children(token)) {
      if (p.relation(c).equals("ccomp")) {
        for (int cc : p.children(c)) {
          if (p.relation(cc).equals("nsubj") || p.relation(cc).equals("nsubj:pass")) {
            return mentionsAt(cc);
          }
        }
      }
    }
    return List.of();
  }

  /** Whether the token is a plural noun phrase such as "both leaders" or "the two sides" with no mention. */
  boolean isPairPhrase(int token) {
    if (token < 0 || !p.pos(token).startsWith("NNS") || WeaponStrikes.isWeaponWord(p.lemma(token))) {
      return false; // "two missiles hit ..." are no two parties
    }
    for (int c : p.children(token)) {
      String l = p.lemma(c);
      if (l.equals("both") || l.equals("two")) {
        return true;
      }
    }
    return false;
  }

  int subjectToken(int token) {
    for (int c : p.children(token)) {
      if (p.relation(c).equals("nsubj")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The mentions that can act: not outlets, not places below the country ({@code PLACE}, read by name so that
   * this holds before and after the actor stage has that kind), and only those with a code or country.
   */
  static List<Mention> actable(List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      if (!"MED".equals(m.actor().sector()) && !m.resolution().name().equals("PLACE")
          && (m.actor().code() != null || m.actor().country() != null)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean isOneOf(String s, String... options) {
    if (s == null) {
      return false;
    }
    for (String o : options) {
      if (o.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /** How the arguments were found, for the event's confidence. */
  static final class Provenance {
    boolean inherited;
    boolean carried;
    boolean fallbackRecipient;
    /** Set when no actor is named and the event's actor is an unknown one ({@link UnattributedForce}). */
    boolean unattributed;
    /** Set when the recipient was derived from a non-actor object ({@link ObjectRecipients}). */
    ObjectRecipients.Basis derivedRecipient;
  }
}
