package io.github.gongbao.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.json.GongbaoJson;
import io.github.gongbao.core.model.Report;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes a report as JSON with the Gongbao Jackson module and reads it back to an equal report.
 *
 * <pre>{@code
 * java -cp examples/target/gongbao.jar io.github.gongbao.examples.SerialiseReport
 * }</pre>
 */
public final class SerialiseReport {
  private SerialiseReport() {}

  public static void main(String[] args) throws JsonProcessingException {
    run(new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  static void run(PrintStream out) throws JsonProcessingException {
    Report report = ReportParser.create().parse("1—6月，全市规模以上工业增加值同比增长7.2%，增速居全省第3位。");
    ObjectMapper mapper = GongbaoJson.mapper();          // shared and thread safe; or registerModule(GongbaoJson.module())
    String json = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    out.println(json);
    Report back = mapper.readValue(json, Report.class);
    out.println("read back equal: " + back.equals(report));
  }
}
