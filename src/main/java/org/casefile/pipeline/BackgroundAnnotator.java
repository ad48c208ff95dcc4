package org.casefile.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.casefile.ingest.IngestedDocument;
import org.casefile.nlp.AnnotatedDocument;
import org.casefile.nlp.LanguageAnnotator;
import org.casefile.nlp.ModelLoadException;

/**
 * An annotator whose models load on a thread of their own from construction on, so that the
 * files are listed, hashed and ingested meanwhile; the first {@link #annotate} (or
 * {@link #awaitReady}) waits for the load. A load that fails throws {@link ModelLoadException}
 * to every caller.
 */
final class BackgroundAnnotator implements LanguageAnnotator {
    private final CompletableFuture<LanguageAnnotator> loading = new CompletableFuture<>();

    BackgroundAnnotator(Supplier<LanguageAnnotator> loader) {
        Thread t = new Thread(() -> {
            try {
                loading.complete(loader.get());
            } catch (RuntimeException | Error e) {
                loading.completeExceptionally(e);
            }
        }, "casefile-model-load");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void awaitReady() {
        ready();
    }

    @Override
    public AnnotatedDocument annotate(IngestedDocument document) {
        return ready().annotate(document);
    }

    private LanguageAnnotator ready() {
        try {
            return loading.join(); // not interruptible: a document's deadline starts after the load
        } catch (CompletionException e) {
            throw ModelLoadException.of(e.getCause() == null ? e : e.getCause());
        }
    }
}
