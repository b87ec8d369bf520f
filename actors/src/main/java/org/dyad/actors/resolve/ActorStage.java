package org.dyad.actors.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.kb.CountryPeriods;
import org.dyad.actors.kb.KnowledgeBase;
import org.dyad.actors.kb.NameKey;
import org.dyad.actors.kb.Person;
import org.dyad.model.Mention;
import org.dyad.model.PartialDate;
import org.dyad.model.PublishedDate;
import org.dyad.model.Sentence;
import org.dyad.pipeline.AnalyzedDocument;
import org.dyad.pipeline.Layer;
import org.dyad.pipeline.Stage;

/**
 * The {@code actors} stage: finds actor mentions in every sentence and resolves them in context, coding
 * people by the office they held on the document's date (the event coder re-codes them on the event's date
 * with {@link KnowledgeBase#actorOn}).
 *
 * <p>The rules, applied to each phrase (modifiers + head) the gazetteer and the NER find:
 * <ul>
 *   <li>a known person's name or alias: the role held on the document's date; with no date, the role a
 *       title in the phrase fits ("Prime Minister Hun Sen"), else the person's country without sector;
 *   <li>a part of a known person's name mentioned earlier in the document ("Sokha"): that person (SURNAME);
 *       a title and an unknown surname ("Secretary Austin"): the one person of that surname whose office on
 *       the date fits the title (TITLE);
 *   <li>an unknown name with a nationality or country ("Cambodian activist Kem Ley"): that country with the
 *       sector of its title or descriptor (NATIONALITY/NER); without a country it is only remembered, so that
 *       a later "he" does not jump past it;
 *   <li>a descriptor with a country, nationality or possessor ("the U.S. embassy", "Cambodian villagers",
 *       "Hun Sen's government"): that country and the descriptor's sector; "the government" alone: the
 *       country the document has mentioned most so far (INSTITUTION);
 *   <li>a title alone ("the prime minister", "the Cambodian leader"): the most recent person in the same post
 *       within three sentences whose country and office fit; else the one holder of that office in that
 *       country on the date; "a"/"an"/plural titles never refer back (DEFINITE_DESCRIPTION);
 *   <li>"he"/"she"/"him"/"her": the most recent person in the same post within three sentences, never across
 *       forum posts (PRONOUN);
 *   <li>a country named alone is the country ({@code KHM}, sector null), as PETRARCH codes it, and its
 *       government ({@code KHMGOV}) when an active verb follows it: the country is then acting politically;
 *       a nationality adjective alone is the country (NATIONALITY);
 *   <li>a capital is the government only when it acts ("Washington has criticised"), never as a place ("in
 *       Washington", "Washington state", "Seattle, Washington"); seats of power ("the Kremlin") always
 *       (METONYM);
 *   <li>a place below the country ({@code places.tsv}: cities, regions, towns, camps) gives its country to a
 *       group or local body tied to it in the clause ("students at a university in Izmir", "the governor of
 *       Sindh", "Karachi police", "refugees from Goma"; see {@link PlaceTies}); named alone after a preposition
 *       ("a bomb exploded in Mosul") it is its country as a place (PLACE), never an actor ("Mosul said");
 *   <li>organisations take their code from the knowledge base; an acronym defined in parentheses after a
 *       name ("National Democratic Institute (NDI)") stands for it afterwards; unknown organisations get a
 *       country and a sector from their modifiers and the words of their name ("Rescue Party" → PTY);
 *   <li>news agencies and outlets framed as the source of a report ("according to Reuters", "seen by
 *       Reuters", "Reuters reported", "(Reuters)") are not actors and give no mention; elsewhere an outlet is
 *       an actor of sector MED ("the government shut down Radio Free Asia");
 *   <li>an ethnic or religious group before a noun ("Yoruba elders", "Shia militias", "ethnic Albanians"):
 *       the country a word of the phrase or the text right after it gives, else the group's home, else the
 *       country of the sentence or story; an unplaced religion takes its religion code (see GroupMentions).
 * </ul>
 * The stage is thread-safe: the gazetteer is built once per knowledge base, and what refers back is kept
 * per document.
 */
public final class ActorStage implements Stage {
  private final KnowledgeBase kb;
  private final AtomFinder finder;
  private final PhraseResolver resolver;
  private final PlaceCountries placeCountries;

  public ActorStage(KnowledgeBase kb) {
    this.kb = kb;
    this.finder = new AtomFinder(Gazetteer.of(kb), new MisspeltCountries(kb));
    this.resolver = new PhraseResolver(kb, surnames(kb));
    this.placeCountries = new PlaceCountries(kb, CountryPeriods.bundled());
  }

  /** The stage over the bundled knowledge base. */
  public static ActorStage withDefaults() {
    return new ActorStage(KnowledgeBase.defaults());
  }

  public KnowledgeBase knowledgeBase() {
    return kb;
  }

  @Override
  public String name() {
    return "actors";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.TOKENS, Layer.POS, Layer.NAMED_ENTITIES);
  }

  @Override
  public Set<Layer> provides() {
    return Set.of(Layer.ACTOR_MENTIONS);
  }

  @Override
  public Map<String, String> settings() {
    return Map.of("knowledge-base", String.join("+", kb.sources()), "people", String.valueOf(kb.people().size()));
  }

  @Override
  public AnalyzedDocument apply(AnalyzedDocument document) {
    String text = document.document().text();
    LocalDate date = dateOf(document.document().published());
    Discourse discourse = new Discourse();
    // "NIAMEY (Wire) - ... The junta accused Paris": a story filed from a country is about it unless the text
    // says otherwise; the dateline weighs as two bare names, less than one person or institution of another country
    kb.countryOfPlace(document.document().dateline()).ifPresent(c -> discourse.countDateline(c.iso3()));
    List<Mention> mentions = new ArrayList<>();
    for (Sentence s : document.sentences()) {
      List<Atom> atoms = placeCountries.adjust(finder.find(s, text), s.tokens(), date);
      mentions.addAll(resolver.resolve(s, atoms, text, date, discourse));
    }
    return document.withMentions(mentions);
  }

  /** The day roles are resolved on: the publication day, or the first day of a month/quarter/year or range. */
  static LocalDate dateOf(PublishedDate published) {
    if (published == null || !published.isKnown()) {
      return null;
    }
    PartialDate p = published.asPartialDate();
    return p == null ? null : p.start();
  }

  private static Map<String, List<Person>> surnames(KnowledgeBase kb) {
    Map<String, List<Person>> out = new HashMap<>();
    for (Person p : kb.people()) {
      for (String n : p.allNames()) {
        List<String> units = NameKey.unitsOfName(n);
        if (units.size() > 1) {
          List<Person> list = out.computeIfAbsent(units.get(units.size() - 1), k -> new ArrayList<>());
          if (!list.contains(p)) {
            list.add(p);
          }
        }
      }
    }
    return out;
  }
}
