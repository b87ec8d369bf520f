package org.dyad.ingest.forum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.dyad.ingest.clean.BoilerplateRules;
import org.dyad.ingest.html.TextStats;
import org.jsoup.nodes.Element;

/**
 * The parts of one post block: its date, the short lines that may name its author, and the block that
 * holds its words. Only a post's short blocks (a line or two) are read for dates and names, so a date or a
 * name inside the post's words does not count.
 */
final class PostParts {
  // A line short enough to be a date, a name or a label rather than writing.
  static final int SHORT = 100;
  static final Pattern DATE_TEXT = Pattern.compile(
      "(?i)\\b(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|"
          + "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?\\b|"
          + "\\d{1,2}(st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec|"
          + "janv|févr|mars|avr|juin|juil|août|sept|déc|märz|januar|februar|juni|juli|oktober|dezember)[a-zäéû]*\\.?"
          + "(\\s+\\d{4})?|"
          + "\\d{1,2}:\\d{2}(:\\d{2})?\\s*([ap]\\.?m\\.?)?|"
          + "(an?|one|\\d+)\\s+(seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago|"
          + "vor\\s+\\d+\\s+(minuten|stunden|tagen|wochen|monaten|jahren)|il y a\\s+\\d+|"
          + "yesterday|today|gestern|heute|hier|aujourd'hui|just now)");
  private static final Pattern QUOTE_TOKEN = Pattern.compile("(.*[-_])?(block)?quote([-_].*|content|box|container|text)?");
  private static final Pattern QUOTE_CONTROL = Pattern.compile("select|button|btn|multi|reply|link|action|tooltip|quoted-by|count");
  private static final Pattern NAME_CLASS = Pattern.compile(
      "(?i)author|user|poster|member|nick|name|login|benutzer|owner|creator");
  // Words of a post's header that label the author rather than name him: rank, title, badge, avatar.
  private static final Pattern LABEL_CLASS = Pattern.compile(
      "(?i)title|rank|role|status|badge|avatar|group|level|banner|extra|stats|jobtitle");
  private static final Pattern NOT_A_NAME = Pattern.compile("[.,;:!?\"“”()\\[\\]|/@=<>{}]|^#|^\\d+$|^\\W+$");

  private static final String[] AUTHOR_ATTRIBUTES = {"data-author", "data-username", "data-user-name"};

  private PostParts() {}

  /** The first short block of {@code post} that gives a date or time, or null. */
  static Element dateElement(Element post, TextStats stats) {
    return dateElement(post, stats, firstTime(post));
  }

  /** As {@link #dateElement(Element, TextStats)}, with the post's first {@code time} element already found. */
  static Element dateElement(Element post, TextStats stats, Element time) {
    if (time != null && !inQuote(time, post)) {
      return time;
    }
    for (Element e : shortBlocks(post, stats)) {
      if (isDate(e.text()) || (!e.attr("title").isEmpty() && isDate(e.attr("title")))) {
        return e;
      }
    }
    return null;
  }

  /** {@code post.selectFirst("time")}, without parsing a query for every block of every page. */
  private static Element firstTime(Element post) {
    return post.stream().filter(e -> e.normalName().equals("time")).findFirst().orElse(null);
  }

  /** Does {@link #DATE_TEXT} occur in the text? */
  static boolean isDate(String text) {
    return mayHoldDate(text) && DATE_TEXT.matcher(text).find();
  }

  // Every date form but these words holds a digit; the regular expression is tried only on such text.
  private static final String[] DATE_WORDS = {"ago", "yesterday", "today", "gestern", "heute", "hier", "aujourd",
      "just now"};

  private static boolean mayHoldDate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : DATE_WORDS) {
      if (lower.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The date as written (or as a {@code datetime} attribute gives it). */
  static String dateText(Element dateElement) {
    if (dateElement == null) {
      return null;
    }
    for (String attr : new String[] {"datetime", "data-time", "data-timestamp", "title"}) {
      String v = dateElement.attr(attr).strip();
      if (!v.isEmpty() && (attr.equals("datetime") || DATE_TEXT.matcher(v).find())) {
        return v;
      }
    }
    String text = dateElement.text().strip();
    var m = DATE_TEXT.matcher(text);
    if (!m.find()) {
      return text.isEmpty() ? null : text;
    }
    // The smallest element that holds the whole date: "#2 2021-05-01 10:40" has the date in a span.
    for (Element inner : dateElement.getAllElements()) {
      String t = inner.text().strip();
      if (inner != dateElement && t.contains(m.group()) && t.length() < text.length()) {
        text = t;
      }
    }
    // Keep the whole date phrase around the match ("11:43pm On Apr 23", "Mar 2, 2021, 10:15").
    return text.length() <= 60 ? text : m.group();
  }

  static boolean hasAuthorLine(Element post, TextStats stats) {
    if (attributedAuthor(post) != null) {
      return true;
    }
    for (Element e : post.getAllElements()) {
      int len = stats.length(e);
      if (e != post && len >= 2 && len <= 40 && isNameLike(e.text().strip()) && !inQuote(e, post)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The author an engine writes into the post block's own attributes ({@code data-author="name"}), for
   * posts whose header shows the name only as loose text beside a rank and a date.
   */
  static String attributedAuthor(Element post) {
    for (String attr : AUTHOR_ATTRIBUTES) {
      String v = post.attr(attr).strip();
      if (isNameLike(v)) {
        return v;
      }
    }
    return null;
  }

  /**
   * The post's elements whose whole text could be its author's name, in page order, quotes left out. Of
   * an element and a child with the same text ({@code <h4><a>name</a></h4>}), the child is taken: it is
   * the link when there is one.
   */
  static List<Element> nameCandidates(Element post, TextStats stats) {
    List<Element> out = new ArrayList<>();
    for (Element e : post.getAllElements()) {
      int len = stats.length(e);
      if (e == post || len == 0 || len > 40 || sameTextChild(e, len, stats)) {
        continue;
      }
      if (isNameLike(e.text().strip()) && !inQuote(e, post)) {
        out.add(e);
      }
    }
    // Of nested candidates ("name rank" around "name"), the innermost: a block of two lines is no name.
    List<Element> innermost = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      Element e = out.get(i);
      boolean holdsNext = i + 1 < out.size() && out.get(i + 1).parents().contains(e);
      if (!holdsNext) {
        innermost.add(e);
      }
    }
    return innermost;
  }

  private static boolean sameTextChild(Element e, int len, TextStats stats) {
    for (Element c : e.children()) {
      if (stats.length(c) == len) {
        return true;
      }
    }
    return false;
  }

  /** Does the element's class, id or itemprop say it names a person? */
  static boolean namedAsAuthor(Element e) {
    int level = 0;
    for (Element x = e; x != null && x.parent() != null && level < 3; x = x.parent(), level++) {
      String names = x.className() + " " + x.id() + " " + x.attr("itemprop");
      if (LABEL_CLASS.matcher(names).find()) {
        return false;
      }
      if (NAME_CLASS.matcher(names).find()) {
        return true;
      }
    }
    return false;
  }

  /** Does the element's class say it is a label beside the name (rank, user title, avatar letter)? */
  static boolean namedAsLabel(Element e) {
    int level = 0;
    for (Element x = e; x != null && x.parent() != null && level < 3; x = x.parent(), level++) {
      if (LABEL_CLASS.matcher(x.className() + " " + x.id() + " " + x.attr("itemprop")).find()) {
        return true;
      }
    }
    return false;
  }

  static boolean isNameLike(String text) {
    if (text.length() < 2 || text.length() > 40 || text.split("\\s+").length > 4) {
      return false;
    }
    if (NOT_A_NAME.matcher(text).find() || isDate(text) || BoilerplateRules.isChrome(text)) {
      return false;
    }
    return Character.isLetterOrDigit(text.codePointAt(0)) || text.startsWith("+") || text.startsWith("_");
  }

  /**
   * The largest blocks of the post that are still short: every element of at most {@link #SHORT}
   * characters whose parent is longer (or is the post), in page order.
   */
  static List<Element> shortBlocks(Element post, TextStats stats) {
    List<Element> out = new ArrayList<>();
    collectShort(post, stats, out);
    return out;
  }

  private static void collectShort(Element e, TextStats stats, List<Element> out) {
    for (Element c : e.children()) {
      int len = stats.length(c);
      if (len == 0) {
        continue;
      }
      String tag = c.normalName();
      if (tag.equals("blockquote") || isQuoteClass(c)) {
        continue;
      }
      if (len <= SHORT) {
        out.add(c);
      } else {
        collectShort(c, stats, out);
      }
    }
  }

  /**
   * A block whose class marks a quotation ("quote", "bbCodeBlock--quote", "quotecontent", "post-quote"),
   * not a control that makes one ("js-selectToQuote", "multiquote", "quote-button").
   */
  static boolean isQuoteClass(Element e) {
    String cls = e.className();
    if (cls.isEmpty() || !cls.toLowerCase(Locale.ROOT).contains("quote")) {
      return false;
    }
    for (String token : cls.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (QUOTE_TOKEN.matcher(token).matches() && !QUOTE_CONTROL.matcher(token).find()) {
        return true;
      }
    }
    return false;
  }

  static boolean inQuote(Element e, Element post) {
    for (Element x = e; x != null && x != post; x = x.parent()) {
      if (x.normalName().equals("blockquote") || isQuoteClass(x)) {
        return true;
      }
    }
    return false;
  }
}
