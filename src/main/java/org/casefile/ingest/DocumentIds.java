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

    /** The SHA-256 of no bytes: the content of every empty file. */
    public static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /**
     * Whether a content hash is that of no bytes: every empty file is "empty" with an id of its own
     * ({@link #ofDuplicate}, by its path), never the copy of another empty file.
     */
    public static boolean isEmptyContent(String sha256) {
        return EMPTY_SHA256.equals(sha256);
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
