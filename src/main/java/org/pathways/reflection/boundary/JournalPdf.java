package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.pathways.platform.control.TaggedPdf;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;

/**
 * The reflection journal as an A4, tagged PDF/UA-1 document ({@link TaggedPdf}): the course as its
 * heading, each prompt a heading below it, the teacher's text as plain paragraphs wrapped to the
 * page; nothing in it is interpreted, so nothing in it can run.
 */
@ApplicationScoped
public class JournalPdf {

  /** The journal in its reader's language, its dates in their time zone. */
  public byte[] render(ReflectionJournal.Journal journal) {
    Reader reader = journal.reader();
    Locale language = reader.language();
    String title = Texts.in(language, "reflection.journal.pdf.title", journal.course());
    TaggedPdf pdf =
        TaggedPdf.portrait(language, title)
            .heading(1, title, 18)
            .paragraph(
                Texts.in(
                    language,
                    "reflection.journal.pdf.byline",
                    journal.teacher(),
                    Times.date(journal.at(), reader)),
                11);
    for (ReflectionJournal.Entry entry : journal.entries()) {
      pdf.space(10).heading(2, entry.title(), 14).paragraph(entry.prompt(), 11).space(4);
      if (entry.text() == null) {
        pdf.paragraph(Texts.in(language, "reflection.journal.pdf.not_written"), 11);
      } else {
        pdf.paragraph(ReflectionJournal.status(entry, reader), 9);
        for (String paragraph : entry.text().split("\\R")) {
          pdf.paragraph(paragraph, 11);
        }
      }
    }
    return pdf.bytes();
  }
}
