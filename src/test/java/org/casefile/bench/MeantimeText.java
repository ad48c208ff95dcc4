package org.casefile.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Turns MEANTIME's CAT XML files into plain text: the {@code <token>} elements of each sentence
 * joined with spaces, one sentence a line (the headline and the date line are sentences 0 and 1).
 */
final class MeantimeText {
    private MeantimeText() {
    }

    /** Converts every {@code *.xml} of {@code catDir} to {@code outDir/<name>.txt}; returns the files written. */
    static List<Path> convertAll(Path catDir, Path outDir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(catDir)) {
            for (Path xml : s.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                String name = xml.getFileName().toString();
                Path txt = outDir.resolve(name.substring(0, name.length() - 4) + ".txt");
                Files.writeString(txt, text(xml), StandardCharsets.UTF_8);
                out.add(txt);
            }
        }
        return out;
    }

    /** The text of one CAT XML file. */
    static String text(Path xml) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        TreeMap<Integer, StringBuilder> sentences = new TreeMap<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("token")) {
                        String s = r.getAttributeValue(null, "sentence");
                        int sentence = s == null ? 0 : Integer.parseInt(s.strip());
                        String token = r.getElementText().strip();
                        if (token.isEmpty()) {
                            continue;
                        }
                        StringBuilder sb = sentences.computeIfAbsent(sentence, k -> new StringBuilder());
                        if (sb.length() > 0) {
                            sb.append(' ');
                        }
                        sb.append(token);
                    }
                }
            } finally {
                r.close();
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("cannot read CAT XML " + xml + ": " + e.getMessage(), e);
        }
        StringBuilder text = new StringBuilder();
        for (StringBuilder sentence : sentences.values()) {
            text.append(sentence).append('\n');
        }
        return text.toString();
    }

    /** Deletes a folder tree (best effort). */
    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
