package org.pathways.content.control;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pathways.content.entity.Course.Asset;
import org.pathways.content.entity.Problem;
import org.pathways.platform.entity.Message;

/**
 * Reads a package's {@code assets/} folder: images, caption files, PDFs and short clips, each
 * checked for its type and size, and served at a URL that carries its hash (so that it can be
 * cached for a year).
 */
final class AssetReader {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final Map<String, String> TYPES =
      Map.of(
          "png", "image/png",
          "jpg", "image/jpeg",
          "jpeg", "image/jpeg",
          "gif", "image/gif",
          "webp", "image/webp",
          "svg", "image/svg+xml",
          "vtt", "text/vtt",
          "pdf", "application/pdf",
          "mp4", "video/mp4",
          "webm", "video/webm");
  private static final Pattern ACTIVE_SVG =
      Pattern.compile(
          "(?i)<script|<foreignobject|javascript:|\\son[a-z]+\\s*=|xlink:href\\s*=\\s*[\"']?https?:");

  private AssetReader() {}

  static Map<String, Asset> read(
      Path courseDir, String slug, String assetBase, List<Problem> problems) {
    Path assets = courseDir.resolve("assets");
    Map<String, Asset> found = new LinkedHashMap<>();
    if (!Files.isDirectory(assets)) {
      return found;
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(assets)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      problems.add(
          Problem.inFile(slug + "/assets", "content.problem.folder.unreadable", e.getMessage()));
      return found;
    }
    for (Path file : files) {
      String path = assets.relativize(file).toString().replace('\\', '/');
      if (path.startsWith(".") || path.contains("/.")) {
        continue;
      }
      String name = slug + "/assets/" + path;
      String extension = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      String type = TYPES.get(extension);
      if (type == null || !path.contains(".")) {
        problems.add(
            Problem.inFile(
                name,
                "content.problem.asset.type",
                TYPES.keySet().stream().sorted().collect(Collectors.joining(", "))));
        continue;
      }
      try {
        if (TextFile.tooLarge(
            file, MAX_BYTES, name, Message.of("content.problem.asset.limit"), problems)) {
          continue;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (extension.equals("svg")
            && ACTIVE_SVG.matcher(new String(bytes, StandardCharsets.UTF_8)).find()) {
          problems.add(Problem.inFile(name, "content.problem.asset.active_svg"));
          continue;
        }
        String hash = Hashes.of(bytes);
        found.put(path, new Asset(path, type, bytes, hash, url(assetBase, slug, hash, path)));
      } catch (IOException e) {
        problems.add(Problem.inFile(name, "content.problem.file.unreadable", e.getMessage()));
      }
    }
    return found;
  }

  static String url(String assetBase, String slug, String hash, String path) {
    String encoded =
        Arrays.stream(path.split("/"))
            .map(segment -> URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
            .collect(Collectors.joining("/"));
    return assetBase + slug + "/" + hash.substring(0, 12) + "/" + encoded;
  }
}
