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
 * Splits an e-mail while Tika parses it: the message body (text/plain or text/html parts without
 * a file name) is parsed into the e-mail's own text; every attachment is saved to a file of its
 * own under {@code dir} (with its SHA-256 computed on the way) to become a document of its own.
 * Pictures shown inline in an HTML body are dropped. Not thread-safe: one per parse.
 */
final class MailAttachments implements EmbeddedDocumentExtractor {
    /**
     * An attachment of the e-mail.
     *
     * @param file where it was saved, or null when it was larger than the size limit
     * @param name its file name (given, or made up from its type)
     * @param sha256 SHA-256 of all its bytes
     * @param size its length in bytes
     */
    record Attachment(Path file, String name, String sha256, long size) {
    }

    private final Parser parser;
    private final ParseContext context;
    private final Path dir;
    private final long maxBytes;
    private final List<Attachment> attachments = new ArrayList<>();

    MailAttachments(Parser parser, ParseContext context, Path dir, long maxBytes) {
        this.parser = parser;
        this.context = context;
        this.dir = dir;
        this.maxBytes = maxBytes;
    }

    List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return true;
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        String type = baseType(metadata.get(Metadata.CONTENT_TYPE));
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
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
        save(stream, named ? safeName(name) : madeUpName(type));
    }

    private void save(InputStream stream, String name) throws IOException {
        Path sub = Files.createDirectory(dir.resolve(Integer.toString(attachments.size() + 1)));
        Path file = sub.resolve(name);
        MessageDigest sha = sha256();
        long size = 0;
        boolean tooLarge = false;
        byte[] buf = new byte[1 << 16];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int n; (n = stream.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                size += n;
                if (size > maxBytes) {
                    tooLarge = true; // keep reading for the hash, stop writing
                } else {
                    out.write(buf, 0, n);
                }
            }
        }
        if (tooLarge) {
            Files.delete(file);
        }
        attachments.add(new Attachment(tooLarge ? null : file, name, HexFormat.of().formatHex(sha.digest()), size));
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
