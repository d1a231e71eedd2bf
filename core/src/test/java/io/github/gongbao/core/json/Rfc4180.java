package io.github.gongbao.core.json;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: CRLF-terminated records, fields quoted with doubled quotes. */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      if (csv.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= csv.length()) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char c = csv.charAt(i++);
          if (c == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
      } else {
        while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\r') {
          char c = csv.charAt(i++);
          if (c == '"' || c == '\n') {
            throw new IllegalArgumentException("unquoted field holds " + (c == '"' ? "a quote" : "LF") + " at " + i);
          }
          field.append(c);
        }
      }
      record.add(field.toString());
      field.setLength(0);
      if (i < csv.length() && csv.charAt(i) == ',') {
        i++;
      } else if (csv.startsWith("\r\n", i)) {
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        throw new IllegalArgumentException("expected , or CRLF at " + i);
      }
    }
    return records;
  }
}
