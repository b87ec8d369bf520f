package org.dyad.events.coder;

import java.util.List;
import org.dyad.model.Actor;
import org.dyad.model.Mention;
import org.dyad.model.Resolution;
import org.dyad.model.Span;

/**
 * "The EU said the election was neither free nor fair", in a story about Cambodia: a definite public affair that
 * names no owner ("the election", "the verdict") is the affair of the country the story is about, as "the
 * government" without a country word is that country's government. Only a plain "the" + noun qualifies; anything
 * that names or hints at another owner ("its", "a", a country word, a place) leaves the referent unknown.
 */
final class StoryCountry {
  private StoryCountry() {}

  /** The story's country as the owner of the unowned noun at {@code noun}, or null. */
  static Mention ownerOf(ParseView p, MentionIndex mentions, int noun, List<Mention> speakers) {
    if (noun < 0 || !p.pos(noun).equals("NN") || mentions.at(p.sentence().index(), noun) != null) {
      return null;
    }
    boolean definite = false;
    for (int c : p.children(noun)) {
      String r = p.relation(c);
      if (r.equals("det")) {
        definite = p.lemma(c).equals("the");
      } else if (!(r.equals("amod") || r.equals("nummod") || r.equals("compound")) || p.isNoun(c)
          && !p.pos(c).equals("NN") || mentions.at(p.sentence().index(), c) != null) {
        return null; // "the election in Thailand", "the Thai election", "the election they held"
      }
    }
    String country = definite ? mentions.mainCountry() : null;
    if (country == null) {
      return null;
    }
    for (Mention s : speakers) {
      if (country.equals(s.actor().country())) {
        return null; // a country's own voice judging its own affairs is no accusation against anyone
      }
    }
    int start = p.token(noun).start();
    for (int c : p.children(noun)) {
      start = Math.min(start, p.token(c).start());
    }
    int end = p.token(noun).end();
    int offset = p.sentence().span().start();
    String words = p.sentence().text().substring(start - offset, end - offset);
    return new Mention(p.sentence().index(), new Span(start, end), noun,
        new Actor(words, country, country, null, null, null), Resolution.COUNTRY);
  }
}
