package org.vaeexplorer.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.vaeexplorer.fault.Fault;
import org.vaeexplorer.model.ImageMatrix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The bytes of a model file: a zip of the JSON header ({@link ModelHeader}), the weights and, if present, Adam's
 * moments as little-endian float32. What the values mean is checked by {@link ModelChecks}.
 */
final class ModelZip {

    /** No header of a real model is near this; a larger one is not ours and is not read into memory. */
    private static final int MAX_HEADER_BYTES = 64 << 20;

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelZip() {
    }

    /** Writes {@code model} into the empty file {@code file} and forces it to disk. */
    static void write(Path file, ModelFile model) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
             OutputStream out = Channels.newOutputStream(channel);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            writeDeflated(zip, ModelStore.HEADER,
                    JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(ModelHeader.of(model)));
            writeStored(zip, ModelStore.PARAMS, floatsToBytes(model.params()));
            if (model.optimizerState() != null) {
                writeStored(zip, ModelStore.OPTIMIZER, floatsToBytes(model.optimizerState()));
            }
            zip.finish();
            zip.flush();
            channel.force(true);
        }
    }

    /** The header as written, or null for an empty one; Jackson's complaints become the file's fault in words. */
    static ModelHeader readHeader(Path file, ZipFile zip) throws IOException {
        ZipEntry entry = zip.getEntry(ModelStore.HEADER);
        if (entry == null) {
            throw new ModelFileException(file, Fault.of("store.noHeader", ModelStore.HEADER));
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = in.readNBytes(MAX_HEADER_BYTES + 1);
        }
        if (bytes.length > MAX_HEADER_BYTES) {
            throw new ModelFileException(file, Fault.of("store.headerTooLarge", ModelStore.HEADER, MAX_HEADER_BYTES));
        }
        try {
            return JSON.readValue(bytes, ModelHeader.class);
        } catch (ValueInstantiationException e) {
            throw ModelChecks.impossibleValues(file, e);
        } catch (JacksonException e) {
            throw new ModelFileException(file, Fault.of("store.unreadableHeader", ModelStore.HEADER, e.getOriginalMessage()), e);
        }
    }

    /** Exactly {@code count} floats from the entry {@code name}, as a row vector. */
    static INDArray readFloats(Path file, ZipFile zip, String name, long count) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ModelFileException(file, Fault.of("store.noEntry", name));
        }
        long bytes = count * Float.BYTES;
        if (bytes > Integer.MAX_VALUE - 8) {
            throw new ModelFileException(file, Fault.of("store.tooManyValues", count, name));
        }
        byte[] raw;
        try (InputStream in = zip.getInputStream(entry)) {
            raw = in.readNBytes((int) bytes + 1);
        }
        if (raw.length != bytes) {
            int held = raw.length / Float.BYTES;
            throw new ModelFileException(file, raw.length > bytes
                    ? Fault.of("store.moreValuesThanExpected", name, held, count)
                    : Fault.of("store.valuesNotAsExpected", name, held, count));
        }
        float[] values = new float[(int) count];
        ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return ImageMatrix.fromFloats(values, 1, count);
    }

    private static byte[] floatsToBytes(INDArray array) {
        float[] values = array.dup('c').data().asFloat();
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    /**
     * Float weights barely compress, and deflating them took a burst of CPU per save that, once per epoch while
     * training, took a core from the window. They are stored as they are.
     */
    private static void writeStored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void writeDeflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
