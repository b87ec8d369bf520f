package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import org.dyad.events.lexicon.CameoCode;
import org.dyad.events.lexicon.FrameWords;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.events.lexicon.PloverType;
import org.dyad.model.Mention;
import org.dyad.model.Modality;

/** Criticism said as a judgement in a reported clause ({@code judge} and {@code judge-unless} in frames.txt). */
final class ReportedCriticism {
  private static final CameoCode CRITICIZE = new CameoCode("111");

  private final FrameWords frames;
  private final ModalityDetector modality;

  ReportedCriticism(FrameWords frames, ModalityDetector modality) {
    this.frames = frames;
    this.modality = modality;
  }

  /**
   * "Cambodia said the visa decision was unreasonable", "the US said the election was neither free nor fair",
   * "the embassy said it was disappointed by the ruling": a reported judgement that criticises is an accusation
   * by the speaker against whoever the judged thing belongs to (or what the disappointment is about).
   */
  List<SentenceCoder.Draft> find(ParseView p, Arguments args) {
    List<SentenceCoder.Draft> out = new ArrayList<>();
    for (int a = 0; a < p.size(); a++) {
      String word = p.token(a).text().toLowerCase(java.util.Locale.ROOT);
      boolean negated = hasNegation(p, a);
      boolean critical = frames.criticisms().contains(word) ? !negated
          : frames.criticismsWhenNegated().contains(word) && negated;
      int g = p.governor(a);
      if (!critical || g < 0 || !(p.relation(a).equals("ccomp") || p.relation(a).equals("xcomp"))
          || frames.reporting().get(p.lemma(g)) != Modality.ASSERTED) {
        continue;
      }
      List<Mention> speakers = args.actorsOf(g, new Arguments.Provenance());
      List<Mention> targets = List.of();
      int judged = -1;
      for (int c : p.children(a)) {
        String r = p.relation(c);
        if (r.equals("nsubj") || r.equals("nsubj:pass")) {
          targets = args.mentionsAt(c);
          judged = c;
        }
      }
      if (targets.isEmpty()) {
        targets = args.directRecipients(a); // "disappointed by the court's ruling", "concerned about Cambodia"
      }
      boolean storyOwner = false;
      if (targets.isEmpty()) {
        Mention owner = StoryCountry.ownerOf(p, args.index(), judged, speakers);
        targets = owner == null ? List.of() : List.of(owner);
        storyOwner = owner != null;
      }
      targets = SentenceCoder.withoutActors(targets, speakers);
      if (speakers.isEmpty() || targets.isEmpty()) {
        continue;
      }
      LexiconEntry entry;
      try {
        entry = new LexiconEntry(LexiconEntry.Kind.ADJECTIVE, org.dyad.events.lexicon.Phrase.parse(word), CRITICIZE,
            PloverType.ACCUSE, "disapprove", SentenceCoder.goldstein(CRITICIZE), "frames.txt: judge " + word);
      } catch (IllegalArgumentException e) {
        continue;
      }
      Trigger trigger = new Trigger(a, entry, List.of(g, a), List.of());
      Modality m = modality.detect(p, g, -1);
      double confidence = Math.round((storyOwner ? 0.6 : 0.75) * SentenceCoder.certainty(m) * 1000) / 1000.0;
      for (Mention s : speakers) {
        for (Mention t : targets) {
          if (!s.actor().sameActorAs(t.actor()) || s.actor().entity() == null) {
            out.add(new SentenceCoder.Draft(trigger, -1, -1, CRITICIZE, PloverType.ACCUSE, "disapprove", s, t, m, confidence,
                List.of(g, a)));
          }
        }
      }
    }
    return out;
  }

  private static boolean hasNegation(ParseView p, int token) {
    for (int c : p.children(token)) {
      String l = p.lemma(c);
      if (l.equals("not") || l.equals("n't") || l.equals("never") || l.equals("neither") || l.equals("nor")) {
        return true;
      }
    }
    return false;
  }
}
