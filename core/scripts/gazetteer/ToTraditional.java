import com.ibm.icu.text.Transliterator;
import com.ibm.icu.util.VersionInfo;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads Simplified names, one a line, and prints each in Traditional script with ICU4J's
 * {@code Simplified-Traditional} transliterator; the first output line is the ICU version.
 * Run once by generate_divisions.py: {@code java -cp icu4j.jar ToTraditional.java < names}.
 */
public class ToTraditional {
  public static void main(String[] args) throws Exception {
    Transliterator t = Transliterator.getInstance("Simplified-Traditional");
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.println(VersionInfo.ICU_VERSION);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line; (line = in.readLine()) != null; ) {
      out.println(t.transliterate(line));
    }
    out.flush();
  }
}
