package org.pathways.learning.entity;

import java.util.List;
import java.util.Map;

/**
 * {@code PUT .../completion}: empty, a quiz's answers (question key to choice keys), or a puzzle's
 * program ({@code ["move", {"repeat": 3, "do": [...]}, {"if": "path-ahead", "do": [...]}]}).
 */
public class CompletionRequest {
  public Map<String, List<String>> answers;
  public List<Object> program;
}
