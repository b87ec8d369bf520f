package org.dyad.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ElementsByTagTest {
  private static final String PAGE = "<div><script>var a = 1;</script><p>One <svg><g></g></svg></p>"
      + "<section><p>Two</p><iframe src=\"/x\"></iframe><div hidden>Gone</div><nav role=\"navigation\">Menu</nav>"
      + "<div style=\"display: none\">x</div><span aria-hidden=\"TRUE \">y</span><span aria-hidden=\"TRUE\">y2</span><aside>z</aside>"
      + "<div role=\" Banner\">w</div><div role=\"Banner\">w2</div><div style=\"DISPLAY:none\">u</div><div style=\"color: red\">v</div></section></div>";

  @Test
  void findsWhatTheTagQueryFindsInPageOrder() {
    Element body = HtmlPages.parse(PAGE, "").body();
    assertEquals(body.select("script,svg,iframe,p"), ElementsByTag.of(body, Set.of("script", "svg", "iframe", "p")));
  }

  @Test
  void judgesChromeAsTheChromeQueryDid() {
    Element body = HtmlPages.parse(PAGE, "").body();
    String query = "button,input,select,textarea,nav,aside,footer,form,figcaption,picture,video,audio,"
        + "[hidden],[aria-hidden=true],[role=navigation],[role=complementary],[role=contentinfo],[role=banner],"
        + "[style~=display:\\s*none]";
    assertEquals(body.select(query), body.getAllElements().stream().filter(MainTextExtractor::isChromeByTagOrRole).toList());
  }
}
