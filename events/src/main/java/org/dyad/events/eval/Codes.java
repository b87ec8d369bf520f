package org.dyad.events.eval;

import java.util.Locale;
import java.util.Map;
import org.dyad.model.Actor;
import org.dyad.model.ReferenceCodes;

/** Normalising the codes reference files use so that they compare with dyad's output ({@link ReferenceCodes}). */
final class Codes {
  /** Older PLOVER (0.5) type names and what they are in current PLOVER. */
  private static final Map<String, String> LEGACY_TYPES = Map.of("DEMAND", "REQUEST", "DISAPPROVE", "ACCUSE",
      "INVESTIGATE", "ACCUSE", "FIGHT", "ASSAULT", "YIELD", "CONCEDE", "THREAT", "THREATEN");
  private Codes() {}

  static String ploverType(String type) {
    if (type == null) {
      return null;
    }
    String t = type.strip().toUpperCase(Locale.ROOT);
    return LEGACY_TYPES.getOrDefault(t, t);
  }

  static String country(String code) {
    return ReferenceCodes.country(code);
  }

  static String country(Actor a) {
    return ReferenceCodes.country(a);
  }

  static boolean sameCountry(String predicted, String reference) {
    return ReferenceCodes.sameCountry(predicted, reference);
  }
}
