package org.casefile.pipeline;

/** Receives progress of a run: called from worker threads. */
public interface Progress {
    Progress NONE = (done, total, current) -> { };

    void documentDone(int done, int total, String path);
}
