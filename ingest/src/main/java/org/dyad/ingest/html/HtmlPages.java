package org.dyad.ingest.html;

import org.dyad.ingest.read.Decoding;
import org.dyad.model.ProblemSink;
import org.jsoup.Jsoup;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/** Parsing web pages: bytes to a jsoup tree with the encoding chosen by {@link Decoding}. */
public final class HtmlPages {
  // Markup re-read out of raw-text elements: enough for a page with many unclosed ones, bounded all the same.
  private static final int MAX_REOPENED = 64;
  // Shorter raw text is an ordinary field or frame fallback, whatever it holds.
  private static final int MIN_SWALLOWED = 200;
  private static final java.util.Set<String> RAW_TEXT = java.util.Set.of("textarea", "iframe");

  private HtmlPages() {}

  public static Document parse(String html, String baseUri) {
    // jsoup's HTML parser never throws on malformed markup; it repairs it as browsers do.
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri, Parser.htmlParser());
    if (html.contains("<textarea") || html.contains("<iframe") || html.contains("<TEXTAREA") || html.contains("<IFRAME")) {
      reopenSwallowedMarkup(doc);
    }
    return doc;
  }

  /**
   * The content of {@code textarea} and {@code iframe} is raw text to an HTML parser, so one left unclosed
   * swallows the rest of the page (a browser shows the same). When such an element's text holds the
   * page's closing tags, or block markup for an iframe (whose fallback content is never a page layout),
   * it is parsed again as markup and put back after the emptied element. Repeated for nested cases, at
   * most once per element.
   */
  static void reopenSwallowedMarkup(Document doc) {
    for (int round = 0; round < MAX_REOPENED; round++) {
      Element swallowing = null;
      for (Element e : ElementsByTag.of(doc, RAW_TEXT)) {
        if (swallows(e)) {
          swallowing = e;
          break;
        }
      }
      if (swallowing == null) {
        return;
      }
      String raw = rawContent(swallowing);
      swallowing.empty();
      List<Node> nodes = Parser.parseFragment(raw, swallowing.parent(), doc.baseUri());
      swallowing.after(new Element("div").appendChildren(nodes));
    }
  }

  /** An iframe's content is data to jsoup, a textarea's text. */
  private static String rawContent(Element e) {
    String data = e.data();
    return data.isEmpty() ? e.wholeText() : data;
  }

  private static boolean swallows(Element e) {
    String raw = rawContent(e);
    if (raw.length() < MIN_SWALLOWED) {
      return false;
    }
    return raw.contains("</body") || raw.contains("</html") || raw.contains("</BODY")
        || e.normalName().equals("iframe") && (raw.contains("</div") || raw.contains("</table") || raw.contains("</p>"));
  }

  public static Document parse(byte[] bytes, String baseUri, String input, ProblemSink problems) {
    return parse(Decoding.decode(bytes, input, problems).text(), baseUri);
  }

  /** The article body of a page, as paragraphs. */
  public static String mainText(byte[] bytes, String url) {
    return new MainTextExtractor().extract(parse(bytes, url, url, ProblemSink.IGNORE));
  }
}
