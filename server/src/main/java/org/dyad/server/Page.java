package org.dyad.server;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The dashboard's pages. Every page is the same shell ({@code web/page.html}) that app.js fills in from the
 * JSON API; a page differs only in its path, its title, the name app.js dispatches on, and extra scripts.
 */
enum Page {
  OVERVIEW("/", "Overview", "overview"),
  PAIR("/pair", "Pair of countries", "pair", "/webjars/echarts/5.3.1/dist/echarts.min.js"),
  EVENT("/event", "Event", "event"),
  DOCUMENT("/document", "Document", "document"),
  ACTOR("/actor", "Actor", "actor"),
  SEARCH("/search", "Search", "search"),
  INGEST("/ingest", "Ingest", "ingest");

  final String path;
  private final String title;
  private final String name;
  private final List<String> scripts;

  Page(String path, String title, String name, String... scripts) {
    this.path = path;
    this.title = title;
    this.name = name;
    this.scripts = List.of(scripts);
  }

  /** This page's HTML from the shared shell; the values are constants of this enum, never user input. */
  byte[] render(String shell) {
    StringBuilder tags = new StringBuilder();
    scripts.forEach(src -> tags.append("  <script src=\"").append(src).append("\"></script>\n"));
    return shell.replace("{{title}}", title).replace("{{page}}", name).replace("{{scripts}}", tags)
        .getBytes(StandardCharsets.UTF_8);
  }
}
