package org.pathways.learning.entity;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code PUT .../completion}: empty, a quiz's answers (question key to choice keys), or a puzzle's
 * program ({@code ["move", {"repeat": 3, "do": [...]}, {"if": "path-ahead", "do": [...]}]}).
 */
public class CompletionRequest {
  public Map<String, List<String>> answers;

  @Schema(
      type = SchemaType.ARRAY,
      implementation = Object.class,
      description =
          "A puzzle's program: each command is \"move\", \"turn-left\", \"turn-right\", or an"
              + " object {\"repeat\": n, \"do\": [...]} or {\"if\": condition, \"do\": [...],"
              + " \"else\": [...]}")
  public List<Object> program;
}
