package org.casefile.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.casefile.output.export.Exports;
import org.casefile.output.export.Format;
import org.casefile.output.model.CaseModel;
import org.junit.jupiter.params.provider.Arguments;

/** Runs exporters in memory, and names the two fixtures for parameterized tests. */
final class ExportSupport {
    private ExportSupport() {
    }

    static String export(Format format, CaseModel c) {
        return export(format, c, true);
    }

    static String export(Format format, CaseModel c, boolean copyText) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Exports.exporter(format, copyText).write(c, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The sample corpus's case and the hostile case, as (name, file) arguments. */
    static Stream<Arguments> cases() {
        return Stream.of(Arguments.of("corpus", OutputFixtures.corpusFile()),
                Arguments.of("hostile", OutputFixtures.hostileFile()));
    }

    static Path hostile() {
        return OutputFixtures.hostileFile();
    }
}
