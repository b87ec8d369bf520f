package org.dyad.ingest;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.ingest.clean.ArticleCleaner;
import org.dyad.ingest.clean.Lines;
import org.dyad.ingest.forum.CommentSections;
import org.dyad.ingest.forum.HtmlThreadExtractor;
import org.dyad.ingest.forum.TextThreadSplitter;
import org.dyad.ingest.forum.ThreadPost;
import org.dyad.ingest.html.BlockText;
import org.dyad.ingest.html.HtmlMetadata;
import org.dyad.ingest.html.HtmlPages;
import org.dyad.ingest.html.MainTextExtractor;
import org.dyad.ingest.meta.Credits;
import org.dyad.ingest.meta.Dateline;
import org.dyad.ingest.meta.GenreClassifier;
import org.dyad.ingest.meta.Languages;
import org.dyad.ingest.meta.PublicationDates;
import org.dyad.model.Document;
import org.dyad.model.Ids;
import org.dyad.model.PartialDate;
import org.dyad.model.Post;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;
import org.dyad.model.PublishedDate;
import org.dyad.model.Source;
import org.dyad.model.Span;

/**
 * Turns what a reader found into a {@link Document}: the main text (or a thread's posts), then the
 * metadata a careful reader takes from it. Publication dates are taken in order of trust: what the
 * container states (JSON Lines, feed), the page's markup, the text itself, the user's default date, and
 * last the crawl time.
 */
final class DocumentAssembler {
  private final ReadOptions options;

  DocumentAssembler(ReadOptions options) {
    this.options = options;
  }

  /** One piece of content after cleaning: title, paragraphs of the article (or first post), and posts. */
  private record Body(String title, List<String> paragraphs, List<ThreadPost> posts, HtmlMetadata meta) {}

  Optional<Document> assemble(RawDocument raw, ProblemSink problems) {
    Instant crawled = instant(raw.crawled());
    Body body = raw.html() ? fromHtml(raw, crawled) : fromText(raw, crawled);
    List<Post> posts = new ArrayList<>();
    String text = body.posts().isEmpty() ? Lines.join(body.paragraphs()) : layOut(body.posts(), posts);
    if (text.isBlank()) {
      problems.report(new Problem(raw.input(), raw.where(), "no readable text in the document; skipped"));
      return Optional.empty();
    }
    List<String> article = body.posts().isEmpty() ? body.paragraphs() : body.posts().get(0).paragraphs();
    Dateline dateline = article.isEmpty() ? null : Dateline.at(article.get(0));
    String wire = Credits.wireSource(article, dateline);
    String byline = Credits.byline(article);
    HtmlMetadata meta = body.meta();
    if (byline == null && meta != null && meta.author() != null) {
      byline = meta.author();
    }
    PublishedDate published = published(raw, meta, article, dateline, crawled);
    GenreClassifier.Decision genre = GenreClassifier.classify(new GenreClassifier.Evidence(text, raw.uri(),
        meta == null ? null : meta.section(), dateline, wire, posts.size(), meta == null ? null : meta.type()));
    Source source = new Source(raw.uri(), raw.reader(), raw.contentHash(), raw.mediaType(), raw.crawled(),
        outlet(raw.uri(), meta));
    return Optional.of(new Document(Ids.documentId(text), source, body.title(), genre.genre(), genre.signals(),
        Languages.detect(text), published, dateline == null ? null : dateline.place(), wire, byline, text,
        posts));
  }

  private Body fromText(RawDocument raw, Instant crawled) {
    Optional<TextThreadSplitter.Thread> thread = TextThreadSplitter.split(raw.content(), crawled);
    if (thread.isPresent()) {
      String title = raw.givenTitle() != null ? raw.givenTitle() : thread.get().title();
      return new Body(title, List.of(), thread.get().posts(), null);
    }
    ArticleCleaner.Cleaned cleaned = ArticleCleaner.clean(raw.content(), raw.givenTitle());
    return new Body(cleaned.title(), cleaned.paragraphs(), List.of(), null);
  }

  private Body fromHtml(RawDocument raw, Instant crawled) {
    org.jsoup.nodes.Document page = HtmlPages.parse(raw.content(), raw.uri());
    HtmlMetadata meta = HtmlMetadata.of(page);
    String knownTitle = raw.givenTitle() != null ? raw.givenTitle() : meta.title();
    HtmlThreadExtractor.Attempt attempt = new HtmlThreadExtractor().attempt(page, crawled);
    Optional<HtmlThreadExtractor.Found> thread = attempt.thread();
    String text;
    if (thread.isPresent()) {
      // Comments under a news story (or teasers of further stories) are not a thread: the page is the story.
      Optional<String> article = options.extractMainText()
          ? CommentSections.articleAbove(page, meta, attempt) : Optional.empty();
      if (article.isEmpty()) {
        return new Body(knownTitle != null ? knownTitle : thread.get().title(), List.of(), thread.get().posts(), meta);
      }
      text = article.get();
    } else {
      // The thread search counted the page's text; the main-text reader goes on from those counts.
      text = options.extractMainText() ? new MainTextExtractor().extract(page, attempt.stats())
          : page.body() == null ? "" : BlockText.of(page.body());
    }
    ArticleCleaner.Cleaned cleaned = ArticleCleaner.clean(text, knownTitle);
    return new Body(cleaned.title(), cleaned.paragraphs(), List.of(), meta);
  }

  /** The posts' own words one after another; each post's span points at its words. */
  private static String layOut(List<ThreadPost> threadPosts, List<Post> out) {
    StringBuilder text = new StringBuilder();
    int index = 0;
    for (ThreadPost p : threadPosts) {
      String own = p.text();
      if (!own.isEmpty() && text.length() > 0) {
        text.append("\n\n");
      }
      int start = text.length();
      text.append(own);
      index++;
      out.add(new Post(index, p.author(), p.time(), new Span(start, text.length()), own, p.quotes(),
          p.reactions(), p.attachments()));
    }
    return text.toString();
  }

  private PublishedDate published(RawDocument raw, HtmlMetadata meta, List<String> article, Dateline dateline,
      Instant crawled) {
    if (raw.givenDate() != null && raw.givenDate().isKnown()) {
      return raw.givenDate();
    }
    if (meta != null && meta.published().isKnown()) {
      return meta.published();
    }
    PublishedDate fromText = PublicationDates.find(article, dateline);
    if (fromText.isKnown()) {
      return fromText;
    }
    if (options.defaultDate() != null) {
      return PublishedDate.of(PartialDate.day(options.defaultDate()), "given");
    }
    if (crawled != null) {
      return PublishedDate.of(PartialDate.day(crawled.atZone(java.time.ZoneOffset.UTC).toLocalDate()), "warc-date");
    }
    return PublishedDate.UNKNOWN;
  }

  private static String outlet(String uri, HtmlMetadata meta) {
    if (meta != null && meta.siteName() != null) {
      return meta.siteName();
    }
    if (uri.startsWith("http://") || uri.startsWith("https://")) {
      try {
        String host = URI.create(uri.replace(" ", "%20")).getHost();
        return host == null ? null : host.replaceFirst("^www\\.", "");
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static Instant instant(String iso) {
    if (iso == null) {
      return null;
    }
    try {
      return Instant.parse(iso);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
