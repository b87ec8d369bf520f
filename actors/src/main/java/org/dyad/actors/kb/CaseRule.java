package org.dyad.actors.kb;

/**
 * How the case of the words in a text must agree with a dictionary name. Short all-capital names are
 * acronyms that collide with common words ("US" and "us", "IT", "AID"), so they match only as written;
 * other proper names need a capital first letter ("Chad" the country, not "chad"); common nouns
 * ("embassy") match in any case.
 */
public enum CaseRule {
  EXACT,
  CAPITALISED,
  ANY;

  /** The rule for a proper name as written in a dictionary. */
  public static CaseRule forProperName(String name) {
    String letters = name.replaceAll("[^\\p{L}]", "");
    boolean allCaps = !letters.isEmpty() && letters.equals(letters.toUpperCase(java.util.Locale.ROOT));
    boolean oneWord = !name.strip().contains(" ") && !name.contains("_") && !name.contains(".");
    if (allCaps && oneWord && letters.length() <= 3) {
      return EXACT;
    }
    return CAPITALISED;
  }

  /**
   * A name the dictionary itself writes in lower case up to a capital or a digit ("al-Qaeda", "al-Shabaab",
   * "iLaw", "bdnews24") matches only that spelling: the same lower-case opening, then the capital. A name
   * that is lower case throughout ("blue helmets") never matches lower-case words.
   */
  static boolean sameLowerCasePrefix(String surface, String name) {
    int i = 0;
    while (i < name.length() && !Character.isUpperCase(name.charAt(i)) && !Character.isDigit(name.charAt(i))) {
      i++;
    }
    if (i == 0 || i == name.length() || surface.length() <= i) {
      return false;
    }
    String straight = NameKey.straightenQuotes(surface);
    return straight.regionMatches(0, NameKey.straightenQuotes(name), 0, i) && straight.charAt(i) == name.charAt(i);
  }

  /**
   * Whether every later word the name capitalises is capitalised in the text too: "Russia Today" the broadcaster
   * is not "visited Russia today", nor "USA Today" "in the USA today". Only a text with the name's own number of
   * words is compared word by word; short words ("of", "al") are left to the spelling.
   */
  static boolean laterWordsCapitalised(String surface, String name) {
    String[] s = surface.strip().split("\\s+");
    String[] n = name.strip().split("\\s+");
    if (s.length != n.length) {
      return true;
    }
    for (int i = 1; i < n.length; i++) {
      boolean nameCapital = !n[i].isEmpty() && Character.isUpperCase(n[i].codePointAt(0));
      boolean textLower = !s[i].isEmpty() && Character.isLowerCase(s[i].codePointAt(0));
      if (nameCapital && textLower && n[i].length() > 3) {
        return false;
      }
    }
    return true;
  }

  /** Whether the words as they appear in the text satisfy this rule for the given name. */
  public boolean accepts(String surface, String name) {
    switch (this) {
      case ANY:
        return true;
      case CAPITALISED:
        return !surface.isEmpty() && (!Character.isLowerCase(surface.codePointAt(0))
            || sameLowerCasePrefix(surface, name)) && laterWordsCapitalised(surface, name);
      default:
        return NameKey.straightenQuotes(surface).replaceAll("[\\s_]", "")
            .equals(NameKey.straightenQuotes(name).replaceAll("[\\s_]", ""));
    }
  }
}
