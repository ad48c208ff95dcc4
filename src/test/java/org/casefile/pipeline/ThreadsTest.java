package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.casefile.ingest.IngestOptions;
import org.casefile.support.TestPipelines;
import org.junit.jupiter.api.Test;

/** The same documents on one and on two threads give identical output. */
class ThreadsTest {
    @Test
    void oneAndTwoThreadsAgree() {
        var inputs = List.of(TestPipelines.CORPUS);
        ObjectNode one = (ObjectNode) TestPipelines.json(TestPipelines.run(inputs, IngestOptions.defaults(), 1), true);
        ObjectNode two = (ObjectNode) TestPipelines.json(TestPipelines.corpusCase(), true);
        one.remove("createdAt");
        two.remove("createdAt");
        assertThat(one).isEqualTo(two);
    }
}
