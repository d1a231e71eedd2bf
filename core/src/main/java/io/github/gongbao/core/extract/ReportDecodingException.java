package io.github.gongbao.core.extract;

import java.util.Objects;

/**
 * Bytes given to {@link ReportParser} that no supported charset decodes: carries the charset tried and the
 * byte offset of the first bad sequence.
 */
public final class ReportDecodingException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String charset;
  private final long byteOffset;

  /** Creates the exception for bad bytes at {@code byteOffset} in {@code charset}. */
  public ReportDecodingException(String charset, long byteOffset) {
    super("bytes are not valid " + charset + " at byte offset " + byteOffset);
    this.charset = Objects.requireNonNull(charset, "charset");
    this.byteOffset = byteOffset;
  }

  /** @return the charset the bytes were decoded with */
  public String charset() {
    return charset;
  }

  /** @return the offset of the first byte that could not be decoded */
  public long byteOffset() {
    return byteOffset;
  }
}
