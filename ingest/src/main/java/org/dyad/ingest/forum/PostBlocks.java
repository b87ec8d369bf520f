package org.dyad.ingest.forum;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dyad.ingest.html.TextStats;
import org.jsoup.nodes.Element;

/**
 * Finds the blocks that hold a thread's posts without knowing the forum engine. Whatever the engine, the
 * posts of a thread are sibling blocks of one kind (same tag and class), and each shows a date, a short
 * author line and a body of the author's own words (not a list of links). Every set of like siblings on
 * the page is a candidate; the one whose qualifying members hold the most words wins. Some engines lay a
 * post out as two sibling rows, a header (author, date) and then the body: such pairs count as one post.
 */
final class PostBlocks {
  /** One post's elements: one block, or a header block and the body block after it. */
  record Unit(Element header, Element body) {
    boolean paired() {
      return header != body;
    }
  }

  // A member needs this much text outside links to be a post (a one-word "Thanks!" post is longer).
  private static final int MIN_OWN_TEXT = 2;
  // One enormous post must not outweigh many ordinary ones when groups are compared.
  private static final int CAP = 3000;

  private static final int MIN_POSTS = 3;
  private static final double MIN_SHARE = 0.25;
  // Blocks of one kind spread over the page must hold this share of their common ancestor's words.
  private static final double MIN_COVER = 0.6;
  // Characters of a middling reply: writing, not a teaser's caption.
  private static final int MIN_REPLY_WRITING = 60;

  private final TextStats stats;
  private final Map<Element, Boolean> dated = new IdentityHashMap<>();
  private Map<Element, Element> firstTimes = Map.of();

  PostBlocks(TextStats stats) {
    this.stats = stats;
  }

  /** The posts of the best group in page order, or an empty list when no group looks like a thread. */
  List<Unit> find(Element body) {
    List<Unit> best = List.of();
    double bestScore = 0;
    double floor = MIN_SHARE * ownText(body);
    List<List<Element>> candidates = new ArrayList<>();
    List<Element> all = body.getAllElements();
    firstTimes = firstTimes(all);
    for (Element parent : all) {
      // The cheap test first: counting children builds a list per element.
      if (ownText(parent) < floor || parent.childrenSize() < MIN_POSTS) {
        continue;
      }
      for (List<Element> group : likeChildren(parent).values()) {
        candidates.add(group);
      }
    }
    for (List<Element> kind : pageWideKinds(body, all)) {
      if (nestsReplies(kind) && coversTheirCommonAncestor(kind) || opensAThread(kind)) {
        candidates.add(kind);
      }
    }
    for (List<Element> group : candidates) {
      // Dates and names are looked for only in a group whose words could outscore the best so far.
      if (group.size() < MIN_POSTS || upperBound(group) <= Math.max(bestScore, floor)) {
        continue;
      }
      // Read as single blocks and as header-and-body pairs; the reading with more words in posts wins.
      for (List<Unit> units : List.of(qualifying(singles(group)), qualifying(pairs(group)),
          qualifying(headed(group)))) {
        if (units.size() < MIN_POSTS) {
          continue;
        }
        double score = 0;
        for (Unit u : units) {
          score += Math.min(CAP, ownText(u.body()));
        }
        if (score > bestScore) {
          bestScore = score;
          best = units;
        }
      }
    }
    // Two dated, signed blocks are also what an article beside a teaser looks like; and the posts of a
    // thread page are most of its words, where a news page's comments are a small part of it.
    if (best.size() < MIN_POSTS || bestScore < MIN_SHARE * ownText(body)) {
      return List.of();
    }
    return best;
  }

  private double upperBound(List<Element> group) {
    double sum = 0;
    for (Element e : group) {
      sum += Math.min(CAP, ownText(e));
    }
    return sum;
  }

  /**
   * Blocks of one named kind wherever they sit on the page, when they are not all siblings: threads that
   * nest replies under the post they answer put each reply in its own parent. A block inside another of
   * its kind is left out (the outer one already holds its words).
   */
  private List<List<Element>> pageWideKinds(Element body, List<Element> all) {
    Map<String, List<Element>> bySignature = new LinkedHashMap<>();
    for (Element e : all) {
      // A block without words of its own cannot be a post (nor hold one).
      if (e == body || ownText(e) < MIN_OWN_TEXT || e.className().isBlank()) {
        continue;
      }
      List<Element> kind = bySignature.computeIfAbsent(signature(e), k -> new ArrayList<>());
      if (kind.isEmpty() || !isInside(e, kind.get(kind.size() - 1))) {
        kind.add(e);
      }
    }
    List<List<Element>> out = new ArrayList<>();
    for (List<Element> kind : bySignature.values()) {
      if (kind.size() >= MIN_POSTS && !sameParent(kind)) {
        out.add(kind);
      }
    }
    return out;
  }

  /**
   * Do some blocks sit as replies under the one before them: one or two levels deeper, in the list that
   * holds it? A thread of nested replies has many such steps; cards of one kind repeated across a page's
   * sections (each in a wrapper of its own, all at one depth, or a whole grid deeper) have none or few.
   */
  static boolean nestsReplies(List<Element> kind) {
    int steps = 0;
    for (int i = 1; i < kind.size(); i++) {
      Element before = kind.get(i - 1);
      Element e = kind.get(i);
      int deeper = depth(e) - depth(before);
      if ((deeper == 1 || deeper == 2) && before.parent() != null && isInside(e, before.parent())) {
        steps++;
      }
    }
    return steps >= Math.max(2, kind.size() / 5);
  }

  /**
   * Are the blocks a list of replies (siblings, each with some writing of its own rather than a caption)
   * and, before it, at most two blocks of their kind elsewhere: the opening post, laid out apart from the
   * answers?
   */
  boolean opensAThread(List<Element> kind) {
    Map<Element, Integer> perParent = new IdentityHashMap<>();
    for (Element e : kind) {
      perParent.merge(e.parent(), 1, Integer::sum);
    }
    Element listParent = null;
    for (Map.Entry<Element, Integer> p : perParent.entrySet()) {
      if (listParent == null || p.getValue() > perParent.get(listParent)) {
        listParent = p.getKey();
      }
    }
    List<Integer> replyWords = new ArrayList<>();
    int firstReply = -1;
    for (int i = 0; i < kind.size(); i++) {
      if (kind.get(i).parent() == listParent) {
        replyWords.add(ownText(kind.get(i)));
        firstReply = firstReply < 0 ? i : firstReply;
      }
    }
    int elsewhere = kind.size() - replyWords.size();
    replyWords.sort(null);
    return replyWords.size() >= 2 && elsewhere <= 2 && firstReply == elsewhere
        && replyWords.get(replyWords.size() / 2) >= MIN_REPLY_WRITING;
  }

  private static int depth(Element e) {
    int d = 0;
    for (Element x = e.parent(); x != null; x = x.parent()) {
      d++;
    }
    return d;
  }

  /**
   * Do the blocks hold most of the words of the smallest element that holds them all? Nested replies
   * fill their thread's container; teasers of one kind scattered over a page (headline cards in the
   * article's sidebar and footer) share a far larger ancestor with the article in it.
   */
  private boolean coversTheirCommonAncestor(List<Element> kind) {
    Element common = kind.get(0).parent();
    for (Element e : kind) {
      while (common != null && !isInside(e, common)) {
        common = common.parent();
      }
    }
    if (common == null) {
      return false;
    }
    double inKind = 0;
    for (Element e : kind) {
      inKind += ownText(e);
    }
    return inKind >= MIN_COVER * ownText(common);
  }

  private static boolean isInside(Element e, Element outer) {
    for (Element x = e.parent(); x != null; x = x.parent()) {
      if (x == outer) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameParent(List<Element> kind) {
    Element parent = kind.get(0).parent();
    for (Element e : kind) {
      if (e.parent() != parent) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, List<Element>> likeChildren(Element parent) {
    Map<String, List<Element>> bySignature = new LinkedHashMap<>();
    for (Element child : parent.children()) {
      bySignature.computeIfAbsent(signature(child), k -> new ArrayList<>()).add(child);
    }
    return bySignature;
  }

  /** Tag and first class, digits dropped: "post post-17 odd" and "post post-18 even" are alike. */
  static String signature(Element e) {
    String cls = e.className().strip();
    int space = cls.indexOf(' ');
    String first = space < 0 ? cls : cls.substring(0, space);
    StringBuilder sig = new StringBuilder(e.normalName().length() + 1 + first.length()).append(e.normalName()).append('.');
    for (int i = 0; i < first.length(); i++) {
      char c = first.charAt(i);
      if (c < '0' || c > '9') {
        sig.append(c);
      }
    }
    return sig.toString();
  }

  private static List<Unit> singles(List<Element> group) {
    List<Unit> out = new ArrayList<>();
    for (Element e : group) {
      out.add(new Unit(e, e));
    }
    return out;
  }

  /** Consecutive header and body blocks: the header dated, the body with more words and no date. */
  private List<Unit> pairs(List<Element> group) {
    List<Unit> out = new ArrayList<>();
    for (int i = 0; i + 1 < group.size(); i++) {
      Element head = group.get(i);
      Element next = group.get(i + 1);
      if (next.elementSiblingIndex() == head.elementSiblingIndex() + 1 && hasDate(head) && !hasDate(next)
          && ownText(next) > ownText(head)) {
        out.add(new Unit(head, next));
        i++;
      }
    }
    return out;
  }

  /**
   * Body blocks of one kind, each right after a header block of another kind ({@code <tr>} with the
   * author and date, then {@code <tr class="posting-row">} with the words). The body may hold a date of
   * its own ("edited on ..."): being of another kind than its header already says it is not a post.
   */
  private List<Unit> headed(List<Element> group) {
    List<Unit> out = new ArrayList<>();
    String kind = signature(group.get(0));
    for (Element body : group) {
      Element head = body.previousElementSibling();
      if (head != null && !signature(head).equals(kind) && hasDate(head)) {
        out.add(new Unit(head, body));
      }
    }
    return out;
  }

  private List<Unit> qualifying(List<Unit> units) {
    List<Unit> out = new ArrayList<>();
    for (Unit u : units) {
      if (ownText(u.body()) >= MIN_OWN_TEXT && hasDate(u.header()) && PostParts.hasAuthorLine(u.header(), stats)) {
        out.add(u);
      }
    }
    return out;
  }

  private int ownText(Element e) {
    return stats.length(e) - stats.linkLength(e);
  }

  private boolean hasDate(Element e) {
    return dated.computeIfAbsent(e, k -> PostParts.dateElement(k, stats, firstTimes.get(k)) != null);
  }

  /**
   * The first {@code time} element under every element that holds one (itself included), found once per
   * page: asking each candidate block for it walked the same subtrees again and again.
   */
  private static Map<Element, Element> firstTimes(List<Element> all) {
    Map<Element, Element> first = new IdentityHashMap<>();
    for (Element e : all) {
      if (e.normalName().equals("time")) {
        for (Element a = e; a != null && !first.containsKey(a); a = a.parent()) {
          first.put(a, e);
        }
      }
    }
    return first;
  }
}
