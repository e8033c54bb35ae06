package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.pathways.platform.control.SqlArrays;
import org.pathways.platform.control.SqlRow;
import org.pathways.workshop.control.PdHours;
import org.pathways.workshop.entity.PhaseFigures;
import org.pathways.workshop.entity.WorkshopKind;

/**
 * Registrations, attendance and PD hours added up per program phase, for reports: two grouped
 * statements whatever the number of teachers. Demo workshops never count. A workshop counts for the
 * range when one of its sessions falls in it; its hours are those of the sessions attended in the
 * range, earned by the same rule as the certificates of attendance ({@link PdHours}).
 */
@ApplicationScoped
public class WorkshopFigures {

  /** Which workshops and teachers count: {@code null} for "all". */
  public record Filter(String program, Collection<UUID> districts, Collection<UUID> teachers) {}

  private static final String REGISTERED =
      "select w.program_slug, w.phase, count(distinct r.account_id)"
          + " from workshop w join workshop_registration r on r.workshop_id = w.id"
          + " where not w.demo and r.status = 'REGISTERED' and r.created_at < ?2"
          + " and exists (select 1 from workshop_session s where s.workshop_id = w.id"
          + "   and s.starts_at >= ?1 and s.starts_at < ?2)";

  /**
   * Minutes attended per teacher and workshop, then grouped by those minutes (the rows are few: a
   * phase, a kind, a length), plus the distinct teachers per phase (the grouping set without kind).
   */
  private static final String ATTENDED_INNER =
      "select w.program_slug, w.phase, w.kind, a.account_id,"
          + " sum(floor(extract(epoch from s.ends_at - s.starts_at) / 60))::bigint as minutes"
          + " from workshop w join workshop_session s on s.workshop_id = w.id"
          + " join workshop_attendance a on a.session_id = s.id"
          + " where not w.demo and s.starts_at >= ?1 and s.starts_at < ?2";

  private static final String ATTENDED_OUTER =
      " group by w.program_slug, w.phase, w.kind, w.id, a.account_id)"
          + " select program_slug, phase, kind, minutes, count(*), count(distinct account_id)"
          + " from attended group by grouping sets ((program_slug, phase, kind, minutes),"
          + " (program_slug, phase))";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /**
   * The figures of every phase with workshops in {@code [from, to)}: always two statements, even
   * for an empty list of districts or teachers (which then match nothing).
   */
  @Transactional
  public List<PhaseFigures> byPhase(Filter filter, Instant from, Instant to) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, BigDecimal> hours = new TreeMap<>();
    for (SqlRow row : rows(REGISTERED, " group by 1, 2", "r", filter, from, to)) {
      counts.computeIfAbsent(key(row), k -> new long[2])[0] = row.number(2);
    }
    for (SqlRow row :
        rows("with attended as (" + ATTENDED_INNER, ATTENDED_OUTER, "a", filter, from, to)) {
      if (!row.present(2)) {
        counts.computeIfAbsent(key(row), k -> new long[2])[1] = row.number(5);
        continue;
      }
      BigDecimal each =
          PdHours.earned(
              WorkshopKind.valueOf(row.text(2)), List.of(Duration.ofMinutes(row.number(3))));
      hours.merge(key(row), each.multiply(BigDecimal.valueOf(row.number(4))), BigDecimal::add);
    }
    List<PhaseFigures> figures = new ArrayList<>();
    counts.forEach(
        (key, c) -> {
          int slash = key.lastIndexOf('/');
          figures.add(
              new PhaseFigures(
                  key.substring(0, slash),
                  Integer.parseInt(key.substring(slash + 1)),
                  c[0],
                  c[1],
                  hours.getOrDefault(key, BigDecimal.ZERO)));
        });
    return figures;
  }

  private List<SqlRow> rows(
      String select, String tail, String teacherTable, Filter filter, Instant from, Instant to) {
    StringBuilder sql = new StringBuilder(select);
    if (filter.program() != null) {
      sql.append(" and w.program_slug = ?3");
    }
    if (filter.districts() != null) {
      sql.append(" and w.district_id = any(?4)");
    }
    if (filter.teachers() != null) {
      sql.append(" and ").append(teacherTable).append(".account_id = any(?5)");
    }
    Query query =
        em.createNativeQuery(sql.append(tail).toString())
            .setParameter(1, Timestamp.from(from))
            .setParameter(2, Timestamp.from(to));
    if (filter.program() != null) {
      query.setParameter(3, filter.program());
    }
    if (filter.districts() != null) {
      query.setParameter(4, SqlArrays.uuids(em, filter.districts()));
    }
    if (filter.teachers() != null) {
      query.setParameter(5, SqlArrays.uuids(em, filter.teachers()));
    }
    return SqlRow.map(query.getResultList(), r -> r);
  }

  private static String key(SqlRow row) {
    return row.text(0) + "/" + row.integer(1);
  }
}
