package org.pathways.platform.boundary;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.util.UUID;

/**
 * Record ids as they arrive in page parameters, form fields and servlet requests. A malformed id is
 * no id (null): pages and servlets then answer 404, as for an unknown one, and never a conversion
 * message. Not CDI-managed: it injects nothing (and the WAR discovers only annotated beans).
 */
@FacesConverter(forClass = UUID.class)
public class UuidConverter implements Converter<UUID> {

  /** The id, or null when the text is none (missing, blank or malformed). */
  public static UUID parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  @Override
  public UUID getAsObject(FacesContext context, UIComponent component, String value) {
    return parse(value);
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, UUID value) {
    return value == null ? "" : value.toString();
  }
}
