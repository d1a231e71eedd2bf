package io.github.gongbao.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        "subject,subjectSimplified,attr,value,unit,scope,benchmark,region,period,start,end,derived,quote,indicatorId,source\r\n"
            + "一般公共預算收入,一般公共预算收入,amount,5230000000,CNY,,,全市,上半年,2,9,false,,,\r\n"
            + "\"A, \"\"B\"\"\",\"A, \"\"B\"\"\",pp_vs,-0.8,,,\"全国\n平均\",,,10,20,true,,,\r\n"
            + "增速,增速,rank,top,,全省,,,,21,27,false,,,\r\n",
        w.toString());
  }

  @Test
  void csvFieldRules() {
    assertEquals("plain", ClaimsWriter.csvField("plain"));
    assertEquals("\"a,b\"", ClaimsWriter.csvField("a,b"));
    assertEquals("\"say \"\"hi\"\"\"", ClaimsWriter.csvField("say \"hi\""));
    assertEquals("\"a\rb\"", ClaimsWriter.csvField("a\rb"));
    assertEquals("", ClaimsWriter.csvField(""));
  }
}
