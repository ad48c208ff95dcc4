package org.casefile.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The entries of a tar or zip archive that are links (symbolic or, in a tar, hard) and where they
 * point. Tika hands such an entry on as an empty file, or in a zip as a file whose text is the
 * target's path, so without this list a link would be reported as an empty document or cited as
 * text. Nothing a link names is read.
 */
final class ArchiveLinks {
    /** Most bytes of a link's target read from a zip entry (a target is a path). */
    private static final int MAX_TARGET_BYTES = 4096;

    private ArchiveLinks() {
    }

    /**
     * Entry path (as {@link MailAttachments#entryPath} shows it) to the link's target, for a tar or
     * zip archive; empty for other types, and for an archive that cannot be listed (its parse then
     * says what is wrong).
     */
    static Map<String, String> of(Path archive, String mediaType) {
        try {
            return switch (mediaType) {
                case "application/x-tar", "application/x-gtar" -> inTar(archive);
                case "application/zip" -> inZip(archive);
                default -> Map.of();
            };
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }

    private static Map<String, String> inTar(Path archive) throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(archive));
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry e; (e = tar.getNextEntry()) != null; ) {
                if (e.isSymbolicLink() || e.isLink()) {
                    put(links, e.getName(), e.getLinkName());
                }
            }
        }
        return links;
    }

    private static Map<String, String> inZip(Path archive) throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (e.isUnixSymlink()) {
                    put(links, e.getName(), e.getSize() <= MAX_TARGET_BYTES ? zip.getUnixSymlink(e)
                            : "a path of more than " + MAX_TARGET_BYTES + " bytes");
                }
            }
        }
        return links;
    }

    private static void put(Map<String, String> links, String name, String target) {
        String entry = MailAttachments.entryPath(name);
        if (entry != null) {
            links.put(entry, target == null ? "" : target.replaceAll("[\\x00-\\x1F\\x7F]", "_"));
        }
    }
}
