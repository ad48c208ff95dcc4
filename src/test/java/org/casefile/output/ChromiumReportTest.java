package org.casefile.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.casefile.output.html.HtmlReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium (Debian's {@code chromium}; skipped when
 * {@code /usr/bin/chromium} is absent): it loads without console messages (CSP violations and
 * script errors are console messages), no script from a document runs, and a screenshot shows
 * the timeline. A control page proves the checks can fail. With
 * {@code -Dcasefile.screenshot=docs/report-screenshot.png} the screenshot is also copied there.
 */
class ChromiumReportTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String PWN = "document.body.setAttribute('data-pwned','1')";

    @TempDir
    Path tmp;

    private record Run(String stdout, String stderr) {
        List<String> console() {
            return stderr.lines().filter(l -> l.contains("CONSOLE")).toList();
        }
    }

    @BeforeAll
    static void needChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium not installed (apt-get install chromium)");
    }

    @Test
    void controlPageShowsThatTheChecksWork() throws Exception {
        Path page = tmp.resolve("control.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>console.error('control'); " + PWN
                + "</script></body></html>");
        Run run = chromium(page, "--dump-dom");
        assertThat(Jsoup.parse(run.stdout()).body().attr("data-pwned")).isEqualTo("1");
        assertThat(run.console()).anyMatch(l -> l.contains("control"));
    }

    @Test
    void hostileReportRunsNoScriptAndLogsNothing() throws Exception {
        Path page = write("hostile.html", new HtmlReport().render(OutputFixtures.read(ExportSupport.hostile())));
        Run run = chromium(page, "--dump-dom");
        Document dom = Jsoup.parse(run.stdout());
        assertThat(dom.body().hasAttr("data-pwned")).isFalse();
        assertThat(dom.select("script, img")).isEmpty();
        assertThat(dom.select("#undated .q").text()).startsWith("<script>" + PWN + "</script>");
        assertThat(run.console()).isEmpty();
    }

    @Test
    void corpusReportLoadsCleanlyAndTheScreenshotShowsTheTimeline() throws Exception {
        String html = new HtmlReport().render(OutputFixtures.read(OutputFixtures.corpusFile()));
        Path page = write("report.html", html);
        Run dom = chromium(page, "--dump-dom");
        Document d = Jsoup.parse(dom.stdout());
        assertThat(dom.console()).isEmpty();
        assertThat(d.body().hasAttr("data-pwned")).isFalse();
        assertThat(d.select("#timeline li.ev")).hasSizeGreaterThan(0);

        Path png = tmp.resolve("report.png");
        Run shot = chromium(page, "--screenshot=" + png, "--window-size=1280,2000", "--hide-scrollbars");
        assertThat(shot.console()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(2000);
        // the dark header band at the top, the white overview panel and coloured event marks below it
        assertThat(image.getRGB(10, 10) & 0xffffff).isEqualTo(0x1d2433);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        assertThat(colours).hasSizeGreaterThan(200).contains(0x2459c4);
        String out = System.getProperty("casefile.screenshot");
        if (out != null) {
            Files.copy(png, Path.of(out), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path write(String name, String html) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, html, StandardCharsets.UTF_8);
        return p;
    }

    private Run chromium(Path page, String... mode) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory(tmp, "profile"), "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(mode));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish: " + Files.readString(err));
        }
        assertThat(p.exitValue()).as(Files.readString(err)).isZero();
        return new Run(Files.readString(out), Files.readString(err));
    }
}
