package org.casefile.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Document ids: "d" + the first {@value #HEX_DIGITS} hex digits (64 bits) of the SHA-256 of the
 * content, so that the same bytes get the same id on any machine and in any run; a collision
 * between two different documents becomes likely only around four billion documents.
 */
public final class DocumentIds {
    /** Hex digits of the hash kept in an id: 16, that is 64 bits. */
    public static final int HEX_DIGITS = 16;

    private DocumentIds() {
    }

    /** The id of a document with this content hash. */
    public static String of(String sha256) {
        return "d" + sha256.substring(0, HEX_DIGITS);
    }

    /** The id of a later copy of a content (a skipped duplicate), from its hash and its own path. */
    public static String ofDuplicate(String sha256, String path) {
        return of(sha256((sha256 + "\n" + path).getBytes(StandardCharsets.UTF_8)));
    }

    /** The id of an entry whose content was not read (unreadable, ignored): from its path. */
    public static String ofPath(String path) {
        return of(sha256(path.getBytes(StandardCharsets.UTF_8)));
    }

    /** The SHA-256 of bytes, in lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
