package org.dyad.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Problem;
import org.junit.jupiter.api.Test;

class DecodingTest {
  private final List<Problem> problems = new ArrayList<>();

  @Test
  void followsTheByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'C', 'a', 'f', (byte) 0xC3, (byte) 0xA9};
    Decoding.Decoded d = Decoding.decode(bom, "f", problems::add);
    assertEquals("Café", d.text());
    assertEquals("bom", d.how());
  }

  @Test
  void followsTheHtmlMetaCharset() {
    byte[] html = "<html><head><meta charset=\"windows-1252\"></head><body>Caf\u00e9 \u201cquoted\u201d</body></html>"
        .getBytes(Charset.forName("windows-1252"));
    Decoding.Decoded d = Decoding.decode(html, "page.html", problems::add);
    assertTrue(d.text().contains("Café “quoted”"), d.text());
    assertEquals("meta", d.how());
    assertTrue(problems.isEmpty());
  }

  @Test
  void followsTheXmlDeclaration() {
    byte[] xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss><title>\u20ac 5</title></rss>"
        .getBytes(Charset.forName("ISO-8859-15"));
    assertTrue(Decoding.decode(xml, "feed.xml", problems::add).text().contains("€ 5"));
  }

  @Test
  void trustsUtf8BytesOverAFalseLatinDeclaration() {
    byte[] html = "<meta charset=\"iso-8859-1\"><p>Phnom Penh – Café</p>".getBytes(StandardCharsets.UTF_8);
    assertTrue(Decoding.decode(html, "p.html", problems::add).text().contains("– Café"));
  }

  @Test
  void fallsBackToWindows1252AndReportsTheOffsetOfTheFirstBadByte() {
    byte[] text = "Good start, then caf\u00e9".getBytes(Charset.forName("windows-1252"));
    Decoding.Decoded d = Decoding.decode(text, "old.txt", problems::add);
    assertEquals("Good start, then café", d.text());
    assertEquals("fallback", d.how());
    assertEquals(1, problems.size());
    assertEquals("byte 20", problems.get(0).where());
    assertEquals("old.txt", problems.get(0).input());
  }

  @Test
  void reportsAnUnknownDeclaredEncodingAndReadsUtf8() {
    byte[] html = "<meta charset=\"klingon-8\"><p>ok</p>".getBytes(StandardCharsets.UTF_8);
    assertTrue(Decoding.decode(html, "k.html", problems::add).text().contains("ok"));
    assertTrue(problems.get(0).message().contains("klingon-8"));
  }

  @Test
  void keepsAReplacementCharacterThePageItselfWrote() {
    byte[] utf8 = "Caf\u00e9 \uFFFD marks a lost letter".getBytes(StandardCharsets.UTF_8);
    Decoding.Decoded d = Decoding.decode(utf8, "f", problems::add);
    assertEquals("Caf\u00e9 \uFFFD marks a lost letter", d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertTrue(problems.isEmpty());
  }
}
