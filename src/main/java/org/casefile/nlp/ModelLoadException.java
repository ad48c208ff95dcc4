package org.casefile.nlp;

/**
 * The language models could not be loaded: the run cannot go on (the command says so in one
 * line and exits 1), unlike a failure on one document, which is that document's status.
 */
public final class ModelLoadException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }

    /** What a failed load threw, as this exception with the first line of its message. */
    public static ModelLoadException of(Throwable cause) {
        if (cause instanceof ModelLoadException m) {
            return m;
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName()
                : cause.getMessage().lines().findFirst().orElse("").strip();
        return new ModelLoadException(message, cause);
    }
}
