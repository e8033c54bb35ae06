package org.pathways.content.entity;

/**
 * One step of a module, known by its key (slug), unique within its course. {@code html} is the body
 * rendered from Markdown and sanitized, once per content version. {@code minutes} is what the step
 * takes a teacher; module times and course hours are summed from it.
 */
public record Step(
    String key,
    StepKind kind,
    String title,
    boolean required,
    int minutes,
    String markdown,
    String html,
    StepDetails details,
    String source) {

  public <T extends StepDetails> T details(Class<T> type) {
    return type.cast(details);
  }
}
