package org.vaeexplorer.ui.export;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.fault.FileFaultException;
import org.vaeexplorer.store.SampleSnapshot;
import org.vaeexplorer.ui.fx.I18n;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Pictures out of the window: PNG files from JavaFX snapshots and the blurry-to-sharp history as an
 * animated GIF, written by javax.imageio; javafx.swing carries a snapshot over to it.
 */
final class ImageFiles {

    /** Each digit pixel becomes a SCALE x SCALE block: 28 px digits are 112 px in the GIF. */
    static final int SCALE = 4;
    /** GIF delays are in hundredths of a second: a snapshot every 0.4 s, the last held 2 s. */
    static final int FRAME_DELAY_CS = 40;
    static final int LAST_FRAME_DELAY_CS = 200;

    private ImageFiles() {
    }

    /** The pixels of a JavaFX image (e.g. a node's snapshot) as a BufferedImage, for ImageIO. */
    static BufferedImage toBufferedImage(Image image) {
        return SwingFXUtils.fromFXImage(image, null);
    }

    static void writePng(BufferedImage image, Path file) throws IOException {
        try (var out = Files.newOutputStream(file)) {
            if (!ImageIO.write(image, "png", out)) {
                throw new FileFaultException(Fault.of("noPngWriter"));
            }
        }
    }

    /**
     * One GIF frame per snapshot, each a near-square grid of its decoded samples (white on black, as
     * MNIST), looping forever.
     */
    static void writeGif(List<SampleSnapshot> snapshots, int rows, int cols, Path file) throws IOException {
        if (snapshots.isEmpty()) {
            throw new IOException("there are no snapshots yet: train a model first");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        try (var stream = Files.newOutputStream(file); ImageOutputStream out = ImageIO.createImageOutputStream(stream)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int i = 0; i < snapshots.size(); i++) {
                BufferedImage frame = labelled(rgb(sheet(snapshots.get(i), rows, cols)), frameLabel(snapshots.get(i)));
                int delay = i == snapshots.size() - 1 ? LAST_FRAME_DELAY_CS : FRAME_DELAY_CS;
                writer.writeToSequence(new IIOImage(frame, null, frameMetadata(writer, frame, delay, i == 0)), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
    }

    /** The band over each frame that says when in training it was taken (a GIF has no slider to read). */
    static final int LABEL_BAND = 28;

    /** "epoch 0.50 (iteration 234)". */
    static String frameLabel(SampleSnapshot s) {
        return I18n.text("export.gif.frame", s.epochs(), s.iteration());
    }

    /** {@code frame} below a white band with {@code text} in black. */
    static BufferedImage labelled(BufferedImage frame, String text) {
        BufferedImage out = new BufferedImage(frame.getWidth(), frame.getHeight() + LABEL_BAND, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = out.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), LABEL_BAND);
        g.drawImage(frame, 0, LABEL_BAND, null);
        g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(java.awt.Color.BLACK);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 16));
        g.drawString(text, SCALE * 2, LABEL_BAND - 8);
        g.dispose();
        return out;
    }

    /** One snapshot's samples in a grid, 8-bit grey. */
    static BufferedImage sheet(SampleSnapshot s, int rows, int cols) {
        if (s.pixelsPerImage() != rows * cols) {
            int pixels = s.pixelsPerImage();
            throw new IllegalArgumentException("snapshot images have " + pixels + " pixels, not " + rows + "x" + cols);
        }
        int across = (int) Math.ceil(Math.sqrt(s.count()));
        int down = (s.count() + across - 1) / across;
        int gap = SCALE;
        int width = across * (cols * SCALE + gap) + gap;
        int height = down * (rows * SCALE + gap) + gap;
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_INDEXED, greys());
        var raster = out.getRaster();
        for (int k = 0; k < s.count(); k++) {
            int x0 = gap + (k % across) * (cols * SCALE + gap);
            int y0 = gap + (k / across) * (rows * SCALE + gap);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    float p = s.pixels()[k * rows * cols + r * cols + c];
                    int grey = Math.round(Math.max(0f, Math.min(1f, p)) * 255f);
                    for (int dy = 0; dy < SCALE; dy++) {
                        for (int dx = 0; dx < SCALE; dx++) {
                            raster.setSample(x0 + c * SCALE + dx, y0 + r * SCALE + dy, 0, grey);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * The GIF writer builds each frame's palette itself; handed an indexed image with a palette of its own
     * it mixed up grey levels between frames, so frames go to it as RGB.
     */
    private static BufferedImage rgb(BufferedImage grey) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.drawImage(grey, 0, 0, null);
        g.dispose();
        return out;
    }

    private static IndexColorModel greys() {
        byte[] ramp = new byte[256];
        for (int i = 0; i < 256; i++) {
            ramp[i] = (byte) i;
        }
        return new IndexColorModel(8, 256, ramp, ramp, ramp);
    }

    /** The frame's delay, and on the first frame the NETSCAPE2.0 extension that makes viewers loop. */
    private static IIOMetadata frameMetadata(ImageWriter writer, BufferedImage frame, int delayCs, boolean first)
            throws IIOInvalidTreeException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(frame), param);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCs));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0 = forever
            extensions.appendChild(loop);
        }
        metadata.setFromTree(format, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
