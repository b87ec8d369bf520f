package org.dyad.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of a tree whose tag is one of a set, in page order, the root included: what a CSS query
 * of tag names ({@code "script,style,svg"}) selects, found in one walk without a query's evaluators, whose
 * per-element cost showed when every page was walked several times.
 */
public final class ElementsByTag {
  private ElementsByTag() {}

  public static List<Element> of(Element root, Set<String> tags) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e && tags.contains(e.normalName())) {
        out.add(e);
      }
    }, root);
    return out;
  }

  /** Takes every element of {@code tags} out of the tree; returns them, outer ones before inner ones. */
  public static List<Element> remove(Element root, Set<String> tags) {
    List<Element> found = of(root, tags);
    for (Element e : found) {
      e.remove();
    }
    return found;
  }
}
