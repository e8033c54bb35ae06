package org.pathways.facilitation.control;

import java.text.Collator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.pathways.facilitation.entity.TeacherRow;

/**
 * How a facilitator looks at a cohort's progress: sorted by name, percent, last activity or at risk
 * first, ascending or descending, only the teachers at risk, or those whose name contains some text
 * (ignoring case). What a page's query says; anything unknown means the default.
 */
public record MatrixView(Sort sort, boolean descending, boolean atRiskOnly, String nameContains) {

  /** The longest name filter kept. */
  public static final int LONGEST_FILTER = 100;

  /** What the rows are sorted by; {@code key} is how a query names it. */
  public enum Sort {
    NAME("name"),
    PERCENT("percent"),
    LAST_ACTIVITY("activity"),
    AT_RISK("risk");

    private final String key;

    Sort(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    static Sort of(String key) {
      for (Sort sort : values()) {
        if (sort.key.equals(key)) {
          return sort;
        }
      }
      return AT_RISK;
    }
  }

  public static final MatrixView DEFAULT = new MatrixView(Sort.AT_RISK, false, false, "");

  public MatrixView {
    nameContains = nameContains == null ? "" : nameContains.strip();
    if (nameContains.length() > LONGEST_FILTER) {
      nameContains = nameContains.substring(0, LONGEST_FILTER);
    }
  }

  /** The view a query asks for: {@code sort}, {@code dir=desc}, {@code risk=1}, {@code name}. */
  public static MatrixView of(String sort, String dir, String risk, String name) {
    return new MatrixView(
        Sort.of(sort), "desc".equals(dir), "1".equals(risk) || "true".equals(risk), name);
  }

  /** The rows this view shows, in its order. */
  public List<TeacherRow> apply(List<TeacherRow> rows, Locale locale) {
    String wanted = nameContains.toLowerCase(locale);
    Comparator<TeacherRow> order = comparator(locale);
    return rows.stream()
        .filter(r -> !atRiskOnly || r.atRisk())
        .filter(r -> wanted.isEmpty() || r.name().toLowerCase(locale).contains(wanted))
        .sorted(descending ? order.reversed() : order)
        .toList();
  }

  private Comparator<TeacherRow> comparator(Locale locale) {
    Collator collator = Collator.getInstance(locale);
    collator.setStrength(Collator.SECONDARY);
    Comparator<TeacherRow> byName = Comparator.comparing(TeacherRow::name, collator);
    return switch (sort) {
      case NAME -> byName;
      case PERCENT -> Comparator.comparingInt(TeacherRow::percent).thenComparing(byName);
      // Never active counts as the longest ago.
      case LAST_ACTIVITY ->
          Comparator.comparing(
                  (TeacherRow r) -> r.lastActivityAt() == null ? Instant.MIN : r.lastActivityAt())
              .thenComparing(byName);
      case AT_RISK ->
          Comparator.comparing((TeacherRow r) -> !r.atRisk())
              .thenComparingInt(TeacherRow::percent)
              .thenComparing(byName);
    };
  }
}
