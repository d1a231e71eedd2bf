package io.github.gongbao.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.json.GongbaoJson;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Reports as JSON Lines, one line per input whatever their number: {@code {"source":NAME,"report":{…}}}, the
 * report in the form of {@link GongbaoJson}; {@code source} is absent for standard input.
 */
final class JsonReportWriter implements ReportWriter {
  private static final ObjectMapper MAPPER = GongbaoJson.mapper();

  private final Writer out;

  JsonReportWriter(Writer out, boolean withFile) {
    this.out = out;
  }

  @Override
  public void write(String file, String text, Report report) throws IOException {
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      if (!file.equals("-")) {
        g.writeStringField("source", file);
      }
      g.writeFieldName("report");
      MAPPER.writeValue(g, report);
      g.writeEndObject();
    }
    out.write('\n');
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }
}
