package io.github.gongbao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.gongbao.core.model.Claim;
import io.github.gongbao.core.model.ClaimAttr;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimsWriterTest {
  private static final Claim AMOUNT = Claim.builder()
      .subject("一般公共預算收入").subjectSimplified("一般公共预算收入").attr(ClaimAttr.AMOUNT)
      .value("5230000000").unit("CNY").region("全市").period("上半年").start(2).end(9).build();
  private static final Claim AWKWARD = Claim.builder()
      .subject("A, \"B\"").subjectSimplified("A, \"B\"").attr(ClaimAttr.PP_VS).value("-0.8")
      .benchmark("全国\n平均").start(10).end(20).derived(true).build();
  private static final Claim RANK = Claim.builder()
      .subject("增速").subjectSimplified("增速").attr(ClaimAttr.RANK).value("top").scope("全省")
      .start(21).end(27).build();

  @Test
  void jsonLines() throws IOException {
    StringWriter w = new StringWriter();
    ClaimsWriter.writeJsonLines(List.of(AMOUNT, AWKWARD, RANK), w);
    assertEquals(
        "{\"subject\":\"一般公共預算收入\",\"subjectSimplified\":\"一般公共预算收入\",\"attr\":\"amount\","
            + "\"value\":\"5230000000\",\"unit\":\"CNY\",\"region\":\"全市\",\"period\":\"上半年\","
            + "\"start\":2,\"end\":9}\n"
            + "{\"subject\":\"A, \\\"B\\\"\",\"subjectSimplified\":\"A, \\\"B\\\"\",\"attr\":\"pp_vs\","
            + "\"value\":\"-0.8\",\"benchmark\":\"全国\\n平均\",\"start\":10,\"end\":20,\"derived\":true}\n"
            + "{\"subject\":\"增速\",\"subjectSimplified\":\"增速\",\"attr\":\"rank\",\"value\":\"top\","
            + "\"scope\":\"全省\",\"start\":21,\"end\":27}\n",
        w.toString());
  }

  /** A claim written with another source and shifted offsets is written as a copy with those values is. */
  @Test
  void streamingWritersWriteSourceAndShiftAsACopyWould() throws IOException {
    Claim sourced = Claim.builder().from(RANK).source("own.txt").build();
    List<Claim> claims = List.of(AMOUNT, AWKWARD, sourced);
    for (String source : new String[] {null, "corpus.jsonl:7"}) {
      for (long offset : new long[] {0, 1_000_000}) {
        List<Claim> copies = claims.stream()
            .<Claim>map(c -> {
              var b = Claim.builder().from(c)
                  .start(Math.toIntExact(c.start() + offset)).end(Math.toIntExact(c.end() + offset));
              return source == null ? b.build() : b.source(source).build();
            })
            .toList();
        StringWriter expected = new StringWriter();
        ClaimsWriter.writeJsonLines(copies, expected);
        StringWriter actual = new StringWriter();
        ClaimsJsonLinesWriter lines = ClaimsJsonLinesWriter.start(actual);
        for (Claim c : claims) {
          lines.write(c, source, offset);
        }
        lines.flush();
        assertEquals(expected.toString(), actual.toString(), "JSON Lines, " + source + ", " + offset);

        StringWriter expectedCsv = new StringWriter();
        ClaimsWriter.writeCsv(copies, expectedCsv);
        StringWriter actualCsv = new StringWriter();
        ClaimsCsvWriter csv = ClaimsCsvWriter.start(actualCsv);
        for (Claim c : claims) {
          csv.write(c, source, offset);
        }
        csv.flush();
        assertEquals(expectedCsv.toString(), actualCsv.toString(), "CSV, " + source + ", " + offset);
      }
    }
    ClaimsJsonLinesWriter lines = ClaimsJsonLinesWriter.start(new StringWriter());
    assertThrows(ArithmeticException.class, () -> lines.write(AMOUNT, null, Integer.MAX_VALUE));
  }

  /** In UTF-8 bytes, the same as the characters through Java's encoder: 𠀀 as four bytes, a lone surrogate as ?. */
  @Test
  void jsonLinesAsBytesAreTheCharactersEncoded() throws IOException {
    Claim odd = Claim.builder().from(AWKWARD).subject("\uD840\uDC00县\uD800").quote("\uDC00增长\uD840").build();
    List<Claim> claims = List.of(AMOUNT, AWKWARD, RANK, odd);
    StringWriter chars = new StringWriter();
    ClaimsWriter.writeJsonLines(claims, chars);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    ClaimsJsonLinesWriter lines = ClaimsJsonLinesWriter.start(bytes);
    for (Claim c : claims) {
      lines.write(c, "s\uDBFF", 0);
    }
    lines.flush();
    StringWriter expected = new StringWriter();
    ClaimsJsonLinesWriter e = ClaimsJsonLinesWriter.start(expected);
    for (Claim c : claims) {
      e.write(c, "s\uDBFF", 0);
    }
    e.flush();
    assertEquals(new String(expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8),
        java.nio.charset.StandardCharsets.UTF_8), bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
    org.junit.jupiter.api.Assertions.assertArrayEquals(
        expected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes.toByteArray());
    assertEquals("?县?", ClaimsWriter.encodable("\uDC00县\uD800"));
    assertEquals("\uD840\uDC00", ClaimsWriter.encodable("\uD840\uDC00"));
  }

  @Test
  void jsonLineAgreesWithMapperForm() throws IOException {
    for (Claim c : List.of(AMOUNT, AWKWARD, RANK)) {
      assertEquals(GongbaoJson.mapper().writeValueAsString(c), ClaimsWriter.toJsonLine(c));
      assertEquals(c, GongbaoJson.mapper().readValue(ClaimsWriter.toJsonLine(c), Claim.class));
    }
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
    StringWriter w = new StringWriter();
    ClaimsWriter.writeCsv(List.of(AMOUNT, AWKWARD, RANK), w);
    assertEquals(
        "subject,subjectSimplified,attr,value,unit,scope,benchmark,region,period,start,end,derived,quote,indicatorId,source,"
            + "status,bound,basis,reference,year,firstMonth,lastMonth,periodLabel,regionCode,regionName,breakdown\r\n"
            + "一般公共預算收入,一般公共预算收入,amount,5230000000,CNY,,,全市,上半年,2,9,false,,,,,,,,,,,,,,\r\n"
            + "\"A, \"\"B\"\"\",\"A, \"\"B\"\"\",pp_vs,-0.8,,,\"全国\n平均\",,,10,20,true,,,,,,,,,,,,,,\r\n"
            + "增速,增速,rank,top,,全省,,,,21,27,false,,,,,,,,,,,,,,\r\n",
        w.toString());
  }

  @Test
  void csvReadsBackToTheSameFieldsWithAnRfc4180Reader() throws IOException {
    Claim odd = Claim.builder().subject("plain text with spaces and a long name of thirty chars")
        .subjectSimplified("a\rb").attr(ClaimAttr.AMOUNT).value("1").unit("say \"hi\"").scope("#1")
        .benchmark("全国全国全国全国全国全国\n平均").start(0).end(1).quote(" lead, \"and\"\r\n").build();
    List<Claim> claims = List.of(AMOUNT, AWKWARD, RANK, odd);
    StringWriter w = new StringWriter();
    ClaimsWriter.writeCsv(claims, w);
    List<List<String>> rows = Rfc4180.parse(w.toString());
    assertEquals(claims.size() + 1, rows.size(), w.toString());
    assertEquals(ClaimsWriter.CSV_HEADER, rows.get(0));
    for (int i = 0; i < claims.size(); i++) {
      assertEquals(ClaimsWriter.csvFields(claims.get(i)), rows.get(i + 1));
    }
  }

  @Test
  void csvOfNoClaimsIsTheHeaderAlone() throws IOException {
    StringWriter w = new StringWriter();
    ClaimsWriter.writeCsv(List.of(), w);
    assertEquals(String.join(",", ClaimsWriter.CSV_HEADER) + "\r\n", w.toString());
  }

  @Test
  void streamingWriterWritesTheSameAsWriteCsv() throws IOException {
    StringWriter all = new StringWriter();
    ClaimsWriter.writeCsv(List.of(AMOUNT, AWKWARD, RANK), all);
    StringWriter streamed = new StringWriter();
    ClaimsCsvWriter csv = ClaimsCsvWriter.start(streamed);
    csv.write(AMOUNT);
    csv.writeAll(List.of(AWKWARD, RANK));
    csv.flush();
    assertEquals(all.toString(), streamed.toString());
  }
}
