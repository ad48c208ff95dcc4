package org.casefile.nlp;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Config;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.CRC32C;
import java.util.zip.ZipEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads CoreNLP's neural dependency parser from a binary copy of its model kept in a cache folder.
 *
 * <p>The parser's model is a 49 MB text file of about 6.3 million numbers, and CoreNLP parses
 * every one of them at each start: about 2.5 CPU-seconds, the longest of the model loads that run
 * side by side (issue 17). The first load reads the text as CoreNLP does and writes the same
 * numbers, bit for bit, to {@code depparse-<crc>-<size>-<corenlp>.bin} in the cache folder, named
 * after the model entry's checksum and size in the models jar and the CoreNLP jar that reads it, so
 * another model or another CoreNLP never reads it.
 * Later loads read that file (a tenth of a second) and build the parser from the same arrays
 * through CoreNLP's own constructors. The file is written under a temporary name and moved into
 * place (a temporary file of the run's own, made readable by all); one that is truncated, damaged
 * (its CRC32C does not match) or of another layout is ignored and written again, and a cache
 * folder that cannot be written only means no cache.
 *
 * <p>CoreNLP offers no public way to build a parser from arrays, so the few private members the
 * text loader fills are set by reflection, for the pinned CoreNLP version; if they ever change,
 * the cache is skipped and the text is read as before.
 */
public final class ParserModelCache {
    private static final Logger LOG = LoggerFactory.getLogger(ParserModelCache.class);
    private static final int MAGIC = 0x43464450; // "CFDP"
    private static final int LAYOUT = 1;

    private ParserModelCache() {
    }

    /**
     * The parser of {@code resource}, through the cache folder when one is given.
     *
     * @param resource the model's class-path name
     * @param properties the parser's properties
     * @param cacheDir the cache folder, or null for none
     */
    public static DependencyParser load(String resource, Properties properties, Path cacheDir) {
        if (cacheDir == null) {
            return DependencyParser.loadFromModelFile(resource, properties);
        }
        Path file;
        try {
            file = cacheFile(resource, cacheDir);
        } catch (IOException | RuntimeException e) {
            LOG.debug("no parser cache for {}: {}", resource, e.toString());
            return DependencyParser.loadFromModelFile(resource, properties);
        }
        if (file == null) {
            return DependencyParser.loadFromModelFile(resource, properties);
        }
        if (Files.isRegularFile(file)) {
            try {
                return read(file, properties);
            } catch (IOException | ReflectiveOperationException | RuntimeException e) {
                LOG.warn("ignoring the parser cache {} ({}); reading the model text", file, e.toString());
            }
        }
        DependencyParser parser = DependencyParser.loadFromModelFile(resource, properties);
        try {
            write(parser, properties, file);
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            LOG.debug("could not write the parser cache {}: {}", file, e.toString());
        }
        return parser;
    }

    /** The cache file for the model, named after its entry's checksum and size, or null when the model is no jar entry. */
    static Path cacheFile(String resource, Path cacheDir) throws IOException {
        URL url = ParserModelCache.class.getClassLoader().getResource(resource);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        connection.setUseCaches(true);
        ZipEntry entry = jar.getJarEntry();
        if (entry == null || entry.getCrc() < 0 || entry.getSize() < 0) {
            return null;
        }
        return cacheDir.resolve(String.format("depparse-%08x-%d-%s.bin", entry.getCrc(), entry.getSize(), coreNlpVersion()));
    }

    /**
     * Which CoreNLP reads the model: its jar's name and size, so that another version, whose
     * parser might fill its members otherwise, writes a copy of its own.
     */
    private static String coreNlpVersion() {
        try {
            Path jar = Path.of(DependencyParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Integer.toHexString(java.util.Objects.hash(jar.getFileName().toString(), Files.size(jar)));
        } catch (Exception e) {
            return "0"; // (no code source: the key is the model's alone)
        }
    }

    static DependencyParser read(Path file, Properties properties) throws IOException, ReflectiveOperationException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
        if (in.remaining() < 16 || in.getInt() != MAGIC || in.getInt() != LAYOUT) {
            throw new IOException("not a parser cache of layout " + LAYOUT);
        }
        long crc = in.getLong();
        CRC32C check = new CRC32C();
        check.update(in.duplicate());
        if (check.getValue() != crc) {
            throw new IOException("checksum mismatch");
        }
        int hiddenSize = in.getInt();
        int embeddingSize = in.getInt();
        List<String> words = strings(in);
        List<String> pos = strings(in);
        List<String> labels = strings(in);
        float[][] e = floats(in);
        float[][] w1 = floats(in);
        float[] b1 = floats(in)[0];
        float[][] w2 = floats(in);
        int n = in.getInt();
        List<Integer> preComputed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            preComputed.add(in.getInt());
        }
        if (in.hasRemaining()) {
            throw new IOException("trailing bytes");
        }
        DependencyParser parser = new DependencyParser(properties == null ? new Properties() : properties);
        Config config = (Config) field("config").get(parser);
        field("knownWords").set(parser, words);
        field("knownPos").set(parser, pos);
        field("knownLabels").set(parser, labels);
        method("generateIDs").invoke(parser);
        field("preComputed").set(parser, preComputed);
        config.hiddenSize = hiddenSize;
        config.embeddingSize = embeddingSize;
        field("classifier").set(parser, new Classifier(config, e, w1, b1, w2, preComputed));
        try {
            method("initialize", boolean.class).invoke(parser, false);
        } catch (InvocationTargetException ex) {
            throw new IOException("parser initialisation failed", ex.getCause());
        }
        return parser;
    }

    static void write(DependencyParser parser, Properties properties, Path file) throws IOException, ReflectiveOperationException {
        // the folder and a file of this run's own first: a folder that cannot be written costs nothing more
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            write(parser, properties, file, tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void write(DependencyParser parser, Properties properties, Path file, Path tmp)
            throws IOException, ReflectiveOperationException {
        try {
            // readable by all, as the folder's other files (a temporary file is its owner's alone)
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // (no POSIX permissions on this file system)
        }
        Config config = (Config) field("config").get(parser);
        Config fromProperties = (Config) field("config").get(new DependencyParser(properties == null ? new Properties() : properties));
        if (config.language != fromProperties.language || config.tlp.getClass() != fromProperties.tlp.getClass()) {
            // a model whose header names its own language: read() would not restore it
            throw new IOException("the model sets its own language");
        }
        Classifier classifier = (Classifier) field("classifier").get(parser);
        @SuppressWarnings("unchecked")
        List<Integer> preComputed = (List<Integer>) field("preComputed").get(parser);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 << 20);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(config.hiddenSize);
        out.writeInt(config.embeddingSize);
        for (String name : List.of("knownWords", "knownPos", "knownLabels")) {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) field(name).get(parser);
            writeStrings(out, list);
        }
        writeFloats(out, classifier.getE());
        writeFloats(out, classifier.getW1());
        writeFloats(out, new float[][] {classifier.getb1()});
        writeFloats(out, classifier.getW2());
        out.writeInt(preComputed.size());
        for (int id : preComputed) {
            out.writeInt(id);
        }
        out.flush();
        byte[] payload = bytes.toByteArray();
        CRC32C crc = new CRC32C();
        crc.update(payload);
        ByteBuffer header = ByteBuffer.allocate(16).putInt(MAGIC).putInt(LAYOUT).putLong(crc.getValue());
        try (var channel = Files.newByteChannel(tmp, StandardOpenOption.WRITE)) {
            channel.write(header.flip());
            channel.write(ByteBuffer.wrap(payload));
        }
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Field field(String name) throws NoSuchFieldException {
        Field f = DependencyParser.class.getDeclaredField(name);
        f.setAccessible(true);
        return f;
    }

    private static Method method(String name, Class<?>... parameters) throws NoSuchMethodException {
        Method m = DependencyParser.class.getDeclaredMethod(name, parameters);
        m.setAccessible(true);
        return m;
    }

    private static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
    }

    private static List<String> strings(ByteBuffer in) {
        int n = in.getInt();
        List<String> strings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int length = in.getInt();
            strings.add(new String(in.array(), in.position(), length, StandardCharsets.UTF_8));
            in.position(in.position() + length);
        }
        return strings;
    }

    private static void writeFloats(DataOutputStream out, float[][] rows) throws IOException {
        out.writeInt(rows.length);
        out.writeInt(rows.length == 0 ? 0 : rows[0].length);
        ByteBuffer row = ByteBuffer.allocate(rows.length == 0 ? 0 : rows[0].length * Float.BYTES);
        for (float[] r : rows) {
            if (r.length != rows[0].length) {
                throw new IOException("a ragged matrix");
            }
            row.clear();
            row.asFloatBuffer().put(r);
            out.write(row.array(), 0, r.length * Float.BYTES);
        }
    }

    private static float[][] floats(ByteBuffer in) {
        int rows = in.getInt();
        int columns = in.getInt();
        float[][] m = new float[rows][columns];
        FloatBuffer f = in.asFloatBuffer();
        for (float[] r : m) {
            f.get(r);
        }
        in.position(in.position() + rows * columns * Float.BYTES);
        return m;
    }
}
