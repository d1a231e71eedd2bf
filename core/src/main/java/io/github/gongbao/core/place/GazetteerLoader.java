package io.github.gongbao.core.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a gazetteer file (format in {@code divisions.tsv}'s header) and checks it: six fields a line, a valid code
 * used once, a known level, a parent that exists in the file, sits on a higher level and shares the province's
 * first two digits, and short names of two characters or more. Errors are {@link IllegalStateException}s that
 * start {@code file:line:}. Used at load time only; an instance is confined to one thread.
 */
final class GazetteerLoader {
  private static final int FIELDS = 6;

  private final String source;
  private final Map<String, Division> byCode = new LinkedHashMap<>();
  private final Map<String, Integer> lineOfCode = new HashMap<>();

  private GazetteerLoader(String source) {
    this.source = source;
  }

  /** Reads and checks a whole gazetteer file; closes nothing. @return the divisions in file order */
  static List<Division> load(InputStream in, String source) {
    GazetteerLoader loader = new GazetteerLoader(source);
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    try {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        loader.add(line, lineNo);
      }
    } catch (IOException e) {
      throw new IllegalStateException(source + ":" + lineNo + ": cannot read the gazetteer", e);
    }
    if (loader.byCode.isEmpty()) {
      throw new IllegalStateException(source + ": no divisions in the file");
    }
    loader.checkParents();
    return new ArrayList<>(loader.byCode.values());
  }

  private void add(String line, int lineNo) {
    String[] f = line.split("\t", -1);
    if (f.length != FIELDS) {
      throw error(lineNo, "expected " + FIELDS + " tab-separated fields (code, parent, level, name, traditional, "
          + "short), found " + f.length);
    }
    String code = f[0].strip();
    String parent = f[1].strip();
    List<String> shorts = new ArrayList<>();
    if (!f[5].strip().equals("-")) {
      for (String s : f[5].split("\\|", -1)) {
        String name = s.strip();
        if (name.codePointCount(0, name.length()) < 2) {
          throw error(lineNo, "short name '" + name + "' of " + code + " is shorter than two characters");
        }
        shorts.add(name);
      }
    }
    Division d;
    try {
      d = new Division(code, parent.equals("-") ? Optional.empty() : Optional.of(parent),
          DivisionLevel.fromCode(f[2].strip()), f[3].strip(), f[4].strip(), shorts);
    } catch (IllegalArgumentException e) {
      throw error(lineNo, String.valueOf(e.getMessage()));
    }
    Integer first = lineOfCode.putIfAbsent(code, lineNo);
    if (first != null) {
      throw error(lineNo, "duplicate code " + code + " (first defined on line " + first + ")");
    }
    byCode.put(code, d);
  }

  private void checkParents() {
    for (Division d : byCode.values()) {
      if (d.parentCode().isEmpty()) {
        continue;
      }
      String pc = d.parentCode().get();
      Division p = byCode.get(pc);
      int line = Objects.requireNonNull(lineOfCode.get(d.code()), "every division's line is recorded");
      if (p == null) {
        throw error(line, "parent " + pc + " of " + d.code() + " (" + d.name() + ") is not in the file");
      }
      if (p.level().compareTo(d.level()) >= 0) {
        throw error(line, d.code() + " (" + d.level().code() + ") cannot belong to " + pc + " (" + p.level().code()
            + ")");
      }
      if (!pc.regionMatches(0, d.code(), 0, 2)) {
        throw error(line, d.code() + " and its parent " + pc + " lie in different provinces");
      }
    }
  }

  private IllegalStateException error(int lineNo, String message) {
    return new IllegalStateException(source + ":" + lineNo + ": " + message);
  }
}
