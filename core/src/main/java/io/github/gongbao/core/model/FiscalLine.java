package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A line of a budget: account, direction and category, with its amounts, growth and share.
 *
 * <pre>{@code
 * FiscalLine tax = FiscalLine.builder().name("税收收入").account(Account.GENERAL_PUBLIC_BUDGET)
 *     .direction(Direction.REVENUE).category("税收收入")
 *     .addAmounts(Amount.of(Quantity.parse("30.1亿元"), span)).build();
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFiscalLine.class)
@JsonDeserialize(as = ImmutableFiscalLine.class)
@JsonTypeName("fiscal_line")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"name", "canonicalId", "breakdown", "account", "direction", "category", "region", "period", "amounts",
    "growthRates", "comparisons", "rankings", "shares", "spans", "derived"})
public abstract class FiscalLine implements Fact {
  FiscalLine() {}

  @Override
  public abstract Optional<String> canonicalId();

  /** @return the budget account, when the text tells it */
  public abstract Optional<Account> account();

  /** @return revenue, expenditure, debt issuance or transfer, when the text tells it */
  public abstract Optional<Direction> direction();

  /** @return the category as written (税收收入, 民生支出, 新增专项债券 …) */
  public abstract Optional<String> category();

  /** @return a builder of fiscal lines */
  public static ImmutableFiscalLine.Builder builder() {
    return ImmutableFiscalLine.builder();
  }

  @Value.Check
  void check() {
    Checks.fact("FiscalLine", this);
    Checks.optionalText("FiscalLine", "category", category());
  }
}
