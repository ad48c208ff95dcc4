package org.casefile.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One input file after ingestion: its identity, metadata, status and (when ok) its normalised
 * text with a page map. Immutable; safe to share between threads.
 *
 * @param id stable identifier derived from the SHA-256 of the file's bytes
 * @param path the path as given on the command line (or relative to the folder given)
 * @param text the normalised extracted text ("" unless status is OK)
 * @param truncated whether the text was cut at the size limit (the rest of the file is not in it)
 * @param droppedChars when the text was dropped to save memory ({@link #withoutText()}), its length
 *     in code points; else null (the text is here)
 */
public record IngestedDocument(
        String id,
        String path,
        String sha256,
        String mediaType,
        String title,
        String url,
        PublicationDate published,
        PageMap pageMap,
        String text,
        boolean ocr,
        DocumentStatus status,
        String error,
        String duplicateOf,
        String parent,
        boolean truncated,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer droppedChars) {

    public IngestedDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        text = text == null ? "" : text;
        pageMap = pageMap == null ? PageMap.NONE : pageMap;
        if (status == DocumentStatus.FAILED && (error == null || error.isBlank())) {
            throw new IllegalArgumentException("a failed document needs a reason: " + path);
        }
    }

    /** A document with its text. */
    public IngestedDocument(String id, String path, String sha256, String mediaType, String title, String url,
            PublicationDate published, PageMap pageMap, String text, boolean ocr, DocumentStatus status, String error,
            String duplicateOf, String parent, boolean truncated) {
        this(id, path, sha256, mediaType, title, url, published, pageMap, text, ocr, status, error, duplicateOf, parent,
                truncated, null);
    }

    /** A document whose text is whole. */
    public IngestedDocument(String id, String path, String sha256, String mediaType, String title, String url,
            PublicationDate published, PageMap pageMap, String text, boolean ocr, DocumentStatus status, String error,
            String duplicateOf, String parent) {
        this(id, path, sha256, mediaType, title, url, published, pageMap, text, ocr, status, error, duplicateOf, parent,
                false);
    }

    /** A document that was not parsed, with its reason. */
    public static IngestedDocument notParsed(String id, String path, String sha256, String mediaType,
            DocumentStatus status, String reason, String duplicateOf) {
        return new IngestedDocument(id, path, sha256, mediaType, null, null, null, PageMap.NONE, "",
                false, status, reason, duplicateOf, null);
    }

    /** How the reason of a document that ran out of its time starts ("timed out after 120 s in the parse"). */
    public static final String TIMED_OUT = "timed out after ";
    /** Why a file is empty. */
    public static final String EMPTY_FILE = "the file is empty (0 bytes)";
    /** Why a listed file could not be read: it was deleted or moved while the run went on. */
    public static final String GONE = "no such file (deleted or moved since the folders were listed)";

    /**
     * Whether the document failed only because it ran out of time: on a busy machine or with a
     * longer {@code --timeout} it may succeed, so no resumed run takes this result as final.
     */
    @JsonIgnore
    public boolean timedOut() {
        return status == DocumentStatus.FAILED && error != null && error.startsWith(TIMED_OUT);
    }

    public boolean isOk() {
        return status == DocumentStatus.OK;
    }

    public LocalDate publishedDate() {
        return published == null ? null : published.date();
    }

    public Integer pages() {
        return pageMap.isPaged() ? pageMap.pageCount() : null;
    }

    /** Length of the text in Unicode code points (also after {@link #withoutText()}). */
    public int chars() {
        return droppedChars != null ? droppedChars : text.codePointCount(0, text.length());
    }

    /**
     * This document without its text (a case build needs only its citations), remembering the
     * text's length; {@link #cite} is not possible on it.
     */
    public IngestedDocument withoutText() {
        if (text.isEmpty()) {
            return this;
        }
        return new IngestedDocument(id, path, sha256, mediaType, title, url, published, pageMap, "", ocr, status,
                error, duplicateOf, parent, truncated, chars());
    }

    /** Whether the text was dropped by {@link #withoutText()}. */
    public boolean textDropped() {
        return droppedChars != null;
    }

    /**
     * Cites the passage between two UTF-16 char offsets of {@link #text()}, converting to code
     * points (through a per-text {@link CodePointIndex}, not by counting from the start) and
     * finding the page.
     */
    public Citation cite(int beginChar, int endChar) {
        if (beginChar < 0 || endChar > text.length() || beginChar > endChar) {
            throw new IndexOutOfBoundsException("[" + beginChar + ", " + endChar + ") in " + text.length());
        }
        CodePointIndex index = CodePointIndex.of(text);
        int start = index.codePointCount(0, beginChar);
        int end = start + index.codePointCount(beginChar, endChar);
        return new Citation(id, start, end, pageMap.pageAt(beginChar), text.substring(beginChar, endChar));
    }

    /** This document as part of another one (an e-mail's attachment). */
    public IngestedDocument withParent(String parentId) {
        return new IngestedDocument(id, path, sha256, mediaType, title, url, published, pageMap, text, ocr, status,
                error, duplicateOf, parentId, truncated, droppedChars);
    }

    public IngestedDocument withStatus(DocumentStatus newStatus, String reason) {
        return new IngestedDocument(id, path, sha256, mediaType, title, url, published, pageMap,
                newStatus == DocumentStatus.OK ? text : "", ocr, newStatus, reason, duplicateOf, parent,
                newStatus == DocumentStatus.OK && truncated);
    }
}
