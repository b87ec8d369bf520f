package org.dyad.ingest.meta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text as an ISO 639-1 code, from OpenNLP's language detector (103 languages). The model
 * is loaded once per JVM; detection itself is thread-safe. Too little text gives null rather than a guess.
 */
public final class Languages {
  private static final int MIN_LETTERS = 20;
  // 250 characters (some forty words) decide the language as well as the whole text: on the 181 pages of
  // the extraction benchmark even 200 gave the same answer every time. The model's cost grows with the
  // sample, and it was a tenth of the cost of reading a page at 500.
  private static final int SAMPLE = 250;
  // Text read for English function words when the model's sample is not clearly English.
  private static final int ENGLISH_SAMPLE = 1000;
  private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

  private Languages() {}

  private static final class Model {
    static final LanguageDetectorME DETECTOR = load();

    private static LanguageDetectorME load() {
      try (InputStream in = Languages.class.getClassLoader().getResourceAsStream("langdetect-183.bin")) {
        if (in == null) {
          throw new IllegalStateException("OpenNLP language model langdetect-183.bin is not on the classpath "
              + "(dependency org.apache.opennlp:opennlp-models-langdetect)");
        }
        return new LanguageDetectorME(new LanguageDetectorModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** ISO 639-1 code ("en"), or null when the text is too short or the guess too unsure. */
  public static String detect(String text) {
    if (text == null) {
      return null;
    }
    String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
    int letters = 0;
    for (int i = 0; i < sample.length() && letters < MIN_LETTERS; i++) {
      if (Character.isLetter(sample.charAt(i))) {
        letters++;
      }
    }
    if (letters < MIN_LETTERS) {
      return null;
    }
    // A story that opens with a byline, a time stamp and a dateline has too few function words in its
    // first lines; a longer stretch of it shows its language just as plainly (46 of the 67 benchmark pages
    // that went to the model were English this way).
    if (clearlyEnglish(sample) || text.length() > SAMPLE
        && clearlyEnglish(text.substring(0, Math.min(text.length(), ENGLISH_SAMPLE)))) {
      return "en";
    }
    Language[] ranked = Model.DETECTOR.predictLanguages(sample);
    if (ranked.length == 0 || ranked[0].getConfidence() < 0.02) {
      return null;
    }
    Language best = ranked[0];
    // On a headline or a few words the model's scores are nearly flat ("Cambodia expels US NGO" scores
    // Waray a hair above English). A document is skipped as foreign only when its language clearly wins:
    // close to English means English, close to anything else means unknown.
    if (!best.getLang().equals("eng") && confidenceOf(ranked, "eng") >= best.getConfidence() * ENGLISH_MARGIN) {
      return "en";
    }
    if (ranked.length > 1 && best.getConfidence() < ranked[1].getConfidence() * WINNER_MARGIN) {
      return null;
    }
    String code = best.getLang();
    return ISO3_TO_ISO1.getOrDefault(code, code);
  }

  /** English within this fraction of the best score counts as English. */
  private static final double ENGLISH_MARGIN = 0.8;
  /** The best language must score this much more than the runner-up to be believed. */
  private static final double WINNER_MARGIN = 1.2;

  private static double confidenceOf(Language[] ranked, String language) {
    for (Language l : ranked) {
      if (l.getLang().equals(language)) {
        return l.getConfidence();
      }
    }
    return 0;
  }

  private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of("the", "of", "and",
      "to", "in", "a", "is", "that", "for", "it", "was", "on", "with", "he", "as", "by", "at", "his", "are",
      "from", "have", "has", "had", "an", "be", "this", "which", "or", "were", "their", "they", "not", "but",
      "been", "its", "who", "will", "would", "said");

  /**
   * Most documents are English, and OpenNLP's 103-language model costs milliseconds per call: a text whose
   * words are at least a quarter English function words is English in any case, so the model is skipped
   * (on the 181 benchmark pages and 700 gold forum posts a quarter and a third gave the same languages).
   */
  static boolean clearlyEnglish(String sample) {
    int words = 0;
    int function = 0;
    for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      if (ENGLISH_FUNCTION_WORDS.contains(w)) {
        function++;
      }
    }
    return words >= 20 && function * 4 >= words;
  }

  private static Map<String, String> iso3ToIso1() {
    Map<String, String> m = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        m.put(new Locale(two).getISO3Language(), two);
      } catch (java.util.MissingResourceException ignored) {
        // no three-letter code for this language
      }
    }
    // The model uses a few codes of its own for macro-languages and scripts.
    m.put("cmn", "zh");
    m.put("zho", "zh");
    m.put("nob", "nb");
    m.put("nno", "nn");
    m.put("pes", "fa");
    m.put("zsm", "ms");
    m.put("arb", "ar");
    return Map.copyOf(m);
  }
}
