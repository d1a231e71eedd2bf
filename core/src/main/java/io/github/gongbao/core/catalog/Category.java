package io.github.gongbao.core.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The broad area an indicator belongs to; serialised as its lower_snake {@link #code()}.
 *
 * <pre>{@code
 * Category c = Category.fromCode("real_estate");   // REAL_ESTATE
 * String json = c.code();                           // "real_estate"
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
public enum Category {
  /** Aggregate output: GDP (地区生产总值), value added of the three industries (三次产业增加值). */
  OUTPUT,
  /** Industry and construction: 规模以上工业增加值, industrial profits, products such as 粗钢产量. */
  INDUSTRY,
  /** Fixed asset investment and its breakdowns: 固定资产投资, 民间投资, 技改投资, project counts. */
  INVESTMENT,
  /** Consumption: 社会消费品零售总额, 网上零售额, per capita consumption expenditure. */
  CONSUMPTION,
  /** Foreign trade: 进出口总额, 出口, 进口, 跨境电商. */
  TRADE,
  /** Inward and outward foreign investment: 实际使用外资, 新设外商投资企业, 对外直接投资. */
  FOREIGN_INVESTMENT,
  /** Public finance: budget revenue and expenditure lines, taxes, government bonds and debt. */
  FISCAL,
  /** Banking and money: deposits, loans, 社会融资规模, M2, insurance premiums. */
  FINANCE,
  /** Price indices: 居民消费价格 (CPI), 工业生产者出厂价格 (PPI) and their components. */
  PRICES,
  /** Household income and wages: 居民人均可支配收入, 城乡居民收入比, average wages. */
  INCOME,
  /** Jobs: 城镇新增就业, 城镇调查失业率, rural labour transfer. */
  EMPLOYMENT,
  /** Electricity and energy: 全社会用电量, 发电量, 单位地区生产总值能耗. */
  ENERGY,
  /** Farming: 粮食产量, 粮食播种面积, livestock, 农林牧渔业总产值. */
  AGRICULTURE,
  /** Service industries: 服务业增加值, tourism, transport, postal and telecom volumes. */
  SERVICES,
  /** Real estate: 房地产开发投资, 商品房销售面积, housing prices. */
  REAL_ESTATE,
  /** Population: 常住人口, 户籍人口, 城镇化率, births and deaths. */
  POPULATION;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** @return the lower_snake code used in the catalogue file and in JSON, e.g. {@code foreign_investment} */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * Returns the category with the given code.
   *
   * @param code a lower_snake code such as {@code real_estate}
   * @return the category
   * @throws IllegalArgumentException when no category has that code
   */
  @JsonCreator
  public static Category fromCode(String code) {
    for (Category c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown indicator category '" + code + "'; known: " + codes());
  }

  static String codes() {
    StringBuilder sb = new StringBuilder();
    for (Category c : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(c.code);
    }
    return sb.toString();
  }
}
