package org.casefile.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * What Tika does not tell of a tar or zip archive's entries, read from its listing before Tika
 * splits it: which entries are links (symbolic or, in a tar, hard) and where they point, and which
 * zip entries are encrypted. Tika hands a link on as an empty file, or in a zip as a file whose
 * text is the target's path, and passes over an encrypted entry without a word; without this list
 * a link would be reported as an empty document or cited as text, and an encrypted entry would be
 * missing from the output. Nothing a link names is read.
 *
 * @param links entry path (as {@link MailAttachments#entryPath} shows it) to the link's target
 * @param encrypted entry paths of the entries that need a password, in the archive's order
 */
record ArchiveListing(Map<String, String> links, List<String> encrypted) {
    /** Most bytes of a link's target read from a zip entry (a target is a path). */
    private static final int MAX_TARGET_BYTES = 4096;
    static final ArchiveListing NONE = new ArchiveListing(Map.of(), List.of());

    ArchiveListing {
        links = Map.copyOf(links);
        encrypted = List.copyOf(encrypted);
    }

    /**
     * The listing of a tar or zip archive; {@link #NONE} for other types, and for an archive that
     * cannot be listed (its parse then says what is wrong).
     */
    static ArchiveListing of(Path archive, String mediaType) {
        try {
            return switch (mediaType) {
                case "application/x-tar", "application/x-gtar" -> new ArchiveListing(inTar(archive), List.of());
                case "application/zip" -> inZip(archive);
                default -> NONE;
            };
        } catch (IOException | RuntimeException e) {
            return NONE;
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

    private static ArchiveListing inZip(Path archive) throws IOException {
        Map<String, String> links = new LinkedHashMap<>();
        List<String> encrypted = new ArrayList<>();
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            for (Enumeration<ZipArchiveEntry> en = zip.getEntries(); en.hasMoreElements(); ) {
                ZipArchiveEntry e = en.nextElement();
                if (e.getGeneralPurposeBit().usesEncryption() && !e.isDirectory()) {
                    String entry = MailAttachments.entryPath(e.getName());
                    if (entry != null && encrypted.size() <= TikaIngester.MAX_ENTRIES) {
                        encrypted.add(entry);
                    }
                } else if (e.isUnixSymlink()) {
                    put(links, e.getName(), e.getSize() <= MAX_TARGET_BYTES ? zip.getUnixSymlink(e)
                            : "a path of more than " + MAX_TARGET_BYTES + " bytes");
                }
            }
        }
        return new ArchiveListing(links, encrypted);
    }

    private static void put(Map<String, String> links, String name, String target) {
        String entry = MailAttachments.entryPath(name);
        if (entry != null && links.size() <= TikaIngester.MAX_ENTRIES) { // past the limit none is unpacked anyway
            links.put(entry, target == null ? "" : target.replaceAll("[\\x00-\\x1F\\x7F]", "_"));
        }
    }
}
