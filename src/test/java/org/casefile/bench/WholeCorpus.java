package org.casefile.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casefile.eval.GoldDocument;
import org.casefile.eval.MeantimeReader;
import org.casefile.eval.TimeMlReader;

/**
 * The folder of the whole-process benchmark, built at run time under {@code target/} from the
 * development data of {@code ../shared} (never committed): the MEANTIME Airbus texts, the PolNeAR
 * {@code dev} articles and the first TimeBank files as plain text, about 270 short news texts, with
 * a {@code manifest.csv} of their publication dates (MEANTIME and TimeBank: the TimeML DCT;
 * PolNeAR: the date in the file name) and a file list for CoreNLP's {@code -filelist}.
 */
final class WholeCorpus {
    static final String MEANTIME = "corpus/news-annotated/meantime-airbus/intra_cross-doc_annotation/corpus_airbus";
    static final String MEANTIME_TIMEML = "corpus/news-annotated/semeval2015-timeline-corpus1/corpus_1/corpus_trackA_TimeML";
    static final String POLNEAR_DEV = "corpus/news-annotated/polnear/dev/text";
    static final String TIMEBANK = "corpus/news-annotated/te3-tbaq/TimeBank";
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    /** The built folder: {@code dir} holds the texts and the manifest; {@code fileList} lies beside it. */
    record Built(Path dir, Path manifest, Path fileList, int documents, long words, int meantime, int polnear, int timebank) {
    }

    private WholeCorpus() {
    }

    /**
     * Builds (or rebuilds) the folder {@code root/texts} with {@code total} documents at most.
     *
     * @throws IOException when {@code shared} lacks the data
     */
    static Built build(Path shared, Path root, int total) throws IOException {
        Path texts = root.resolve("texts");
        MeantimeText.deleteTree(texts);
        Files.createDirectories(texts);
        StringBuilder manifest = new StringBuilder("path,published\n");
        List<Path> written = new ArrayList<>();
        long words = 0;
        int meantime = 0;
        int polnear = 0;
        int timebank = 0;
        Path cat = shared.resolve(MEANTIME);
        if (Files.isDirectory(cat)) {
            for (GoldDocument d : new MeantimeReader(shared.resolve(MEANTIME_TIMEML)).readFolder(cat)) {
                if (written.size() >= total) {
                    break;
                }
                words += add(texts, "meantime-" + d.id() + ".txt", d.text(), d.creationDate(), manifest, written);
                meantime++;
            }
        }
        Path pol = shared.resolve(POLNEAR_DEV);
        if (Files.isDirectory(pol)) {
            for (Path f : list(pol, ".txt")) {
                if (written.size() >= total) {
                    break;
                }
                Matcher m = ISO_DATE.matcher(f.getFileName().toString());
                LocalDate date = m.find() ? LocalDate.parse(m.group(1)) : null;
                words += add(texts, "polnear-" + f.getFileName(), Files.readString(f, StandardCharsets.UTF_8), date, manifest, written);
                polnear++;
            }
        }
        Path tb = shared.resolve(TIMEBANK);
        if (Files.isDirectory(tb)) {
            TimeMlReader reader = new TimeMlReader();
            for (Path f : list(tb, ".tml")) {
                if (written.size() >= total) {
                    break;
                }
                GoldDocument d = reader.read(f);
                words += add(texts, "timebank-" + d.id() + ".txt", d.text(), d.creationDate(), manifest, written);
                timebank++;
            }
        }
        if (written.isEmpty()) {
            throw new IOException("no development data under " + shared.toAbsolutePath() + " (MEANTIME, PolNeAR dev, TimeBank)");
        }
        Path manifestFile = texts.resolve("manifest.csv");
        Files.writeString(manifestFile, manifest, StandardCharsets.UTF_8);
        Path fileList = root.resolve("filelist.txt");
        StringBuilder fl = new StringBuilder();
        for (Path p : written) {
            fl.append(p.toAbsolutePath()).append('\n');
        }
        Files.writeString(fileList, fl, StandardCharsets.UTF_8);
        return new Built(texts, manifestFile, fileList, written.size(), words, meantime, polnear, timebank);
    }

    private static long add(Path dir, String name, String text, LocalDate published, StringBuilder manifest, List<Path> written)
            throws IOException {
        String safe = name.replaceAll("[^A-Za-z0-9._-]", "_");
        Path p = dir.resolve(safe);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        written.add(p);
        manifest.append(safe).append(',').append(published == null ? "" : published.toString()).append('\n');
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix)).sorted().toList();
        }
    }
}
