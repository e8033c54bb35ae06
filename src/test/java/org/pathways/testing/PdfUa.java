package org.pathways.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/UA-1 validation with veraPDF, as a test's assertion. */
public final class PdfUa {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private PdfUa() {}

  /**
   * Checks with PDFBox that the PDF is tagged (marked, with a structure tree and a language), then
   * with veraPDF that it is PDF/UA-1.
   */
  public static void assertTagged(String what, byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      var catalog = document.getDocumentCatalog();
      assertThat(catalog.getMarkInfo()).as(what + ": MarkInfo").isNotNull();
      assertThat(catalog.getMarkInfo().isMarked()).as(what + ": marked").isTrue();
      assertThat(catalog.getStructureTreeRoot()).as(what + ": structure tree").isNotNull();
      assertThat(catalog.getStructureTreeRoot().getKids()).as(what + ": structure").isNotEmpty();
      assertThat(catalog.getLanguage()).as(what + ": /Lang").isNotBlank();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertCompliant(what, pdf);
  }

  /**
   * Fails with every PDF/UA-1 rule the PDF violates (clause, test number, description and veraPDF's
   * message), each once.
   */
  public static void assertCompliant(String what, byte[] pdf) {
    ValidationResult result;
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
        PDFAValidator validator =
            Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
      result = validator.validate(parser);
    } catch (Exception e) {
      throw new AssertionError(what + ": veraPDF could not validate it", e);
    }
    if (result.isCompliant()) {
      return;
    }
    Set<String> failures = new LinkedHashSet<>();
    for (TestAssertion assertion : result.getTestAssertions()) {
      if (assertion.getStatus() == TestAssertion.Status.FAILED) {
        failures.add(
            "  "
                + assertion.getRuleId().getClause()
                + "-"
                + assertion.getRuleId().getTestNumber()
                + ": "
                + assertion.getMessage()
                + (assertion.getErrorMessage() == null
                    ? ""
                    : " (" + assertion.getErrorMessage() + ")"));
      }
    }
    throw new AssertionError(
        what
            + " is not PDF/UA-1 (veraPDF "
            + result.getFailedChecks().size()
            + " rules failed):\n"
            + String.join("\n", failures));
  }
}
