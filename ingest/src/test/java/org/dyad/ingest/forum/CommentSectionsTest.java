package org.dyad.ingest.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.ingest.DocumentReader;
import org.dyad.ingest.ReadOptions;
import org.dyad.model.Document;
import org.dyad.model.Genre;
import org.dyad.model.ProblemSink;
import org.junit.jupiter.api.Test;

/** A story with reader comments is the story; a forum thread stays a thread, whatever its og:type says. */
class CommentSectionsTest {
  private static final String STORY = "<p>The port authority said on Tuesday that the new container terminal "
      + "would open in March, two months later than planned, after storms damaged the cranes.</p>"
      + "<p>The delay will cost the operator about 4 million dollars, according to the authority's director, "
      + "who told reporters that the insurers had agreed to cover most of the repairs.</p>"
      + "<p>Shipping lines that had booked berths for February were offered places at the old terminal, "
      + "the director added, and no sailings would be cancelled.</p>"
      + "<p>The terminal, built with a loan from a regional development bank, is meant to double the port's "
      + "capacity and to let larger ships call without waiting for the tide.</p>";

  private static String comment(int n, String user, String words) {
    return "<li class=\"comment c" + n + "\"><div class=\"comment-author\"><a href=\"/profile/" + user + "\">" + user
        + "</a></div><span class=\"comment-date\">Nov 1" + n + ", 2023 at 9:0" + n + " am</span>"
        + "<div class=\"comment-text\"><p>" + words + "</p></div></li>";
  }

  private static final String COMMENTS = "<section id=\"comments\"><ol class=\"comment-list\">"
      + comment(1, "harbourwatcher", "Two months is optimistic; the cranes came from abroad last time and the "
          + "parts took half a year to arrive. I would not book anything before summer.")
      + comment(2, "dockside_dave", "The old terminal is already full on Mondays. Moving the February ships there "
          + "means queues at the gate for every lorry driver in town, and nobody has asked us.")
      + comment(3, "marinerjo", "Good that the insurers pay. The last storm repair was billed to the city and "
          + "we all paid for it through the harbour fees for three years afterwards.")
      + comment(4, "quaysider", "Does anyone know whether the ferry berth is affected as well? The notice on the "
          + "authority's site says nothing about passenger sailings in the spring.")
      + "</ol></section>";

  private static String page(String head, String bodyStart) {
    return "<html><head><title>Container terminal opening delayed</title>" + head + "</head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>" + bodyStart + STORY
        + "</div>" + COMMENTS + "</body></html>";
  }

  private static Document read(String html) {
    List<Document> docs = new ArrayList<>();
    DocumentReader.read(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), "https://news.example/story",
        ReadOptions.defaults(), ProblemSink.IGNORE, docs::add);
    assertEquals(1, docs.size());
    return docs.get(0);
  }

  @Test
  void readsANewsArticleWithReaderCommentsAsTheArticle() {
    String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Container terminal opening delayed\",\"datePublished\":\"2023-11-10T08:00:00Z\"}</script>";
    Document doc = read(page(ld, "<div class=\"story-body\">"));
    assertEquals(Genre.NEWS, doc.genre());
    assertTrue(doc.posts().isEmpty());
    assertTrue(doc.text().contains("new container terminal would open in March"));
    assertFalse(doc.text().contains("queues at the gate"), "a reader's comment is not the article");
  }

  @Test
  void readsAnOpenGraphArticleWithSectionAndTimeAsTheArticle() {
    String og = "<meta property=\"og:type\" content=\"article\">"
        + "<meta property=\"article:published_time\" content=\"2023-11-10T08:00:00Z\">"
        + "<meta property=\"article:section\" content=\"Business\">";
    Document doc = read(page(og, "<div class=\"entry\">"));
    assertTrue(doc.posts().isEmpty());
    assertTrue(doc.genre() == Genre.NEWS || doc.genre() == Genre.OPINION, doc.genre().toString());
    assertTrue(doc.text().contains("no sailings would be cancelled"));
  }

  @Test
  void keepsAThreadWhoseEngineOnlyWritesOgTypeArticle() {
    // Many forum engines call every page an og:type article; without a publisher's section and time the
    // posts decide.
    Document doc = read(page("<meta property=\"og:type\" content=\"article\">", "<div class=\"first-post\">"));
    assertEquals(Genre.FORUM_THREAD, doc.genre());
    assertEquals(4, doc.posts().size());
  }

  @Test
  void keepsAThreadThatDeclaresDiscussionPostsEvenBesideAnArticleType() {
    String ld = "<script type=\"application/ld+json\">[{\"@type\":\"Article\",\"datePublished\":\"2023-11-10\"},"
        + "{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Terminal delay\"}]</script>";
    Document doc = read(page(ld, "<div class=\"first-post\">"));
    assertEquals(Genre.FORUM_THREAD, doc.genre());
  }
}
