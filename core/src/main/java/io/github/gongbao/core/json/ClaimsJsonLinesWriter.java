package io.github.gongbao.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gongbao.core.model.Claim;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Streams claims as JSON Lines, exactly as {@link ClaimsWriter#writeJsonLines} writes them, through one JSON
 * generator for the whole output however many reports go through it.
 *
 * <pre>{@code
 * ClaimsJsonLinesWriter lines = ClaimsJsonLinesWriter.start(writer);
 * for (Report r : reports) {
 *   lines.writeAll(r.claims());
 * }
 * lines.flush();
 * }</pre>
 *
 * <p>{@link #write(Claim, String, long)} writes a claim with another source or with shifted offsets without
 * building a copy of it. The underlying writer is never closed. Not thread safe: one instance per output.
 */
public final class ClaimsJsonLinesWriter implements Flushable {
  private final Flushable out;
  private final JsonGenerator g;
  private final boolean bytes;

  private ClaimsJsonLinesWriter(Flushable out, JsonGenerator g, boolean bytes) {
    this.out = out;
    this.g = g;
    this.bytes = bytes;
  }

  /**
   * @param out where to write; not closed
   * @return a writer of claims to {@code out}
   * @throws IOException if the writer fails
   */
  public static ClaimsJsonLinesWriter start(Writer out) throws IOException {
    return new ClaimsJsonLinesWriter(out, ClaimsWriter.linesGenerator(Objects.requireNonNull(out, "out")), false);
  }

  /**
   * Writes UTF-8 bytes straight to {@code out} (one encoding pass instead of characters and then a Writer's
   * encoder): the same bytes as {@link #start(Writer)} through an {@code OutputStreamWriter} in UTF-8, an
   * unpaired surrogate included (written as {@code ?}, as that encoder writes it).
   *
   * @param out where to write; not closed
   * @return a writer of claims to {@code out}
   * @throws IOException if the stream fails
   */
  public static ClaimsJsonLinesWriter start(OutputStream out) throws IOException {
    return new ClaimsJsonLinesWriter(out, ClaimsWriter.linesGenerator(Objects.requireNonNull(out, "out")), true);
  }

  /**
   * Writes one line.
   *
   * @param claim the claim
   * @throws IOException if the writer fails
   */
  public void write(Claim claim) throws IOException {
    write(claim, null, 0);
  }

  /**
   * Writes one line for the claim as if its {@code source} were {@code source} and its {@code start} and
   * {@code end} were shifted by {@code offset}: what a copy of it with those values would give.
   *
   * @param claim the claim
   * @param source the source written, or null for the claim's own
   * @param offset added to the claim's offsets (where the text it was read from starts in a larger one)
   * @throws IOException if the writer fails
   * @throws ArithmeticException if a shifted offset is beyond an int
   */
  public void write(Claim claim, @Nullable String source, long offset) throws IOException {
    ClaimsWriter.write(Objects.requireNonNull(claim, "claim"), source, offset, g, bytes);
    g.writeRaw('\n');
  }

  /**
   * Writes one line per claim.
   *
   * @param claims the claims
   * @throws IOException if the writer fails
   */
  public void writeAll(Iterable<Claim> claims) throws IOException {
    for (Claim c : claims) {
      write(c);
    }
  }

  /**
   * Hands what the generator holds to the underlying writer or stream, without flushing it.
   *
   * @throws IOException if the writer fails
   */
  public void flushToWriter() throws IOException {
    g.flush();   // the factory does not pass flushes on to the writer
  }

  /** Flushes what was written to the underlying writer, and that writer. */
  @Override
  public void flush() throws IOException {
    g.flush();
    out.flush();
  }
}
