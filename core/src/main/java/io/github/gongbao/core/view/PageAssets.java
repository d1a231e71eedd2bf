package io.github.gongbao.core.view;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The page's style sheet and script (resources {@code report-view.css} and {@code report-view.js}, loaded
 * once) and the Content-Security-Policy that allows exactly these two by their SHA-256 hashes and
 * nothing else: no remote script, style, font, image, frame or connection.
 */
final class PageAssets {
  static final String CSS = load("report-view.css");
  static final String JS = load("report-view.js");
  static final String CSP = "default-src 'none'; script-src '" + sha256(JS) + "'; style-src '" + sha256(CSS)
      + "'; img-src data:; base-uri 'none'; form-action 'none'";

  private PageAssets() {}

  private static String load(String name) {
    try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from gongbao-core");
      }
      // the browser hashes the element's text as parsed, where CR LF is already LF
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      if (s.toLowerCase(java.util.Locale.ROOT).contains("</s")) {
        throw new IllegalStateException("resource " + name + " must not contain </s");
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
