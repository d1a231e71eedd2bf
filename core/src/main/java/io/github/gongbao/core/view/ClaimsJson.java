package io.github.gongbao.core.view;

import io.github.gongbao.core.json.ClaimsWriter;
import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.SkippedFigure;
import java.io.IOException;
import java.util.List;

/**
 * The page's data block: {@code {"claims":[…],"skipped":[…]}}, each claim in the JSON Lines form of
 * {@link ClaimsWriter}, each skipped figure as {@code {"start","end","text","reason"}}; escaped for a
 * {@code <script type="application/json">} element, one claim at a time.
 */
final class ClaimsJson {
  private ClaimsJson() {}

  static void write(List<Claim> claims, List<SkippedFigure> skipped, Appendable out) throws IOException {
    out.append("{\"claims\":[");
    for (int i = 0; i < claims.size(); i++) {
      out.append(i == 0 ? "\n" : ",\n");
      HtmlText.json(ClaimsWriter.toJsonLine(claims.get(i)), out);
    }
    out.append("],\n\"skipped\":[");
    for (int i = 0; i < skipped.size(); i++) {
      SkippedFigure s = skipped.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("{\"start\":").append(Integer.toString(s.span().start()))
          .append(",\"end\":").append(Integer.toString(s.span().end())).append(",\"text\":");
      HtmlText.jsonString(s.span().text(), out);
      out.append(",\"reason\":");
      HtmlText.jsonString(s.reason().code(), out);
      out.append('}');
    }
    out.append("]}");
  }
}
