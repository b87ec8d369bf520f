package org.dyad.events.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Modality;

/**
 * Words that frame events without being events (see {@code frames.txt}): reporting verbs, light verbs, and
 * the cues of modality by syntactic role. Immutable.
 */
public record FrameWords(
    Map<String, Modality> reporting,
    Set<List<String>> reportingPhrases,
    Set<String> supportVerbs,
    Map<String, Modality> governors,
    Map<String, Modality> auxiliaries,
    Map<String, Modality> adverbs,
    Map<String, Modality> markers,
    Map<String, Modality> determiners,
    Map<String, Modality> nounModifiers,
    Map<String, CameoCode> demandModals,
    Set<String> criticisms,
    Set<String> criticismsWhenNegated,
    Set<List<String>> warnings) {

  public FrameWords {
    reporting = Map.copyOf(reporting);
    reportingPhrases = Set.copyOf(reportingPhrases);
    supportVerbs = Set.copyOf(supportVerbs);
    governors = Map.copyOf(governors);
    auxiliaries = Map.copyOf(auxiliaries);
    adverbs = Map.copyOf(adverbs);
    markers = Map.copyOf(markers);
    determiners = Map.copyOf(determiners);
    nounModifiers = Map.copyOf(nounModifiers);
    demandModals = Map.copyOf(demandModals);
    criticisms = Set.copyOf(criticisms);
    criticismsWhenNegated = Set.copyOf(criticismsWhenNegated);
    warnings = Set.copyOf(warnings);
  }

  /** Whether verb + object noun, said of someone, warns them ("will bear the consequences", "will pay a price"). */
  public boolean isWarning(String verb, String noun) {
    return warnings.contains(List.of(verb, noun));
  }

  /** Whether the lemma is the object noun of some warning (a cue that a sentence may hold one). */
  public boolean isWarningNoun(String lemma) {
    for (List<String> w : warnings) {
      if (w.get(1).equals(lemma)) {
        return true;
      }
    }
    return false;
  }

  public boolean isReporting(String lemma) {
    return reporting.containsKey(lemma);
  }

  /** Whether verb + object noun is a reporting phrase ("issue statement"). */
  public boolean isReportingPhrase(String verb, String noun) {
    return reportingPhrases.contains(List.of(verb, noun));
  }
}
