package org.dyad.ingest.clean;

import java.util.ArrayList;
import java.util.List;

/** Text as a reader scans it: non-empty lines, trimmed, with non-breaking and odd spaces made plain. */
public final class Lines {
  private Lines() {}

  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    // Lines end at \n, \r\n or \r; the empty ones are dropped, so an empty piece between \r and \n is harmless.
    for (int i = 0; i <= n; i++) {
      if (i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        if (i > start) {
          String line = normaliseSpace(text.substring(start, i));
          if (!line.isEmpty()) {
            out.add(line);
          }
        }
        start = i + 1;
      }
    }
    return out;
  }

  /** Non-breaking, zero-width and repeated spaces become one plain space; the ends are trimmed. */
  public static String normaliseSpace(String s) {
    if (isNormal(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u200B' || c == '\uFEFF' || c == '\u200C' || c == '\u200D') {
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space && sb.length() > 0) {
        sb.append(' ');
      }
      space = false;
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Already normal: printable ASCII words separated by single plain spaces, nothing at either end (most
   * lines of a cleaned page are, and need no copy).
   */
  private static boolean isNormal(String s) {
    int n = s.length();
    if (n == 0) {
      return true;
    }
    if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    char before = 'x';
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' ? before == ' ' : c < 0x21 || c > 0x7E) {
        return false;
      }
      before = c;
    }
    return true;
  }

  /** Paragraphs joined by blank lines: the form of every cleaned text. */
  public static String join(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }
}
