package org.casefile.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.Manifest;
import org.casefile.ingest.OwnOutputs;
import org.casefile.ingest.SourceFile;
import org.casefile.output.CaseJsonLines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the files to process: each given file, and every file under each given folder (recursed,
 * in name order), without hidden files and folders and without the manifest itself. Every other
 * path given or found ends as exactly one entry:
 * <ul>
 *   <li>a regular file is to be processed, once per real file: a file named twice (directly and
 *       through its folder, or through a link inside the input folders) is one entry, under the
 *       first path that is not a link;</li>
 *   <li>symbolic links inside the folders are never followed out of them: a link to a file
 *       outside every input folder, a link to a folder, a broken link and a link loop are
 *       {@code skipped} with the reason (a path given on the command line is the user's own
 *       choice and is followed);</li>
 *   <li>FIFOs, sockets and devices are {@code skipped} ("not a regular file") and never opened
 *       (opening a FIFO blocks);</li>
 *   <li>a folder that cannot be listed is {@code failed} with the reason, and the batch goes on;</li>
 *   <li>files the {@code .casefileignore} of their folder or of a folder above names are
 *       {@code skipped} ({@link IgnoreRules});</li>
 *   <li>a folder's {@code manifest.csv} is no document: it is read as a manifest, or, when
 *       {@code --manifest} names another, {@code skipped}.</li>
 * </ul>
 */
public final class FileCollector {
    private static final Logger LOG = LoggerFactory.getLogger(FileCollector.class);
    static final String LINK_OUTSIDE = "symbolic link to outside the input folder";
    static final String LINK_TO_FOLDER = "symbolic link to a folder (not followed)";
    static final String LINK_LOOP = "symbolic link loop";
    static final String LINK_BROKEN = "broken symbolic link";
    static final String NOT_REGULAR = "not a regular file";

    /** Lists a folder's entries (a seam: tests make a folder unreadable even when run as root). */
    @FunctionalInterface
    interface Lister {
        List<Path> list(Path dir) throws IOException;
    }

    static final Lister FILES = dir -> {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            s.forEach(out::add);
        }
        return out;
    };

    private FileCollector() {
    }

    /** A path that is not processed, with its status and reason. */
    public record Rejected(SourceFile source, DocumentStatus status, String reason) {
    }

    /** The files to process, and the paths that are listed but not processed. */
    public record Collected(List<SourceFile> files, List<Rejected> rejected) {
        public Collected {
            files = List.copyOf(files);
            rejected = List.copyOf(rejected);
        }
    }

    public static Collected collect(List<Path> inputs, Manifest manifest) throws IOException {
        return collect(inputs, manifest, FILES);
    }

    /** A path found, before de-duplication; {@code real} is the file it resolves to (files to process only). */
    private record Found(Path sortKey, SourceFile source, Path real, boolean link, DocumentStatus status, String reason) {
    }

    static Collected collect(List<Path> inputs, Manifest manifest, Lister lister) throws IOException {
        List<Path> roots = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.exists(input)) {
                roots.add(input.toRealPath());
            }
        }
        List<Found> found = new ArrayList<>();
        for (Path input : inputs) {
            String display = display(input);
            if (!Files.exists(input)) {
                throw new NoSuchFileException(input.toString(), null, "no such file or folder");
            }
            BasicFileAttributes attrs = Files.readAttributes(input, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                List<Found> inFolder = new ArrayList<>();
                walk(input, input, IgnoreRules.NONE, manifest, lister, roots, inFolder, false, false);
                inFolder.sort(Comparator.comparing(Found::sortKey));
                found.addAll(inFolder);
            } else if (attrs.isRegularFile()) {
                found.add(new Found(input, source(input, display, manifest), input.toRealPath(), false, null, null));
            } else {
                found.add(new Found(input, source(input, display, manifest), null, false, DocumentStatus.SKIPPED,
                        NOT_REGULAR));
            }
        }
        return dedupe(found);
    }

    /**
     * The manifests of a run: {@code given} ({@code --manifest}) alone when not null; else every
     * {@value Manifest#DEFAULT_NAME} in the folders given, at any depth (not in hidden or ignored
     * folders, never through a link), each for the files under its own folder; in name order.
     */
    public static List<Path> manifestFiles(Path given, List<Path> inputs) throws IOException {
        if (given != null) {
            return List.of(given);
        }
        java.util.Set<Path> found = new java.util.LinkedHashSet<>();
        for (Path input : inputs) {
            if (!Files.isDirectory(input)) {
                continue;
            }
            List<Path> inThisInput = new ArrayList<>();
            // links inside are not followed (as the collector follows none out of a folder; the folder
            // given may be one), a hidden folder is not entered, and a folder that cannot be listed is
            // passed over (the collector reports it); nor are folders a .casefileignore names
            Path real = input.toRealPath();
            java.util.Deque<IgnoreRules> ignore = new java.util.ArrayDeque<>(List.of(IgnoreRules.NONE));
            Files.walkFileTree(real, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                    if (!dir.equals(real) && (isHidden(real.relativize(dir)) || ignore.peek().ignores(dir, true))) {
                        return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                    }
                    IgnoreRules rules = ignore.peek();
                    try {
                        rules = rules.andThoseOf(dir);
                    } catch (IOException e) {
                        // the collector reports the ignore file as failed
                    }
                    ignore.push(rules);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    ignore.pop();
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes a) {
                    if (a.isRegularFile() && Manifest.hasDefaultName(file) && !ignore.peek().ignores(file, false)) {
                        inThisInput.add(input.resolve(real.relativize(file)).toAbsolutePath().normalize());
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    LOG.debug("listing {} for manifests: {}", file, e.getMessage());
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
            inThisInput.sort(null);
            found.addAll(inThisInput);
        }
        return List.copyOf(found);
    }

    /** One entry per real file: the first that is not a link, else the first. */
    private static Collected dedupe(List<Found> found) {
        Map<Path, Found> byReal = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.real() != null) {
                Found before = byReal.get(f.real());
                if (before == null || before.link() && !f.link()) {
                    byReal.put(f.real(), f);
                }
            }
        }
        Set<String> seen = new HashSet<>();
        List<SourceFile> files = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (Found f : found) {
            if (f.real() != null && byReal.get(f.real()) != f) {
                continue;
            }
            if (!seen.add(f.source().displayPath())) {
                continue; // the same path twice (a folder given twice)
            }
            if (f.status() == null) {
                files.add(f.source());
            } else {
                rejected.add(new Rejected(f.source(), f.status(), f.reason()));
            }
        }
        return new Collected(files, rejected);
    }

    /**
     * Lists {@code dir}'s entries into {@code out}, and its sub-folders' in turn.
     *
     * @param ignore the ignore rules of the folders above
     * @param inCase whether a folder above is a case casefile wrote as JSON Lines
     * @param ignored whether a folder above, or this one, is ignored (every file under it is)
     */
    private static void walk(Path input, Path dir, IgnoreRules ignore, Manifest manifest, Lister lister, List<Path> roots,
            List<Found> out, boolean inCase, boolean ignored) {
        List<Path> children;
        try {
            children = lister.list(dir);
        } catch (IOException | SecurityException e) {
            Path rel = input.relativize(dir);
            out.add(new Found(dir, source(dir, display(input.resolve(rel)), manifest), null, false, DocumentStatus.FAILED,
                    "cannot read the folder: " + why(e)));
            return;
        }
        if (!dir.equals(input) && ResultCache.isStateFolder(children)) {
            // resume data of a run whose --state lies under an input folder (known from the listing just
            // read): each entry holds passages of the documents, which would come back citing every fact twice
            out.add(new Found(dir, source(dir, display(input.resolve(input.relativize(dir))), manifest), null, false,
                    DocumentStatus.SKIPPED, STATE_FOLDER));
            return;
        }
        // a case that casefile wrote as JSON Lines (--format jsonl) into the input folder: its parts
        // would come back as documents whose passages cite every fact twice
        boolean caseFolder = inCase || isCaseFolder(dir);
        IgnoreRules rules = ignore;
        try {
            rules = ignore.andThoseOf(dir);
        } catch (IOException e) {
            Path file = dir.resolve(IgnoreRules.FILE_NAME);
            out.add(new Found(file, source(file, display(input.resolve(input.relativize(file))), manifest), null, false,
                    DocumentStatus.FAILED, "cannot use the ignore file: " + why(e)));
        }
        for (Path child : children) {
            Path rel = input.relativize(child);
            if (isHidden(rel) || manifest.isManifestFile(child)) {
                continue;
            }
            String display = display(input.resolve(rel));
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                out.add(new Found(child, source(child, display, manifest), null, false, DocumentStatus.FAILED,
                        "cannot read the file: " + why(e)));
                continue;
            }
            if (attrs.isDirectory()) {
                walk(input, child, rules, manifest, lister, roots, out, caseFolder, ignored || rules.ignores(child, true));
                continue;
            }
            Found f = entry(child, display, attrs, manifest, roots);
            if (f.status() == null && (ignored || rules.ignores(child, false))) {
                f = new Found(child, f.source(), null, false, DocumentStatus.SKIPPED, "ignored by " + IgnoreRules.FILE_NAME);
            } else if (f.status() == null && caseFolder) {
                f = new Found(child, f.source(), null, false, DocumentStatus.SKIPPED, CASE_FOLDER);
            } else if (f.status() == null && Manifest.hasDefaultName(child)) {
                // every folder's manifest.csv is read unless --manifest names another
                f = new Found(child, f.source(), null, false, DocumentStatus.SKIPPED, OTHER_MANIFEST);
            }
            out.add(f);
        }
    }

    static final String OTHER_MANIFEST = "a folder's manifest, not read: --manifest names another";
    static final String STATE_FOLDER = "a state folder of casefile (--state: the resume data of a run), not read";
    private static final String CASE_FOLDER = "part of a case written by casefile (a JSON Lines folder, its output)";

    private static boolean isCaseFolder(Path dir) {
        Path header = dir.resolve(CaseJsonLines.HEADER);
        try {
            return Files.isRegularFile(header, LinkOption.NOFOLLOW_LINKS) && OwnOutputs.isCase(header);
        } catch (IOException e) {
            return false;
        }
    }

    /** A non-folder entry found in a folder (its attributes read without following links). */
    private static Found entry(Path child, String display, BasicFileAttributes attrs, Manifest manifest, List<Path> roots) {
        if (attrs.isRegularFile()) {
            try {
                return new Found(child, source(child, display, manifest), child.toRealPath(), false, null, null);
            } catch (IOException e) {
                return new Found(child, source(child, display, manifest), null, false, DocumentStatus.FAILED,
                        "cannot read the file: " + why(e));
            }
        }
        if (!attrs.isSymbolicLink()) {
            return new Found(child, source(child, display, manifest), null, false, DocumentStatus.SKIPPED, NOT_REGULAR);
        }
        Path real;
        try {
            real = child.toRealPath();
        } catch (NoSuchFileException e) {
            return skipped(child, display, manifest, LINK_BROKEN);
        } catch (IOException e) {
            return skipped(child, display, manifest, isLoop(e) ? LINK_LOOP : "symbolic link that cannot be resolved: " + why(e));
        }
        if (roots.stream().noneMatch(real::startsWith)) {
            return skipped(child, display, manifest, LINK_OUTSIDE);
        }
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return skipped(child, display, manifest, LINK_BROKEN);
        }
        if (target.isDirectory()) {
            return skipped(child, display, manifest, LINK_TO_FOLDER);
        }
        if (!target.isRegularFile()) {
            return skipped(child, display, manifest, NOT_REGULAR);
        }
        // the real path is opened, never the link again
        return new Found(child, new SourceFile(real, display, manifest.entryFor(child).or(() -> manifest.entryFor(real))
                .orElse(null)), real, true, null, null);
    }

    private static boolean isLoop(IOException e) {
        String m = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains("too many levels of symbolic links");
    }

    private static Found skipped(Path child, String display, Manifest manifest, String reason) {
        return new Found(child, source(child, display, manifest), null, false, DocumentStatus.SKIPPED, reason);
    }

    private static SourceFile source(Path file, String display, Manifest manifest) {
        return new SourceFile(file, display, manifest.entryFor(file).orElse(null));
    }

    private static String display(Path p) {
        return p.toString().replace('\\', '/');
    }

    /** Why an I/O operation failed, in a few words. */
    static String why(Exception e) {
        if (e instanceof AccessDeniedException || e instanceof SecurityException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return org.casefile.ingest.IngestedDocument.GONE;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse("");
    }

    private static boolean isHidden(Path rel) {
        for (Path part : rel) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
