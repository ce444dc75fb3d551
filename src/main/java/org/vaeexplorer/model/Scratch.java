package org.vaeexplorer.model;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scratch memory for inference outside the training step: arrays created while a scratch workspace is
 * open come from one native block that is reused every time (it grows once if a bigger job comes), so
 * decoding, encoding and evaluating leave no native garbage behind. Without it each call left megabytes
 * of native arrays that only a garbage collection released; in a 30-minute soak resident memory kept
 * growing. Whatever must outlive the workspace is copied out to Java arrays before it closes.
 *
 * <p>Workspaces belong to the thread that opens them; each purpose has its own, sized by its own jobs.
 */
public final class Scratch {

    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT)
            .policyLearning(LearningPolicy.FIRST_LOOP)
            .policySpill(SpillPolicy.REALLOCATE)
            .build();

    private Scratch() {
    }

    public static MemoryWorkspace open(String purpose) {
        return Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, "vae-scratch-" + purpose);
    }
}
