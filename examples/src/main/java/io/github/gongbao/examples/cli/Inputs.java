package io.github.gongbao.examples.cli;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The inputs of one {@code extract} run, produced one at a time: files as given, folders walked
 * recursively (in path order, {@code *.txt}, or {@code *.jsonl} with {@code --jsonl}), standard input,
 * and with {@code --jsonl} one input per line of each JSON Lines file, read as the run goes (constant
 * memory, whatever the corpus size). Not thread safe: one consumer.
 */
final class Inputs implements Iterator<Input>, AutoCloseable {
  /** A source of inputs: a list known at once, or the records of one JSON Lines stream. */
  private final List<Object> sources;
  private final boolean jsonl;
  private final String textField;
  private final @Nullable String idField;
  private final long totalBytes;
  private final AtomicLong bytesRead = new AtomicLong();

  private int next;
  private @Nullable BufferedReader reader;
  private String readerName = "-";
  private int lineNumber;
  private @Nullable Input pending;

  /** Files above its threshold are read in pieces; null: every file is one input. */
  private TextChunks.@Nullable Settings pieces;
  private @Nullable Charset piecesCharset;
  /** The file being read in pieces, if any. */
  private @Nullable TextChunks chunks;
  private String chunksName = "-";
  private Path chunksPath = Path.of("-");
  private @Nullable String opening;
  private long bytesAtLastPiece;

  private Inputs(List<Object> sources, boolean jsonl, String textField, @Nullable String idField,
      long totalBytes) {
    this.sources = sources;
    this.jsonl = jsonl;
    this.textField = textField;
    this.idField = idField;
    this.totalBytes = totalBytes;
  }

  /**
   * @param fixed inputs that come first (the bundled sample)
   * @param args the FILE arguments ({@code -} is standard input, a folder is walked)
   * @param stdin standard input
   * @param jsonl whether every file is JSON Lines, one report a record
   * @param textField with {@code jsonl}, the field holding the text
   * @param idField with {@code jsonl}, the field copied to every claim as its source, or null
   * @return the inputs
   * @throws IOException if a folder cannot be walked
   */
  static Inputs of(List<Input> fixed, List<String> args, InputStream stdin, boolean jsonl, String textField,
      @Nullable String idField) throws IOException {
    List<Object> sources = new ArrayList<>(fixed);
    long total = 0;
    for (String arg : args) {
      if (arg.equals("-")) {
        sources.add(stdin);
        continue;
      }
      Path p = Path.of(arg);
      if (Files.isDirectory(p)) {
        String suffix = jsonl ? ".jsonl" : ".txt";
        List<Path> found;
        try (Stream<Path> walk = Files.walk(p)) {
          found = walk.filter(Files::isRegularFile)
              .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
              .sorted().collect(Collectors.toList());
        }
        for (Path f : found) {
          sources.add(f);
          total += Files.size(f);
        }
      } else {
        sources.add(p);
        total += Files.isRegularFile(p) ? Files.size(p) : 0;
      }
    }
    return new Inputs(sources, jsonl, textField, idField, total);
  }

  /**
   * Reads every regular file larger than {@code settings}' threshold in pieces ({@link TextChunks}): one input per
   * piece, each with its {@link Input.Part}, read and decoded here as the run goes so that only the pieces in
   * flight are held. For outputs that are a stream of claims (claims, CSV); not for JSON Lines.
   *
   * @param charset the charset, or null to detect it
   * @param settings the threshold and the pieces' sizes
   * @return this
   */
  Inputs readLargeFilesInPieces(@Nullable Charset charset, TextChunks.Settings settings) {
    this.piecesCharset = charset;
    this.pieces = settings;
    return this;
  }

  /** @return the bytes of all files to read (standard input not counted), for progress */
  long totalBytes() {
    return totalBytes;
  }

  /** @return the bytes read so far from JSON Lines files, or taken in whole files */
  long bytesRead() {
    return bytesRead.get();
  }

  @Override
  public boolean hasNext() {
    if (pending == null) {
      pending = advance();
    }
    return pending != null;
  }

  @Override
  public Input next() {
    Input i = hasNext() ? pending : null;
    if (i == null) {
      throw new NoSuchElementException();
    }
    pending = null;
    return i;
  }

  private @Nullable Input advance() {
    while (true) {
      TextChunks openChunks = chunks;
      if (openChunks != null) {
        Input piece = nextPiece(openChunks);
        if (piece != null) {
          return piece;
        }
      }
      BufferedReader open = reader;
      if (open != null) {
        Input record = nextRecord(open);
        if (record != null) {
          return record;
        }
      }
      if (next >= sources.size()) {
        return null;
      }
      Object s = sources.get(next++);
      if (s instanceof Input input) {
        return input;
      }
      if (!jsonl) {
        if (s instanceof Path p) {
          TextChunks.Settings settings = pieces;
          if (settings != null && Files.isRegularFile(p) && sizeOf(p) > settings.thresholdBytes()) {
            try {
              chunks = TextChunks.open(p, piecesCharset, settings, raw -> new Counting(raw, bytesRead));
            } catch (IOException | RuntimeException e) {
              return Input.failing(p.toString(), e, null);   // undecodable: refused before any claim is out
            }
            chunksName = p.toString();
            chunksPath = p;
            opening = null;
            bytesAtLastPiece = bytesRead.get();
            continue;
          }
          Input in = Input.file(p, p.toString());
          bytesRead.addAndGet(in.size());
          return in;
        }
        return Input.stdin((InputStream) s);
      }
      try {
        openJsonLines(s);
      } catch (IOException e) {
        String name = s instanceof Path ? s.toString() : "-";
        return failed(name, e);
      }
    }
  }

  private static long sizeOf(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;   // read as a whole file, which reports the problem
    }
  }

  /** @return the next piece of the file read in pieces, or null after its last (closing it) */
  private @Nullable Input nextPiece(TextChunks open) {
    TextChunks.Chunk chunk;
    try {
      chunk = open.next();
    } catch (IOException | RuntimeException e) {
      closeChunks();
      return Input.failing(chunksName, e, new Input.Part(0, true, opening));
    }
    if (chunk == null) {
      closeChunks();
      return null;
    }
    String first = opening;
    if (first == null) {
      String t = chunk.text();
      opening = t.substring(0, Math.min(t.length(), io.github.gongbao.core.extract.ReportParser.PLACE_OPENING));
    }
    long now = bytesRead.get();
    Input piece = Input.piece(chunksName, chunksPath, chunk.text(), open.charsetName(),
        new Input.Part(chunk.offset(), chunk.last(), first), now - bytesAtLastPiece);
    bytesAtLastPiece = now;
    if (chunk.last()) {
      closeChunks();
    }
    return piece;
  }

  private void closeChunks() {
    TextChunks open = chunks;
    chunks = null;
    try {
      if (open != null) {
        open.close();
      }
    } catch (IOException e) {
      // read to its end or given up: nothing more to read from it
    }
  }

  private void openJsonLines(Object s) throws IOException {
    InputStream raw;
    if (s instanceof Path p) {
      if (Files.isDirectory(p)) {
        throw new IOException("is a directory");
      }
      raw = Files.newInputStream(p);
      readerName = p.toString();
    } else {
      raw = (InputStream) s;
      readerName = "-";
    }
    // strict UTF-8 (JSON Lines is UTF-8): a bad byte is an error, not a silent U+FFFD
    reader = new BufferedReader(new InputStreamReader(new Counting(raw, bytesRead),
        StandardCharsets.UTF_8.newDecoder()), 1 << 16);
    lineNumber = 0;
  }

  /** @return the next record of the open JSON Lines stream, or null at its end (closing it) */
  private @Nullable Input nextRecord(BufferedReader open) {
    try {
      String line;
      do {
        line = open.readLine();
        lineNumber++;
      } while (line != null && line.isBlank());
      if (line != null) {
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        return Input.record(readerName + ":" + lineNumber, line, textField, idField);
      }
      closeReader();
      return null;
    } catch (IOException e) {
      String where = readerName + ":" + lineNumber;
      closeReader();
      return failed(where, e);
    }
  }

  private void closeReader() {
    BufferedReader open = reader;
    try {
      if (open != null && !readerName.equals("-")) {
        open.close();
      }
    } catch (IOException e) {
      // nothing more to read from it
    } finally {
      reader = null;
    }
  }

  /** @return an input that fails with {@code e}'s message when loaded, so the failure is reported in order */
  private static Input failed(String name, IOException e) {
    return Input.failed(name, e);
  }

  @Override
  public void close() {
    if (reader != null) {
      closeReader();
    }
    closeChunks();
  }

  /** Counts the bytes read through it. */
  private static final class Counting extends FilterInputStream {
    private final AtomicLong count;

    Counting(InputStream in, AtomicLong count) {
      super(in);
      this.count = count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count.incrementAndGet();
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count.addAndGet(n);
      }
      return n;
    }
  }

}
