package org.pathways.platform.boundary;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GET whose successful answer carries an entity tag and answers 304 without a body to {@code
 * If-None-Match} with that tag ({@link ConditionalGets}). A {@code personal} answer (one that holds
 * the caller's own data) is {@code private, no-cache}: a shared cache never keeps it, and a browser
 * asks again each time; any other is {@code public, no-cache}.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {
  /** Whether the answer holds the caller's own data (the safe default). */
  boolean personal() default true;
}
