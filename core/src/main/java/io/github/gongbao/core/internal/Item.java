package io.github.gongbao.core.internal;

import io.github.gongbao.units.internal.NumberToken;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A figure or phrase in a clause, before its subject is known. */
final class Item {
  /** What an item is: a percentage, percentage points, a multiple, an amount, a bare number, a rank, a 持平. */
  enum Kind { PCT, PP, TIMES, AMOUNT, BARE, RANK, FLAT }

  /** Set on construction; a bare number in a list may take the kind of the figure closing it. */
  Kind kind;
  int start;
  int end;
  /** The number read; null for a rank and a 持平 against something, which are phrases. */
  @Nullable NumberToken tok;
  @Nullable String rankTier;
  @Nullable BigDecimal rankPos;
  @Nullable String rankScope;
  /** A bare 持平 inside a run of percentages (上涨0.1%、持平、下降0.6%): a zero of the run's kind. */
  boolean flat;
  /** What a 持平 is level with (与全省持平: 全省); set for {@link Kind#FLAT}. */
  @Nullable String flatAgainst;
  boolean ratio;
  boolean impliedYuan;

  Item(Kind kind) {
    this.kind = kind;
  }
}
