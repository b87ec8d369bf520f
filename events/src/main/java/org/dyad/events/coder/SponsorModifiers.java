package org.dyad.events.coder;

import java.util.regex.Pattern;
import org.dyad.model.Mention;
import org.dyad.model.Sentence;

/**
 * "demolished a US-funded building", "attacked Saudi-backed forces", "violated the Qatar-brokered truce": a country
 * fused to a participle of sponsoring names who paid for, armed or brokered the thing, not who owns it or is hit
 * by what is done to it. Such a mention is no argument of any event in the sentence. "US-led" and "state-owned"
 * are left alone: the leader of a coalition and the owner of a firm are the parties concerned.
 */
final class SponsorModifiers {
  private static final Pattern SPONSORED = Pattern.compile(
      "^ ?- ?(funded|financed|bankrolled|backed|sponsored|supported|supplied|donated|built|made|designed"
          + "|manufactured|trained|armed|equipped|brokered|mediated)\\b");

  private SponsorModifiers() {}

  /** True when the mention is a country word fused to a sponsoring participle ("US-funded"). */
  static boolean namesSponsor(Sentence sentence, Mention mention) {
    int from = mention.span().end() - sentence.span().start();
    String text = sentence.text();
    if (from < 0 || from >= text.length()) {
      return false;
    }
    return SPONSORED.matcher(text.substring(from, Math.min(text.length(), from + 20))).find();
  }
}
