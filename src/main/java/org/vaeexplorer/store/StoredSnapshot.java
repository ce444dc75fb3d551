package org.vaeexplorer.store;

import java.util.Base64;

/** Sample pixels in a model file's header, as 8-bit grey levels: they are for display, and 4x smaller. */
record StoredSnapshot(long iteration, double epochs, int count, String grey) {

    static StoredSnapshot of(SampleSnapshot s) {
        byte[] grey = new byte[s.pixels().length];
        for (int i = 0; i < grey.length; i++) {
            grey[i] = (byte) Math.round(Math.max(0f, Math.min(1f, s.pixels()[i])) * 255f);
        }
        return new StoredSnapshot(s.iteration(), s.epochs(), s.count(), Base64.getEncoder().encodeToString(grey));
    }

    SampleSnapshot toSnapshot() {
        byte[] grey = Base64.getDecoder().decode(this.grey);
        float[] pixels = new float[grey.length];
        for (int i = 0; i < grey.length; i++) {
            pixels[i] = (grey[i] & 0xFF) / 255f;
        }
        return new SampleSnapshot(iteration, epochs, count, pixels);
    }
}
