package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dyad.events.lexicon.CameoCode;
import org.dyad.events.lexicon.FrameWords;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.events.lexicon.Phrase;
import org.dyad.events.lexicon.PloverType;
import org.dyad.model.Mention;
import org.dyad.model.Modality;

/**
 * "China said the U.S. will bear the consequences", "Tehran said Israel would pay a price": what a speaker says
 * someone will suffer for what they did ({@code warn} in {@code frames.txt}) is a threat of the speaker to them,
 * although no word of the sentence is a threat verb. A reporting verb that is an event of its own ("warned that
 * ...") is coded as that event instead.
 */
final class ReportedThreats {
  private static final CameoCode THREATEN = new CameoCode("130");

  private final FrameWords frames;
  private final ModalityDetector modality;

  ReportedThreats(FrameWords frames, ModalityDetector modality) {
    this.frames = frames;
    this.modality = modality;
  }

  List<SentenceCoder.Draft> find(ParseView p, Arguments args, Map<Integer, Trigger> byToken) {
    List<SentenceCoder.Draft> out = new ArrayList<>();
    for (int v = 0; v < p.size(); v++) {
      int object = p.child(v, "obj");
      int g = p.governor(v);
      String r = p.relation(v);
      if (object < 0 || g < 0 || !p.isVerb(v) || !frames.isWarning(p.lemma(v), p.lemma(object))
          || !(r.equals("ccomp") || r.equals("parataxis")) || byToken.containsKey(g)
          || frames.reporting().get(p.lemma(g)) != Modality.ASSERTED) {
        continue;
      }
      List<Mention> speakers = args.actorsOf(g, new Arguments.Provenance());
      List<Mention> warned = SentenceCoder.withoutActors(args.subjectsOfPredicate(v), speakers);
      if (speakers.isEmpty() || warned.isEmpty()) {
        continue;
      }
      LexiconEntry entry;
      try {
        entry = new LexiconEntry(LexiconEntry.Kind.VERB, Phrase.parse(p.lemma(v) + " " + p.lemma(object)), THREATEN,
            PloverType.THREATEN, null, SentenceCoder.goldstein(THREATEN), "frames.txt: warn " + p.lemma(v) + " "
            + p.lemma(object));
      } catch (IllegalArgumentException e) {
        continue; // a word the phrase notation cannot hold
      }
      Trigger trigger = new Trigger(g, entry, List.of(g, v, object), List.of());
      Modality m = modality.detect(p, g, -1);
      double confidence = Math.round(0.75 * SentenceCoder.certainty(m) * 1000) / 1000.0;
      for (Mention a : speakers) {
        for (Mention b : warned) {
          if (!a.actor().sameActorAs(b.actor())) {
            out.add(new SentenceCoder.Draft(trigger, -1, -1, THREATEN, PloverType.THREATEN, null, a, b, m, confidence,
                List.of(g)));
          }
        }
      }
    }
    return out;
  }
}
