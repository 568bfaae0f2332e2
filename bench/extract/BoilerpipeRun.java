// boilerpipe (Debian libboilerpipe-java) ArticleExtractor over the AEB pages, for bench/extract/run.
// Loads and gunzips every page first, runs untimed warm-up passes over all of them (so the JIT
// has compiled the hot paths, as in a long-running service), then times one pass of
// bytes -> String (declared charset, else UTF-8) -> ArticleExtractor.INSTANCE.getText(html).
// Warm-up passes: -Dwarmup=N, default 3. One is not enough on a loaded 2-core machine: the C2
// compiler threads compete with the extraction for the cores, and passes 2-4 still ran 4-9x
// slower than the steady state in our measurements.
//
//   javac -cp /usr/share/java/boilerpipe.jar -d out BoilerpipeRun.java
//   java [-Dwarmup=3] -cp out:/usr/share/java/boilerpipe.jar BoilerpipeRun AEB_DIR OUT.json
//
// Writes OUT.json ({"<sha256>": {"articleBody": text}}) and prints one line:
// "pages N seconds S pages/s X MB/s Y" (MB/s over the gunzipped bytes, like extract_eval).
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

public final class BoilerpipeRun {
  // Keys of ground-truth.json: 64 hex digits, the only object keys at the top level that look so.
  private static final Pattern KEY = Pattern.compile("\"([0-9a-f]{64})\"\\s*:\\s*\\{");
  private static final Pattern CHARSET =
      Pattern.compile("charset\\s*=\\s*[\"']?([\\w:.-]+)", Pattern.CASE_INSENSITIVE);

  private static byte[] gunzip(Path path) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    }
  }

  private static String decode(byte[] page) {
    String head = new String(page, 0, Math.min(page.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = CHARSET.matcher(head);
    if (m.find()) {
      try {
        return new String(page, Charset.forName(m.group(1)));
      } catch (IllegalArgumentException e) {
        // Unknown or illegal label: UTF-8 below.
      }
    }
    return new String(page, StandardCharsets.UTF_8);
  }

  private static String extract(byte[] page) {
    try {
      String text = ArticleExtractor.INSTANCE.getText(decode(page));
      return text == null ? "" : text;
    } catch (Exception | StackOverflowError e) {
      return "";  // a failure on one page costs that page only
    }
  }

  private static void appendJsonString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); ++i) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    sb.append('"');
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: BoilerpipeRun AEB_DIR OUT.json");
      System.exit(2);
    }
    Path dir = Paths.get(args[0]);
    String truth = Files.readString(dir.resolve("ground-truth.json"), StandardCharsets.UTF_8);
    List<String> keys = new ArrayList<>();
    List<byte[]> pages = new ArrayList<>();
    Matcher k = KEY.matcher(truth);
    while (k.find()) {
      try {
        pages.add(gunzip(dir.resolve("html").resolve(k.group(1) + ".html.gz")));
        keys.add(k.group(1));
      } catch (IOException e) {
        System.err.println("skip " + k.group(1) + ": " + e.getMessage());
      }
    }

    int warmup = Integer.getInteger("warmup", 3);
    for (int pass = 1; pass <= warmup; ++pass) {
      long w0 = System.nanoTime();
      for (byte[] page : pages) extract(page);
      System.err.printf("warm-up pass %d: %.3f s%n", pass, (System.nanoTime() - w0) / 1e9);
    }

    String[] texts = new String[pages.size()];
    long bytes = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < pages.size(); ++i) {
      bytes += pages.get(i).length;
      texts[i] = extract(pages.get(i));
    }
    double seconds = (System.nanoTime() - t0) / 1e9;

    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < texts.length; ++i) {
      if (i > 0) sb.append(",\n");
      appendJsonString(sb, keys.get(i));
      sb.append(":{\"articleBody\":");
      appendJsonString(sb, texts[i]);
      sb.append('}');
    }
    sb.append("}\n");
    try (Writer w = Files.newBufferedWriter(Paths.get(args[1]), StandardCharsets.UTF_8)) {
      w.write(sb.toString());
    }
    System.out.printf("pages %d seconds %.3f pages/s %.1f MB/s %.2f%n", pages.size(), seconds,
                      pages.size() / seconds, bytes / seconds / 1e6);
  }
}
