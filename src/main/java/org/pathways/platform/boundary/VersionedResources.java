package org.pathways.platform.boundary;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.ServletContext;
import org.pathways.platform.control.StaticFile;

/**
 * Gives every stylesheet, script and other file that a page names through Faces ({@code
 * h:outputStylesheet}, {@code h:outputScript}, {@code #{resource[...]}}) an address carrying the
 * hash of its content, so that browsers keep it for a year and still fetch a changed file at once
 * (see {@link StaticFileCaching}).
 */
public class VersionedResources extends ResourceHandlerWrapper {

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName) {
    return versioned(super.createResource(resourceName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private static Resource versioned(Resource resource) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (resource == null || faces == null) {
      return resource;
    }
    String library = resource.getLibraryName();
    String path =
        "/resources/" + (library == null ? "" : library + "/") + resource.getResourceName();
    ServletContext context = (ServletContext) faces.getExternalContext().getContext();
    return StaticFileVersions.current(context, path)
        .<Resource>map(hash -> new Versioned(resource, hash))
        .orElse(resource);
  }

  /** The resource, its address ending in {@code h=HASH}. */
  private static final class Versioned extends ResourceWrapper {
    private final String hash;

    Versioned(Resource resource, String hash) {
      super(resource);
      this.hash = hash;
    }

    @Override
    public String getRequestPath() {
      String path = super.getRequestPath();
      return path + (path.indexOf('?') < 0 ? '?' : '&') + StaticFile.VERSION + "=" + hash;
    }
  }
}
