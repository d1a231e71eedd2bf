package io.github.gongbao.core.internal;

import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.Status;
import java.util.regex.Pattern;

/**
 * The frames a clause states for the clauses after it, into the {@link ClauseState}: a status word (预计, 目标: the
 * rest of the sentence), a basis of its own (按不变价格计算，), a period at its start (上半年，, 在第四季…), a basis frame
 * (环比看，, 同比, 环比 stated alone), and a peer group ({@link PeerFrame}). Basis words are found with cursors, each
 * character examined about once as the clauses come in order.
 */
final class FrameReader {
  private static final Pattern MOM_FRAME = Pattern.compile("\\s*(从|分)?(环比|按季)(看|来看|比较|而言|计算)?\\s*");
  private static final Pattern YOY_FRAME = Pattern.compile("\\s*(从|分)?(同比|按年)(看|来看|比较|而言|计算)?\\s*");
  /** A clause longer than this is not a basis frame (从环比看) but a statement. */
  private static final int MAX_FRAME = 16;

  private final String t;
  private final ClauseState state;
  private final FigureQualifiers qualifiers;
  private final Lexicon.Cursor yoyWords;
  private final Lexicon.Cursor momWords;

  FrameReader(String folded, ClauseState state, FigureQualifiers qualifiers) {
    this.t = folded;
    this.state = state;
    this.qualifiers = qualifiers;
    this.yoyWords = Lexicon.standard().words("yoy").cursor(folded);
    this.momWords = Lexicon.standard().words("mom").cursor(folded);
  }

  /**
   * Updates the clause state from the frames clause [cs, ce) states: status, basis, period, basis frame, peer group.
   * @return whether the clause is a basis frame alone (从环比看), with nothing else to read
   */
  boolean read(int cs, int ce, boolean noFigures) {
    Status status = qualifiers.statusIn(cs, ce);
    if (status != null) {
      state.sentenceStatus = status; // 预计全年…、增长…；…: a status word covers the rest of its sentence
    } else if (state.sentenceStatus == null && t.startsWith("其中", cs)) {
      state.sentenceStatus = state.previousSentenceStatus; // and the 其中 breakdown that follows it
    }
    if (noFigures) {
      Basis basis = qualifiers.growthBasisIn(cs, ce);
      if (basis != null) {
        state.sentenceBasis = basis; // 按不变价格计算，比上年增长5.6%: a basis of its own covers the clauses after it
      }
    }
    cs = Texts.skipSpace(t, cs, ce);
    int pstart = cs < ce && t.charAt(cs) == '在' ? cs + 1 : cs; // 在第四季按年再升12.7%: 在 before the period
    int plen = Periods.matchAt(t, pstart, ce);
    if (plen > 0) {
      state.period = t.substring(pstart, pstart + plen).strip();
      state.percentInSentence = false; // a new frame starts a new statement
    }
    if (ce - cs <= MAX_FRAME && Texts.indexOf(t, "比", cs, ce) >= 0) {
      String clause = t.substring(cs, ce);
      if (MOM_FRAME.matcher(clause).matches()) {
        state.momFrame = true;
        return true;
      }
      if (YOY_FRAME.matcher(clause).matches()) {
        state.momFrame = false;
        return true;
      }
    }
    if (yoyWords.indexOf(cs, ce) >= 0) {
      state.yoyInSentence = true;
      state.momFrame = false; // 分三大门类看，采矿业增加值同比增长3.3%，制造业增长6.8%: a stated basis ends the frame
    } else if (!state.yoyInSentence && momWords.indexOf(cs, ce) >= 0) {
      // 全市居民消费价格环比上涨0.3%。其中，城市上涨0.3%: month on month, stated alone, goes on for the paragraph
      // (经季节性调整后与对上季度比较，第四季…上升0.6%: also from a clause of its own)
      state.momFrame = true;
    }
    PeerFrame peer = PeerFrame.read(t, cs, ce);
    if (peer != null) {
      state.peer = peer;
    }
    return false;
  }
}
