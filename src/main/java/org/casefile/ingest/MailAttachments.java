package org.casefile.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Splits an e-mail or an archive while Tika parses it. For an e-mail, the message body
 * (text/plain or text/html parts without a file name) is parsed into the e-mail's own text, and
 * pictures shown inline in an HTML body are dropped. Every attachment, and every entry of an
 * archive (ZIP, TAR, 7z, a compressed file), is saved to a file of its own under {@code dir}
 * (with its SHA-256 computed on the way) to become a document of its own. An entry larger than
 * the size limit is not kept (reading stops at the limit: a zip bomb's entry is never inflated
 * whole), nor are entries past the {@link Budget} shared by everything unpacked from one input
 * file. File names are never used as paths: each entry goes to a numbered folder under its last
 * name segment, so "../" in an entry name writes nowhere else. Not thread-safe: one per parse.
 */
final class MailAttachments implements EmbeddedDocumentExtractor {
    /**
     * An attachment of the e-mail or an entry of the archive.
     *
     * @param file where it was saved, or null when it was not kept ({@code skipped} says why)
     * @param name its file name (given, or made up from its type); for an archive entry, its path
     *     inside the archive
     * @param sha256 SHA-256 of all its bytes, or null when it was not read whole
     * @param size its length in bytes (as far as it was read)
     * @param skipped why it was not kept, or null
     */
    record Attachment(Path file, String name, String sha256, long size, String skipped) {
    }

    /**
     * How much may still be unpacked from one input file, across all its nesting levels (a zip
     * bomb of many small entries, or archives inside archives, stops here). Thread-safe.
     */
    static final class Budget {
        private final java.util.concurrent.atomic.AtomicLong bytes;
        private final java.util.concurrent.atomic.AtomicInteger entries;
        private final long maxBytes;
        private final int maxEntries;

        Budget(long maxBytes, int maxEntries) {
            this.bytes = new java.util.concurrent.atomic.AtomicLong(maxBytes);
            this.entries = new java.util.concurrent.atomic.AtomicInteger(maxEntries);
            this.maxBytes = maxBytes;
            this.maxEntries = maxEntries;
        }

        /** Why no further entry may be unpacked, or null when one may (and is counted). */
        String takeEntry() {
            if (entries.getAndDecrement() <= 0) {
                return "not unpacked: more than " + maxEntries + " entries in one input file";
            }
            return bytes.get() <= 0 ? bytesSpent() : null;
        }

        /** Takes n bytes; false when the budget is spent. */
        boolean takeBytes(long n) {
            return bytes.addAndGet(-n) >= 0;
        }

        long bytesLeft() {
            return Math.max(0, bytes.get());
        }

        int entriesLeft() {
            return Math.max(0, entries.get());
        }

        /** Counts an entry of n bytes unpacked elsewhere (by a child JVM). */
        void spend(long n) {
            entries.decrementAndGet();
            bytes.addAndGet(-n);
        }

        String bytesSpent() {
            return "not unpacked: more than " + maxBytes + " bytes unpacked from one input file";
        }
    }

    private final Parser parser;
    private final ParseContext context;
    private final Path dir;
    private final long maxBytes;
    private final boolean archive;
    private final Budget budget;
    private final ArchiveListing listing;
    private final List<Attachment> attachments = new ArrayList<>();

    /**
     * @param archive whether an archive is split (every entry is saved, under its path inside
     *     the archive) rather than an e-mail
     * @param budget what may still be unpacked from the input file this belongs to
     * @param listing what the archive's own listing tells of its entries (links, encrypted entries)
     */
    MailAttachments(Parser parser, ParseContext context, Path dir, long maxBytes, boolean archive, Budget budget,
            ArchiveListing listing) {
        this.parser = parser;
        this.context = context;
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.archive = archive;
        this.budget = budget;
        this.listing = listing;
    }

    /**
     * The attachments or entries, in order; then each encrypted entry of the archive's listing that
     * the parser passed over (Tika gives no word of one), not unpacked.
     */
    synchronized List<Attachment> attachments() {
        if (!listed) {
            listed = true; // each counted once against the budget, however often this is asked
            java.util.Set<String> seen = new java.util.HashSet<>();
            attachments.forEach(a -> seen.add(a.name()));
            for (String entry : listing.encrypted()) {
                if (seen.add(entry)) {
                    String refused = budget.takeEntry();
                    attachments.add(new Attachment(null, entry, null, 0, refused != null ? refused : ENCRYPTED_ENTRY));
                    if (refused != null) {
                        break; // the rest are past the limit too: one line says so
                    }
                }
            }
        }
        return List.copyOf(attachments);
    }

    private boolean listed;

    /** Why an encrypted archive entry was not unpacked: a failure, as a locked PDF's is. */
    static final String ENCRYPTED_ENTRY = "encrypted: the entry needs a password";

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        String type = baseType(metadata.get(Metadata.CONTENT_TYPE));
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (archive) {
            String entry = entryPath(name);
            if (entry != null && listing.links().containsKey(entry)) {
                String refused = budget.takeEntry(); // a link is an entry, counted as one
                attachments.add(new Attachment(null, entry, null, 0, refused != null ? refused
                        : "a link inside the archive (to " + listing.links().get(entry) + "): not followed"));
                return;
            }
            save(stream, entry != null ? entry : madeUpName(type), entry != null ? safeName(entry) : madeUpName(type));
            return;
        }
        String disposition = String.valueOf(metadata.get("Content-Disposition")).toLowerCase(Locale.ROOT);
        boolean named = name != null && !name.isBlank();
        if (!named && !disposition.startsWith("attachment") && (type.equals("text/plain") || type.equals("text/html"))) {
            try {
                parser.parse(stream, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
            } catch (ZeroByteFileException e) {
                // an empty body
            } catch (TikaException e) {
                throw new IOException("cannot parse the message body: " + e.getMessage(), e);
            }
            return;
        }
        if (disposition.startsWith("inline") && type.startsWith("image/")) {
            return; // a logo or picture of the HTML body, not a document
        }
        String safe = named ? safeName(name) : madeUpName(type);
        save(stream, safe, safe);
    }

    /**
     * Saves one entry.
     *
     * @param name how it is named in its document's path
     * @param fileName the name of the file it is saved to
     */
    private void save(InputStream stream, String name, String fileName) throws IOException {
        String refused = budget.takeEntry();
        if (refused != null) {
            attachments.add(new Attachment(null, name, null, 0, refused));
            return;
        }
        Path sub = Files.createDirectory(dir.resolve(Integer.toString(attachments.size() + 1)));
        Path file = sub.resolve(fileName);
        MessageDigest sha = sha256();
        long size = 0;
        String skipped = null;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = stream.read(buf)) > 0; ) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.io.InterruptedIOException("the parse was stopped");
                }
                sha.update(buf, 0, n);
                size += n;
                if (size > maxBytes) {
                    skipped = "larger than the size limit of " + maxBytes + " bytes"; // not inflated further
                    break;
                }
                if (!budget.takeBytes(n)) {
                    skipped = budget.bytesSpent();
                    break;
                }
                out.write(buf, 0, n);
            }
        }
        if (skipped != null) {
            Files.delete(file);
            attachments.add(new Attachment(null, name, null, size, skipped));
            return;
        }
        attachments.add(new Attachment(file, name, HexFormat.of().formatHex(sha.digest()), size, null));
    }

    /**
     * An archive entry's path as shown after "!/": slashes only, no leading slash, "." and ".."
     * segments and control characters dropped; null when nothing is left.
     */
    static String entryPath(String name) {
        if (name == null) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.replace('\\', '/').split("/")) {
            String clean = segment.replaceAll("[\\x00-\\x1F\\x7F]", "_").strip();
            if (!clean.isEmpty() && !clean.equals(".") && !clean.equals("..")) {
                segments.add(clean);
            }
        }
        return segments.isEmpty() ? null : String.join("/", segments);
    }

    /** The last segment of a file name, without characters that file systems refuse. */
    static String safeName(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        String clean = last.replaceAll("[\\x00-\\x1F\\x7F:*?\"<>|]", "_").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return "attachment";
        }
        return clean.length() > 150 ? clean.substring(clean.length() - 150) : clean;
    }

    private static String madeUpName(String type) {
        String extension = "";
        try {
            extension = MimeTypes.getDefaultMimeTypes().forName(type).getExtension();
        } catch (MimeTypeException e) {
            // no extension then
        }
        return "attachment" + extension;
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
