/**
 * Exact, typed facts from Chinese government economic reporting.
 *
 * <pre>{@code
 * Report report = ReportParser.create().parse("全市一般公共预算收入79.9亿元，同比增长4.5%。");
 * String json = GongbaoJson.mapper().writeValueAsString(report);
 * }</pre>
 *
 * <p>Exports the API packages {@code model}, {@code extract}, {@code json}, {@code catalog}, {@code place}, {@code view} and
 * {@code panel};
 * {@code io.github.gongbao.core.internal} (the extraction engine) is not exported. Provides the Gongbao
 * Jackson module as a {@code com.fasterxml.jackson.databind.Module} service, so that
 * {@code ObjectMapper.findAndRegisterModules()} finds it.
 */
module io.github.gongbao.core {
  requires transitive io.github.gongbao.units;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.csv;
  requires com.ibm.icu;
  requires static org.immutables.value;
  // @NullMarked and @Nullable in the API: read at compile time (a compile dependency), optional at run time
  requires static transitive org.jspecify;

  exports io.github.gongbao.core.model;
  exports io.github.gongbao.core.extract;
  exports io.github.gongbao.core.json;
  exports io.github.gongbao.core.catalog;
  exports io.github.gongbao.core.place;
  exports io.github.gongbao.core.view;
  exports io.github.gongbao.core.panel;

  // Jackson reads the Immutables builders and the package-private JSON helper classes they generate
  opens io.github.gongbao.core.model to com.fasterxml.jackson.databind;
  opens io.github.gongbao.core.catalog to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with io.github.gongbao.core.json.GongbaoModule;
}
