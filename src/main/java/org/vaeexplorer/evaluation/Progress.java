package org.vaeexplorer.evaluation;

/** Told how far a long computation has come, on the thread that runs it. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (done, total) -> { };

    void done(int done, int total);
}
