package org.dyad.events.coder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.events.lexicon.CameoCode;
import org.dyad.events.lexicon.CameoPlover;
import org.dyad.events.lexicon.FrameWords;
import org.dyad.events.lexicon.GoldsteinScale;
import org.dyad.events.lexicon.Lexicon;
import org.dyad.events.lexicon.LexiconEntry;
import org.dyad.events.lexicon.PloverType;
import org.dyad.model.Mention;
import org.dyad.model.Modality;

/**
 * Codes one parsed sentence into event drafts: finds triggers, sets aside reporting verbs and light verbs,
 * links events that are the content of others ("threatened to ban"), and finds each event's actors and
 * recipients in the parse. Drafts become {@link org.dyad.model.Event}s in {@link DocumentCoder}.
 */
final class SentenceCoder {
  private final TriggerMatcher matcher;
  private final FrameWords frames;
  private final ModalityDetector modality;
  private final CoderConfig config;
  private final ObjectRecipients objects;
  private final UnattributedForce unattributed;
  private final ReportedThreats threats;
  private final ReportedCriticism criticism;

  SentenceCoder(Lexicon lexicon, FrameWords frames, CoderConfig config) {
    this(lexicon, frames, config, PlaceLookup.NONE);
  }

  SentenceCoder(Lexicon lexicon, FrameWords frames, CoderConfig config, PlaceLookup places) {
    this.matcher = new TriggerMatcher(lexicon);
    this.frames = frames;
    this.modality = new ModalityDetector(frames);
    this.config = config;
    this.objects = new ObjectRecipients(places);
    this.unattributed = new UnattributedForce(objects);
    this.threats = new ReportedThreats(frames, modality);
    this.criticism = new ReportedCriticism(frames, modality);
  }

  /** One actor-recipient pair of one event, before dating and identifiers. */
  record Draft(Trigger trigger, int supportVerb, int contentOf, CameoCode cameo, PloverType type, String mode,
      Mention actor, Mention recipient, Modality modality, double confidence, List<Integer> anchors) {}

  List<Draft> code(ParseView p, MentionIndex mentions, PairContext context) {
    List<Trigger> found = new ArrayList<>(matcher.find(p));
    List<Trigger> strikes = WeaponStrikes.find(p, found);
    if (!strikes.isEmpty()) {
      found.addAll(strikes);
      found.sort(java.util.Comparator.comparingInt(Trigger::token));
    }
    if (found.isEmpty()) {
      Arguments args = new Arguments(p, mentions);
      List<Draft> drafts = new ArrayList<>(reportedDemands(p, args, Map.of()));
      drafts.addAll(criticism.find(p, args));
      drafts.addAll(threats.find(p, args, Map.of()));
      return drafts;
    }
    Map<Integer, Trigger> byToken = new HashMap<>();
    for (Trigger t : found) {
      byToken.put(t.token(), t);
    }
    int[] supportVerbOf = new int[p.size()];
    int[] contentOf = new int[p.size()];
    java.util.Arrays.fill(supportVerbOf, -1);
    java.util.Arrays.fill(contentOf, -1);
    boolean[] skip = new boolean[p.size()];

    for (Trigger t : found) {
      int i = t.token();
      String lemma = p.lemma(i);
      boolean generic = t.entry().phrase().specificity() == 0;
      if (generic && frames.isReporting(lemma) && p.child(i, "ccomp") >= 0) {
        skip[i] = true; // "denied that ...", "insisted that ...": a frame for what it reports
        continue;
      }
      if (t.entry().kind() == LexiconEntry.Kind.VERB && generic && frames.supportVerbs().contains(lemma)) {
        for (int c : p.children(i)) {
          Trigger noun = byToken.get(c);
          if (noun != null && noun.entry().kind() == LexiconEntry.Kind.NOUN && LightVerbSlots.carriesTheEvent(p, c)) {
            skip[i] = true; // "gave a warning": the noun is the event
          }
        }
      }
    }
    for (Trigger t : found) {
      if (t.entry().kind() != LexiconEntry.Kind.NOUN) {
        continue;
      }
      int x = LightVerbSlots.objectSlot(p, t.token());
      int g = p.governor(x);
      if (g >= 0 && LightVerbSlots.carriesTheEvent(p, x) && (frames.supportVerbs().contains(p.lemma(g)) || skip[g])) {
        supportVerbOf[t.token()] = g;
      }
    }
    for (Trigger outer : found) {
      if (skip[outer.token()] || !outer.entry().type().takesContent()) {
        continue;
      }
      for (int c : p.children(outer.token())) {
        boolean contentArc = isContentArc(p, outer.entry().type(), c);
        if (!contentArc) {
          continue;
        }
        Trigger inner = byToken.get(c);
        if (inner == null) {
          // "threatened to impose sanctions": the content is a noun under a light verb
          for (int cc : p.children(c)) {
            if (byToken.containsKey(cc) && supportVerbOf[cc] == c) {
              inner = byToken.get(cc);
            }
          }
        }
        if (inner != null && inner != outer && contentOf[inner.token()] < 0) {
          contentOf[inner.token()] = outer.token();
        }
      }
    }

    Arguments args = new Arguments(p, mentions);
    List<Draft> drafts = new ArrayList<>();
    for (Trigger t : found) {
      int i = t.token();
      if (skip[i]) {
        continue;
      }
      int outer = contentOf[i];
      if (outer >= 0 && (byToken.get(outer).entry().type() != PloverType.REQUEST
          || isAuthoritativeOrder(p, outer, t))) {
        continue; // the content of an agreement, refusal, threat or order: the outer event says it all
      }
      drafts.addAll(codeTrigger(p, args, t, supportVerbOf[i], outer, byToken, contentOf, supportVerbOf, context));
    }
    drafts.addAll(reportedDemands(p, args, byToken));
    drafts.addAll(criticism.find(p, args));
    drafts.addAll(threats.find(p, args, byToken));
    return DraftPriorities.rank(p, drafts);
  }

  /**
   * "Russia said Sudan must return the helicopter": a deontic modal in a reported clause makes the report a
   * demand of the reporter on the clause's subject, coded as the modal's entry in {@code frames.txt} and refined
   * by what is demanded.
   */
  private List<Draft> reportedDemands(ParseView p, Arguments args, Map<Integer, Trigger> byToken) {
    List<Draft> out = new ArrayList<>();
    for (int v = 0; v < p.size(); v++) {
      int modal = -1;
      for (int c : p.children(v)) {
        if (p.relation(c).equals("aux") && frames.demandModals().containsKey(p.lemma(c))) {
          modal = c;
        }
      }
      int g = p.governor(v);
      String r = p.relation(v);
      if (modal < 0 || g < 0 || !(r.equals("ccomp") || r.equals("parataxis"))
          || frames.reporting().get(p.lemma(g)) != Modality.ASSERTED) {
        continue;
      }
      List<Mention> reporters = args.actorsOf(g, new Arguments.Provenance());
      List<Mention> addressees = withoutActors(args.subjectsOfPredicate(v), reporters);
      if (reporters.isEmpty() || addressees.isEmpty()) {
        continue;
      }
      CameoCode cameo = frames.demandModals().get(p.lemma(modal));
      Trigger content = byToken.get(v);
      if (content != null) {
        cameo = ContentRefiner.refine(PloverType.REQUEST, cameo, content.entry().cameo());
      }
      LexiconEntry entry;
      try {
        entry = new LexiconEntry(LexiconEntry.Kind.VERB,
            org.dyad.events.lexicon.Phrase.parse(p.lemma(g) + " " + p.lemma(modal)), cameo, PloverType.REQUEST,
            CameoPlover.modeOf(cameo), goldstein(cameo), "frames.txt: demand " + p.lemma(modal));
      } catch (IllegalArgumentException e) {
        continue; // a reporting word the phrase notation cannot hold
      }
      Trigger trigger = new Trigger(g, entry, List.of(g, modal, v), List.of());
      Modality m = modality.detect(p, g, -1);
      double confidence = Math.round(0.8 * certainty(m) * 1000) / 1000.0;
      if (confidence < config.minConfidence()) {
        continue;
      }
      for (Mention a : reporters) {
        for (Mention b : addressees) {
          if (!a.actor().sameActorAs(b.actor()) || a.actor().entity() == null) {
            out.add(new Draft(trigger, -1, -1, cameo, PloverType.REQUEST, entry.mode(), a, b, m, confidence,
                List.of(g)));
          }
        }
      }
    }
    return out;
  }

  private List<Draft> codeTrigger(ParseView p, Arguments args, Trigger t, int supportVerb, int outer,
      Map<Integer, Trigger> byToken, int[] contentOf, int[] supportVerbOf, PairContext context) {
    int i = t.token();
    LexiconEntry e = t.entry();
    Arguments.Provenance how = new Arguments.Provenance();
    List<Mention> actors;
    List<Mention> recipients;
    int causing = e.kind() == LexiconEntry.Kind.NOUN ? Reactions.causingVerb(p, i) : -1;
    if (causing >= 0) {
      // "the arrest drew condemnation from the US": the US condemns whoever made the arrest
      actors = Reactions.reactors(p, args, i);
      recipients = Reactions.causers(p, args, causing, cause -> actorsOfCause(p, args, byToken, cause));
    } else if (e.kind() == LexiconEntry.Kind.NOUN) {
      actors = nounActors(p, args, i, e);
      recipients = nounRecipients(p, args, i, e);
      if (actors.isEmpty() && supportVerb >= 0) {
        actors = LightVerbSlots.STATIVE_PASSIVES.contains(p.lemma(supportVerb)) && p.isPassive(supportVerb)
            ? Arguments.actable(args.subjectsOfPredicate(supportVerb)) // "forces were engaged in fighting"
            : args.actorsOf(supportVerb, how);
      }
      if (recipients.isEmpty() && supportVerb >= 0) {
        recipients = args.directRecipients(supportVerb);
      }
      int g = p.governor(i);
      if (actors.isEmpty() && inProtestOf(p, i) && g >= 0 && p.isVerb(g)) {
        actors = args.actorsOf(g, how); // "students marched in protest of the ruling": the marchers protest
      }
      if (actors.isEmpty() && e.type() == PloverType.CONSULT && g >= 0 && p.isVerb(g)
          && (p.relation(i).startsWith("obl") || p.relation(i).startsWith("nmod"))) {
        // "X stressed ... during a meeting with Y": who speaks at a meeting takes part in it
        actors = args.actorsOf(g, how);
        how.inherited = true;
      }
    } else {
      actors = e.kind() == LexiconEntry.Kind.ADJECTIVE ? args.subjectsOfPredicate(i) : List.of();
      if (actors.isEmpty()) {
        actors = args.actorsOf(i, how);
      }
      recipients = e.kind() == LexiconEntry.Kind.ADJECTIVE ? args.directRecipients(i) : args.recipientsOf(i, t);
      if (e.type() == PloverType.ACCUSE && e.kind() == LexiconEntry.Kind.VERB) {
        // "complained to the UN over Israeli air raids": whom a complaint is about, not whom it is made to
        List<Mention> about = RecipientRules.complainedAbout(p, args, i);
        recipients = about.isEmpty() ? recipients : about;
      }
      if (recipients.isEmpty() && (e.type() == PloverType.REQUEST || e.type() == PloverType.THREATEN
          || e.type() == PloverType.ACCUSE || e.type() == PloverType.REJECT)) {
        recipients = args.complementSubjects(i);
      }
    }
    // the content's recipient is the recipient of the threat, agreement or refusal that wraps it
    PloverType type = e.type();
    CameoCode cameo = e.cameo();
    String mode = e.mode();
    if (cameo.code().startsWith("042") && byPeacekeepers(p, args.subjectToken(supportVerb >= 0 ? supportVerb : i))) {
      // "peacekeeping troops arrived in Liberia": peacekeepers who come to a country are deployed there (074),
      // they do not visit it
      type = PloverType.AID;
      cameo = PEACEKEEPING;
      mode = null;
    }
    boolean recipientsFromContent = false;
    Trigger content = contentFor(i, byToken, contentOf);
    if (content != null) {
      if (type == PloverType.REQUEST && isAuthoritativeOrder(p, i, content)) {
        // "the court ordered the party to be disbanded": an order to coerce is the coercion, by who orders it
        type = content.entry().type();
        cameo = content.entry().cameo();
        mode = content.entry().mode();
      }
      if (type == PloverType.AGREE && content.entry().quadClass() == 4) {
        // "vowed to attack", "stands ready to declare a curfew": an intention to do harm is a threat
        type = PloverType.THREATEN;
        cameo = new CameoCode("130");
        mode = null;
      }
      cameo = ContentRefiner.refine(type, cameo, content.entry().cameo());
      if (mode == null && type == PloverType.THREATEN) {
        mode = content.entry().mode() != null ? content.entry().mode()
            : content.entry().type().name().toLowerCase(java.util.Locale.ROOT);
      }
      if (recipients.isEmpty()) {
        recipientsFromContent = true;
        int ci = content.token();
        if (type == PloverType.REQUEST) {
          // what is requested is done by the one it is requested of: "demanded that Israel ease ..."
          recipients = content.entry().kind() == LexiconEntry.Kind.NOUN ? nounActors(p, args, ci, content.entry())
              : args.actorsOf(ci, new Arguments.Provenance());
        }
        if (recipients.isEmpty()) {
          recipients = content.entry().kind() == LexiconEntry.Kind.NOUN
              ? nounRecipientsOrModifiers(p, args, ci, content.entry())
              : args.recipientsOf(ci, content);
        }
        if (recipients.isEmpty() && supportVerbOf[ci] >= 0) {
          recipients = args.directRecipients(supportVerbOf[ci]);
        }
      }
    }
    if (recipients.isEmpty() && (type.takesContent() || type == PloverType.PROTEST)) {
      recipients = args.recipientsInComplement(supportVerb >= 0 ? supportVerb : i, 0);
      recipientsFromContent = true;
    }
    if (recipients.isEmpty() && type == PloverType.REJECT) {
      // "declined to resign despite pressure from the anti-corruption commission": refused to whoever pressed
      recipients = RecipientRules.pressingDespite(p, args, supportVerb >= 0 ? supportVerb : i);
    }
    int head = p.governor(i);
    if (recipients.isEmpty() && p.relation(i).equals("conj") && head >= 0 && byToken.containsKey(head)) {
      // "commended Hun Manet's stance and pledged to ...": coordinated acts address the same recipient
      recipients = args.recipientsOf(head, byToken.get(head));
      how.inherited = true;
    }
    if (actors.isEmpty() && config.pairPhrases()) {
      int subject = args.subjectToken(supportVerb >= 0 ? supportVerb : i);
      if (args.isPairPhrase(subject)) {
        actors = context.lastTwoActors(p.sentence().index(), p.token(subject).start());
        how.carried = !actors.isEmpty();
      }
    }
    if (UnattributedForce.applies(type) && content == null
        && UnattributedForce.onlyPlacesOfAnAttack(p, actors, supportVerb >= 0 ? supportVerb : i, byToken)) {
      actors = List.of();
    }
    boolean investigated = "investigate".equals(mode) && p.isPassive(supportVerb >= 0 ? supportVerb : i);
    // "was released from house arrest": whoever held someone lets them go, named or not, as an arrest is made
    boolean released = "release".equals(mode) && p.isPassive(supportVerb >= 0 ? supportVerb : i);
    if (actors.isEmpty() && (UnattributedForce.applies(type) || investigated || released) && content == null) {
      // "a roadside bomb killed two soldiers", "a journalist was arrested": force by someone the sentence
      // does not name is still an event, by an unknown actor, done to whoever suffered it
      UnattributedForce.Found unknown = unattributed.find(p, args, t, supportVerb, byToken, recipients);
      if (unknown != null) {
        actors = List.of(unknown.actor());
        recipients = unknown.recipients();
        cameo = unknown.cameo();
        mode = unknown.mode();
        how.unattributed = true;
      }
    }
    boolean releasedByNoun = false;
    if (actors.isEmpty() && content == null && outer < 0 && supportVerb < 0) {
      UnattributedForce.Found freed = unattributed.releaseNamedByNoun(p, t, byToken, recipients);
      if (freed != null) {
        actors = List.of(freed.actor());
        recipients = freed.recipients();
        how.unattributed = true;
        releasedByNoun = true;
      }
    }
    if (actors.isEmpty()) {
      return List.of(); // never an event without an actor (known, or unknown but placed by force it used)
    }
    if (type == PloverType.PROTEST) {
      List<Mention> embassy = RecipientRules.embassyProtested(p, args, i, supportVerb);
      recipients = embassy.isEmpty() ? recipients : embassy;
    }
    recipients = PronounBinding.rebind(withoutActors(recipients, actors), actors, args.index());
    // "Sudan's government lifted the emergency in West Darfur State", with the state read as that government:
    // a recipient who is the actor itself is no recipient, and the event is coded as if none were named
    recipients = RecipientRules.withoutSelf(recipients, actors);
    if (RecipientRules.isReciprocal(type) && RecipientRules.distinctCountries(actors) >= 2
        && (recipientsFromContent || !RecipientRules.namedAsPartner(p, t, supportVerb, recipients))) {
      // "The Turkish and Greek sides agreed to share information on ...": two parties who agree, meet or work
      // together are each other's recipients; whoever the shared work concerns is the content's business
      recipients = List.of();
    }
    if (recipients.isEmpty() && actors.size() == 1 && config.recipientFallback()) {
      ObjectRecipients.Derived antecedent = PronounBinding.participleObject(p, args, objects, t, byToken,
          supportVerbOf, actors.get(0));
      if (antecedent != null) {
        recipients = List.of(antecedent.recipient());
        how.inherited = true;
        how.derivedRecipient = antecedent.basis();
      }
    }
    if (recipients.isEmpty() && actors.size() < 2 && !type.allowsNoRecipient() && config.recipientFallback()) {
      List<Mention> nearest = RecipientRules.fallbackRecipient(p, args, i, supportVerb, actors);
      // "detained 30 members of an outlawed group", "stands ready to declare a curfew": the object of a use
      // of force is still someone's (the object of a gift, a request or a statement is a thing, and says nothing
      // about who receives it)
      Trigger forceful = content != null && content.entry().quadClass() == 4 ? content
          : cameo.quadClass() == 4 || RecipientRules.accusesOfSomething(p, type, i) ? t : null;
      ObjectRecipients.Derived derived = null;
      boolean nearestInObject = false;
      if (actors.size() == 1 && forceful != null) {
        int forcefulSupport = forceful == t ? supportVerb : supportVerbOf[forceful.token()];
        // coercion and force are mostly done at home; sanctions, boycotts and protests rarely are
        boolean domestic = forceful.entry().cameo().code().compareTo("17") >= 0 || forceful == t
            && RecipientRules.accusesOfSomething(p, type, i);
        derived = objects.derive(p, args.index(), forceful, forcefulSupport, actors.get(0), domestic);
        nearestInObject = !nearest.isEmpty()
            && ObjectRecipients.insideObject(p, forceful, forcefulSupport, nearest.get(0));
      }
      // an actor named in the object phrase ("Kem Sokha, the president of the opposition party") says whose it
      // is; one named elsewhere in the clause ("... and announced it was cutting ties with Russia") says less
      // than the object itself does
      if (derived != null && !nearestInObject) {
        recipients = List.of(derived.recipient());
        how.derivedRecipient = derived.basis();
      } else {
        recipients = nearest;
        how.fallbackRecipient = !nearest.isEmpty();
      }
    }
    if (recipients.isEmpty() && actors.size() == 1 && config.recipientFallback() && content == null
        && ObjectRecipients.easesMeasures(t)) {
      // "lifted the state of emergency in Darfur", "eased the curfew": as imposing a measure is done to the
      // people under the actor's rule, so is easing it; the place it is eased in, else the actor's own country
      ObjectRecipients.Derived eased = objects.derive(p, args.index(), t, supportVerb, actors.get(0), true);
      if (eased != null) {
        recipients = List.of(eased.recipient());
        how.derivedRecipient = eased.basis();
      }
    }
    if (recipients.isEmpty() && actors.size() == 1 && config.recipientFallback()
        && RecipientRules.isAboutContent(type)) {
      Mention place = objects.placeInContent(p, args.index(), t, supportVerb, actors.get(0));
      if (place != null) {
        recipients = List.of(place);
        how.derivedRecipient = ObjectRecipients.Basis.PLACE;
      }
    }
    actors = placedPeople(p, args, t, supportVerb, actors);
    recipients = placedPeople(p, args, t, supportVerb, recipients);
    if (recipients.isEmpty() && actors.size() == 1 && type == PloverType.PROTEST && config.recipientFallback()) {
      // "thousands demonstrated in Kirkuk": a protest is aimed at someone, by default the authorities there
      ObjectRecipients.Derived target = objects.protestTarget(p, args.index(), t, supportVerb, actors.get(0));
      if (target != null) {
        recipients = List.of(target.recipient()); // the protest is as sure as before; only its target is a default
      }
    }
    Modality m = modality.detect(p, i, supportVerb);
    if (releasedByNoun && m != Modality.ASSERTED) {
      return List.of(); // "a possible release", "the expected release of": not done yet, by no one we know
    }
    if (m == Modality.NEGATED && (type == PloverType.AGREE || type == PloverType.CONCEDE)) {
      // "would not agree", "could not accept their demands": declining is itself an event, a rejection
      type = PloverType.REJECT;
      cameo = ContentRefiner.rejectionOf(cameo);
      mode = CameoPlover.modeOf(cameo);
      m = Modality.ASSERTED;
    }
    double confidence = confidence(how, e, m);
    if (confidence < config.minConfidence()) {
      return List.of();
    }
    List<Integer> anchors = new ArrayList<>(t.covered());
    if (supportVerb >= 0) {
      anchors.add(supportVerb);
    }
    if (outer >= 0) {
      anchors.add(outer);
    }
    List<Draft> out = new ArrayList<>();
    if (recipients.isEmpty()) {
      // "A and B met", "A and B clashed", "A and B signed a treaty": co-actors of a reciprocal act (meeting,
      // agreeing, working together, diplomatic ties, fighting) are each other's recipients; those of
      // any other act did it together ("the US, China and others urged both sides") and are not
      // (the entry's own type counts: "failed to reach agreement" is a rejection both ways)
      if (actors.size() >= 2 && (RecipientRules.isReciprocal(type) || RecipientRules.isReciprocal(e.type())
          || type == PloverType.ASSAULT || cameo.code().startsWith("05"))) {
        for (Mention a : actors) {
          for (Mention b : actors) {
            if (a != b && !a.actor().sameActorAs(b.actor())) {
              out.add(new Draft(t, supportVerb, outer, cameo, type, mode, a, b, m, confidence, anchors));
            }
          }
        }
      } else if (type.allowsNoRecipient() || type == PloverType.REQUEST && demandsSomething(p, t, supportVerb)) {
        for (Mention a : actors) {
          out.add(new Draft(t, supportVerb, outer, cameo, type, mode, a, null, m, confidence, anchors));
        }
      }
      return out;
    }
    for (Mention a : actors) {
      for (Mention r : recipients) {
        if (a != r && !actsOnItself(a.actor(), r.actor())) {
          out.add(new Draft(t, supportVerb, outer, cameo, type, mode, a, r, m, confidence, anchors));
        }
      }
    }
    return out;
  }

  private static final CameoCode PEACEKEEPING = new CameoCode("074");

  /** Whether the subject phrase is peacekeepers: "peacekeepers", "peacekeeping troops", "the peacekeeping force". */
  private static boolean byPeacekeepers(ParseView p, int subject) {
    if (subject < 0) {
      return false;
    }
    if (p.lemma(subject).startsWith("peacekeep")) {
      return true;
    }
    for (int c : p.children(subject)) {
      if ((p.relation(c).equals("compound") || p.relation(c).equals("amod")) && p.lemma(c).startsWith("peacekeep")
          || p.isRelation(c, "nmod") && "of".equals(p.marker(c)) && byPeacekeepers(p, c)) {
        return true; // "a contingent of peacekeepers", "the first deployment of peacekeeping troops"
      }
    }
    return false;
  }

  private List<Mention> placedPeople(ParseView p, Arguments args, Trigger t, int supportVerb, List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.size());
    for (Mention m : ms) {
      out.add(objects.placedPeople(p, args.index(), t, supportVerb, m));
    }
    return out;
  }

  /**
   * Nobody acts on themselves: the same person, or the same institution of one country ("U.S. diplomats
   * should leave after a U.S. embassy ..." is not the U.S. government sanctioning itself). Two people of one
   * code are two actors, and two bare mentions of one country may be two actors whose sector is unknown.
   */
  static boolean actsOnItself(org.dyad.model.Actor a, org.dyad.model.Actor r) {
    if (ownGovernment(a, r)) {
      return true;
    }
    if (a.entity() != null || r.entity() != null) {
      return a.sameActorAs(r) && a.entity() != null;
    }
    return a.sector() != null && a.sameActorAs(r);
  }

  /**
   * A country or its government acting on that same government, named as a whole ("Khan warned that Pakistan
   * would retaliate": Pakistan is what the warning is about, not whom it addresses). A named person of that
   * government is another actor ("the prime minister sacked the minister").
   */
  private static boolean ownGovernment(org.dyad.model.Actor a, org.dyad.model.Actor r) {
    return a.country() != null && a.country().equals(r.country()) && "GOV".equals(r.sector())
        && r.entity() == null && (a.sector() == null || "GOV".equals(a.sector()));
  }

  /**
   * "demanded early elections", "called for calm": a demand that names what it wants is an event even when the
   * sentence does not say of whom (the reference sets leave such demands without a target too).
   */
  private static boolean demandsSomething(ParseView p, Trigger t, int supportVerb) {
    if (t.entry().kind() != LexiconEntry.Kind.VERB || supportVerb >= 0 || ORDERING.contains(p.lemma(t.token()))
        || t.entry().phrase().particles().stream().anyMatch(x -> !x.equals("for"))) {
      return false; // "ordered ...", "called on ...": orders and appeals made to someone the parse has lost
    }
    for (int c : p.children(t.token())) {
      String r = p.relation(c);
      if ((r.equals("obj") || p.isRelation(c, "obl") && "for".equals(p.marker(c))) && p.pos(c).startsWith("NN")
          && !p.pos(c).startsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.Set<String> ORDERING = java.util.Set.of("order", "force", "compel", "direct",
      "instruct", "tell", "command");

  /** An order by someone with the power to enforce it whose content is material conflict (quad class 4). */
  private static boolean isAuthoritativeOrder(ParseView p, int outer, Trigger content) {
    return ORDERING.contains(p.lemma(outer)) && content.entry().quadClass() == 4;
  }

  /**
   * Whether the dependent carries the content of an event that takes one: "agreed to meet", "agreed to a
   * ceasefire", "threatened sanctions", "threatened them with arrest", "called for the release", "demanded that
   * Israel ease", "the threat to ban".
   */
  private static boolean isContentArc(ParseView p, PloverType outer, int c) {
    String r = p.relation(c);
    if (r.equals("xcomp") || r.equals("obj") || r.equals("acl")) {
      return true;
    }
    if (r.equals("ccomp")) {
      return outer != PloverType.AGREE;
    }
    if (r.startsWith("obl") || r.startsWith("nmod")) {
      String m = p.marker(c);
      return switch (outer) {
        case AGREE -> "to".equals(m) || "on".equals(m) || "upon".equals(m);
        case REQUEST -> "for".equals(m);
        case THREATEN -> "with".equals(m);
        case REJECT -> "to".equals(m);
        default -> false;
      };
    }
    return false;
  }

  private static Trigger contentFor(int outer, Map<Integer, Trigger> byToken, int[] contentOf) {
    for (int k = 0; k < contentOf.length; k++) {
      if (contentOf[k] == outer) {
        return byToken.get(k);
      }
    }
    return null;
  }

  /** The actors of the nominal event at {@code token}, or null when no noun trigger is there. */
  /**
   * The actors of a cause that is an event: a noun ("the arrest of X by the police") or a clause ("police
   * arrested X, which drew ..."); null when the cause is a noun that is no event, so that its own words count.
   */
  private static List<Mention> actorsOfCause(ParseView p, Arguments args, Map<Integer, Trigger> byToken,
      int token) {
    Trigger t = byToken.get(token);
    if (t == null) {
      return p.isVerb(token) ? List.of() : null;
    }
    return t.entry().kind() == LexiconEntry.Kind.NOUN ? nounActors(p, args, token, t.entry())
        : Arguments.actable(args.actorsOf(token, new Arguments.Provenance()));
  }

  private static List<Mention> nounActors(ParseView p, Arguments args, int n, LexiconEntry type) {
    for (int c : p.children(n)) {
      if (p.relation(c).equals("nmod:poss")) {
        List<Mention> m = Arguments.actable(args.mentionsAt(c));
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    for (int c : p.children(n)) {
      if ((p.isRelation(c, "nmod") || p.isRelation(c, "obl")) && "by".equals(p.marker(c))) {
        List<Mention> m = Arguments.actable(args.mentionsAt(c));
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    for (int c : p.children(n)) {
      String r = p.relation(c);
      if (r.equals("amod") || r.equals("compound")) {
        List<Mention> m = Arguments.actable(args.mentionsAt(c));
        if (!m.isEmpty()) {
          return m;
        }
      }
    }
    if (actsThroughOf(type) && !inProtestOf(p, n)) {
      for (int c : p.children(n)) {
        if (p.isRelation(c, "nmod") && "of".equals(p.marker(c))) {
          return Arguments.actable(args.mentionsAt(c));
        }
      }
    }
    return List.of();
  }

  private static List<Mention> nounRecipients(ParseView p, Arguments args, int n, LexiconEntry type) {
    List<Mention> in = List.of();
    for (int c : p.children(n)) {
      if (!p.isRelation(c, "nmod") && !p.isRelation(c, "obl")) {
        continue;
      }
      String prep = p.marker(c);
      if (prep == null || prep.equals("by") || (prep.equals("of") && actsThroughOf(type) && !inProtestOf(p, n))
          || !Arguments.RECIPIENT_PREPOSITIONS.contains(prep)) {
        continue;
      }
      List<Mention> m = args.mentionsAt(c);
      if (!m.isEmpty()) {
        if (!prep.equals("in")) {
          return m;
        }
        in = m;
      }
    }
    return in;
  }

  /** For a content noun ("threatened sanctions against Iran", "the U.S. ban"), its recipient or modifiers. */
  private static List<Mention> nounRecipientsOrModifiers(ParseView p, Arguments args, int n, LexiconEntry type) {
    List<Mention> r = nounRecipients(p, args, n, type);
    return r.isEmpty() ? nounActors(p, args, n, type) : r;
  }

  /**
   * "went on hunger strike in protest of the government's refusal": in the idiom "in protest of", the "of" names
   * what is protested, not who protests (as it does in "the protest of the workers").
   */
  private static boolean inProtestOf(ParseView p, int noun) {
    return p.lemma(noun).equals("protest") && "in".equals(p.marker(noun));
  }

  /**
   * Nouns whose "of" names who acts: "the visit of the minister", "the protest of the workers"; but "the release
   * of the prisoners" names whom it was done to.
   */
  private static boolean actsThroughOf(LexiconEntry entry) {
    PloverType type = entry.type();
    if ("release".equals(entry.mode())) {
      return false;
    }
    return type == PloverType.CONSULT || type == PloverType.PROTEST || type == PloverType.MOBILIZE
        || type == PloverType.RETREAT || type == PloverType.AGREE;
  }

  static List<Mention> withoutActors(List<Mention> recipients, List<Mention> actors) {
    List<Mention> out = new ArrayList<>(recipients.size());
    for (Mention r : recipients) {
      boolean same = false;
      for (Mention a : actors) {
        same |= a == r || a.span().equals(r.span());
      }
      if (!same) {
        out.add(r);
      }
    }
    return out;
  }

  private static double confidence(Arguments.Provenance how, LexiconEntry e, Modality m) {
    double c = 0.9;
    if (how.inherited) {
      c = 0.8;
    }
    if (how.carried) {
      c = 0.65;
    }
    if (how.unattributed) {
      c = 0.5; // below any event whose actor the sentence names
    }
    if (how.fallbackRecipient) {
      c *= 0.7;
    }
    if (how.derivedRecipient != null) {
      // a place in the sentence says whose the object is more surely than the actor's home country does
      c *= how.derivedRecipient == ObjectRecipients.Basis.PLACE ? 0.8 : 0.7;
    }
    if (e.phrase().specificity() > 0) {
      c = Math.min(0.95, c + 0.05);
    }
    return Math.round(c * certainty(m) * 1000) / 1000.0;
  }

  /** How sure a modality leaves us that the event is as coded. */
  static double certainty(Modality m) {
    return switch (m) {
      case ASSERTED -> 1.0;
      case NEGATED -> 0.9;
      case FUTURE, RECOMMENDED -> 0.85;
      case ALLEGED -> 0.8;
      case HYPOTHETICAL -> 0.75;
    };
  }

  static boolean isObjectLike(String rel) {
    return rel.equals("obj") || rel.equals("xcomp") || rel.equals("iobj") || rel.startsWith("obl")
        && !rel.equals("obl:tmod");
  }

  static double goldstein(CameoCode code) {
    return GoldsteinScale.standard().weight(code);
  }
}
