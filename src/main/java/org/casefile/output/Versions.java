package org.casefile.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Versions of casefile and of the engines it runs, read from the jars' Maven metadata. */
public final class Versions {
    private Versions() {
    }

    public static CaseJson.Generator generator() {
        return new CaseJson.Generator("casefile", casefile(), corenlp(), pom("org.apache.tika", "tika-core"));
    }

    public static String casefile() {
        try (InputStream in = Versions.class.getResourceAsStream("/org/casefile/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    /** CoreNLP's jar names its version only in its manifest. */
    private static String corenlp() {
        String v = edu.stanford.nlp.pipeline.StanfordCoreNLP.class.getPackage().getImplementationVersion();
        return v != null ? v : pom("edu.stanford.nlp", "stanford-corenlp");
    }

    private static String pom(String group, String artifact) {
        String path = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = Versions.class.getResourceAsStream(path)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
