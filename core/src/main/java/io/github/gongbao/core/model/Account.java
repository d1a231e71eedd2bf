package io.github.gongbao.core.model;

/**
 * The budget account of a {@link FiscalLine} (四本预算).
 *
 * <pre>{@code
 * FiscalLine.builder().name("一般公共预算收入").account(Account.GENERAL_PUBLIC_BUDGET) ...
 * }</pre>
 */
public enum Account {
  /** 一般公共预算. */
  GENERAL_PUBLIC_BUDGET,
  /** 政府性基金预算. */
  GOVERNMENT_FUND_BUDGET,
  /** 社会保险基金预算. */
  SOCIAL_INSURANCE_FUND,
  /** 国有资本经营预算. */
  STATE_CAPITAL
}
