package io.github.gongbao.core.model;

/**
 * Why a number found in a report gave no claim. Each constant names one of the extractor's trap
 * checks, so that a user can see why a figure was passed over.
 *
 * <pre>{@code
 * for (SkippedFigure s : report.skipped()) {
 *   System.out.println(s.span().text() + " " + s.reason().code());   // 3+13+N plus_joined_code
 * }
 * }</pre>
 */
public enum SkipReason {
  /** A programme name or slogan made of numbers: 三十工程, “345”创新行动, 两高四着力. */
  SLOGAN("slogan"),
  /** Numbers joined by plus signs as a code: “3+13+N”产业链群. */
  PLUS_JOINED_CODE("plus_joined_code"),
  /** A document number: 国发〔2024〕5号. */
  DOCUMENT_NUMBER("document_number"),
  /** A date or a year used as a name: 2024年, 10月1日. */
  DATE("date"),
  /** A size threshold: 5000万元以上项目, 规模以上. */
  THRESHOLD("threshold"),
  /** A duration: 连续3年, 1.5个工作日. */
  DURATION("duration"),
  /** A contribution in points: 拉动/贡献 N个百分点, 贡献率. */
  CONTRIBUTION("contribution"),
  /** A per-mille demographic rate: 出生率8.5‰. */
  PER_MILLE("per_mille"),
  /** An ordinal or list marker that is not a rank: 第一批, 2、. */
  ORDINAL("ordinal"),
  /** A count idiom: 六涨一降, 一批, 一项. */
  IDIOM("idiom"),
  /** A figure repeated verbatim elsewhere in the report (a page printed twice). */
  REPEAT("repeat"),
  /** A number that no statement pattern of the genre accounted for. */
  UNREAD("unread");

  private final String code;

  SkipReason(String code) {
    this.code = code;
  }

  /** @return the lower_snake code used in JSON and in the HTML view */
  public String code() {
    return code;
  }
}
