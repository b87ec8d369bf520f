package org.dyad.nlp;

import java.util.regex.Pattern;

/**
 * A cheap test for whether a sentence can hold a temporal expression at all. SUTime is two thirds of
 * CoreNLP's NER cost; running it only behind this filter keeps every date while skipping most sentences.
 */
final class DateCues {
  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s*\\d"
          + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
          + "|\\b(?:january|february|march|april|june|july|august|september|october|november|december)\\b"
          + "|\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b"
          + "|\\b(?:yesterday|today|tonight|tomorrow|ago|earlier|later|recently|dated|weekend)\\b"
          + "|\\b(?:last|next|this|past|previous|coming|same|following)\\s+(?:week|month|year|quarter|spring|summer"
          + "|autumn|fall|winter|decade|day|morning|evening|night)"
          + "|\\b(?:1[89]|20)\\d{2}\\b"
          + "|\\b(?:1[89]|20)\\d0s\\b"
          + "|(?-i:\\b(?:[Ii]n|early|late|mid|since|until|by|during|from|last|next|this|of) May\\b)"
          + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");

  private DateCues() {}

  static boolean mayHoldDate(String sentence) {
    return CUE.matcher(sentence).find();
  }
}
