package org.dyad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Full-text search over the store's documents (title and text) and evidence sentences, in
 * {@code DATA_DIR/lucene/}. English analysis (so "visas" finds "visa"), Lucene query syntax ("visa AND
 * ban", "\"travel ban\"", "title:sanctions"), and highlighted snippets.
 *
 * <p>The index follows the DuckDB store and is never the truth: opening it catches up with every document
 * written since its last commit (see {@link IndexSync}), and an index that cannot be read is rebuilt from
 * the store. So a killed ingest, a killed rebuild or a deleted {@code lucene/} folder all end in the same
 * index.
 */
public final class SearchIndex implements AutoCloseable {
  static final String FOLDER = "lucene";
  private static final String[] FIELDS = {IndexSync.TITLE, IndexSync.TEXT, IndexSync.EVIDENCE};

  private final EventStore store;
  private final Directory directory;
  private final IndexWriter writer;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final long caughtUp;

  private SearchIndex(EventStore store, Directory directory, IndexWriter writer, long caughtUp) {
    this.store = store;
    this.directory = directory;
    this.writer = writer;
    this.caughtUp = caughtUp;
  }

  /** Opens the index of this store, rebuilding or catching it up as needed. */
  public static SearchIndex open(EventStore store) {
    Path folder = store.directory().resolve(FOLDER);
    try {
      IndexWriter writer;
      Directory dir;
      try {
        dir = FSDirectory.open(folder);
        writer = new IndexWriter(dir, config());
      } catch (CorruptIndexException | IndexFormatTooNewException | IndexFormatTooOldException e) {
        // Derived data: an index that cannot be read is thrown away and rebuilt from the store.
        deleteFolder(folder);
        dir = FSDirectory.open(folder);
        writer = new IndexWriter(dir, config());
      }
      long indexed = IndexSync.run(store, writer);
      return new SearchIndex(store, dir, writer, indexed);
    } catch (LockObtainFailedException e) {
      throw new StoreException("the search index " + folder + " is in use by another dyad process", e);
    } catch (IOException e) {
      throw new StoreException("cannot open the search index " + folder + ": " + e.getMessage(), e);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store in " + store.directory() + " to index it: "
          + e.getMessage(), e);
    }
  }

  private static IndexWriterConfig config() {
    // 64 MB of buffered documents before Lucene writes a segment (16 by default): fewer, larger segments to
    // merge when a large store is indexed.
    return new IndexWriterConfig(new EnglishAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(64);
  }

  private static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** How many documents were (re)indexed when this index was opened. */
  public long documentsCaughtUp() {
    return caughtUp;
  }

  /** Catches up with documents written since the index was opened (through the same store). */
  public long refresh() {
    try {
      return IndexSync.run(store, writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new StoreException("cannot read the store in " + store.directory() + ": " + e.getMessage(), e);
    }
  }

  public SearchResults search(String query, int limit) {
    return search(query, limit, SnippetMarks.TERMINAL);
  }

  /**
   * The best {@code limit} matches of a query in Lucene's syntax; text that is not valid syntax (an unpaired
   * quote, say) is searched for as plain words.
   */
  public SearchResults search(String query, int limit, SnippetMarks marks) {
    if (query == null || query.isBlank()) {
      throw new IllegalArgumentException("the search query is empty");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    Query q = parse(query);
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      TopDocs top = searcher.search(q, limit);
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter(marks.open(), marks.close(), " … ", marks.escapeHtml()))
          .withMaxLength(100_000)
          .build();
      Map<String, String[]> snippets = highlighter.highlightFields(FIELDS, q, top, new int[] {1, 2, 1});
      List<SearchMatch> hits = new ArrayList<>();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc sd = top.scoreDocs[i];
        org.apache.lucene.document.Document d = searcher.storedFields().document(sd.doc);
        SearchMatch.Kind kind = SearchMatch.Kind.valueOf(d.get(IndexSync.KIND));
        String snippet = kind == SearchMatch.Kind.EVIDENCE ? snippets.get(IndexSync.EVIDENCE)[i]
            : firstNonNull(snippets.get(IndexSync.TEXT)[i], snippets.get(IndexSync.TITLE)[i]);
        List<String> events = Arrays.stream(d.getFields(IndexSync.EVENT_ID)).map(IndexableField::stringValue)
            .toList();
        hits.add(new SearchMatch(kind, d.get(IndexSync.DOC_ID), d.get("stored_title"), d.get(IndexSync.SOURCE_URI),
            d.get(IndexSync.PUBLISHED), events, sd.score, snippet));
      }
      return new SearchResults(query, top.totalHits.value, hits);
    } catch (IOException e) {
      throw new StoreException("cannot search the index in " + store.directory() + ": " + e.getMessage(), e);
    }
  }

  private Query parse(String query) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(FIELDS, analyzer,
        Map.of(IndexSync.TITLE, 2f, IndexSync.TEXT, 1f, IndexSync.EVIDENCE, 1.5f));
    try {
      return parser.parse(query);
    } catch (ParseException e) {
      try {
        return parser.parse(QueryParser.escape(query));
      } catch (ParseException again) {
        throw new IllegalArgumentException("cannot search for '" + query + "': " + again.getMessage(), again);
      }
    }
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  @Override
  public void close() {
    try {
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close the search index in " + store.directory() + ": " + e.getMessage(), e);
    }
  }
}
