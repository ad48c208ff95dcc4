package org.casefile.pipeline;

/** Receives progress of a run: called from worker threads. */
public interface Progress {
    Progress NONE = (done, total, current) -> { };

    void documentDone(int done, int total, String path);

    /** With a state folder, at the end of a run: how many results were read back and how many computed. */
    default void resumed(int reused, int computed) {
    }
}
