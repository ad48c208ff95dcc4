package org.casefile.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Usage errors: one line saying what is wrong, then "see casefile COMMAND --help", exit code 2,
 * always before any model loads.
 */
final class Usage {
    static final int EXIT = 2;

    private Usage() {
    }

    /** Prints a usage error for {@code casefile COMMAND} and returns its exit code. */
    static int error(PrintWriter err, String command, String message) {
        err.println("casefile " + command + ": " + message);
        err.println("see casefile " + command + " --help");
        err.flush();
        return EXIT;
    }

    /** Picocli's parse errors (unknown option, bad value, missing parameter) the same way, without the whole help. */
    static int parameterException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        String qualified = cl.getCommandSpec().qualifiedName(" ");
        String message = String.valueOf(ex.getMessage()).lines().findFirst().orElse("").strip();
        String dashed = dashedFileName(args, Path.of(""));
        if (dashed != null) {
            // picocli read a file name beginning with '-' as options ("Missing required parameter")
            message += " (" + dashed + " is a file: put -- before file names that begin with '-')";
        }
        PrintWriter err = cl.getErr();
        err.println(qualified + ": " + message);
        err.println("see " + qualified + " --help");
        err.flush();
        return EXIT;
    }

    /** The first argument before any "--" that begins with '-' and names an existing file in {@code dir}, or null. */
    static String dashedFileName(String[] args, Path dir) {
        for (String a : args == null ? new String[0] : args) {
            if (a.equals("--")) {
                return null;
            }
            try {
                if (a.startsWith("-") && a.length() > 1 && Files.exists(dir.resolve(a))) {
                    return a;
                }
            } catch (java.nio.file.InvalidPathException e) {
                // no file name
            }
        }
        return null;
    }

    /**
     * Why {@code -o} may not be written, or null: it names an existing file that the run reads as
     * a source document (an input given, or a file under an input folder) and that is not one of
     * casefile's own outputs, which a run skips: writing the case there would destroy the source.
     */
    static String overwritesInput(Path output, List<Path> inputs) {
        if (output == null || !Files.isRegularFile(output)) {
            return null;
        }
        try {
            Path out = output.toRealPath();
            for (Path in : inputs) {
                Path real = in.toRealPath();
                if (out.equals(real) || Files.isDirectory(real) && out.startsWith(real)) {
                    return org.casefile.ingest.OwnOutputs.of(out).isPresent() ? null
                            : "-o " + output + " is one of the input files: give another path";
                }
            }
        } catch (IOException e) {
            return null; // an input that cannot be resolved is reported on its own
        }
        return null;
    }

    /**
     * Why {@code --state} may not be used, or null: it is an input folder, or holds one (the state
     * prunes the folders it does not know in it, and its entries would be read as documents). A
     * state folder inside an input folder is fine: the run skips it.
     */
    static String stateHoldsInput(Path state, List<Path> inputs) {
        if (state == null) {
            return null;
        }
        Path s = realOrAbsolute(state);
        for (Path in : inputs) {
            if (realOrAbsolute(in).startsWith(s)) {
                return "--state " + state + " is or holds the input " + in + ": give a folder of its own";
            }
        }
        return null;
    }

    /** The real path of an existing file, else the normalised absolute path of its nearest existing parent and the rest. */
    private static Path realOrAbsolute(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
    }

    /**
     * The one line for a run stopped by its surroundings (an input or output error: a full disk, a
     * folder that became unwritable), or null for any other exception, a programmer's error whose
     * stack trace is wanted: "casefile extract: cannot complete: /out/case.json: No space left on device".
     */
    static String cannotComplete(String command, Throwable e) {
        // the command's own I/O error, or one an UncheckedIOException carries; an I/O error deeper in
        // another exception's causes is a programmer's error's detail ("a worker failed outside its guard")
        Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
        if (!(t instanceof IOException io)) {
            return null;
        }
        String what = io instanceof java.nio.file.FileSystemException f && f.getFile() != null
                ? f.getFile() + ": " + (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName())
                : String.valueOf(io.getMessage()).lines().findFirst().orElse(io.getClass().getSimpleName());
        return "casefile " + command + ": cannot complete: " + what;
    }

    /**
     * Why {@code -o} may not be written by a command that reads {@code input} (a case file or a
     * case folder), or null: it is that file, that folder or a path inside it, which the write
     * would replace before, or while, it is read.
     */
    static String isTheInput(Path output, Path input) {
        if (output == null) {
            return null;
        }
        Path out = realOrAbsolute(output);
        Path in = realOrAbsolute(input);
        return out.equals(in) || Files.isDirectory(in) && out.startsWith(in)
                ? "-o " + output + " is the case being read: give another path" : null;
    }

    /**
     * What is wrong with {@code -o}'s shape, without creating anything: a folder where a file is
     * written, a file where a folder is, a file on the way to it; or null.
     */
    static String outputShape(Path output, boolean folder) {
        if (output == null) {
            return null;
        }
        if (!folder && Files.isDirectory(output)) {
            return "-o " + output + " is a folder: give a file name";
        }
        if (folder && Files.exists(output) && !Files.isDirectory(output)) {
            return "-o " + output + " is a file: this format writes a folder";
        }
        Path parent = output.toAbsolutePath().normalize().getParent();
        for (Path p = folder ? output.toAbsolutePath().normalize() : parent; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return "-o " + output + ": " + p + " is a file, not a folder";
                }
                break;
            }
        }
        return null;
    }

    /**
     * Checks {@code -o} before any work: {@link #outputShape}, then creates missing parent folders
     * and refuses a path that cannot be written.
     *
     * @return what is wrong, or null
     */
    static String checkOutput(Path output, boolean folder) {
        String shape = outputShape(output, folder);
        if (output == null || shape != null) {
            return shape;
        }
        Path parent = output.toAbsolutePath().normalize().getParent();
        try {
            Files.createDirectories(folder ? output.toAbsolutePath().normalize() : parent);
        } catch (IOException e) {
            return "-o " + output + ": cannot create the folder: " + why(e);
        }
        if (!Files.isWritable(folder ? output : parent)) {
            return "-o " + output + ": the folder is not writable";
        }
        if (!folder && Files.exists(output) && !Files.isWritable(output)) {
            return "-o " + output + ": the file is not writable";
        }
        return null;
    }

    /** Why an I/O operation failed, in a few words. */
    static String why(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return (f.getFile() == null ? "" : f.getFile() + ": ") + f.getReason();
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            // Jackson's own message runs over two lines and names a redacted source
            com.fasterxml.jackson.core.JsonLocation at = j.getLocation();
            String what = String.valueOf(j.getOriginalMessage()).lines().findFirst().orElse("")
                    .replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
            return "not valid JSON: " + what
                    + (at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")");
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    /** Why a case file named to {@code export} or {@code compare} cannot be read, in one line. */
    static String whyUnreadable(Path file, IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException && !Files.exists(file)) {
            return "no such file";
        }
        return why(e);
    }

    /** {@code --doc-date}: an ISO calendar date, with a message a user can act on. */
    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date YYYY-MM-DD");
            }
        }
    }
}
