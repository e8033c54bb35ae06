package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.entity.Enrollment;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;
import org.pathways.platform.entity.Refusal;

/**
 * A teacher's reflection journal for a course: every prompt with their latest submission (or their
 * draft, marked as such), to bring to the in-person workshop. Only the author downloads it.
 */
@ApplicationScoped
public class ReflectionJournal {

  @Inject Learning learning;
  @Inject ReflectionReads reads;
  @Inject ContentLibrary library;
  @Inject Accounts accounts;

  /** One prompt and what the teacher wrote. */
  public record Entry(
      String title, String prompt, String text, Integer version, Instant at, boolean draft) {}

  /** The journal as its reader reads it: their language, their time zone. */
  public record Journal(
      String course, String teacher, Instant at, List<Entry> entries, Reader reader) {}

  @Transactional
  public Journal of(Caller caller, UUID enrollmentId, Instant at, Reader reader) {
    String language = reader.language().getLanguage();
    Enrollment enrollment = learning.readable(caller, enrollmentId);
    if (!enrollment.belongsTo(caller.id())) {
      throw Refusal.notFound("reflection.not_found");
    }
    String course =
        library
            .course(enrollment.getCourseSlug())
            .map(c -> c.title(language))
            .orElse(enrollment.getCourseSlug());
    List<Entry> entries =
        reads.prompts(caller, enrollmentId, language).stream()
            .map(
                p -> {
                  if (!p.submissions().isEmpty()) {
                    var latest = p.submissions().get(0);
                    return new Entry(
                        p.title(),
                        p.prompt(),
                        latest.text(),
                        latest.version(),
                        latest.submittedAt(),
                        false);
                  }
                  if (p.draft() != null && !p.draft().text().isBlank()) {
                    return new Entry(
                        p.title(), p.prompt(), p.draft().text(), null, p.draft().savedAt(), true);
                  }
                  return new Entry(p.title(), p.prompt(), null, null, null, false);
                })
            .toList();
    String teacher = accounts.account(caller.id()).map(Account::getName).orElse("");
    return new Journal(course, teacher, at, entries, reader);
  }

  /**
   * The journal as Markdown. The teacher's text keeps its own Markdown, but any "<" or "&" in it is
   * escaped, so that a viewer that renders HTML in Markdown shows it as text.
   */
  public static String markdown(Journal journal) {
    Reader reader = journal.reader();
    Locale language = reader.language();
    StringBuilder out = new StringBuilder();
    out.append("# ")
        .append(line(Texts.in(language, "reflection.journal.pdf.title", journal.course())))
        .append("\n\n");
    out.append(
            line(
                Texts.in(
                    language,
                    "reflection.journal.pdf.byline",
                    journal.teacher(),
                    Times.date(journal.at(), reader))))
        .append("\n");
    for (Entry entry : journal.entries()) {
      out.append("\n## ").append(line(entry.title())).append("\n\n");
      out.append("> ").append(line(entry.prompt())).append("\n\n");
      if (entry.text() == null) {
        out.append("_")
            .append(Texts.in(language, "reflection.journal.pdf.not_written"))
            .append("_\n");
      } else {
        out.append("_")
            .append(status(entry, reader))
            .append("._")
            .append("\n\n")
            .append(escape(entry.text()))
            .append("\n");
      }
    }
    return out.toString();
  }

  /** What an entry is, in its reader's words: a draft saved on a day, or a version submitted. */
  static String status(Entry entry, Reader reader) {
    return entry.draft()
        ? Texts.in(
            reader.language(), "reflection.journal.pdf.draft", Times.date(entry.at(), reader))
        : Texts.in(
            reader.language(),
            "reflection.journal.pdf.version",
            String.valueOf(entry.version()),
            Times.date(entry.at(), reader));
  }

  private static String line(String text) {
    return escape(text == null ? "" : text.replaceAll("[\\r\\n]+", " "));
  }

  static String escape(String text) {
    return text.replace("\\", "\\\\").replace("<", "\\<").replace("&", "\\&");
  }
}
