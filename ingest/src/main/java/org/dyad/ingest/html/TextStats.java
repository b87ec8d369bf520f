package org.dyad.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The amount of text under every element of a tree, counted once, bottom-up: characters (white space runs
 * counted as one), characters inside links, and commas. Scoring a page asks these questions of thousands
 * of nested elements; asking jsoup's {@code text()} each time costs time proportional to depth times size.
 * The counts describe the tree as it was when they were taken, or as it is after removals announced
 * through {@link #removal()}: counting a large page is a good part of reading it, and the readers of a
 * page cut it down step by step.
 */
public final class TextStats {
  private static final int[] NONE = new int[3];
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  private TextStats() {}

  public static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          stats.counts.put(e, new int[3]);
        } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          int[] c = stats.counts.get(parent);
          if (c != null) {
            count(t.getWholeText(), c);
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e && node != root) {
          int[] own = stats.counts.get(e);
          if (e.normalName().equals("a")) {
            own[1] = own[0];
          }
          int[] up = stats.counts.get(e.parent());
          if (up != null) {
            up[0] += own[0];
            up[1] += own[1];
            up[2] += own[2];
          }
        }
      }
    }, root);
    return stats;
  }

  private static void count(String text, int[] c) {
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\u200B' || ch == '\u00AD' || ch == '\u200C' || ch == '\u200D' || ch == '\uFEFF') {
        continue; // invisible: jsoup's text() drops these too
      }
      if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\u00A0' || ch == '\f') {
        if (!space) {
          c[0]++;
          space = true;
        }
      } else {
        c[0]++;
        space = false;
        if (ch == ',') {
          c[2]++;
        }
      }
    }
  }

  /**
   * Starts a removal: note each element before taking it out of the tree, then {@link Removal#apply()} the
   * removal once all are out, and the counts of the elements still in the tree are what counting the tree
   * afresh would give (text nodes are counted one by one, so taking an element from between two of them
   * changes nothing else). Nothing changes before {@code apply}, so decisions taken during the removal see
   * the tree as it was.
   */
  public Removal removal() {
    return new Removal();
  }

  /** Elements taken out of the counted tree, each with its ancestors at the time. */
  public final class Removal {
    private final List<Element> elements = new ArrayList<>();
    private final List<List<Element>> ancestors = new ArrayList<>();

    private Removal() {}

    /** Call before {@code e} leaves the tree. */
    public void note(Element e) {
      List<Element> up = new ArrayList<>();
      for (Element a = e.parent(); a != null && counts.containsKey(a); a = a.parent()) {
        up.add(a);
      }
      elements.add(e);
      ancestors.add(up);
    }

    /** Takes the noted elements' text out of their former ancestors' counts (once, for nested ones). */
    public void apply() {
      Set<Element> noted = Collections.newSetFromMap(new IdentityHashMap<>());
      noted.addAll(elements);
      for (int i = 0; i < elements.size(); i++) {
        int[] gone = counts.get(elements.get(i));
        List<Element> up = ancestors.get(i);
        if (gone == null || up.stream().anyMatch(noted::contains)) {
          continue;
        }
        // Above a link every character of the removed text was link text.
        boolean inLink = elements.get(i).normalName().equals("a");
        for (Element a : up) {
          inLink |= a.normalName().equals("a");
          int[] c = counts.get(a);
          c[0] -= gone[0];
          c[1] -= inLink ? gone[0] : gone[1];
          c[2] -= gone[2];
        }
      }
      elements.clear();
      ancestors.clear();
    }
  }

  private int[] countsOf(Element e) {
    return counts.getOrDefault(e, NONE);
  }

  /** Characters of text under the element. */
  public int length(Element e) {
    return countsOf(e)[0];
  }

  /** Characters of text inside links under the element. */
  public int linkLength(Element e) {
    return countsOf(e)[1];
  }

  public int commas(Element e) {
    return countsOf(e)[2];
  }

  /** The share of the element's text that sits in links. */
  public double linkDensity(Element e) {
    int[] c = countsOf(e);
    return c[0] == 0 ? 0 : Math.min(1.0, (double) c[1] / c[0]);
  }
}
