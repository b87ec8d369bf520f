package org.dyad.actors.resolve;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Span;

/**
 * Unknown people whose country only an appositive gives: "A Kenyan judge, Judge Wanjiru Kamau, ordered",
 * "Lt. Gen. Ibrahim Sesay, the Sierra Leonean army chief, was sacked", "Qatar's emir, Sheikh X, hosted".
 * The description next to the name, across one comma, is the same person; nothing further away counts,
 * so a country merely named elsewhere in the sentence is never taken for theirs.
 */
final class Appositives {
  /** An unknown person the phrase rules could not place in a country. */
  record Pending(int sentence, Span span, int head, Actor actor, boolean titled) {}

  /** Honorifics the NER leaves out of a name: "Qatar's emir, Sheikh X". */
  private static final String HONORIFIC = "(?:(?:Sheikh|Sheik|Shaikh|Mullah|Ayatollah|Imam|Sir|Dame|Dr\\.?|Mr\\.?|Mrs\\.?"
      + "|Ms\\.?|Prof\\.?)\\s+)?";
  private static final Pattern BEFORE = Pattern.compile("\\s*,\\s*" + HONORIFIC);
  private static final Pattern AFTER = Pattern.compile("\\s*,\\s*(?:(?:the|a|an)\\s+)?", Pattern.CASE_INSENSITIVE);
  /** What a description next to a name may have been resolved as; not a country or a named person. */
  private static final Set<Resolution> DESCRIPTIONS = Set.of(Resolution.NATIONALITY,
      Resolution.DEFINITE_DESCRIPTION, Resolution.INSTITUTION, Resolution.TITLE);

  private Appositives() {}

  /** The mention of {@code p} when a description right before or after it gives a country, else null. */
  static Mention resolve(Pending p, List<Mention> sentenceMentions, String text) {
    for (Mention m : sentenceMentions) {
      if (m.actor() == null || m.actor().country() == null || !DESCRIPTIONS.contains(m.resolution())) {
        continue;
      }
      boolean before = m.span().end() <= p.span().start()
          && BEFORE.matcher(text.substring(m.span().end(), p.span().start())).matches();
      boolean after = p.span().end() <= m.span().start()
          && AFTER.matcher(text.substring(p.span().end(), m.span().start())).matches();
      if (!before && !after) {
        continue;
      }
      Actor d = m.actor();
      String sector = p.titled() && p.actor().sector() != null ? p.actor().sector() : d.sector();
      String role = p.actor().role() != null ? p.actor().role() : d.role();
      // the description may have been resolved to the office holder the knowledge base knows; the name here
      // is not one of theirs, so only the country, sector and office carry over, never the entity
      Actor a = new Actor(p.actor().text(), PhraseResolver.code(d.country(), sector), d.country(), sector, null, role);
      return new Mention(p.sentence(), p.span(), p.head(), a, Resolution.NATIONALITY);
    }
    return null;
  }
}
