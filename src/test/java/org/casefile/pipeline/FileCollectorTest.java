package org.casefile.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.SourceFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every path given or found is one entry; links never lead out of the input folders; nothing blocks. */
@Timeout(value = 60, unit = TimeUnit.SECONDS) // a FIFO opened by mistake would block forever
class FileCollectorTest {
    @TempDir
    Path tmp;

    private Path folder() throws IOException {
        return Files.createDirectories(tmp.resolve("in"));
    }

    private static List<String> files(FileCollector.Collected c) {
        return c.files().stream().map(SourceFile::displayPath).toList();
    }

    @Test
    void aLinkToAFileOutsideTheFolderIsSkippedAndNeverRead() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "the ledger of Vastmere Holdings\n");
        Path in = folder();
        Files.writeString(in.resolve("note.txt"), "Corvin Tallis met the board.\n");
        Files.createSymbolicLink(in.resolve("secret.txt"), secret);
        Files.createSymbolicLink(in.resolve("relative.txt"), Path.of("../elsewhere/secret.txt"));

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);

        assertThat(files(c)).containsExactly(in + "/note.txt");
        assertThat(c.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::status,
                FileCollector.Rejected::reason).containsExactly(
                        tuple(in + "/relative.txt", DocumentStatus.SKIPPED, "symbolic link to outside the input folder"),
                        tuple(in + "/secret.txt", DocumentStatus.SKIPPED, "symbolic link to outside the input folder"));
    }

    @Test
    void aLinkInsideTheTreeToAListedFileIsOneEntryUnderTheFilesOwnPath() throws IOException {
        Path in = folder();
        Path real = Files.writeString(Files.createDirectories(in.resolve("sub")).resolve("memo.txt"), "Ilse Varga resigned.\n");
        Files.createSymbolicLink(in.resolve("a-link.txt"), real);
        Files.createSymbolicLink(in.resolve("z-link.txt"), Path.of("sub/memo.txt"));

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);

        assertThat(files(c)).containsExactly(in + "/sub/memo.txt");
        assertThat(c.rejected()).isEmpty();
    }

    @Test
    void aLinkInsideTheTreeToAFileNotOtherwiseListedIsReadThroughItsRealPath() throws IOException {
        Path in = folder();
        Path other = Files.createDirectories(tmp.resolve("other"));
        Path target = Files.writeString(other.resolve("brief.txt"), "Rhea Okonjo filed a brief.\n");
        Files.createSymbolicLink(in.resolve("brief.txt"), target);

        // the other folder is an input too: the link leads to a file inside the inputs
        FileCollector.Collected c = FileCollector.collect(List.of(in, other), Manifest.EMPTY);

        assertThat(files(c)).containsExactly(other + "/brief.txt");
        assertThat(c.rejected()).isEmpty();
    }

    @Test
    void loopsBrokenLinksAndLinksToFoldersGetAnEntryWithAnHonestReason() throws IOException {
        Path in = folder();
        Files.createDirectories(in.resolve("sub"));
        Files.writeString(in.resolve("sub/kept.txt"), "Tomas Heller testified.\n");
        Files.createSymbolicLink(in.resolve("loop-a"), Path.of("loop-b"));
        Files.createSymbolicLink(in.resolve("loop-b"), Path.of("loop-a"));
        Files.createSymbolicLink(in.resolve("self"), Path.of("self"));
        Files.createSymbolicLink(in.resolve("gone.txt"), Path.of("missing.txt"));
        Files.createSymbolicLink(in.resolve("folder-link"), Path.of("sub"));
        Files.createSymbolicLink(in.resolve("up"), Path.of(".."));

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);

        assertThat(files(c)).containsExactly(in + "/sub/kept.txt");
        assertThat(c.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::reason).containsExactly(
                tuple(in + "/folder-link", "symbolic link to a folder (not followed)"),
                tuple(in + "/gone.txt", "broken symbolic link"),
                tuple(in + "/loop-a", "symbolic link loop"),
                tuple(in + "/loop-b", "symbolic link loop"),
                tuple(in + "/self", "symbolic link loop"),
                tuple(in + "/up", "symbolic link to outside the input folder"));
        assertThat(c.rejected()).allMatch(r -> r.status() == DocumentStatus.SKIPPED);
    }

    @Test
    void fifosAndSocketsAreSkippedWithoutBeingOpenedAlsoWhenNamedOnTheCommandLine() throws Exception {
        Path in = folder();
        Path fifo = in.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path socket = in.resolve("sock.txt");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Files.writeString(in.resolve("real.txt"), "Nadia Brevik spoke.\n");

            FileCollector.Collected c = FileCollector.collect(List.of(in, fifo), Manifest.EMPTY);

            assertThat(files(c)).containsExactly(in + "/real.txt");
            assertThat(c.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::status,
                    FileCollector.Rejected::reason).containsExactly(
                            tuple(in + "/pipe.txt", DocumentStatus.SKIPPED, "not a regular file"),
                            tuple(in + "/sock.txt", DocumentStatus.SKIPPED, "not a regular file"));

            FileCollector.Collected alone = FileCollector.collect(List.of(fifo), Manifest.EMPTY);
            assertThat(alone.files()).isEmpty();
            assertThat(alone.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::reason)
                    .containsExactly(tuple(fifo.toString(), "not a regular file"));
        }
    }

    @Test
    void aFileNamedTwiceIsOneEntry() throws IOException {
        Path in = folder();
        Path a = Files.writeString(in.resolve("a.txt"), "Petra Lindqvist was charged.\n");
        Files.writeString(in.resolve("b.txt"), "Petra Lindqvist was released.\n");

        assertThat(files(FileCollector.collect(List.of(in, a), Manifest.EMPTY)))
                .containsExactly(in + "/a.txt", in + "/b.txt");
        assertThat(files(FileCollector.collect(List.of(a, in), Manifest.EMPTY)))
                .containsExactly(a.toString(), in + "/b.txt");
        assertThat(files(FileCollector.collect(List.of(in, in.resolve("./a.txt"), in), Manifest.EMPTY)))
                .containsExactly(in + "/a.txt", in + "/b.txt");
    }

    @Test
    void anUnreadableSubFolderIsAFailedEntryAndTheBatchGoesOn() throws IOException {
        // through the lister seam: the tests run as root, who can read a chmod 000 folder
        Path in = folder();
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("hidden-away.txt"), "Oskar Delane paid.\n");
        Files.writeString(in.resolve("open.txt"), "Oskar Delane was seen.\n");
        FileCollector.Lister denying = dir -> {
            if (dir.equals(locked)) {
                throw new AccessDeniedException(dir.toString());
            }
            return FileCollector.FILES.list(dir);
        };

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY, denying);

        assertThat(files(c)).containsExactly(in + "/open.txt");
        assertThat(c.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::status,
                FileCollector.Rejected::reason).containsExactly(
                        tuple(in + "/locked", DocumentStatus.FAILED, "cannot read the folder: permission denied"));
    }

    @Test
    void aReallyUnreadableSubFolderWhenNotRoot() throws IOException {
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "root reads chmod 000 folders");
        Path in = folder();
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(in.resolve("open.txt"), "Oskar Delane was seen.\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);
            assertThat(files(c)).containsExactly(in + "/open.txt");
            assertThat(c.rejected()).extracting(FileCollector.Rejected::reason)
                    .containsExactly("cannot read the folder: permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void hiddenFilesAndTheManifestAreNotEntriesAndIgnoredFilesAreSkipped() throws IOException {
        Path in = folder();
        Files.writeString(in.resolve(".secret.txt"), "x\n");
        Files.writeString(in.resolve("README.md"), "about\n");
        Files.writeString(in.resolve(".casefileignore"), "README.md\n");
        Files.writeString(in.resolve("story.txt"), "Mirela Dorsan won.\n");

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);

        assertThat(files(c)).containsExactly(in + "/story.txt");
        assertThat(c.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::reason)
                .containsExactly(tuple(in + "/README.md", "ignored by .casefileignore"));
    }
    @Test
    void aSubfolderIgnoreFileAppliesUnderItsFolderAndAFolderGlobIgnoresAllUnderIt() throws IOException {
        Path in = folder();
        Files.writeString(in.resolve(".casefileignore"), "# not sources\ndrafts/\nletters/*.txt\n");
        Path letters = Files.createDirectories(in.resolve("letters/old"));
        Path drafts = Files.createDirectories(in.resolve("drafts/v2"));
        Files.writeString(in.resolve("letters/.casefileignore"), "*.md\n");
        Files.writeString(in.resolve("letters/plea.txt"), "Odile Wrenfield wrote.\n");
        Files.writeString(in.resolve("letters/notes.md"), "to do\n");
        Files.writeString(letters.resolve("reply.txt"), "Odile Wrenfield replied.\n");
        Files.writeString(letters.resolve("index.md"), "to do\n");
        Files.writeString(drafts.resolve("story.txt"), "draft\n");
        Files.writeString(in.resolve("about.md"), "Odile Wrenfield, the case.\n");

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);

        // letters/*.txt is anchored to the top folder; letters' own *.md reaches every depth below it
        // but not the top folder's about.md; drafts/ takes every file under it
        assertThat(files(c)).containsExactly(in + "/about.md", in + "/letters/old/reply.txt");
        assertThat(c.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::reason)
                .containsExactly(
                        tuple(in + "/drafts/v2/story.txt", "ignored by .casefileignore"),
                        tuple(in + "/letters/notes.md", "ignored by .casefileignore"),
                        tuple(in + "/letters/old/index.md", "ignored by .casefileignore"),
                        tuple(in + "/letters/plea.txt", "ignored by .casefileignore"));
    }

    @Test
    void anIgnoreFileWithALineThatIsNoGlobIsFailedAndTheBatchGoesOn() throws IOException {
        Path in = folder();
        Path sub = Files.createDirectories(in.resolve("sub"));
        Files.writeString(sub.resolve(".casefileignore"), "*.md\n[draft\n");
        Files.writeString(sub.resolve("note.md"), "to do\n");
        Files.writeString(in.resolve("story.txt"), "Mirela Dorsan won.\n");

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);

        assertThat(files(c)).containsExactly(in + "/story.txt", in + "/sub/note.md");
        assertThat(c.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::status,
                FileCollector.Rejected::reason).containsExactly(tuple(in + "/sub/.casefileignore", DocumentStatus.FAILED,
                        "cannot use the ignore file: line 2 is no glob: [draft (Missing '])"));
    }

    @Test
    void aFolderManifestIsNoDocumentAndIsSkippedWhenManifestNamesAnother() throws IOException {
        Path in = folder();
        Path sub = Files.createDirectories(in.resolve("wire"));
        Files.writeString(sub.resolve("flood.txt"), "The Ressach flooded.\n");
        Path nested = Files.writeString(sub.resolve("manifest.csv"), "path,published\nflood.txt,1998-04-02\n");
        Path given = Files.writeString(in.resolve("sources.csv"), "path\nwire/flood.txt\n");

        FileCollector.Collected read = FileCollector.collect(List.of(in), Manifest.readAll(List.of(nested)));
        FileCollector.Collected other = FileCollector.collect(List.of(in), Manifest.read(given));

        assertThat(files(read)).containsExactly(in + "/sources.csv", in + "/wire/flood.txt");
        assertThat(read.rejected()).isEmpty();
        assertThat(files(other)).containsExactly(in + "/wire/flood.txt");
        assertThat(other.rejected()).extracting(r -> r.source().displayPath(), FileCollector.Rejected::reason)
                .containsExactly(tuple(in + "/wire/manifest.csv", "a folder's manifest, not read: --manifest names another"));
    }

    @Test
    void everyFolderGivenHasItsManifestsFoundAtAnyDepthButNotInHiddenFolders() throws IOException {
        Path north = folder();
        Path south = Files.createDirectories(north.resolveSibling(north.getFileName() + "-south"));
        Path deep = Files.createDirectories(south.resolve("court/2019"));
        Path hidden = Files.createDirectories(south.resolve(".old"));
        Path m1 = Files.writeString(north.resolve("manifest.csv"), "path\n");
        Path m2 = Files.writeString(deep.resolve("manifest.csv"), "path\n");
        Files.writeString(hidden.resolve("manifest.csv"), "path\n");
        Files.writeString(south.resolve("manifest.csv.bak"), "path\n");
        Path given = Files.writeString(south.resolve("list.csv"), "path\n");

        assertThat(FileCollector.manifestFiles(null, List.of(north, south, m1))).containsExactly(m1, m2);
        assertThat(FileCollector.manifestFiles(given, List.of(north, south))).containsExactly(given);
        assertThat(FileCollector.manifestFiles(null, List.of(m1))).isEmpty();
        // an ignored folder's manifest is not read (it may list files long gone)
        Path old = Files.createDirectories(south.resolve("archive"));
        Files.writeString(old.resolve("manifest.csv"), "path\ngone.txt\n");
        Files.writeString(south.resolve(".casefileignore"), "archive/\n");
        assertThat(FileCollector.manifestFiles(null, List.of(south))).containsExactly(m2);
        // a folder given through a link: its manifests are named through the link, as its files are
        Path link = Files.createSymbolicLink(tmp.resolve("north-link"), north);
        assertThat(FileCollector.manifestFiles(null, List.of(link))).containsExactly(link.resolve("manifest.csv"));
    }

    @Test
    void aCaseWrittenAsJsonLinesIntoTheInputFolderIsSkippedPartByPart() throws IOException {
        Path in = folder();
        Files.writeString(in.resolve("story.txt"), "Mirela Dorsan won.\n");
        com.fasterxml.jackson.databind.node.ObjectNode caseJson = org.casefile.output.CaseJsonWriter.mapper().createObjectNode();
        caseJson.put("schemaVersion", "1.1");
        caseJson.putObject("generator").put("name", "casefile").put("version", "0.1.0");
        caseJson.put("createdAt", "2026-12-03T00:00:00Z");
        caseJson.putArray("documents").addObject().put("id", "d1").put("path", "story.txt");
        Path out = Files.createDirectories(in.resolve("run1"));
        org.casefile.output.CaseJsonLines.write(caseJson, relative -> {
            Path f = out.resolve(relative);
            Files.createDirectories(f.getParent());
            return Files.newOutputStream(f);
        });

        FileCollector.Collected c = FileCollector.collect(List.of(in), Manifest.EMPTY);

        assertThat(files(c)).containsExactly(in + "/story.txt");
        assertThat(c.rejected()).extracting(FileCollector.Rejected::reason).hasSize(6)
                .containsOnly("part of a case written by casefile (a JSON Lines folder, its output)");
        // a folder whose header.json is someone else's is read
        Path other = Files.createDirectories(in.resolve("other"));
        Files.writeString(other.resolve("header.json"), "{\"schemaVersion\": \"2\", \"generator\": {\"name\": \"ledgerbot\"}}\n");
        assertThat(files(FileCollector.collect(List.of(other), Manifest.EMPTY))).containsExactly(other + "/header.json");
    }
    @Test
    void aFileGoneSinceTheListingSaysSoAndNotOnlyItsPath() {
        assertThat(FileCollector.why(new java.nio.file.NoSuchFileException("np/story-3.txt")))
                .isEqualTo("no such file (deleted or moved since the folders were listed)");
        assertThat(FileCollector.why(new java.nio.file.AccessDeniedException("np/story-4.txt"))).isEqualTo("permission denied");
    }
}
