package io.github.gongbao.core.view;

import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.SkipReason;
import java.io.IOException;
import java.util.List;

/**
 * Writes the report's text as HTML: plain pieces escaped, marked pieces as {@code <mark>} elements that
 * name the claims ({@code data-c}) and skipped figures ({@code data-s}) covering them. The text is cut
 * into {@code <div class="gb-chunk">} blocks of about {@value #CHUNK} characters, ended at a line end
 * where one comes soon enough, so that the browser lays out only the blocks in view (CSS
 * {@code content-visibility: auto}).
 */
final class TextWriter implements Segments.Sink {
  static final int CHUNK = 16_384;
  private static final int MAX_CHUNK = 4 * CHUNK;

  private final String text;
  private final List<ClaimAttr> attrs;
  private final List<SkipReason> reasons;
  private final int claimCount;
  private final Appendable out;
  private int inChunk;

  /**
   * @param attrs the attr of each claim, by claim index
   * @param reasons the reason of each skipped figure, by skipped index
   */
  TextWriter(String text, List<ClaimAttr> attrs, List<SkipReason> reasons, Appendable out) {
    this.text = text;
    this.attrs = attrs;
    this.reasons = reasons;
    this.claimCount = attrs.size();
    this.out = out;
  }

  void begin() throws IOException {
    out.append("<div class=\"gb-chunk\">");
  }

  void end() throws IOException {
    out.append("</div>");
  }

  private void newChunk() throws IOException {
    out.append("</div><div class=\"gb-chunk\">");
    inChunk = 0;
  }

  @Override
  public void plain(int from, int to) throws IOException {
    while (from < to) {
      if (inChunk < CHUNK) {
        int upto = Math.min(to, from + CHUNK - inChunk);
        write(from, upto);
        from = upto;
        continue;
      }
      int hardEnd = Math.min(to, from + Math.max(0, MAX_CHUNK - inChunk));
      int newline = newline(from, hardEnd);
      if (newline >= 0) {
        write(from, newline + 1);
        from = newline + 1;
        newChunk();
      } else if (hardEnd < to || inChunk + (hardEnd - from) >= MAX_CHUNK) {
        if (hardEnd > from && hardEnd < text.length() && Character.isHighSurrogate(text.charAt(hardEnd - 1))
            && Character.isLowSurrogate(text.charAt(hardEnd))) {
          hardEnd--;   // keep a surrogate pair in one block
        }
        write(from, hardEnd);
        from = hardEnd;
        newChunk();
      } else {
        write(from, to);
        from = to;
      }
    }
  }

  @Override
  public void marked(int from, int to, int[] claims, int[] skipped, int[] skippedEnding) throws IOException {
    out.append("<mark tabindex=\"0\" class=\"gb-m");
    if (claims.length > 0) {
      out.append(" f-").append(family(attrs.get(claims[0])));
      if (claims.length > 1) {
        out.append(" multi");
      }
    }
    if (skipped.length > 0) {
      out.append(" skip");
    }
    if (from == to) {
      out.append(" empty");
    }
    out.append('"');
    if (claims.length > 0) {
      out.append(" data-c=\"");
      ids(claims, 0);
      out.append('"');
    }
    if (skipped.length > 0) {
      out.append(" data-s=\"");
      ids(skipped, claimCount);
      out.append('"');
    }
    if (skippedEnding.length > 0) {
      out.append(" data-r=\"");
      for (int i = 0; i < skippedEnding.length; i++) {
        out.append(i == 0 ? "" : " ").append(reasons.get(skippedEnding[i] - claimCount).code());
      }
      out.append('"');
    }
    out.append('>');
    write(from, to);
    out.append("</mark>");
    if (inChunk >= MAX_CHUNK) {
      newChunk();
    }
  }

  /** @return the index of the first line feed in {@code [from, to)}, or -1 (never looks past {@code to}) */
  private int newline(int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        return i;
      }
    }
    return -1;
  }

  private void ids(int[] ids, int offset) throws IOException {
    for (int i = 0; i < ids.length; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(Integer.toString(ids[i] - offset));
    }
  }

  private void write(int from, int to) throws IOException {
    HtmlText.content(text, from, to, out);
    inChunk += to - from;
  }

  /** @return the colour family of an attr: amount, growth, comparison, share or rank */
  static String family(ClaimAttr attr) {
    switch (attr) {
      case AMOUNT:
        return "amount";
      case YOY_PCT:
      case MOM_PCT:
        return "growth";
      case PP_CHANGE:
      case PP_VS:
        return "comparison";
      case SHARE_PCT:
        return "share";
      case RANK:
        return "rank";
      default:
        throw new AssertionError(attr);
    }
  }
}
