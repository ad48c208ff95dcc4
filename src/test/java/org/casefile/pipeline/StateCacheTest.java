package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestOptions;
import org.casefile.ingest.IngestedDocument;
import org.casefile.support.TestPipelines;
import org.casefile.timeline.CaseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A state entry that is valid JSON but not its file's result is recomputed; a run says what it reused. */
class StateCacheTest {
    @TempDir
    Path dir;

    private final List<String> resumed = new ArrayList<>();

    private CaseFile run(Path input, Path state) throws IOException {
        return run(input, state, IngestOptions.defaults());
    }

    private CaseFile run(Path input, Path state, IngestOptions options) throws IOException {
        Settings settings = new Settings(List.of(input), null, TestPipelines.RULES, 1, options, state);
        Progress progress = new Progress() {
            @Override
            public void documentDone(int done, int total, String path) {
            }

            @Override
            public void resumed(int reused, int computed) {
                resumed.add(reused + " reused, " + computed + " computed");
            }
        };
        try (CasePipeline p = new CasePipeline(settings, TestPipelines.annotator())) {
            return p.run(List.of(input), progress);
        }
    }

    @Test
    void aWrongButValidEntryIsRecomputedAndTheCountsAreReported() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path state = dir.resolve("state");
        Files.writeString(in.resolve("a.txt"), "Ilsabet Lindgren opened the Corlow depot on 9 July 2016.\n");
        Files.writeString(in.resolve("b.txt"), "Ilsabet Lindgren closed the Corlow depot on 2 August 2017.\n");
        CaseFile first = run(in, state);
        List<Path> entries;
        try (Stream<Path> s = Files.walk(state)) {
            entries = s.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(entries).hasSize(2);
        Files.writeString(entries.get(0), "[]");
        Path halfWritten = Files.writeString(entries.get(1).resolveSibling("entry123.tmp"), "[{\"document\"");

        CaseFile second = run(in, state);

        assertThat(resumed).containsExactly("0 reused, 2 computed", "1 reused, 1 computed");
        assertThat(second.documents()).extracting(IngestedDocument::status)
                .containsExactly(DocumentStatus.OK, DocumentStatus.OK);
        assertThat(TestPipelines.json(second, true).get("documents"))
                .isEqualTo(TestPipelines.json(first, true).get("documents"));
        assertThat(Files.readString(entries.get(0))).isNotEqualTo("[]");
        assertThat(halfWritten).doesNotExist(); // left by a killed run, removed at the next start
    }

    @Test
    void aStateFolderUnderTheInputFolderIsOneSkippedEntryFromTheFirstRunOnNotDocuments() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path state = in.resolve("resume");
        Files.writeString(in.resolve("a.txt"), "Ottilie Brandvold opened the Seyrun depot on 9 July 2016.\n");
        CaseFile first = run(in, state);
        CaseFile second = run(in, state);
        for (CaseFile c : List.of(first, second)) {
            assertThat(c.documents()).extracting(IngestedDocument::path, IngestedDocument::status, IngestedDocument::error)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(in.resolve("a.txt").toString(), DocumentStatus.OK, null),
                            org.assertj.core.groups.Tuple.tuple(state.toString(), DocumentStatus.SKIPPED, FileCollector.STATE_FOLDER));
        }
        assertThat(resumed).containsExactly("0 reused, 1 computed", "1 reused, 0 computed");
    }

    @Test
    void aFileThatRanOutOfTimeIsTriedAgainAndTheTimeoutKeepsFinishedEntries() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path state = dir.resolve("state");
        Files.writeString(in.resolve("a.txt"), "Ilsabet Lindgren opened the Corlow depot on 9 July 2016.\n");
        IngestOptions hurried = new IngestOptions(null, java.time.Duration.ofNanos(1), IngestOptions.DEFAULT_MAX_BYTES,
                IngestOptions.DEFAULT_MAX_CHARS, "eng");

        CaseFile late = run(in, state, hurried);
        CaseFile again = run(in, state);
        CaseFile third = run(in, state, new IngestOptions(null, java.time.Duration.ofSeconds(300),
                IngestOptions.DEFAULT_MAX_BYTES, IngestOptions.DEFAULT_MAX_CHARS, "eng"));

        assertThat(late.documents()).extracting(IngestedDocument::status, IngestedDocument::timedOut)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentStatus.FAILED, true));
        assertThat(again.documents()).extracting(IngestedDocument::status, IngestedDocument::timedOut)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentStatus.OK, false));
        assertThat(third).isEqualTo(again);
        assertThat(resumed).containsExactly("0 reused, 1 computed", "0 reused, 1 computed", "1 reused, 0 computed");
    }

    @Test
    void aResumedRunGivesWhatAFreshRunGivesInMemoryAndOtherSettingsArePruned() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Path state = dir.resolve("state");
        Files.writeString(in.resolve("a.txt"), "Police arrested Tessaly Brunmark in Drellin on 9 July 2016. "
                + "She was charged with fraud on 12 July 2016, the prosecutor said.\n");
        Path old = Files.createDirectories(state.resolve("ab"));
        Files.writeString(old.resolve("0123.json"), "[]");
        Path other = Files.createDirectories(state.resolve("settings-0123456789abcdef").resolve("cd"));
        Files.writeString(other.resolve("4567.json"), "[]");
        Path mine = Files.writeString(state.resolve("notes.txt"), "kept");

        CaseFile fresh = run(in, null);
        run(in, state);
        CaseFile resumed = run(in, state);

        assertThat(resumed.events()).hasSize(2).isEqualTo(fresh.events());
        assertThat(resumed.entities()).isEqualTo(fresh.entities());
        assertThat(resumed.dates()).isEqualTo(fresh.dates());
        assertThat(resumed.claims()).isEqualTo(fresh.claims());
        assertThat(resumed.documents()).isEqualTo(fresh.documents());
        assertThat(resumed).isEqualTo(fresh);
        assertThat(this.resumed).containsExactly("0 reused, 1 computed", "1 reused, 0 computed");
        assertThat(old).doesNotExist();
        assertThat(state.resolve("settings-0123456789abcdef")).doesNotExist();
        assertThat(mine).hasContent("kept");
    }

    @Test
    void anEntryReadBackEqualsWhatWasComputedTriggersIncluded() throws IOException {
        Path a = Files.writeString(dir.resolve("a.txt"), "Police arrested Tessaly Brunmark in Drellin on 9 July 2016.\n");
        String sha = CasePipeline.sha256(Files.readAllBytes(a));
        List<org.casefile.extract.DocumentExtraction> computed;
        try (org.casefile.ingest.TikaIngester ingester = new org.casefile.ingest.TikaIngester(IngestOptions.defaults())) {
            DocumentProcessor p = new DocumentProcessor(ingester, TestPipelines.annotator(),
                    new org.casefile.extract.RuleExtractor(org.casefile.extract.Rules.load(TestPipelines.RULES)),
                    java.time.Duration.ofSeconds(120));
            computed = p.process(new org.casefile.ingest.SourceFile(a, "a.txt", null), "d" + sha.substring(0, 12), sha);
        }
        assertThat(computed.get(0).events()).isNotEmpty().allSatisfy(e -> assertThat(e.trigger()).isNotNull());
        ResultCache cache = new ResultCache(dir.resolve("state"), "settings");
        cache.store(sha, "", computed);
        assertThat(cache.load(sha, "")).contains(computed);
    }
}
