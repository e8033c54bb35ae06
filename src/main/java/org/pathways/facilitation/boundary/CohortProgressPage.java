package org.pathways.facilitation.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.pathways.facilitation.control.MatrixView;
import org.pathways.facilitation.entity.ProgressMatrix;
import org.pathways.facilitation.entity.TeacherRow;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * facilitation/cohort.xhtml?id=: a cohort's teachers by module, sorted and filtered by the query
 * ({@code sort}, {@code dir}, {@code risk}, {@code name}: links and a GET form, so the address can
 * be shared and no script is needed); 404 for a cohort the caller may not read.
 */
@Named
@ViewScoped
public class CohortProgressPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgressMatrices matrices;
  @Inject CurrentCaller current;

  private UUID id;
  private String sort;
  private String dir;
  private String risk;
  private String name;
  private MatrixView view;
  private ProgressMatrix matrix;
  private List<TeacherRow> rows;

  /** The view action of a GET. */
  public void load() {
    view = MatrixView.of(sort, dir, risk, name);
    try {
      matrix = matrices.of(current.get(), id, null);
      rows = view.apply(matrix.teachers(), locale());
    } catch (Refusal refusal) {
      matrix = null;
      Pages.sendError(refusal);
    }
  }

  /** Why a teacher is at risk, in the reader's words. */
  public String reason(TeacherRow row) {
    return row.atRisk() ? Pages.format(Reasons.dated(row.verdict().because(), locale())) : "";
  }

  /** The link that sorts by this column: ascending first, the other way when already so. */
  public String sortLink(String key) {
    MatrixView.Sort by = MatrixView.of(key, null, null, null).sort();
    boolean descending = view.sort() == by && !view.descending();
    return FacilitationLinks.cohort(
        id, new MatrixView(by, descending, view.atRiskOnly(), view.nameContains()));
  }

  /** {@code aria-sort} of a column header: only on the column sorted by (null omits it). */
  public String ariaSort(String key) {
    if (view.sort() != MatrixView.of(key, null, null, null).sort()) {
      return null;
    }
    return view.descending() ? "descending" : "ascending";
  }

  public String getAllLink() {
    return FacilitationLinks.cohort(id, MatrixView.DEFAULT);
  }

  public String getCsvLink() {
    return FacilitationLinks.csv(id);
  }

  public String getQueueLink() {
    return FacilitationLinks.reflections(id);
  }

  public String getCohortsLink() {
    return FacilitationLinks.cohorts();
  }

  public String getTargetDate() {
    return matrix.targetDate() == null
        ? null
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale())
            .format(matrix.targetDate());
  }

  /** The reader's locale, English where no view is there. */
  private static Locale locale() {
    FacesContext faces = FacesContext.getCurrentInstance();
    return faces == null || faces.getViewRoot() == null
        ? Locale.US
        : faces.getViewRoot().getLocale();
  }

  public ProgressMatrix getMatrix() {
    return matrix;
  }

  public List<TeacherRow> getRows() {
    return rows;
  }

  public MatrixView getView() {
    return view;
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getSort() {
    return sort;
  }

  public void setSort(String sort) {
    this.sort = sort;
  }

  public String getDir() {
    return dir;
  }

  public void setDir(String dir) {
    this.dir = dir;
  }

  public String getRisk() {
    return risk;
  }

  public void setRisk(String risk) {
    this.risk = risk;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
