package io.github.gongbao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Report;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Gongbao Jackson module is a {@code com.fasterxml.jackson.databind.Module} service. */
class ServiceRegistrationTest {
  private static final String TEXT = "上半年，全市一般公共预算收入79.9亿元，同比增长4.5%，增速居全省第5位。";

  @Test
  void serviceLoaderFindsTheGongbaoModule() {
    // ObjectMapper.findModules() is what findAndRegisterModules() uses: ServiceLoader from jackson-databind
    List<String> found = ObjectMapper.findModules().stream()
        .map(m -> m.getClass().getName()).collect(Collectors.toList());
    assertTrue(found.contains(GongbaoModule.class.getName()), "services found: " + found);
  }

  @Test
  void findAndRegisterModulesWritesAReportAsGongbaoJsonDoes() throws Exception {
    Report report = ReportParser.create().parse(TEXT);
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    String json = plain.writeValueAsString(report);
    assertEquals(GongbaoJson.mapper().writeValueAsString(report), json);
    assertTrue(json.contains("\"value\":\"7990000000\""), json);
    assertTrue(json.contains("\"basis\":\"year_on_year\""), json);
  }

  @Test
  void findAndRegisterModulesReadsAReportBack() throws Exception {
    Report report = ReportParser.create().parse(TEXT);
    ObjectMapper plain = new ObjectMapper().findAndRegisterModules()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertEquals(report, plain.readValue(plain.writeValueAsString(report), Report.class));
  }
}
