package io.github.gongbao.core.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Entry point to the JSON form of the Gongbao model.
 *
 * <pre>{@code
 * String json = GongbaoJson.mapper().writeValueAsString(report);
 * Report back = GongbaoJson.mapper().readValue(json, Report.class);
 * // or, with a mapper of your own:
 * myMapper.registerModule(GongbaoJson.module());
 * }</pre>
 *
 * <p>The form: decimals as JSON strings in plain notation, exact ({@code "percent":"6.10"} keeps its
 * scale); enums as lower_snake strings; absent optionals, empty lists and {@code "derived":false}
 * omitted; facts with a {@code type} discriminator ({@code indicator}, {@code fiscal_line},
 * {@code project_batch}); quantities as
 * {@code {"number":"79.9","scale":"亿","unit":"CNY","value":"7990000000"}}. Reading accepts JSON numbers
 * for decimals too and ignores unknown properties. A decimal with a negative scale ({@code 1E+3}) is
 * written plainly ({@code "1000"}) and reads back with scale 0: equal by {@code compareTo}, not by
 * {@code equals}; values read from text never have a negative scale.
 *
 * <p>Thread safety: the mapper is thread safe for reading and writing, and shared; do not reconfigure
 * it (use {@link #newMapper()} for a private copy to configure).
 */
public final class GongbaoJson {
  private static final ObjectMapper MAPPER = newMapper();

  private GongbaoJson() {}

  /** @return the shared, configured mapper; thread safe; must not be reconfigured */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** @return a new mapper configured like {@link #mapper()}, yours to reconfigure */
  public static ObjectMapper newMapper() {
    return new ObjectMapper()
        .registerModule(module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  /**
   * @return a new Jackson module with the Gongbao serializers (it brings jackson-datatype-jdk8's
   *     {@code Jdk8Module} for {@code Optional}); its effects are confined to Gongbao types
   */
  public static Module module() {
    return new GongbaoModule();
  }
}
