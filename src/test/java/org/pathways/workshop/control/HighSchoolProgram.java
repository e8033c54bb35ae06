package org.pathways.workshop.control;

import java.util.List;
import org.pathways.content.entity.PhaseKind;
import org.pathways.content.entity.Program;

/** The high-school program as the workshop rules' tests see it. */
final class HighSchoolProgram {

  private static final List<Program.Phase> PHASES =
      List.of(
          new Program.Phase(1, "Online foundations", PhaseKind.ONLINE, "hs-1", "", null),
          new Program.Phase(2, "Summer workshop", PhaseKind.IN_PERSON, null, "", 5),
          new Program.Phase(3, "Quarterly workshops", PhaseKind.BLENDED, null, "", 1),
          new Program.Phase(4, "End-of-year workshop", PhaseKind.IN_PERSON, null, "", null));

  private HighSchoolProgram() {}

  /** The program with its first {@code phases} phases. */
  static Program withPhases(int phases) {
    return new Program(
        "high-school",
        "High school",
        "",
        "9-12",
        "DISTRICT_PARTNERSHIP",
        "",
        PHASES.subList(0, phases));
  }
}
