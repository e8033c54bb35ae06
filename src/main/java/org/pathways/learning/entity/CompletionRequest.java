package org.pathways.learning.entity;

import java.util.List;
import java.util.Map;

/** {@code PUT .../completion}: empty, or a quiz's answers (question key to choice keys). */
public class CompletionRequest {
  public Map<String, List<String>> answers;
}
