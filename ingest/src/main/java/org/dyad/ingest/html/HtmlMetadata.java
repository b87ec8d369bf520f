package org.dyad.ingest.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dyad.ingest.read.GivenDates;
import org.dyad.model.PartialDate;
import org.dyad.model.PublishedDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in markup: title (og:title, else {@code <title>}, else the first h1),
 * publication date (JSON-LD datePublished, else meta tags, else a {@code <time>} element), author, site
 * name, section and schema type, and whether the markup describes the page as a publisher's article.
 * Read before the page is cut down to its article body.
 *
 * @param describesArticle a schema.org article type in JSON-LD (NewsArticle, OpinionNewsArticle,
 *     BlogPosting...) and no discussion type (DiscussionForumPosting, QAPage), or an Open Graph article
 *     with its publication time and section; a bare {@code og:type=article} does not count, as many forum
 *     engines write it
 */
public record HtmlMetadata(String title, PublishedDate published, String author, String siteName,
    String section, String type, boolean describesArticle) {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  // schema.org's Article family; SocialMediaPosting and its DiscussionForumPosting are what forum posts are.
  private static final java.util.regex.Pattern ARTICLE_TYPE = java.util.regex.Pattern.compile(
      "\\w*Article|(Live)?BlogPosting|Report");
  private static final java.util.regex.Pattern DISCUSSION_TYPE = java.util.regex.Pattern.compile(
      "DiscussionForumPosting|SocialMediaPosting|QAPage|Question");
  private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
      "pubdate", "publishdate", "publish-date", "date", "dc.date.issued", "dc.date", "dcterms.created",
      "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime"};

  public static HtmlMetadata of(Document page) {
    // One walk over the page finds both the meta tags and the JSON-LD scripts: each walk of a large page
    // costs as much as reading what it finds.
    java.util.List<Element> metaTags = new java.util.ArrayList<>();
    java.util.List<Element> ldScripts = new java.util.ArrayList<>();
    java.util.List<Element> times = new java.util.ArrayList<>();
    org.jsoup.select.NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element e) {
        if (e.normalName().equals("meta") && e.hasAttr("content")) {
          metaTags.add(e);
        } else if (e.normalName().equals("script") && e.attr("type").equalsIgnoreCase("application/ld+json")) {
          ldScripts.add(e);
        } else if (e.normalName().equals("time")) {
          times.add(e);
        }
      }
    }, page);
    return of(page, metas(metaTags), ldScripts, times);
  }

  private static java.util.Map<String, String> metas(java.util.List<Element> metaTags) {
    java.util.Map<String, String> out = new java.util.HashMap<>();
    for (Element m : metaTags) {
      String key = !m.attr("property").isEmpty() ? m.attr("property")
          : !m.attr("name").isEmpty() ? m.attr("name") : m.attr("itemprop");
      String v = m.attr("content");
      if (!key.isEmpty() && !v.isBlank()) {
        out.putIfAbsent(key.toLowerCase(java.util.Locale.ROOT), v.strip());
      }
    }
    return out;
  }

  private static HtmlMetadata of(Document page, java.util.Map<String, String> metas, java.util.List<Element> ldScripts,
      java.util.List<Element> times) {
    String title = firstNonBlank(meta(metas, "og:title"), meta(metas, "twitter:title"), page.title());
    if (title == null) {
      Element h1 = page.selectFirst("h1");
      title = h1 == null ? null : h1.text();
    }
    java.util.Set<String> ldTypes = new java.util.HashSet<>();
    String[] ld = jsonLd(ldScripts, ldTypes);
    PublishedDate published = PublishedDate.UNKNOWN;
    PartialDate d = GivenDates.parse(ld[0]);
    if (d != null) {
      published = PublishedDate.of(d, "json-ld");
    } else {
      for (String name : DATE_META) {
        d = GivenDates.parse(meta(metas, name));
        if (d != null) {
          published = PublishedDate.of(d, "meta");
          break;
        }
      }
      if (d == null) {
        Element time = publicationTime(times);
        d = time == null ? null : GivenDates.parse(time.attr("datetime"));
        if (d != null) {
          published = PublishedDate.of(d, "meta");
        }
      }
    }
    String author = firstNonBlank(ld[1], meta(metas, "author"), meta(metas, "article:author"),
        meta(metas, "parsely-author"), meta(metas, "sailthru.author"));
    if (author != null && author.startsWith("http")) {
      author = null;
    }
    return new HtmlMetadata(title == null ? null : title.strip(), published, author,
        firstNonBlank(meta(metas, "og:site_name"), ld[3]), firstNonBlank(meta(metas, "article:section"),
        meta(metas, "parsely-section"), ld[4]), firstNonBlank(ld[2], meta(metas, "og:type")),
        describesArticle(metas, ldTypes));
  }

  private static boolean describesArticle(java.util.Map<String, String> metas, java.util.Set<String> ldTypes) {
    if (ldTypes.stream().anyMatch(t -> DISCUSSION_TYPE.matcher(t).matches())) {
      return false;
    }
    return ldTypes.stream().anyMatch(t -> ARTICLE_TYPE.matcher(t).matches())
        || meta(metas, "article:published_time") != null && meta(metas, "article:section") != null;
  }

  /**
   * The first of the page's {@code time} elements that the query {@code article time[datetime],
   * time[pubdate][datetime], time[itemprop=datePublished]} selects, from the list the metadata walk made.
   */
  private static Element publicationTime(java.util.List<Element> times) {
    for (Element t : times) {
      if (t.hasAttr("datetime") && (t.hasAttr("pubdate") || inArticle(t))
          || t.attr("itemprop").equalsIgnoreCase("datePublished")) {
        return t;
      }
    }
    return null;
  }

  private static boolean inArticle(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (a.normalName().equals("article")) {
        return true;
      }
    }
    return false;
  }

  private static String meta(java.util.Map<String, String> metas, String name) {
    return metas.get(name.toLowerCase(java.util.Locale.ROOT));
  }

  /** datePublished, author name, @type, publisher name, articleSection of the first article-like JSON-LD object. */
  private static String[] jsonLd(java.util.List<Element> ldScripts, java.util.Set<String> types) {
    String[] out = new String[5];
    for (Element script : ldScripts) {
      try {
        JsonNode root = MAPPER.readTree(script.data());
        visit(root, out, types, 0);
      } catch (java.io.IOException | RuntimeException e) {
        // Broken JSON-LD is common and says nothing we can use; the meta tags remain.
      }
      // The first article with a date is the page's; the types of later scripts are not read either.
      if (out[0] != null) {
        break;
      }
    }
    return out;
  }

  /** Fills {@code out} from the first object with a datePublished; every object's @type goes to {@code types}. */
  private static void visit(JsonNode node, String[] out, java.util.Set<String> types, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        visit(n, out, types, depth + 1);
      }
      return;
    }
    if (!node.isObject()) {
      return;
    }
    JsonNode type = node.get("@type");
    if (type != null && type.isTextual()) {
      types.add(type.asText());
    } else if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    }
    if (node.has("@graph")) {
      visit(node.get("@graph"), out, types, depth + 1);
    }
    if (node.hasNonNull("datePublished") && out[0] == null) {
      out[0] = node.get("datePublished").asText();
      out[2] = node.path("@type").isArray() ? node.path("@type").path(0).asText(null) : node.path("@type").asText(null);
      JsonNode author = node.get("author");
      if (author != null) {
        JsonNode a = author.isArray() ? author.path(0) : author;
        out[1] = a.isTextual() ? a.asText() : a.path("name").asText(null);
      }
      out[3] = node.path("publisher").path("name").asText(null);
      JsonNode section = node.get("articleSection");
      if (section != null) {
        out[4] = section.isArray() ? section.path(0).asText(null) : section.asText(null);
      }
    }
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
