package io.github.gongbao.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The sample report bundled with the command line: a short, made-up city half-year economic review, in
 * Simplified and in Traditional characters (UTF-8 resources).
 */
public enum SampleReport {
  /** The Simplified original. */
  SIMPLIFIED("sample-simplified.txt"),
  /** The same text in Traditional characters. */
  TRADITIONAL("sample-traditional.txt");

  private final String fileName;

  SampleReport(String fileName) {
    this.fileName = fileName;
  }

  /** @return the resource's file name, shown as the input's name */
  public String fileName() {
    return fileName;
  }

  /** @return the UTF-8 bytes of the sample */
  public byte[] bytes() throws IOException {
    try (InputStream in = SampleReport.class.getResourceAsStream(fileName)) {
      if (in == null) {
        throw new IOException("bundled sample " + fileName + " is missing from the jar");
      }
      return in.readAllBytes();
    }
  }

  /** @return the text of the sample */
  public String text() throws IOException {
    return new String(bytes(), StandardCharsets.UTF_8);
  }
}
