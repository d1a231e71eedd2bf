package io.github.gongbao.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gongbao.core.json.GongbaoJson;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Reports as JSON in the form of {@link GongbaoJson}: one pretty-printed report for one input; with a file
 * column, an array of reports each with a leading {@code "file"} property.
 */
final class JsonReportWriter implements ReportWriter {
  private static final ObjectMapper MAPPER = GongbaoJson.mapper();
  private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

  private final Writer out;
  private final boolean withFile;
  private int written;

  JsonReportWriter(Writer out, boolean withFile) {
    this.out = out;
    this.withFile = withFile;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    if (!withFile) {
      out.write(PRETTY.writeValueAsString(report));
      out.write('\n');
      return;
    }
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", file);
    node.setAll((ObjectNode) MAPPER.valueToTree(report));
    out.write(written == 0 ? "[\n" : ",\n");
    out.write(PRETTY.writeValueAsString(node));
    written++;
  }

  @Override
  public void finish() throws IOException {
    if (withFile) {
      out.write(written == 0 ? "[]\n" : "\n]\n");
    }
    out.flush();
  }
}
