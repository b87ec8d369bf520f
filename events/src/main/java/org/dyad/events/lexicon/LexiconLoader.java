package org.dyad.events.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.model.Modality;
import org.dyad.model.Problem;
import org.dyad.model.ProblemSink;

/**
 * Reads the lexicon files. A bad line is reported to the {@link ProblemSink} with its file and line number and
 * skipped; the rest of the file is still read. The bundled files are read strictly: a bad line there is a bug.
 */
public final class LexiconLoader {
  public static final String EVENTS_RESOURCE = "/dyad/lexicon/events.txt";
  public static final String FRAMES_RESOURCE = "/dyad/lexicon/frames.txt";

  private static final Lexicon BUNDLED = readResource(EVENTS_RESOURCE, LexiconLoader::readEntries);
  private static final FrameWords BUNDLED_FRAMES = readResource(FRAMES_RESOURCE, LexiconLoader::readFrames);

  private LexiconLoader() {}

  /** dyad's own lexicon (loaded once per JVM). */
  public static Lexicon bundled() {
    return BUNDLED;
  }

  public static FrameWords bundledFrames() {
    return BUNDLED_FRAMES;
  }

  /** Reads a lexicon file of the {@code events.txt} format from disk. */
  public static Lexicon read(Path file, ProblemSink problems) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return readEntries(r, file.toString(), problems);
    } catch (IOException e) {
      problems.report(new Problem(file.toString(), "", "cannot read lexicon: " + e.getMessage()));
      return new Lexicon(List.of());
    }
  }

  /**
   * Reads entries: {@code KIND CAMEO TYPE MODE PHRASE...}, or {@code KIND - - - PHRASE...} for a phrase that is
   * no event; bad lines go to the sink.
   */
  public static Lexicon readEntries(Reader reader, String name, ProblemSink problems) {
    List<LexiconEntry> entries = new ArrayList<>();
    List<NonEvent> nonEvents = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    GoldsteinScale goldstein = GoldsteinScale.standard();
    forEachLine(reader, name, (lineNo, line) -> {
      String[] f = line.split("\\s+");
      if (f.length < 5) {
        problems.report(new Problem(name, "line " + lineNo,
            "expected 'KIND CAMEO TYPE MODE PHRASE', got '" + line + "'"));
        return;
      }
      try {
        LexiconEntry.Kind kind = LexiconEntry.Kind.parse(f[0]);
        if (f[1].equals("-")) {
          if (!f[2].equals("-") || !f[3].equals("-")) {
            throw new IllegalArgumentException("a non-event has no type or mode: write 'KIND - - - PHRASE'");
          }
          Phrase phrase = Phrase.parse(String.join(" ", java.util.Arrays.copyOfRange(f, 4, f.length)));
          if (!seen.add("non-event " + kind + " " + phrase)) {
            problems.report(new Problem(name, "line " + lineNo, "duplicate non-event " + f[0] + " '" + phrase + "'"));
            return;
          }
          nonEvents.add(new NonEvent(kind, phrase, name + ":" + lineNo));
          return;
        }
        CameoCode cameo = new CameoCode(f[1]);
        PloverType type = parseType(f[2]);
        Phrase phrase = Phrase.parse(String.join(" ", java.util.Arrays.copyOfRange(f, 4, f.length)));
        if (!seen.add(kind + " " + phrase)) {
          problems.report(new Problem(name, "line " + lineNo,
              "duplicate entry " + f[0] + " '" + phrase + "': the first one is kept"));
          return;
        }
        entries.add(new LexiconEntry(kind, phrase, cameo, type, f[3], goldstein.weight(cameo), name + ":" + lineNo));
      } catch (IllegalArgumentException e) {
        problems.report(new Problem(name, "line " + lineNo, e.getMessage()));
      }
    });
    return new Lexicon(entries, nonEvents);
  }

  /** Reads the frame words ({@code frames.txt} format). */
  public static FrameWords readFrames(Reader reader, String name, ProblemSink problems) {
    Map<String, Modality> reporting = new HashMap<>();
    Set<List<String>> reportingPhrases = new HashSet<>();
    Set<String> support = new HashSet<>();
    Map<String, CameoCode> demands = new HashMap<>();
    Set<String> criticisms = new HashSet<>();
    Set<String> criticismsWhenNegated = new HashSet<>();
    Set<List<String>> warnings = new HashSet<>();
    Map<String, Map<String, Modality>> cues = new HashMap<>();
    for (String role : List.of("governor", "aux", "adverb", "mark", "det", "amod")) {
      cues.put(role, new HashMap<>());
    }
    forEachLine(reader, name, (lineNo, line) -> {
      String[] f = line.toLowerCase(Locale.ROOT).split("\\s+");
      String role = f[0];
      try {
        Modality modality = null;
        int wordsEnd = f.length;
        if (f.length > 2 && isModality(f[f.length - 1])) {
          modality = Modality.valueOf(f[f.length - 1].toUpperCase(Locale.ROOT));
          wordsEnd--;
        }
        List<String> words = List.of(java.util.Arrays.copyOfRange(f, 1, wordsEnd));
        if (words.isEmpty()) {
          throw new IllegalArgumentException("no word after '" + role + "'");
        }
        switch (role) {
          case "report" -> {
            if (words.size() == 1) {
              reporting.put(words.get(0), modality == null ? Modality.ASSERTED : modality);
            } else if (words.size() == 2) {
              reportingPhrases.add(words);
            } else {
              throw new IllegalArgumentException("a reporting phrase is a verb and a noun");
            }
          }
          case "support" -> support.add(single(words));
          case "judge" -> criticisms.add(single(words));
          case "judge-unless" -> criticismsWhenNegated.add(single(words));
          case "warn" -> {
            if (words.size() != 2) {
              throw new IllegalArgumentException("'warn' takes a verb and its object noun");
            }
            warnings.add(words);
          }
          case "demand" -> {
            if (words.size() != 2) {
              throw new IllegalArgumentException("'demand' takes a modal and a CAMEO code");
            }
            demands.put(words.get(0), new CameoCode(words.get(1)));
          }
          default -> {
            Map<String, Modality> m = cues.get(role);
            if (m == null) {
              throw new IllegalArgumentException("unknown role '" + role
                  + "' (report, support, demand, judge, judge-unless, warn, governor, aux, adverb, mark, det, amod)");
            }
            if (modality == null) {
              throw new IllegalArgumentException("'" + role + "' needs a modality at the end of the line");
            }
            m.put(single(words), modality);
          }
        }
      } catch (IllegalArgumentException e) {
        problems.report(new Problem(name, "line " + lineNo, e.getMessage()));
      }
    });
    return new FrameWords(reporting, reportingPhrases, support, cues.get("governor"), cues.get("aux"),
        cues.get("adverb"), cues.get("mark"), cues.get("det"), cues.get("amod"), demands, criticisms,
        criticismsWhenNegated, warnings);
  }

  private static boolean isModality(String word) {
    for (Modality m : Modality.values()) {
      if (m.name().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }

  private static String single(List<String> words) {
    if (words.size() != 1) {
      throw new IllegalArgumentException("expected one word, got " + words);
    }
    return words.get(0);
  }

  private static PloverType parseType(String name) {
    try {
      return PloverType.parse(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown PLOVER type '" + name + "'");
    }
  }

  interface LineHandler {
    void line(int number, String text);
  }

  private static void forEachLine(Reader reader, String name, LineHandler handler) {
    BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    try {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          handler.line(n, t);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  interface ResourceParser<T> {
    T parse(Reader r, String name, ProblemSink sink);
  }

  private static <T> T readResource(String resource, ResourceParser<T> parser) {
    try (InputStream in = LexiconLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the events module");
      }
      List<Problem> problems = new ArrayList<>();
      T value = parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource.substring(1), problems::add);
      if (!problems.isEmpty()) {
        throw new IllegalStateException("bundled lexicon has errors: " + problems);
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
