package io.github.gongbao.core.view;

import java.io.IOException;

/**
 * Escaping of untrusted text for the two places the page puts it: element content and a JSON data block
 * inside {@code <script type="application/json">}. (Attribute values hold only numbers and codes the
 * page makes itself.) Stateless.
 */
final class HtmlText {
  private HtmlText() {}

  /** Appends {@code s} as element content. */
  static void content(CharSequence s, Appendable out) throws IOException {
    content(s, 0, s.length(), out);
  }

  /** Appends {@code s[from, to)} as element content: {@code & < >} become character references. */
  static void content(CharSequence s, int from, int to, Appendable out) throws IOException {
    int run = from;
    for (int i = from; i < to; i++) {
      String ref;
      switch (s.charAt(i)) {
        case '&':
          ref = "&amp;";
          break;
        case '<':
          ref = "&lt;";
          break;
        case '>':
          ref = "&gt;";
          break;
        default:
          continue;
      }
      out.append(s, run, i).append(ref);
      run = i + 1;
    }
    out.append(s, run, to);
  }

  /**
   * Makes JSON text safe inside a {@code <script>} data block: {@code < > &} and the line separators
   * U+2028 and U+2029 become {@code \}{@code uXXXX} escapes. Valid JSON stays valid and means the same,
   * since these characters can only stand inside its strings; no {@code </script} or {@code <!--} can
   * remain.
   */
  static void json(CharSequence json, Appendable out) throws IOException {
    int run = 0;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
        out.append(json, run, i).append("\\u").append(hex4(c));
        run = i + 1;
      }
    }
    out.append(json, run, json.length());
  }

  /** Appends {@code s} as a JSON string literal (quotes included), safe for a data block. */
  static void jsonString(CharSequence s, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029'
          || (Character.isSurrogate(c) && !pairedAt(s, i))) {
        out.append("\\u").append(hex4(c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static boolean pairedAt(CharSequence s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  private static String hex4(char c) {
    String h = Integer.toHexString(c);
    return "0000".substring(h.length()) + h;
  }
}
