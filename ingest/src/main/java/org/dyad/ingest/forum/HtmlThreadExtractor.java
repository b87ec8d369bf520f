package org.dyad.ingest.forum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.Set;
import java.util.regex.Pattern;
import org.dyad.ingest.clean.BoilerplateRules;
import org.dyad.ingest.clean.Lines;
import org.dyad.ingest.html.BlockText;
import org.dyad.ingest.html.ElementsByTag;
import org.dyad.ingest.html.FormattingWrappers;
import org.dyad.ingest.html.TextStats;
import org.dyad.model.Quote;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the posts of a forum page without knowing its engine. {@link PostBlocks} finds the sibling blocks
 * that hold the posts (each with a date, a short author line and words of its own); the author of each is
 * read from the short line that sits at the same place in most posts (a profile link or a block named as
 * an author wins), and its words from the largest block that does not hold the author. Inside each post,
 * quotes ({@code blockquote} or blocks whose class says quote) are taken out of the post's own words and
 * kept with their author and time.
 */
public final class HtmlThreadExtractor {
  private static final Pattern PROFILE = Pattern.compile(
      "(?i)(member|user|profile|benutzer|membre|mitglied|/u/|showuser|viewprofile|author|personal_pages|"
          + "user_info|/people/|/~)");
  private static final Pattern CONTENT_CLASS = Pattern.compile(
      "(?i)(message-?(body|content|text)|post-?(body|content|text|message|entry)|postbody|post_body|postmsg|"
          + "messageText|bbWrapper|cooked|entry-content|comment-?(body|content|text)|content|postcolor|"
          + "js-post__content-text|ipsType_richText|message)");
  private static final Pattern WROTE = Pattern.compile(
      "(?i)^(?:(.{3,60}?),\\s+)?(.{1,40}?)\\s+(said|wrote|schrieb|a écrit|posted|says|writes)\\s*:?\\s*(?:↑)?$");
  private static final Pattern QUOTE_FROM = Pattern.compile(
      "(?i)^(?:quote from|originally posted by|quote originally posted by|zitat von|zitat|citation de|quote)"
          + "\\s*:?\\s*(.{1,40}?)(?:\\s+(?:on|am|le)\\s+(.{3,60}))?\\s*:?$");

  private static final Set<String> NEVER_POSTS = Set.of("script", "style", "template", "svg", "iframe");

  // A blockquote holding this share of a post's text is its body, not a quotation.
  private static final double BODY_SHARE = 0.8;

  /** A thread's title and posts in page order. */
  public record Found(String title, List<ThreadPost> posts) {
    public Found {
      posts = List.copyOf(posts);
    }
  }

  /**
   * What looking for a thread gave: the thread, if there is one, and the text counts of the page's body
   * as the search left it (scripts and formatting wrappers gone), for a reader that goes on with the page;
   * with a thread, the page's blocks that hold its posts.
   */
  public record Attempt(Optional<Found> thread, List<Element> postBlocks, TextStats stats) {
    public Attempt {
      postBlocks = List.copyOf(postBlocks);
    }
  }

  public Optional<Found> extract(Document page, Instant crawled) {
    return attempt(page, crawled).thread();
  }

  /** Looks for a thread; the page is cut down as for {@link #extract}, and its counts are kept. */
  public Attempt attempt(Document page, Instant crawled) {
    Element body = page.body();
    if (body == null) {
      return new Attempt(Optional.empty(), List.of(), null);
    }
    // noscript stays: Discourse serves its posts to crawlers inside it.
    ElementsByTag.remove(body, NEVER_POSTS);
    FormattingWrappers.unwrapAroundBlocks(body);
    TextStats stats = TextStats.of(body);
    List<PostBlocks.Unit> units = new PostBlocks(stats).find(body);
    Optional<Found> thread = find(page, body, units, stats, crawled);
    Set<Element> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Element> blocks = new ArrayList<>();
    if (thread.isPresent()) {
      for (PostBlocks.Unit unit : units) {
        for (Element e : List.of(unit.header(), unit.body())) {
          if (seen.add(e)) {
            blocks.add(e);
          }
        }
      }
    }
    return new Attempt(thread, blocks, stats);
  }

  private Optional<Found> find(Document page, Element body, List<PostBlocks.Unit> units, TextStats stats,
      Instant crawled) {
    if (units.size() < 2) {
      return Optional.empty();
    }
    AuthorPlaces authors = AuthorPlaces.learn(units, stats);
    List<ThreadPost> out = new ArrayList<>();
    for (PostBlocks.Unit unit : units) {
      ThreadPost p = post(unit, authors.authorOf(unit), stats, crawled);
      if (p != null) {
        out.add(p);
      }
    }
    if (out.size() < 2) {
      return Optional.empty();
    }
    Element h1 = body.selectFirst("h1");
    String title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : page.title();
    return Optional.of(new Found(title, out));
  }

  static boolean isProfileLink(Element a) {
    String href = a.attr("href");
    if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript")) {
      return false;
    }
    String text = a.text().strip();
    return PROFILE.matcher(href).find() && text.length() >= 1 && text.length() <= 40;
  }

  private static ThreadPost post(PostBlocks.Unit unit, Element authorElement, TextStats stats, Instant crawled) {
    // The name an engine writes into the post's attributes beats one guessed from its header lines.
    String attributed = PostParts.attributedAuthor(unit.header());
    if (attributed != null && authorElement != null && !authorElement.text().strip().equals(attributed)) {
      authorElement = null;
    }
    String author = authorElement == null ? attributed : authorElement.text().strip();
    Element link = authorElement == null ? null
        : authorElement.normalName().equals("a") ? authorElement : authorElement.selectFirst("a[href]");
    String href = link == null || link.attr("href").isBlank() ? null : link.attr("href");
    Element dateElement = PostParts.dateElement(unit.header(), stats);
    String time = RelativeTimes.resolve(PostParts.dateText(dateElement), crawled);
    Element words = unit.paired() ? unit.body() : words(unit.body(), authorElement, dateElement, stats);
    Element c = copyWithout(words, unit.body(), authorElement, dateElement);
    List<Quote> quotes = new ArrayList<>();
    for (Element q : quoteBlocks(c)) {
      QuoteHead head = quoteHead(q);
      String text = Lines.join(Lines.of(BlockText.of(q)));
      if (head != null && head.element() != null && head.element().parent() != null && q.parent() != null) {
        head.element().remove();
        text = Lines.join(Lines.of(BlockText.of(q)));
      }
      quotes.add(new Quote(head == null ? null : head.author(), text,
          head == null ? null : RelativeTimes.resolve(head.time(), crawled)));
      q.remove();
    }
    Map<String, Integer> reactions = new LinkedHashMap<>();
    for (Element r : unit.body().select("[class*=reaction], [class*=likes], [class*=Reaction]")) {
      Map<String, Integer> found = ForumLines.reactions(Lines.normaliseSpace(r.text()));
      if (found != null) {
        found.forEach((k, v) -> reactions.merge(k, v, Integer::max));
      }
    }
    List<String> attachments = new ArrayList<>();
    for (Element a : c.select("a[href*=attach], [class*=attachment] a[href]")) {
      String name = a.text().strip();
      if (!name.isEmpty() && ForumLines.isAttachment(name) && !attachments.contains(name)) {
        attachments.add(name);
      }
    }
    List<String> own = new ArrayList<>();
    for (String line : Lines.of(BlockText.of(c))) {
      if (!BoilerplateRules.isChrome(line) && ForumLines.reactions(line) == null
          && (author == null || !line.equals(author))) {
        own.add(line);
      }
    }
    if (own.isEmpty() && quotes.isEmpty()) {
      return null;
    }
    return new ThreadPost(author, href, time, own, quotes, reactions, attachments);
  }

  /**
   * The block of a post that holds its words: an element whose class says so, else the largest block that
   * holds neither the author's name nor the date; when that block is not most of the post (the words sit
   * loose beside the name), the whole post.
   */
  static Element words(Element post, Element author, Element date, TextStats stats) {
    Set<Element> onPath = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element mark : new Element[] {author, date}) {
      for (Element x = mark; x != null && x != post; x = x.parent()) {
        onPath.add(x);
      }
    }
    Element best = null;
    for (Element e : post.getAllElements()) {
      if (e == post || onPath.contains(e) || !onPath.contains(e.parent()) && e.parent() != post) {
        continue;
      }
      if (best == null || stats.length(e) > stats.length(best)) {
        best = e;
      }
    }
    Element named = null;
    for (Element e : post.select("[class], [id], [itemprop=text]")) {
      if (e == post || containsAny(e, author, date)) {
        continue;
      }
      boolean isNamed = CONTENT_CLASS.matcher(e.className() + " " + e.id()).find() || e.attr("itemprop").equals("text");
      if (isNamed && (named == null || stats.length(e) > stats.length(named))) {
        named = e;
      }
    }
    int rest = stats.length(post) - (author == null ? 0 : stats.length(author)) - (date == null ? 0 : stats.length(date));
    if (named != null && (best == null || stats.length(named) * 2 >= stats.length(best))) {
      return named;
    }
    if (best != null && stats.length(best) * 2 >= rest) {
      return best;
    }
    return post;
  }

  private static boolean containsAny(Element e, Element... marks) {
    for (Element m : marks) {
      for (Element x = m; x != null; x = x.parent()) {
        if (x == e) {
          return true;
        }
      }
    }
    return false;
  }

  /** A copy of {@code words}; when it is the whole post, without the author's name and the date. */
  private static Element copyWithout(Element words, Element post, Element author, Element date) {
    if (words != post) {
      return words.clone();
    }
    List<int[]> remove = new ArrayList<>();
    for (Element mark : new Element[] {author, date}) {
      if (mark != null && mark != post) {
        remove.add(path(post, mark));
      }
    }
    Element copy = post.clone();
    List<Element> doomed = new ArrayList<>();
    for (int[] p : remove) {
      Element x = copy;
      for (int i : p) {
        x = x == null || i >= x.childrenSize() ? null : x.child(i);
      }
      if (x != null && x != copy) {
        doomed.add(x);
      }
    }
    doomed.forEach(Element::remove);
    return copy;
  }

  private static int[] path(Element root, Element e) {
    List<Integer> p = new ArrayList<>();
    for (Element x = e; x != null && x != root; x = x.parent()) {
      p.add(0, x.elementSiblingIndex());
    }
    return p.stream().mapToInt(Integer::intValue).toArray();
  }

  private static List<Element> quoteBlocks(Element c) {
    List<Element> out = new ArrayList<>();
    int words = c.text().length();
    for (Element e : c.select("blockquote, [class]")) {
      boolean isQuote = e.normalName().equals("blockquote") && !isTheBody(e, words) || PostParts.isQuoteClass(e);
      if (isQuote && e.text().length() > 0 && out.stream().noneMatch(o -> e.parents().contains(o))) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * Is this blockquote the post's own words rather than a quotation? Some engines wrap every post body in
   * one; it then holds most of the post, with no name of its own and no "X wrote:" line before it.
   */
  private static boolean isTheBody(Element blockquote, int postLength) {
    if (postLength == 0 || blockquote.text().length() < BODY_SHARE * postLength) {
      return false;
    }
    for (String attr : new String[] {"data-author", "data-username", "data-quote", "cite"}) {
      if (!blockquote.attr(attr).isBlank()) {
        return false;
      }
    }
    Element prev = blockquote.previousElementSibling();
    return prev == null || parseHead(Lines.normaliseSpace(prev.text()), prev) == null;
  }

  /** Who a quote is from and when, and the element that says so (removed from the quoted words). */
  record QuoteHead(String author, String time, Element element) {}

  static QuoteHead quoteHead(Element q) {
    String time = null;
    for (String attr : new String[] {"data-author", "data-username", "data-quote", "cite"}) {
      String v = q.attr(attr);
      if (!v.isBlank() && v.length() <= 40 && !v.startsWith("http")) {
        return new QuoteHead(v.strip().replaceAll("[\\s,;:]+$", ""), null, headerLine(q));
      }
    }
    Element inside = headerLine(q);
    if (inside != null) {
      QuoteHead h = parseHead(Lines.normaliseSpace(inside.text()), inside);
      if (h != null) {
        return h;
      }
    }
    Element prev = q.previousElementSibling();
    if (prev != null) {
      QuoteHead h = parseHead(Lines.normaliseSpace(prev.text()), prev);
      if (h != null) {
        prev.remove();
        return new QuoteHead(h.author(), h.time(), null);
      }
    }
    return null;
  }

  /** The first short block inside a quote that says who wrote it ("X said:", "Quote from X"), or null. */
  private static Element headerLine(Element q) {
    for (Element e : q.select("cite, [class*=author], [class*=title], [class*=head], [class*=attribution], b, strong")) {
      String t = Lines.normaliseSpace(e.text());
      if (!t.isEmpty() && t.length() <= 120 && parseHead(t, e) != null) {
        return e;
      }
    }
    return null;
  }

  private static QuoteHead parseHead(String line, Element element) {
    if (line.isEmpty() || line.length() > 120) {
      return null;
    }
    Matcher m = WROTE.matcher(line);
    if (m.matches() && m.group(2).split("\\s+").length <= 4) {
      return new QuoteHead(m.group(2).strip(), m.group(1) == null ? null : m.group(1).strip(), element);
    }
    m = QUOTE_FROM.matcher(line);
    if (m.matches() && m.group(1).split("\\s+").length <= 4) {
      return new QuoteHead(m.group(1).strip(), m.group(2) == null ? null : m.group(2).strip(), element);
    }
    return null;
  }
}
