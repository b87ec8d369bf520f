package org.dyad.ingest.meta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The phrase search finds the first match the press-release alternation (kept here as the definition) found. */
class PressMarksTest {
  private static final Pattern PRESS = Pattern.compile(
      "for immediate release|press release|media (contact|inquiries)|\\bprnewswire\\b|business wire|"
          + "globe newswire|accesswire|\\n###\\s*(\\n|$)");

  private static final List<String> TEXTS = List.of(
      "the company said in a press release on monday.\n\nmedia contact: ann lee",
      "media inquiries go to the desk. for immediate release",
      "distributed by prnewswire.\n###\n",
      "xprnewswire and prnewswires are not the wire; prnewswire_x neither; but (prnewswire) is",
      "the end of the text\n###   ",
      "a hashtag line\n### not the end\nbut here:\n###  \n  more",
      "globe newswire and business wire and accesswire",
      "social media said the wire was cut; a release date was set",
      "");

  @Test
  void findsTheFirstMarkTheAlternationFound() {
    for (String text : TEXTS) {
      Matcher m = PRESS.matcher(text);
      int[] found = PressMarks.find(text);
      if (m.find()) {
        assertArrayEquals(new int[] {m.start(), m.start() + (m.group().startsWith("\n###") ? 4 : m.group().length())},
            found, text);
      } else {
        assertNull(found, text);
      }
    }
  }
}
