package org.dyad.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsRemovalTest {
  private static final String PAGE = "<div id=\"page\"><p id=\"lead\">Ports, roads and rail.</p>"
      + "<a id=\"card\" href=\"/x\"><span id=\"in-link\">A headline, in a link</span> <b id=\"kicker\">More</b></a>"
      + "<div id=\"share\"><p>Share this, now</p><div id=\"nested\">Tweet</div></div>"
      + "<p id=\"tail\">The end, <a href=\"/y\">linked</a>.</p></div>";

  private static void assertSameCounts(TextStats kept, Element body) {
    TextStats fresh = TextStats.of(body);
    for (Element e : body.getAllElements()) {
      assertEquals(fresh.length(e), kept.length(e), "length of " + e.cssSelector());
      assertEquals(fresh.linkLength(e), kept.linkLength(e), "link length of " + e.cssSelector());
      assertEquals(fresh.commas(e), kept.commas(e), "commas of " + e.cssSelector());
    }
  }

  @Test
  void countsAfterARemovalAreThoseOfTheCutTree() {
    Element body = HtmlPages.parse(PAGE, "").body();
    TextStats stats = TextStats.of(body);
    TextStats.Removal removal = stats.removal();
    // Nested removals (share and the block inside it) count once; text inside a link comes out of link text.
    List<Element> gone = List.of(body.getElementById("share"), body.getElementById("nested"),
        body.getElementById("in-link"), body.getElementById("lead"));
    gone.forEach(removal::note);
    gone.forEach(Element::remove);
    removal.apply();
    assertSameCounts(stats, body);
  }

  @Test
  void countsDoNotChangeBeforeTheRemovalIsApplied() {
    Element body = HtmlPages.parse(PAGE, "").body();
    TextStats stats = TextStats.of(body);
    int before = stats.length(body);
    TextStats.Removal removal = stats.removal();
    Element share = body.getElementById("share");
    removal.note(share);
    share.remove();
    assertEquals(before, stats.length(body));
    removal.apply();
    assertSameCounts(stats, body);
  }
}
