package org.dyad.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Stable identifiers derived from content, so that the same input always gets the same id. */
public final class Ids {
  private Ids() {}

  /**
   * A document id from its cleaned text: Unicode-normalised, case-folded, white space collapsed and
   * typographic quotes unified, so a re-read or re-encoded copy of the same text is recognised.
   */
  public static String documentId(String cleanedText) {
    return "d" + sha256(normalise(cleanedText)).substring(0, 16);
  }

  /** An event id from the document and what makes the event itself. */
  public static String eventId(String docId, int start, int end, String type, String actorCode, String recipientCode) {
    return "e" + sha256(docId + '|' + start + '|' + end + '|' + type + '|' + actorCode + '|' + recipientCode)
        .substring(0, 16);
  }

  public static String contentHash(byte[] bytes) {
    return "sha256:" + sha256(bytes);
  }

  public static String normalise(String text) {
    String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = t.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"');
    return collapseSpace(t).trim();
  }

  /**
   * {@code s.replaceAll("\\s+", " ")} without a regular expression (a large share of reading a page went
   * into it): every run of space, tab, line break, vertical tab or form feed becomes one space.
   */
  private static String collapseSpace(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isRegexSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < s.length() && isRegexSpace(s.charAt(end))) {
        end++;
      }
      if (c == ' ' && end == i + 1 && out == null) {
        continue; // a single plain space is already what the replacement writes
      }
      if (out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      out.append(' ');
      i = end - 1;
    }
    return out == null ? s : out.toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
