package org.vaeexplorer.ui.fx;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Run in a JVM of its own on a real display (RealDisplayChineseTextTest): shows, in the window's Chinese font
 * ({@link ChineseFont#follow} with the language Chinese), a label of Chinese words and one of as many private-use
 * characters, which no font draws, so they show the missing-glyph box. Were the Chinese characters boxes too,
 * the two pictures would be the same. Writes what it saw to the file named by its one argument:
 * {@code family=} the font ChineseFont picked (none: none installed), {@code font=} the label's font,
 * {@code differs=} whether the two pictures differ, {@code inked=} how many of the Chinese label's pixels are not
 * background.
 */
public final class ChineseGlyphsProbe {

    /** "Variational autoencoder", the app's own name for what it teaches. */
    static final String WORDS = "\u53d8\u5206\u81ea\u7f16\u7801\u5668";

    private ChineseGlyphsProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]);
        CompletableFuture<String> seen = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                seen.complete(look());
            } catch (Throwable t) {
                seen.completeExceptionally(t);
            }
        });
        try {
            Files.writeString(report, seen.get(60, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        } finally {
            Platform.exit();
        }
    }

    private static String look() {
        I18n.use(Language.SIMPLIFIED_CHINESE);
        StringBuilder boxes = new StringBuilder();
        for (int i = 0; i < WORDS.length(); i++) {
            boxes.append((char) (0xE000 + i)); // the Private Use Area: no standard glyph
        }
        Label chinese = label(WORDS);
        Label missing = label(boxes.toString());
        VBox root = new VBox(10, chinese, missing);
        ChineseFont.follow(root);
        Stage stage = new Stage();
        stage.setScene(new Scene(root, 400, 200));
        stage.show();
        WritableImage a = chinese.snapshot(null, null);
        WritableImage b = missing.snapshot(null, null);
        String picked = ChineseFont.family().orElse("none");
        stage.close();
        return "family=" + picked + "\nfont=" + chinese.getFont().getFamily() + "\ndiffers=" + !same(a, b)
                + "\ninked=" + inked(a) + "\n";
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-size: 32px;"); // the size only: the family comes from the root, as in the window
        return label;
    }

    private static boolean same(WritableImage a, WritableImage b) {
        int w = (int) a.getWidth();
        int h = (int) a.getHeight();
        if (w != (int) b.getWidth() || h != (int) b.getHeight()) {
            return false;
        }
        PixelReader pa = a.getPixelReader();
        PixelReader pb = b.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (pa.getArgb(x, y) != pb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Pixels unlike the top-left one (the background). */
    private static int inked(WritableImage image) {
        PixelReader p = image.getPixelReader();
        int background = p.getArgb(0, 0);
        int count = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                count += p.getArgb(x, y) != background ? 1 : 0;
            }
        }
        return count;
    }
}
