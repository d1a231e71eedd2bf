package io.github.gongbao.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A batch of projects: how many, of what category, for what; investment, funding and expected effects
 * are labelled {@link #amounts()} (总投资, 争取资金, 带动投资, 年节能量).
 *
 * <pre>{@code
 * // 今年有22个工业项目争取资金支持1.9亿元
 * ProjectBatch b = ProjectBatch.builder().name("工业项目").category("工业项目")
 *     .count(Amount.of(Quantity.parse("22个"), countSpan))
 *     .addAmounts(Amount.builder().quantity(Quantity.parse("1.9亿元")).span(s).label("争取资金").build())
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableProjectBatch.class)
@JsonDeserialize(as = ImmutableProjectBatch.class)
@JsonTypeName("project_batch")
@JsonInclude(JsonInclude.Include.NON_ABSENT)
@JsonPropertyOrder({"name", "canonicalId", "breakdown", "category", "purpose", "count", "region", "period", "amounts",
    "growthRates", "comparisons", "rankings", "shares", "spans", "derived"})
public abstract class ProjectBatch implements Fact {
  ProjectBatch() {}

  @Override
  public abstract Optional<String> canonicalId();

  /** @return the number of projects (112个), when stated */
  public abstract Optional<Amount> count();

  /** @return the category as written (工业项目, 重点项目, 亿元以上项目) */
  public abstract String category();

  /** @return what the projects are for, as written, when stated */
  public abstract Optional<String> purpose();

  /** @return a builder of project batches */
  public static ImmutableProjectBatch.Builder builder() {
    return ImmutableProjectBatch.builder();
  }

  @Value.Check
  void check() {
    Checks.fact("ProjectBatch", this);
    if (category().isBlank()) {
      throw new InvalidValueException("ProjectBatch", "category", "must not be blank");
    }
    Checks.optionalText("ProjectBatch", "purpose", purpose());
  }
}
