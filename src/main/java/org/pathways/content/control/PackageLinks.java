package org.pathways.content.control;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.pathways.content.entity.Course.Asset;

/**
 * Where a link written in a package file, relative to that file's folder, points when it names a
 * file of the package: an asset ({@code ../assets/x.svg}) at its served URL, or a printable ({@code
 * ../printables/move-cards.md}) at its page.
 */
final class PackageLinks {

  private static final String ASSETS = "assets/";
  private static final String PRINTABLES = "printables/";

  private final Map<String, Asset> assets;
  private final Map<String, String> printables;
  private final String language;

  /**
   * @param printables the address of each printable's page, by name
   */
  PackageLinks(Map<String, Asset> assets, Map<String, String> printables) {
    this(assets, printables, "");
  }

  private PackageLinks(Map<String, Asset> assets, Map<String, String> printables, String language) {
    this.assets = Map.copyOf(assets);
    this.printables = Map.copyOf(printables);
    this.language = language;
  }

  /**
   * The links of a translation into this language: an asset with a translation of its own ({@code
   * x.es.svg} beside {@code x.svg}) is that one; a printable's page picks its language itself.
   */
  PackageLinks in(String translation) {
    return new PackageLinks(assets, printables, translation);
  }

  /** The served URL of an asset the link names (its translation's, in a translation). */
  Optional<String> asset(String folder, String link) {
    return inPackage(folder, link)
        .filter(path -> path.startsWith(ASSETS))
        .map(path -> path.substring(ASSETS.length()))
        .flatMap(
            name ->
                Optional.ofNullable(translated(name))
                    .or(() -> Optional.ofNullable(assets.get(name))))
        .map(Asset::url);
  }

  private Asset translated(String name) {
    int dot = name.lastIndexOf('.');
    return language.isEmpty() || dot < 0
        ? null
        : assets.get(name.substring(0, dot) + "." + language + name.substring(dot));
  }

  /** The address of the asset or printable the link names. */
  Optional<String> any(String folder, String link) {
    Optional<String> asset = asset(folder, link);
    if (asset.isPresent()) {
      return asset;
    }
    return inPackage(folder, link)
        .filter(path -> path.startsWith(PRINTABLES) && path.endsWith(".md"))
        .map(path -> path.substring(PRINTABLES.length(), path.length() - ".md".length()))
        .flatMap(name -> Optional.ofNullable(printables.get(name)));
  }

  private static Optional<String> inPackage(String folder, String link) {
    if (link.isBlank() || link.startsWith("/") || link.contains("\\")) {
      return Optional.empty();
    }
    return Optional.of(Path.of(folder).resolve(link).normalize().toString().replace('\\', '/'));
  }
}
