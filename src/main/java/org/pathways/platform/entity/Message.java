package org.pathways.platform.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence someone will read, not yet in their language: a resource-bundle key and its {0}-style
 * arguments. Features and rules say what to tell; the boundary (a page in the reader's language,
 * the API, a mail) puts it in words ({@code platform/control/Texts}, {@code Pages.format}).
 */
public record Message(String key, List<Object> arguments) {

  public Message {
    Objects.requireNonNull(key, "key");
    // (An argument may be null: MessageFormat writes "null", as it did before.)
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  public static Message of(String key, Object... arguments) {
    return new Message(key, Arrays.asList(arguments));
  }

  /** The arguments as {@link java.text.MessageFormat} takes them. */
  public Object[] argumentArray() {
    return arguments.toArray();
  }

  @Override
  public String toString() {
    return arguments.isEmpty() ? key : key + arguments;
  }
}
