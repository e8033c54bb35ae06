package org.pathways.content.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.CourseModule;
import org.pathways.content.entity.RegisteredStep;
import org.pathways.content.entity.Step;

/**
 * Records a course version in the database: its steps by slug (new ones added, moved ones updated,
 * removed ones retired) and the version itself. One transaction per course; instances that register
 * the same course at once take turns.
 */
@ApplicationScoped
public class ContentRegistry {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Transactional
  public void register(Course course, Instant at) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
        .setParameter(1, "content:" + course.slug())
        .getSingleResult();
    List<RegisteredStep> known =
        em.createNamedQuery(RegisteredStep.BY_COURSE, RegisteredStep.class)
            .setParameter("course", course.slug())
            .getResultList();
    Map<String, RegisteredStep> byKey = new HashMap<>();
    known.forEach(step -> byKey.put(step.getStepKey(), step));
    for (int m = 0; m < course.modules().size(); m++) {
      CourseModule module = course.modules().get(m);
      for (int s = 0; s < module.steps().size(); s++) {
        Step step = module.steps().get(s);
        RegisteredStep registered = byKey.remove(step.key());
        if (registered == null) {
          registered = new RegisteredStep(course.slug(), step.key(), at);
          registered.standsAt(module, m, step, s);
          em.persist(registered);
        } else {
          registered.standsAt(module, m, step, s);
        }
      }
    }
    byKey.values().forEach(gone -> gone.retire(at));
    em.createNativeQuery(
            "insert into content_version (package, hash, loaded_at) values (?1, ?2, ?3)"
                + " on conflict (package, hash) do nothing")
        .setParameter(1, course.slug())
        .setParameter(2, course.version())
        .setParameter(3, Timestamp.from(at))
        .executeUpdate();
  }
}
