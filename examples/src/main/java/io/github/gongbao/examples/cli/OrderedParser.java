package io.github.gongbao.examples.cli;

import io.github.gongbao.core.extract.ReportContext;
import io.github.gongbao.core.extract.ReportDecodingException;
import io.github.gongbao.core.extract.ReportParser;
import io.github.gongbao.core.model.Report;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Reads, decodes and parses inputs on several threads and hands the results on in input order. At most
 * {@code 2 × threads} inputs are in flight (a bounded window of futures), so memory stays constant
 * however many inputs there are. The parser is thread safe and shared.
 */
final class OrderedParser implements AutoCloseable {
  private final ReportParser parser;
  private final @Nullable Charset charset;
  private final int threads;
  private final @Nullable ExecutorService pool;

  /** Receives results in input order, on the thread that called {@link #run}. */
  interface Sink {
    /**
     * @param parsed the next result
     * @throws IOException if writing it fails (ends the run)
     */
    void accept(Parsed parsed) throws IOException;
  }

  /**
   * One input's outcome: its text and report, or a one-line problem.
   *
   * @param input the input
   * @param source the source its claims carry (null for standard input or a failure)
   * @param text the decoded text (null on failure)
   * @param report the report (null on failure)
   * @param problem why the input could not be read (null on success)
   * @param charset the charset the text was decoded from, as shown to users (null on failure)
   */
  record Parsed(Input input, @Nullable String source, @Nullable String text, @Nullable Report report,
      @Nullable String problem, @Nullable String charset) {
    /** @return the source, or {@code -} for standard input */
    String sourceOrDash() {
      return source == null ? "-" : source;
    }
  }

  /**
   * @param parser the parser
   * @param charset the charset, or null to detect it
   * @param threads parsing threads; 1 parses on the calling thread
   */
  OrderedParser(ReportParser parser, @Nullable Charset charset, int threads) {
    this.parser = parser;
    this.charset = charset;
    this.threads = threads;
    this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "gongbao-parse");
      t.setDaemon(true);
      return t;
    });
  }

  /**
   * Parses every input and hands each result to {@code sink}, in input order.
   *
   * @throws IOException if the sink fails
   * @throws OutOfMemoryError if a worker ran out of memory
   */
  void run(Iterator<Input> inputs, Sink sink) throws IOException {
    ExecutorService pool = this.pool;
    if (pool == null) {
      while (inputs.hasNext()) {
        sink.accept(parse(inputs.next()));
      }
      return;
    }
    ArrayDeque<Future<Parsed>> window = new ArrayDeque<>();
    int capacity = 2 * threads;
    while (inputs.hasNext()) {
      Input input = inputs.next();
      window.add(pool.submit(() -> parse(input)));
      if (window.size() >= capacity) {
        sink.accept(take(window));
      }
    }
    while (!window.isEmpty()) {
      sink.accept(take(window));
    }
  }

  private static Parsed take(ArrayDeque<Future<Parsed>> window) {
    Future<Parsed> head = window.remove();
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;   // OutOfMemoryError above all
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Parsed parse(Input input) {
    String problem;
    try {
      Input.Loaded loaded = input.load(charset);
      Input.Part part = input.part();
      String opening = part == null ? null : part.opening();
      // a later piece of a large file takes the place and year from the whole text's opening
      Report report = opening == null ? parser.parse(loaded.text())
          : parser.parse(loaded.text(), ReportContext.none().withOpening(opening));
      report.claims();   // computed once and kept: here, on the worker, not on the writing thread
      return new Parsed(input, loaded.source(), loaded.text(), report, null, loaded.charset());
    } catch (ReportDecodingException e) {
      problem = "not valid " + e.charset() + " at byte offset " + e.byteOffset();
    } catch (Decoding.RefusedException e) {
      problem = e.getMessage();
    } catch (IOException e) {
      problem = Messages.of(e);
    } catch (RuntimeException e) {
      // the parser promises never to throw; if it does, name the input and go on with the others
      problem = "internal error in the parser (please report it): " + e.getClass().getSimpleName() + ": "
          + Messages.of(e);
    }
    return new Parsed(input, null, null, null, problem, null);
  }

  @Override
  public void close() {
    ExecutorService pool = this.pool;
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
