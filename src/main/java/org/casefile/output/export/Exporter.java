package org.casefile.output.export;

import java.io.IOException;
import java.io.OutputStream;
import org.casefile.output.model.CaseModel;

/** Writes a case in one format to a stream (UTF-8). Implementations do not close the stream. */
public interface Exporter {
    void write(CaseModel c, OutputStream out) throws IOException;
}
