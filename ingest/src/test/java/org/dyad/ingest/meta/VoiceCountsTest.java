package org.dyad.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The one-pass counts are those of the word-bounded regular expressions they replaced (kept here as the
 * definition), on sentences written to hit their corners: phrases that overlap, apostrophes, capitals,
 * doubled spaces, words inside longer words.
 */
class VoiceCountsTest {
  private static final Pattern MODAL = Pattern.compile(
      "\\b(should|ought to|must|need to|needs to|it is (important|crucial|essential|vital|time)|"
          + "is crucial|is essential|is obvious|clearly|unfortunately|i believe|i think|in my view|we must|"
          + "let us|let's)\\b");
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(I|I'm|I've|my|we|our|us)\\b");
  private static final Pattern ATTRIBUTION = Pattern.compile(
      "\\b(said|says|told|according to|announced|stated|reported|confirmed|added)\\b");

  private static final List<String> TEXTS = List.of(
      "The council should act. It is crucial that it does; it is time, and we must not wait.",
      "It is essential, is obvious and is crucial: Let's go, let us go, LET'S GO, lets go.",
      "I think I'm right, I've said so, and my view is ours; in my view we must. Us? We.",
      "The minister said, according to  aides, that talks needs to resume. Officials told reporters.",
      "Shoulder-to-shoulder, mustard, toldo, saidi and clearlyness are other words; should_be is one word.",
      "According to the ministry, the mayor announced, stated and confirmed what was reported and added.",
      "Unfortunately, clearly, we ought to; we ought  to; i believe; I Believe; need to; needs to.",
      "é should ü must ñ said, straße told; naïve I; café we.",
      "");

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void countsAsTheWordBoundedExpressionsDid() {
    for (String text : TEXTS) {
      String lower = text.toLowerCase(Locale.ROOT);
      VoiceCounts.Counts c = VoiceCounts.of(text);
      assertEquals(count(MODAL, lower), c.modals(), "modals in: " + text);
      assertEquals(count(FIRST_PERSON, text), c.firstPerson(), "first person in: " + text);
      assertEquals(count(ATTRIBUTION, lower), c.attributions(), "attributions in: " + text);
    }
  }

  @Test
  void countsAPhraseOnceAndNotItsTail() {
    // "it is crucial" is one judgement, not also "is crucial".
    assertEquals(1, VoiceCounts.of("It is crucial.").modals());
    assertEquals(2, VoiceCounts.of("We must act. It must.").modals());
  }
}
