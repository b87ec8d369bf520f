package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.events.lexicon.FrameWords;
import org.dyad.events.lexicon.Lexicon;
import org.dyad.model.Actor;
import org.dyad.model.Document;
import org.dyad.model.Event;
import org.dyad.model.Evidence;
import org.dyad.model.Ids;
import org.dyad.model.Mention;
import org.dyad.model.PostRef;
import org.dyad.model.Sentence;
import org.dyad.model.TimeExpression;
import org.dyad.pipeline.AnalyzedDocument;

/**
 * Codes a whole document: every parsed sentence through the {@link SentenceCoder}, then each draft dated,
 * its actors' roles re-resolved on that date, placed, tied to its evidence and given a stable id. Thread-safe: holds
 * only immutable configuration.
 */
public final class DocumentCoder {
  private final SentenceCoder sentenceCoder;
  private final RoleOnDate roles;
  private final PlaceLookup places;

  public DocumentCoder(Lexicon lexicon, FrameWords frames, CoderConfig config, RoleOnDate roles) {
    this(lexicon, frames, config, roles, PlaceLookup.NONE);
  }

  public DocumentCoder(Lexicon lexicon, FrameWords frames, CoderConfig config, RoleOnDate roles,
      PlaceLookup places) {
    this.sentenceCoder = new SentenceCoder(lexicon, frames, config, places);
    this.roles = roles;
    this.places = places;
  }

  public List<Event> code(AnalyzedDocument doc) {
    MentionIndex mentions = new MentionIndex(doc.sentences(), doc.mentions());
    PairContext context = new PairContext(mentions);
    Map<String, Event> events = new LinkedHashMap<>();
    List<TimeExpression> previousTimes = List.of();
    for (Sentence s : doc.sentences()) {
      if (s.isParsed() && !s.tokens().isEmpty()) {
        for (Event e : codeSentence(doc.document(), new ParseView(s), previousTimes, mentions, context)) {
          events.putIfAbsent(e.eventId(), e);
        }
      }
      if (!s.times().isEmpty() || s.isParsed() || SamePeriod.mayNameADate(s)) {
        previousTimes = s.times();
      } // else: an unanalysed sentence without a date word cannot hold a nearer date for "the same day"
    }
    return new ArrayList<>(events.values());
  }

  /** Codes one sentence (exposed for the benchmark, which times the coder alone). */
  public List<Event> codeSentence(Document doc, ParseView p, MentionIndex mentions, PairContextHandle context) {
    return codeSentence(doc, p, List.of(), mentions, context.context);
  }

  private List<Event> codeSentence(Document doc, ParseView p, List<TimeExpression> previousTimes,
      MentionIndex mentions, PairContext context) {
    List<SentenceCoder.Draft> drafts = sentenceCoder.code(p, mentions, context);
    if (drafts.isEmpty()) {
      return List.of();
    }
    SentenceTimes times = new SentenceTimes(p, previousTimes);
    List<Integer> triggers = new ArrayList<>();
    for (SentenceCoder.Draft d : drafts) {
      triggers.add(d.trigger().token());
    }
    List<Event> out = new ArrayList<>(drafts.size());
    for (SentenceCoder.Draft d : drafts) {
      List<Integer> others = new ArrayList<>(triggers);
      others.removeAll(d.anchors());
      EventDate date = EventDater.date(p, times, d.anchors(), others, doc.published(), Tense.of(d.modality()));
      Actor actor = onDate(d.actor().actor(), date);
      Actor recipient = d.recipient() == null ? null : onDate(d.recipient().actor(), date);
      Evidence evidence = evidence(doc, p, d);
      String type = d.type().name();
      String id = Ids.eventId(doc.id(), evidence.start(), evidence.end(), type + ":" + d.cameo(),
          actor.code() + "/" + d.actor().span().start(),
          recipient == null ? null : recipient.code() + "/" + d.recipient().span().start());
      PostRef post = doc.postAt(evidence.start()).map(x -> new PostRef(x.index(), x.author())).orElse(null);
      out.add(new Event(id, doc.id(), doc.sourceUri(), type, d.mode(), d.cameo().code(), d.cameo().quadClass(),
          SentenceCoder.goldstein(d.cameo()), d.modality(), actor, recipient, date.text(), date.precision(),
          date.basis(), EventLocator.locate(p, d.anchors(), places), evidence, doc.genre(), post, d.confidence(),
          null));
    }
    return out;
  }

  private Actor onDate(Actor actor, EventDate date) {
    return date.date() == null ? actor : roles.on(actor, date.date());
  }

  /** The words the event was coded from: trigger, light verb, and the mentions in this sentence. */
  private static Evidence evidence(Document doc, ParseView p, SentenceCoder.Draft d) {
    int start = Integer.MAX_VALUE;
    int end = -1;
    List<Integer> tokens = new ArrayList<>(d.trigger().covered());
    if (d.supportVerb() >= 0) {
      tokens.add(d.supportVerb());
    }
    for (int t : tokens) {
      start = Math.min(start, p.token(t).start());
      end = Math.max(end, p.token(t).end());
    }
    int sentence = p.sentence().index();
    for (Mention m : new Mention[] {d.actor(), d.recipient()}) {
      if (m != null && m.sentence() == sentence) {
        start = Math.min(start, m.span().start());
        end = Math.max(end, m.span().end());
      }
    }
    start = Math.max(start, p.sentence().span().start());
    end = Math.min(end, Math.min(p.sentence().span().end(), doc.text().length()));
    return new Evidence(sentence, doc.text().substring(start, end), start, end);
  }

  /** A document's cross-sentence context, for callers that code sentence by sentence. */
  public static final class PairContextHandle {
    private final PairContext context;

    public PairContextHandle(MentionIndex mentions) {
      this.context = new PairContext(mentions);
    }
  }
}
