package org.vaeexplorer.analysis;

/** Which part of an image stays known when a digit is repaired; the rest is hidden and filled in. */
public enum ImageMask {
    LOWER_HALF("Lower half hidden"),
    UPPER_HALF("Upper half hidden"),
    LEFT_HALF("Left half hidden"),
    RIGHT_HALF("Right half hidden");

    private final String label;

    ImageMask(String label) {
        this.label = label;
    }

    /** True for every pixel of a rows x cols image that is known (not hidden), row-major. */
    public boolean[] known(int rows, int cols) {
        boolean[] known = new boolean[rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                known[r * cols + c] = switch (this) {
                    case LOWER_HALF -> r < rows / 2;
                    case UPPER_HALF -> r >= rows / 2;
                    case LEFT_HALF -> c >= cols / 2;
                    case RIGHT_HALF -> c < cols / 2;
                };
            }
        }
        return known;
    }

    @Override
    public String toString() {
        return label;
    }
}
