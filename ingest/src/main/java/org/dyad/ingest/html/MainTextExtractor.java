package org.dyad.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the article body of a web page and renders it as paragraphs. The scoring follows the idea of
 * Arc90's Readability (paragraphs vote for their parent and grandparent; link-heavy blocks lose), on top of
 * jsoup, with the page chrome removed first and the paragraphs of the winning container filtered one by
 * one, so that share bars, captions and "related" lists inside the article do not come along.
 */
public final class MainTextExtractor {
  private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template",
      "iframe", "svg", "canvas", "object", "embed");
  // Chrome by its tag, role or inline style: see isChromeByTagOrRole.
  private static final Set<String> CHROME_TAGS = Set.of("button", "input", "select", "textarea",
      "nav", "aside", "footer", "form", "figcaption", "picture", "video", "audio");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "complementary",
      "contentinfo", "banner");
  private static final Pattern DISPLAY_NONE = Pattern.compile("display:\\s*none");
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6",
      "blockquote", "li", "div", "section", "article");

  // Below this many characters the first reading has probably thrown the article out with the chrome.
  static final int SHORT_RESULT = 250;

  /** Removes chrome and returns the body text; the document is changed in place. */
  public String extract(Document page) {
    return extract(page, null);
  }

  /**
   * As {@link #extract(Document)}, with {@code counted} the text counts of the page's body as it is now
   * (from a reader that looked at the page before), or null; they are kept up to date as the page is cut.
   */
  public String extract(Document page, TextStats counted) {
    Element body = page.body();
    if (body == null) {
      return "";
    }
    List<Element> neverText = ElementsByTag.of(body, NEVER_TEXT);
    TextStats stats = counted;
    if (stats == null) {
      neverText.forEach(Element::remove);
      stats = TextStats.of(body);
    } else {
      TextStats.Removal removal = stats.removal();
      neverText.forEach(removal::note);
      neverText.forEach(Element::remove);
      removal.apply();
    }
    Removals byClass = removeChrome(body, stats);
    String text = read(body, stats);
    if (text.length() < SHORT_RESULT && !byClass.isEmpty()) {
      // Class names lie ("widget Blog" around a blog's only post): like Readability, read the page again
      // with the elements that were dropped for their names alone put back, and keep the longer reading.
      byClass.restore();
      String again = read(body, TextStats.of(body));
      if (again.length() > text.length()) {
        return again;
      }
    }
    return text;
  }

  private static String read(Element body, TextStats stats) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    Element top = bestCandidate(body, scores, stats);
    if (top == null) {
      return BlockText.of(body);
    }
    StringBuilder out = new StringBuilder();
    for (Element part : withSiblings(top, scores, stats)) {
      appendBlocks(part, out, stats);
    }
    return BlockText.tidy(out);
  }

  /**
   * Articles are often split into sibling containers (a lead block, the body, a continuation after an ad):
   * siblings that scored well themselves, or that are plain prose paragraphs, join the top candidate.
   */
  private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0) * (1 - stats.linkDensity(top));
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> parts = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        parts.add(sibling);
        continue;
      }
      double bonus = !top.className().isEmpty() && top.className().equals(sibling.className()) ? topScore * 0.2 : 0;
      Double s = scores.get(sibling);
      if (s != null && s * (1 - stats.linkDensity(sibling)) + bonus >= threshold) {
        parts.add(sibling);
      } else if (sibling.normalName().equals("p")) {
        int length = stats.length(sibling);
        double density = stats.linkDensity(sibling);
        if ((length > 80 && density < 0.25) || (length > 0 && density == 0 && endsASentence(sibling.text()))) {
          parts.add(sibling);
        }
      }
    }
    return parts;
  }

  /** Elements taken out of a tree, each with its place, so that they can be put back. */
  static final class Removals {
    private record Removal(Element parent, int index, Element element) {}

    private final List<Removal> done = new ArrayList<>();

    void remove(Element e) {
      Element parent = e.parent();
      if (parent != null) {
        done.add(new Removal(parent, e.siblingIndex(), e));
        e.remove();
      }
    }

    boolean isEmpty() {
      return done.isEmpty();
    }

    /** Puts every element back where it was, last removed first, so that every index is right again. */
    void restore() {
      for (int i = done.size() - 1; i >= 0; i--) {
        Removal r = done.get(i);
        r.parent().insertChildren(r.index(), r.element());
      }
      done.clear();
    }
  }

  /**
   * Removes the page chrome: elements that are chrome by their tag or role are gone for good; those that
   * are only named like chrome are returned, so that they can be put back.
   */
  static Removals removeChrome(Element body) {
    return removeChrome(body, TextStats.of(body));
  }

  /** As {@link #removeChrome(Element)}, with the body's counts, which then describe what is left of it. */
  static Removals removeChrome(Element body, TextStats stats) {
    // Class names and wrappers lie ("Page-ad-margins" around a whole article, a form or a hidden theme
    // panel left unclosed around the page): never drop what holds many paragraphs or most of the text.
    Map<Element, Integer> longParagraphs = new IdentityHashMap<>();
    int bodyLength = stats.length(body);
    List<Element> byTag = new ArrayList<>();
    List<Element> byName = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e.normalName().equals("p") && stats.length(e) >= 80) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
          longParagraphs.merge(a, 1, Integer::sum);
        }
      }
      if (isChromeByTagOrRole(e)) {
        byTag.add(e);
      }
      if (e == body || e.normalName().equals("a") || e.normalName().equals("article")
          || e.normalName().equals("main")) {
        continue;
      }
      String names = ClassNames.of(e);
      if (names.isEmpty() || names.length() > 300) {
        continue;
      }
      if (ClassNames.unlikely(names) && !inTableOrCode(e)) {
        byName.add(e);
      }
    }
    Removals gone = new Removals();
    // The counts follow the removals only once all are decided: each decision sees the page as it was.
    TextStats.Removal counted = stats.removal();
    for (Element e : byTag) {
      if (mayRemove(e, longParagraphs, stats, bodyLength)) {
        counted.note(e);
        e.remove();
      }
    }
    for (Element e : byName) {
      if (e.parent() != null && mayRemove(e, longParagraphs, stats, bodyLength)) {
        counted.note(e);
        gone.remove(e);
      }
    }
    counted.apply();
    return gone;
  }

  /**
   * The CSS query {@code button, input, ..., [role=banner], [style~=display:\s*none]} answered for one
   * element: a query of nineteen alternatives, asked of every element of every page, cost more than the
   * rest of the chrome removal.
   */
  static boolean isChromeByTagOrRole(Element e) {
    if (CHROME_TAGS.contains(e.normalName())) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    // As jsoup compares attribute values: ignoring case, not trimmed.
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (CHROME_ROLES.contains(role)) {
      return true;
    }
    String style = e.attr("style");
    return style.contains("display") && DISPLAY_NONE.matcher(style).find();
  }

  /** {@code e.closest("table,code") != null}, without parsing the query for every element of the page. */
  private static boolean inTableOrCode(Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      String tag = x.normalName();
      if (tag.equals("table") || tag.equals("code")) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayRemove(Element e, Map<Element, Integer> longParagraphs, TextStats stats,
      int bodyLength) {
    return longParagraphs.getOrDefault(e, 0) < 3 && (bodyLength == 0 || stats.length(e) <= bodyLength / 2);
  }

  static Element bestCandidate(Element body, Map<Element, Double> scores, TextStats stats) {
    for (Element e : ElementsByTag.of(body, SCORED)) {
      int length = stats.length(e);
      if (length < 25) {
        continue;
      }
      double score;
      Element ancestor;
      if (isParagraphLike(e, stats)) {
        score = 1 + stats.commas(e) + Math.min(length / 100, 3);
        ancestor = e.parent();
      } else {
        // Text written straight into a container between its blocks ("text<div class=br></div>text") is a
        // paragraph of that container, which then scores as its parent (Readability wraps it in a p).
        int[] own = looseText(e, stats);
        if (own[0] < 25) {
          continue;
        }
        score = 1 + own[1] + Math.min(own[0] / 100, 3);
        ancestor = e;
      }
      for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
        if (!scores.containsKey(ancestor)) {
          scores.put(ancestor, initialScore(ancestor));
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.merge(ancestor, score / divider, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      double s = en.getValue() * (1 - stats.linkDensity(en.getKey()));
      if (s > bestScore) {
        bestScore = s;
        best = en.getKey();
      }
    }
    if (best == null) {
      return null;
    }
    // A container whose parent holds nearly as much scored text is only a piece of the article: climb.
    Element parent = best.parent();
    while (parent != null && parent != body.parent() && scores.containsKey(parent)) {
      double ps = scores.get(parent) * (1 - stats.linkDensity(parent));
      if (ps < bestScore * 0.75) {
        break;
      }
      best = parent;
      bestScore = Math.max(bestScore, ps);
      parent = best.parent();
    }
    return best;
  }

  /**
   * A div counts as a paragraph only when it holds text itself rather than further blocks; empty blocks
   * used as line breaks or clearers do not count.
   */
  private static boolean isParagraphLike(Element e, TextStats stats) {
    String tag = e.normalName();
    if (!(tag.equals("div") || tag.equals("section") || tag.equals("article") || tag.equals("li"))) {
      return true;
    }
    for (Element child : e.children()) {
      if (BlockText.BLOCKS.contains(child.normalName()) && stats.length(child) > 0) {
        return false;
      }
    }
    return true;
  }

  /** Characters and commas of the text that sits in a container outside its blocks. */
  private static int[] looseText(Element e, TextStats stats) {
    int[] out = new int[2];
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        String text = t.text();
        out[0] += text.strip().length();
        for (int i = 0; i < text.length(); i++) {
          if (text.charAt(i) == ',') {
            out[1]++;
          }
        }
      } else if (n instanceof Element c && !BlockText.BLOCKS.contains(c.normalName())) {
        out[0] += stats.length(c) - stats.linkLength(c);
        out[1] += stats.commas(c);
      }
    }
    return out;
  }

  private static double initialScore(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main", "section" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + ClassNames.weight(e);
  }

  private static boolean endsASentence(String text) {
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (i == text.length() - 1 || text.charAt(i + 1) == ' ') {
        return true;
      }
    }
    return false;
  }

  /** The container's paragraphs, each kept only when it reads as prose rather than a link list. */
  private static void appendBlocks(Element el, StringBuilder out, TextStats stats) {
    StringBuilder inline = new StringBuilder();
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        BlockText.appendCollapsed(inline, t.getWholeText());
      } else if (child instanceof Element c) {
        if (c.normalName().equals("br")) {
          inline.append('\n');
        } else if (BlockText.BLOCKS.contains(c.normalName())) {
          flush(inline, el, out);
          if (keep(c, stats)) {
            if (hasBlockChild(c)) {
              appendBlocks(c, out, stats);
            } else {
              out.append(BlockText.of(c)).append("\n\n");
            }
          }
        } else {
          inline.append(BlockText.of(c).replace("\n\n", "\n"));
          if (!inline.isEmpty() && c.normalName().equals("img")) {
            inline.append(' ');
          }
        }
      }
    }
    flush(inline, el, out);
  }

  private static void flush(StringBuilder inline, Element context, StringBuilder out) {
    String t = inline.toString().strip();
    inline.setLength(0);
    if (!t.isEmpty()) {
      out.append(t).append("\n\n");
    }
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BlockText.BLOCKS.contains(c.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static boolean keep(Element block, TextStats stats) {
    int length = stats.length(block);
    if (length == 0) {
      return false;
    }
    // A negative class name only condemns small blocks: wrappers named "widget" often hold the article.
    if (length < 400 && !block.normalName().equals("p") && ClassNames.weight(block) < 0) {
      return false;
    }
    double density = stats.linkDensity(block);
    if (hasBlockChild(block)) {
      return density < 0.6;
    }
    if (density > 0.5 && length < 300) {
      return false;
    }
    return true;
  }

}
