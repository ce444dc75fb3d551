package org.vaeexplorer.data;

import org.vaeexplorer.fault.Fault;

import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * What a dataset holds, in a few numbers: its image counts, the image size and a CRC-32C of its pixels and
 * labels. Two datasets with the same fingerprint hold the same images with the same labels in the same
 * order, whatever their folder and whether their files are gzipped, so a checkpoint can tell whether it
 * is being continued on the data it was trained on. CRC-32C runs on the CPU's own instruction, so even
 * MNIST's whole training set is quick to fingerprint.
 *
 * @param checksum CRC-32C of the training pixels and labels, then the test pixels and labels, as 8 hex digits
 */
public record DatasetFingerprint(int trainImages, int testImages, int rows, int cols, String checksum) {

    public static DatasetFingerprint of(Dataset dataset) {
        CRC32C crc = new CRC32C();
        for (ImageSet set : new ImageSet[] {dataset.train(), dataset.test()}) {
            crc.update(set.pixels());
            crc.update(set.labels());
        }
        return new DatasetFingerprint(dataset.train().count(), dataset.test().count(), dataset.rows(), dataset.cols(),
                String.format(Locale.ROOT, "%08x", crc.getValue()));
    }

    /** "60000 training and 10000 test images of 28x28, checksum 1a2b3c4d". */
    public String describe() {
        return described().toString();
    }

    /** {@link #describe} as a fault's argument, worded in the language of the fault that names it. */
    public Fault described() {
        return Fault.of("data.fingerprint", trainImages, testImages, rows, cols, checksum);
    }
}
