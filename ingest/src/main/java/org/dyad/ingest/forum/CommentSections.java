package org.dyad.ingest.forum;

import java.util.List;
import java.util.Optional;
import org.dyad.ingest.html.HtmlMetadata;
import org.dyad.ingest.html.MainTextExtractor;
import org.dyad.ingest.html.TextStats;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Tells an article followed by posts from a forum thread. Dated, signed blocks in a row are also what a
 * news story's reader comments look like, and what the teasers of further stories below it look like; such
 * a page is the article, and its main text is the article's, not the posts. A page is taken for an article
 * when its markup describes it as one in the way publishers do and forum engines do not (see
 * {@link HtmlMetadata#describesArticle()}) and, the posts taken out, it still holds an article's worth of
 * text. Posts inside a "comments" container do not decide: many forum engines name their replies comments.
 */
public final class CommentSections {
  // The words of an article without its posts: a few paragraphs, more than a thread's title and rules.
  static final int MIN_ARTICLE = 500;

  private CommentSections() {}

  /**
   * The page's article text, read with the thread's posts taken out, when the posts are comments on (or
   * teasers below) an article; else empty. The page may be changed in place: call this only once the
   * thread has been read.
   */
  public static Optional<String> articleAbove(Document page, HtmlMetadata meta, HtmlThreadExtractor.Attempt attempt) {
    List<Element> blocks = attempt.postBlocks();
    if (blocks.isEmpty() || attempt.stats() == null || meta == null || !meta.describesArticle()) {
      return Optional.empty();
    }
    TextStats stats = attempt.stats();
    TextStats.Removal removal = stats.removal();
    blocks.forEach(removal::note);
    blocks.forEach(Element::remove);
    removal.apply();
    String text = new MainTextExtractor().extract(page, stats);
    return text.strip().length() >= MIN_ARTICLE ? Optional.of(text) : Optional.empty();
  }
}
