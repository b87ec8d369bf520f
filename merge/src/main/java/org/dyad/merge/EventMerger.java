package org.dyad.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dyad.model.Actor;
import org.dyad.model.DateBasis;
import org.dyad.model.DatePrecision;
import org.dyad.model.Event;
import org.dyad.model.Ids;
import org.dyad.model.PartialDate;

/**
 * Joins reports that describe the same real-world event. Reports are first blocked by what must be equal
 * (actor country, recipient country, PLOVER type, modality), then, within a block in date order, a report is
 * compared with the earlier ones whose dates can overlap. Two reports join when their actors agree (same
 * entity, or same code), their dates are compatible at their precision, and either their evidence says much
 * the same, they are copies of one text, both pin the same day, or both name the same person or
 * organisation as the actor. A date that only comes from the report's
 * publication says the event happened by then: against a date the text states, it stands for the week up to
 * that day.
 */
public final class EventMerger {
  /** How much evidence two reports must share (Jaccard over content words) to join on wording alone. */
  static final double EVIDENCE_THRESHOLD = 0.25;
  /**
   * Two reports of one happening often differ in length: one sentence names the letter, the other the letter,
   * its date and what it said. Joining also when most of the shorter evidence recurs in the longer
   * (this share of its content words, and at least {@link #CONTAINED_MIN_WORDS} of them) catches that.
   */
  static final double CONTAINED_THRESHOLD = 0.5;
  static final int CONTAINED_MIN_WORDS = 3;
  /** How far before its publication an event dated only by its report may have happened. */
  static final int PUBLICATION_LOOKBACK_DAYS = 7;
  /** A bound on comparisons per report, so one huge block cannot make merging quadratic. */
  static final int WINDOW = 256;

  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for",
      "with", "by", "at", "from", "that", "this", "was", "were", "is", "are", "be", "been", "has", "have", "had",
      "it", "its", "as", "he", "she", "they", "his", "her", "their", "said", "says", "will", "would", "not");

  public List<EventCluster> merge(List<Report> reports) {
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      blocks.computeIfAbsent(blockKey(reports.get(i).event()), k -> new ArrayList<>()).add(i);
    }
    UnionFind sets = new UnionFind(reports.size());
    List<MergeReason> reasons = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>(reports.size());
    for (Report r : reports) {
      words.add(contentWords(r.event().evidence().text()));
    }
    for (List<Integer> block : blocks.values()) {
      block.sort(Comparator.comparing((Integer i) -> dateStart(reports.get(i).event()))
          .thenComparing(i -> reports.get(i).event().eventId()));
      for (int k = 0; k < block.size(); k++) {
        int i = block.get(k);
        for (int j = k - 1; j >= Math.max(0, k - WINDOW); j--) {
          int other = block.get(j);
          List<String> because = joinReasons(reports.get(other), reports.get(i), words.get(other), words.get(i));
          if (because != null && sets.union(other, i)) {
            reasons.add(new MergeReason(reports.get(other).event().eventId(), reports.get(i).event().eventId(),
                because));
          }
        }
      }
    }
    return clusters(reports, sets, reasons);
  }

  private static List<EventCluster> clusters(List<Report> reports, UnionFind sets, List<MergeReason> reasons) {
    Map<Integer, List<Report>> members = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      members.computeIfAbsent(sets.find(i), k -> new ArrayList<>()).add(reports.get(i));
    }
    Map<String, Integer> rootOfEvent = new HashMap<>();
    for (int i = 0; i < reports.size(); i++) {
      rootOfEvent.put(reports.get(i).event().eventId(), sets.find(i));
    }
    Map<Integer, List<MergeReason>> reasonsByRoot = new HashMap<>();
    for (MergeReason m : reasons) {
      reasonsByRoot.computeIfAbsent(rootOfEvent.get(m.eventA()), k -> new ArrayList<>()).add(m);
    }
    List<EventCluster> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Report>> e : members.entrySet()) {
      List<Report> rs = e.getValue();
      rs.sort(Comparator.comparing((Report r) -> r.event().eventId()));
      String id = "c" + Ids.sha256(rs.get(0).event().eventId()).substring(0, 16);
      out.add(new EventCluster(id, representative(rs), rs, reasonsByRoot.getOrDefault(e.getKey(), List.of())));
    }
    out.sort(Comparator.comparing(EventCluster::clusterId));
    return out;
  }

  private static Event representative(List<Report> rs) {
    // a report that dates the event itself speaks for it before one dated only by its publication
    return rs.stream().map(Report::event)
        .min(Comparator.comparing((Event e) -> e.dateBasis() == DateBasis.PUBLICATION ? 1 : 0)
            .thenComparing(e -> e.datePrecision().ordinal())
            .thenComparing(Comparator.comparingDouble(Event::confidence).reversed())
            .thenComparing(Event::eventId))
        .orElseThrow();
  }

  /**
   * Merges the reports of one block (all sharing one {@link #blockKey}) on their own. Reports join only within
   * a block and clusters are named by their members, so merging every block apart and concatenating the
   * clusters (sorted by id) gives exactly {@link #merge} of all reports: this is how Spark merges, one block
   * per group of a shuffle.
   */
  public List<EventCluster> mergeBlock(List<Report> block) {
    if (!block.isEmpty()) {
      String key = blockKey(block.get(0).event());
      for (Report r : block) {
        if (!blockKey(r.event()).equals(key)) {
          throw new IllegalArgumentException("report " + r.event().eventId() + " belongs to block "
              + blockKey(r.event()) + ", not " + key);
        }
      }
    }
    return merge(block);
  }

  /** What two reports must share to be compared at all: actor and recipient country, type and modality. */
  public static String blockKey(Event e) {
    return country(e.actor()) + '>' + country(e.recipient()) + '|' + e.type() + '|' + e.modality();
  }

  private static String country(Actor a) {
    return a == null || a.country() == null ? "-" : a.country();
  }

  /** The conditions under which two reports are one event, or null when they are not. */
  static List<String> joinReasons(Report a, Report b, Set<String> wordsA, Set<String> wordsB) {
    Event x = a.event();
    Event y = b.event();
    if (!actorsAgree(x.actor(), y.actor()) || !actorsAgree(x.recipient(), y.recipient())) {
      return null;
    }
    PartialDate dx = x.partialDate();
    PartialDate dy = y.partialDate();
    if (dx == null || dy == null || !datesCompatible(x, y)) {
      return null;
    }
    List<String> because = new ArrayList<>();
    because.add("same actor " + describe(x.actor()) + " and recipient " + describe(x.recipient()));
    because.add("same type " + x.type() + " (" + x.modality().wireName() + ")");
    because.add("dates " + x.date() + " and " + y.date() + " are compatible at their precision");
    double similarity = jaccard(wordsA, wordsB);
    int shared = common(wordsA, wordsB);
    double contained = wordsA.isEmpty() || wordsB.isEmpty() ? 0
        : shared / (double) Math.min(wordsA.size(), wordsB.size());
    boolean sameText = a.copyGroup().equals(b.copyGroup());
    boolean sameDay = dx.precision() == DatePrecision.DAY && dy.precision() == DatePrecision.DAY
        && dx.equals(dy);
    if (sameText) {
      because.add("the two documents are copies of one text");
    } else if (similarity >= EVIDENCE_THRESHOLD) {
      because.add(String.format(Locale.ROOT, "evidence shares %.0f%% of its content words", similarity * 100));
    } else if (contained >= CONTAINED_THRESHOLD && shared >= CONTAINED_MIN_WORDS) {
      because.add(String.format(Locale.ROOT, "%.0f%% of the shorter evidence's content words recur in the other",
          contained * 100));
    } else if (sameDay) {
      because.add("both pin the same day");
    } else if (named(x.actor()) && named(y.actor()) && x.recipient() != null && y.recipient() != null) {
      // the same person or organisation doing the same kind of thing to the same party in the same days is,
      // in news, one happening told in other words ("offered to renew ties" / "accepted the invitation")
      because.add("the same named actor, recipient and kind of act in the same days");
    } else {
      return null;
    }
    return because;
  }

  /**
   * Whether two reports' dates can be one day. A publication date reaches back a week only to meet a date the
   * text states: two reports dated by publication alone must share their days, or a weekly run of like events
   * would chain into one.
   */
  static boolean datesCompatible(Event x, Event y) {
    boolean bothPublished = x.dateBasis() == DateBasis.PUBLICATION && y.dateBasis() == DateBasis.PUBLICATION;
    if (bothPublished) {
      return x.partialDate().overlaps(y.partialDate());
    }
    return possibleDays(x).overlaps(possibleDays(y));
  }

  /** The days an event can have happened on: its date's span, or the week up to a publication date. */
  static DayRange possibleDays(Event e) {
    PartialDate d = e.partialDate();
    java.time.LocalDate from = d.start();
    if (e.dateBasis() == DateBasis.PUBLICATION) {
      from = from.minusDays(PUBLICATION_LOOKBACK_DAYS);
    }
    return new DayRange(from, d.end());
  }

  /** Inclusive days. */
  record DayRange(java.time.LocalDate from, java.time.LocalDate to) {
    boolean overlaps(DayRange o) {
      return !from.isAfter(o.to) && !o.from.isAfter(to);
    }
  }

  private static boolean named(Actor a) {
    return a != null && a.entity() != null;
  }

  private static boolean actorsAgree(Actor a, Actor b) {
    if (a == null || b == null) {
      return a == b;
    }
    if (a.entity() != null && b.entity() != null) {
      return a.entity().equals(b.entity());
    }
    if (a.sector() != null && b.sector() != null && !a.sector().equals(b.sector())) {
      return false;
    }
    return Objects.equals(a.country(), b.country());
  }

  private static String describe(Actor a) {
    if (a == null) {
      return "(none)";
    }
    return a.entity() == null ? String.valueOf(a.code()) : a.code() + " (" + a.entity() + ")";
  }

  private static java.time.LocalDate dateStart(Event e) {
    PartialDate d = e.partialDate();
    return d == null ? java.time.LocalDate.MAX : d.start();
  }

  static Set<String> contentWords(String text) {
    Set<String> out = new HashSet<>();
    for (String w : Ids.normalise(text).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = common(a, b);
    return common / (double) (a.size() + b.size() - common);
  }

  private static int common(Set<String> a, Set<String> b) {
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return common;
  }
}
