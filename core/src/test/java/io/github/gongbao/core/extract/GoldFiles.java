package io.github.gongbao.core.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.model.Claim;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads report texts with their *.gold.json facts, and turns claims into rows the scorer grades. */
final class GoldFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private GoldFiles() {}

  /** A report text and its gold facts. */
  record Doc(String name, String text, List<GoldScorer.Row> gold) {}

  static List<Doc> readDir(Path dir) throws IOException {
    List<Doc> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path gold : files.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().toList()) {
        String stem = gold.getFileName().toString().replace(".gold.json", "");
        Path txt = dir.resolve(stem + ".txt");
        if (Files.exists(txt)) {
          docs.add(new Doc(stem, Files.readString(txt, StandardCharsets.UTF_8), rows(JSON.readTree(gold.toFile()))));
        }
      }
    }
    return docs;
  }

  private static List<GoldScorer.Row> rows(JsonNode root) {
    List<GoldScorer.Row> out = new ArrayList<>();
    for (JsonNode f : root.get("facts")) {
      out.add(new GoldScorer.Row(f.path("subject").asText(), f.path("attr").asText(), f.path("value").asText(),
          text(f, "unit"), text(f, "scope")));
    }
    return out;
  }

  private static String text(JsonNode f, String field) {
    return f.hasNonNull(field) ? f.get(field).asText() : null;
  }

  static List<GoldScorer.Row> rows(List<Claim> claims) {
    List<GoldScorer.Row> out = new ArrayList<>();
    for (Claim c : claims) {
      out.add(new GoldScorer.Row(c.subject(), c.attr().code(), c.value(), c.unit().orElse(null),
          c.scope().orElse(null)));
    }
    return out;
  }
}
