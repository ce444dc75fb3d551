package org.vaeexplorer.ui.fx;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.vaeexplorer.testing.RealDisplay;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chinese text on a Linux desktop (a real X server, the GTK glass, the system's fontconfig) shows real glyphs in
 * the font {@link ChineseFont} picks, not the empty boxes of a missing font: CI installs one (.ci/run). The same
 * probe with only a Latin font shows boxes, so the test tells the two apart.
 */
@EnabledOnOs(OS.LINUX)
class RealDisplayChineseTextTest {

    /** A Latin-only font every Debian desktop, and CI (fonts-dejavu-core), has. */
    private static final Path LATIN_ONLY = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final long TIMEOUT_SECONDS = 120;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RealDisplayChineseTextTest.class);

    @TempDir
    Path dir;

    @Test
    void chineseTextShowsRealGlyphsInTheChineseFont() throws Exception {
        RealDisplay.requireGtk();
        try (RealDisplay x = RealDisplay.start("1280x720x24")) {
            Probe probe = probe(x.display(), Map.of(), "installed");
            LOG.info("Chinese text drawn in {}", probe.seen().getProperty("family"));
            assertThat(probe.seen().getProperty("family")).as("the Chinese font installed (%s)", probe)
                    .isIn(ChineseFont.FAMILIES);
            assertThat(probe.seen().getProperty("font")).as("the label's font").isEqualTo(probe.seen().getProperty("family"));
            assertThat(probe.seen().getProperty("differs")).as("Chinese unlike missing-glyph boxes (%s)", probe).isEqualTo("true");
            assertThat(Integer.parseInt(probe.seen().getProperty("inked"))).as("pixels drawn (%s)", probe).isPositive();
            assertThat(probe.output()).as("the GTK glass").contains("glassgtk3");
        }
    }

    /** The probe is not fooled: with only a Latin font the Chinese characters are boxes, and it says so. */
    @Test
    void withoutAChineseFontTheProbeSeesBoxes() throws Exception {
        RealDisplay.requireGtk();
        Assumptions.assumeTrue(Files.isDirectory(LATIN_ONLY), LATIN_ONLY + " is missing");
        Path config = dir.resolve("latin-only.conf");
        Files.writeString(config, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n<fontconfig>\n"
                + "  <dir>" + LATIN_ONLY + "</dir>\n  <cachedir>" + dir.resolve("fontconfig-cache") + "</cachedir>\n</fontconfig>\n");
        try (RealDisplay x = RealDisplay.start("1280x720x24")) {
            Probe probe = probe(x.display(), Map.of("FONTCONFIG_FILE", config.toString()), "latin-only");
            assertThat(probe.seen().getProperty("family")).as("no Chinese font (%s)", probe).isEqualTo("none");
            assertThat(probe.seen().getProperty("differs")).as("Chinese drawn as boxes (%s)", probe).isEqualTo("false");
        }
    }

    private record Probe(Properties seen, String output) {
        @Override
        public String toString() {
            return seen + "; output:\n" + output;
        }
    }

    private Probe probe(String display, Map<String, String> environment, String name) throws IOException, InterruptedException {
        Path report = dir.resolve(name + ".properties");
        Path output = dir.resolve(name + ".txt");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djdk.gtk.verbose=true", // prints which glass library it loads
                "-cp", System.getProperty("java.class.path"),
                ChineseGlyphsProbe.class.getName(), report.toString()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("DISPLAY", display);
        builder.environment().putAll(environment);
        Process probe = builder.start();
        if (!probe.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            probe.waitFor();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(report).as("the probe's report; its output:%n%s", printed).exists();
        Properties seen = new Properties();
        seen.load(new StringReader(Files.readString(report, StandardCharsets.UTF_8)));
        return new Probe(seen, printed);
    }
}
