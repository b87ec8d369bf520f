package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dyad.events.lexicon.CameoCode;
import org.dyad.events.lexicon.GoldsteinScale;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.events.lexicon.Phrase;
import org.dyad.events.lexicon.PloverType;
import org.dyad.model.Token;

/**
 * Verbs that are an attack only when a weapon does them: "rockets hit the town", "shells landed in the
 * capital", "a blast rocked the market", "missiles slammed into a hospital". Said of anything else ("the storm
 * hit", "prices hit a record", "the plane landed") they report nothing, so the lexicon cannot list them; this
 * rule makes them triggers (CAMEO 190, conventional military force) where their subject names a weapon, an
 * explosion or a warplane. Who fired it is whoever the subject's modifiers name ("Israeli rockets"), or an
 * unknown actor ({@link UnattributedForce}).
 */
public final class WeaponStrikes {
  private static final Set<String> VERBS = Set.of("hit", "land", "slam", "rock", "target", "crash", "rain",
      "smash", "tear", "batter", "devastate", "damage", "flatten");
  private static final Set<String> WEAPONS = Set.of("rocket", "missile", "shell", "mortar", "bomb", "grenade",
      "projectile", "bullet", "airstrike", "air-strike", "explosion", "blast", "explosive", "artillery",
      "shellfire", "gunfire", "drone", "warplane", "jet", "gunship", "bomber", "salvo", "barrage", "volley",
      "device", "mine", "landmine", "car-bomb", "shrapnel");
  private static final CameoCode FORCE = new CameoCode("190");

  private WeaponStrikes() {}

  /** Whether a sentence's words may hold such an attack (for the parse selector: no parse, no trigger). */
  public static boolean mayHold(List<Token> tokens) {
    boolean verb = false;
    boolean weapon = false;
    for (Token t : tokens) {
      String lemma = t.lemmaOrText().toLowerCase(Locale.ROOT);
      verb |= t.pos() != null && t.pos().startsWith("VB") && VERBS.contains(lemma);
      weapon |= WEAPONS.contains(lemma);
    }
    return verb && weapon;
  }

  /** Triggers for the weapon verbs of a parsed sentence that the lexicon did not already make triggers. */
  static List<Trigger> find(ParseView p, List<Trigger> found) {
    List<Trigger> out = new ArrayList<>();
    for (int i = 0; i < p.size(); i++) {
      if (!p.isVerb(i) || !VERBS.contains(p.lemma(i)) || taken(found, i)) {
        continue;
      }
      int subject = p.child(i, "nsubj");
      if (subject < 0 || !isWeapon(p, subject)) {
        continue;
      }
      LexiconEntry entry = new LexiconEntry(LexiconEntry.Kind.VERB, Phrase.parse(p.lemma(i)), FORCE,
          PloverType.ASSAULT, null, GoldsteinScale.standard().weight(FORCE), "rule: a weapon " + p.lemma(i));
      out.add(new Trigger(i, entry, List.of(i), List.of()));
    }
    return out;
  }

  /** Whether a lemma names a weapon, an explosion or a warplane. */
  static boolean isWeaponWord(String lemma) {
    return lemma != null && WEAPONS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether the word names a weapon; a sentence's first word may be tagged as a name ("Rockets hit ..."). */
  private static boolean isWeapon(ParseView p, int token) {
    String lemma = p.lemma(token).toLowerCase(Locale.ROOT);
    if (WEAPONS.contains(lemma)) {
      return true;
    }
    return token == 0 && lemma.endsWith("s") && WEAPONS.contains(lemma.substring(0, lemma.length() - 1));
  }

  private static boolean taken(List<Trigger> found, int token) {
    for (Trigger t : found) {
      if (t.token() == token || t.covered().contains(token)) {
        return true;
      }
    }
    return false;
  }
}
