package org.casefile.eval;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Locations of the hand-made test data under {@code src/test/resources/eval}. */
final class TestData {
    private TestData() {
    }

    static Path resource(String relative) {
        URL url = TestData.class.getResource("/eval/" + relative);
        if (url == null) {
            throw new IllegalStateException("missing test resource eval/" + relative);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
