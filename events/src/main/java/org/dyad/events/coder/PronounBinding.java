package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;

/**
 * "Trump's letter urged him to ...": a plain personal pronoun never stands for the doer of its own clause (that
 * would be "himself"). The actor stage resolves pronouns before the parse exists, to the nearest person; when that
 * person turns out to be the event's own actor, the pronoun stands for the nearest other person named before it
 * in the sentence.
 */
final class PronounBinding {
  private PronounBinding() {}

  static List<Mention> rebind(List<Mention> recipients, List<Mention> actors, MentionIndex index) {
    if (actors.size() != 1) {
      return recipients;
    }
    Mention actor = actors.get(0);
    List<Mention> out = new ArrayList<>(recipients.size());
    for (Mention r : recipients) {
      Mention other = r.resolution() == Resolution.PRONOUN && r.actor().entity() != null
          && r.actor().sameActorAs(actor.actor()) ? otherPersonBefore(r, actor, index) : null;
      out.add(other == null ? r : other);
    }
    return out;
  }

  private static Mention otherPersonBefore(Mention pronoun, Mention actor, MentionIndex index) {
    Mention nearest = null;
    for (Mention m : index.inSentence(pronoun.sentence())) {
      boolean before = m.span().end() <= pronoun.span().start();
      if (before && m.resolution() != Resolution.PRONOUN && m.actor().entity() != null
          && !m.actor().sameActorAs(actor.actor())
          && (nearest == null || m.span().start() > nearest.span().start())) {
        nearest = m;
      }
    }
    if (nearest == null) {
      return null;
    }
    Actor a = nearest.actor();
    return new Mention(pronoun.sentence(), pronoun.span(), pronoun.head(),
        new Actor(pronoun.actor().text(), a.code(), a.country(), a.sector(), a.entity(), a.role()),
        Resolution.PRONOUN);
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("them", "him", "her");
  private static final Set<String> ADJUNCT_RELATIONS = Set.of("advcl", "dep", "conj", "xcomp");

  /**
   * "cracked down on critics, accusing them of treason", "arrested five students, charging them with sedition":
   * an object pronoun the actor stage left unresolved, in a participle clause that adds to a coded act of the
   * same doer, stands for whom that act was done to; that act's recipient is this one's.
   *
   * @return the recipient, or null when the shape does not hold or the main act has none either
   */
  static ObjectRecipients.Derived participleObject(ParseView p, Arguments args, ObjectRecipients objects, Trigger t,
      Map<Integer, Trigger> byToken, int[] supportVerbOf, Mention actor) {
    int i = t.token();
    int g = p.governor(i);
    int pronoun = p.child(i, "obj");
    Trigger main = g < 0 ? null : byToken.get(g);
    if (main == null || pronoun < 0 || !p.pos(i).equals("VBG") || !ADJUNCT_RELATIONS.contains(p.relation(i))
        || !OBJECT_PRONOUNS.contains(p.token(pronoun).text().toLowerCase(java.util.Locale.ROOT))
        || args.index().at(p.sentence().index(), pronoun) != null) {
      return null;
    }
    List<Mention> named = args.recipientsOf(g, main);
    if (!named.isEmpty()) {
      return new ObjectRecipients.Derived(named.get(0), null);
    }
    boolean domestic = main.entry().cameo().code().compareTo("17") >= 0;
    return objects.derive(p, args.index(), main, supportVerbOf[g], actor, domestic);
  }
}
