package org.dyad.ingest.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;

/**
 * Turns bytes into text the way a browser would: a byte-order mark first, then the encoding the document
 * declares (HTML meta charset, XML declaration), else UTF-8; bytes that are not UTF-8 are read as
 * windows-1252 (the usual truth behind undeclared "Latin-1" pages) and reported.
 */
public final class Decoding {
  /** The text and how its encoding was chosen ({@code bom}, {@code meta}, {@code xml}, {@code utf-8}, {@code fallback}). */
  public record Decoded(String text, Charset charset, String how) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']", Pattern.CASE_INSENSITIVE);
  private static final int SNIFF = 4096;

  private Decoding() {}

  public static Decoded decode(byte[] bytes, String input, ProblemSink problems) {
    return decode(bytes, 0, bytes.length, input, problems);
  }

  public static Decoded decode(byte[] bytes, int from, int to, String input, ProblemSink problems) {
    int len = to - from;
    if (len >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
        && (bytes[from + 2] & 0xFF) == 0xBF) {
      return strictOrFallback(bytes, from + 3, to, StandardCharsets.UTF_8, "bom", input, problems);
    }
    if (len >= 2 && (bytes[from] & 0xFF) == 0xFE && (bytes[from + 1] & 0xFF) == 0xFF) {
      return new Decoded(new String(bytes, from + 2, len - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE, "bom");
    }
    if (len >= 2 && (bytes[from] & 0xFF) == 0xFF && (bytes[from + 1] & 0xFF) == 0xFE) {
      return new Decoded(new String(bytes, from + 2, len - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE, "bom");
    }
    String head = new String(bytes, from, Math.min(len, SNIFF), StandardCharsets.ISO_8859_1);
    String declared = null;
    String how = null;
    Matcher xml = XML_ENCODING.matcher(head);
    if (xml.find()) {
      declared = xml.group(1);
      how = "xml";
    } else {
      Matcher meta = META_CHARSET.matcher(head);
      if (meta.find()) {
        declared = meta.group(1);
        how = "meta";
      }
    }
    if (declared != null) {
      Charset cs = charsetOrNull(declared);
      if (cs == null) {
        problems.report(new Problem(input, "", "declares the unknown character encoding '" + declared
            + "'; reading it as UTF-8"));
      } else if (isSingleByteLatin(cs) && isValidUtf8WithMultibyte(bytes, from, to)) {
        // Pages often declare Latin-1 while serving UTF-8; the bytes decide.
        return new Decoded(new String(bytes, from, len, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "utf-8");
      } else if (cs.equals(StandardCharsets.UTF_8)) {
        return strictOrFallback(bytes, from, to, cs, how, input, problems);
      } else {
        return new Decoded(new String(bytes, from, len, cs), cs, how);
      }
    }
    return strictOrFallback(bytes, from, to, StandardCharsets.UTF_8, "utf-8", input, problems);
  }

  private static Decoded strictOrFallback(
      byte[] bytes, int from, int to, Charset cs, String how, String input, ProblemSink problems) {
    if (cs.equals(StandardCharsets.UTF_8)) {
      // The String constructor is the JDK's fastest UTF-8 decoder; it turns every malformed sequence into
      // U+FFFD. Without one in its result the bytes were valid, and the strict decoder (a second copy of
      // the text through a CharBuffer, a twentieth of the cost of reading a page) is needed only otherwise.
      String text = new String(bytes, from, to - from, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return new Decoded(text, cs, how);
      }
    }
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    try {
      CharBuffer out = dec.decode(in);
      return new Decoded(out.toString(), cs, how);
    } catch (CharacterCodingException e) {
      long offset = firstBadUtf8(bytes, from, to);
      problems.report(new Problem(input, "byte " + offset, "is not valid UTF-8 here; read the input as "
          + "windows-1252 instead (declare its encoding, or convert it to UTF-8, to be sure)"));
      return new Decoded(new String(bytes, from, to - from, WINDOWS_1252), WINDOWS_1252, "fallback");
    }
  }

  /** Byte offset (from the start of the range) of the first byte that breaks UTF-8. */
  static long firstBadUtf8(byte[] bytes, int from, int to) {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      out.clear();
      var r = dec.decode(in, out, true);
      if (r.isError()) {
        return in.position() - from;
      }
      if (r.isUnderflow()) {
        return -1;
      }
    }
  }

  private static Charset charsetOrNull(String name) {
    try {
      String n = name.toLowerCase(Locale.ROOT);
      // The WHATWG encoding standard maps these labels to windows-1252.
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
        return WINDOWS_1252;
      }
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static boolean isSingleByteLatin(Charset cs) {
    return cs.equals(WINDOWS_1252) || cs.equals(StandardCharsets.ISO_8859_1);
  }

  private static boolean isValidUtf8WithMultibyte(byte[] bytes, int from, int to) {
    boolean multibyte = false;
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        multibyte = true;
        break;
      }
    }
    if (!multibyte) {
      return false;
    }
    // Fast check first (see strictOrFallback); a U+FFFD in the result may still be one the page wrote.
    if (new String(bytes, from, to - from, StandardCharsets.UTF_8).indexOf('\uFFFD') < 0) {
      return true;
    }
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from));
      return true;
    } catch (MalformedInputException e) {
      return false;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
