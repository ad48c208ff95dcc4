package org.casefile.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.casefile.domain.ClaimKind;
import org.casefile.domain.ContractValue;
import org.casefile.domain.DateDerivation;
import org.casefile.domain.EntityType;
import org.casefile.domain.EventType;
import org.casefile.domain.Modality;
import org.casefile.domain.ParticipantRole;
import org.casefile.domain.Polarity;
import org.casefile.domain.Precision;
import org.casefile.domain.TimexType;
import org.casefile.extract.Claim;
import org.casefile.extract.DateFact;
import org.casefile.extract.DocumentExtraction;
import org.casefile.extract.Entity;
import org.casefile.extract.Event;
import org.casefile.extract.EventDate;
import org.casefile.extract.Mention;
import org.casefile.extract.NameRules;
import org.casefile.extract.Participant;
import org.casefile.extract.Rules;
import org.casefile.ingest.Citation;
import org.casefile.ingest.DocumentStatus;
import org.casefile.ingest.IngestedDocument;
import org.casefile.timeline.CaseBuilder;

/**
 * How the case build alone scales: synthetic per-document results (no parsing, no language
 * layer) with invented people drawn from a large pool, so that names repeat across documents
 * and many are distinct; the build is timed on 1,000 to 30,000 documents, given in shuffled order.
 *
 * <p>{@code java -cp target/test-classes:target/classes:target/lib/* org.casefile.bench.CaseBuildScale [N...]}
 */
public final class CaseBuildScale {
    private static final List<String> GIVEN = List.of("Thomas", "Vashti", "Hesketh", "Odile", "Corvane", "Ysolde",
            "Marten", "Quenby", "Merewyn", "Tobiah", "Wenna", "Alaric", "Brisa", "Fenwick", "Gerda", "Lorcan");
    private static final List<String> SYLLABLES = List.of("quil", "pel", "ondr", "brack", "vass", "kettle", "drum",
            "ash", "marl", "strow", "yel", "crum");
    private static final List<String> TYPES = List.of("arrest", "charge", "ruling", "filing", "resignation");

    /** Few people (320) and companies (8), as in {@code StoryGenerator}: hot blocking keys. */
    private static boolean hot;

    private CaseBuildScale() {
    }

    public static void main(String[] args) {
        NameRules names = Rules.load(org.casefile.pipeline.Settings.defaultModelsDir()).names();
        List<Integer> sizes = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--hot")) {
                hot = true;
            } else {
                sizes.add(Integer.parseInt(a));
            }
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1000, 3000, 10000, 30000);
        }
        time("warm-up", 2000, xs -> new CaseBuilder(names).build(xs));
        for (int n : sizes) {
            time("new", n, xs -> new CaseBuilder(names).build(xs));
        }
    }

    /** Times one build of {@code n} synthetic documents, in CPU seconds of this thread. */
    public static void time(String label, int n, Function<List<DocumentExtraction>, Object> build) {
        List<DocumentExtraction> xs = documents(n);
        Collections.shuffle(xs, new Random(5));
        var bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Object c = build.apply(xs);
        System.out.printf("%-8s %6d documents: %7.2f s CPU, %7.2f s wall (%s)%n", label, n,
                (bean.getCurrentThreadCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9,
                c.getClass().getSimpleName());
    }

    /** {@code n} documents of 12 people, 2 organisations, a place, 5 events, 3 claims and 5 dates each. */
    public static List<DocumentExtraction> documents(int n) {
        List<DocumentExtraction> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Random r = new Random(31L * i + 7);
            String id = String.format("d%016x", i * 0x9E3779B97F4A7C15L);
            IngestedDocument doc = new IngestedDocument(id, String.format("gen/story-%06d.txt", i), null, "text/plain",
                    null, null, null, null, "", false, DocumentStatus.OK, null, null, null);
            List<Entity> entities = new ArrayList<>();
            int at = 0;
            for (int k = 0; k < 15; k++) {
                String type = k < 12 ? "PERSON" : k < 14 ? "ORGANIZATION" : "LOCATION";
                String name = switch (type) {
                    case "PERSON" -> person(r);
                    case "ORGANIZATION" -> cap(surname(r)) + " Freight Co.";
                    default -> cap(SYLLABLES.get(r.nextInt(SYLLABLES.size()))) + "mere";
                };
                Citation c = new Citation(id, at, at + name.length(), null, name);
                at += name.length() + 40;
                entities.add(new Entity(id + ":e" + k, EntityType.valueOf(type), null, name, List.of(), List.of(Mention.of(c, null))));
            }
            List<Event> events = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                LocalDate day = LocalDate.of(2020, 1, 1).plusDays(r.nextInt(700));
                EventDate date = new EventDate(day.toString(), day.toString(), day, day, Precision.DAY, true,
                        DateDerivation.EXPLICIT);
                Citation c = new Citation(id, at, at + 120, null, "x".repeat(120));
                at += 200;
                List<Participant> ps = List.of(new Participant(id + ":e" + r.nextInt(12), ParticipantRole.AGENT),
                        new Participant(id + ":e" + (12 + r.nextInt(2)), ParticipantRole.PATIENT));
                events.add(new Event(id + ":v" + k, ContractValue.parse(EventType.class, TYPES.get(r.nextInt(TYPES.size()))),
                        Polarity.POSITIVE, Modality.ASSERTED, c.text(), date, ps, id + ":e14", 1,
                        List.of(c), List.of(), c));
            }
            List<Claim> claims = new ArrayList<>();
            List<DateFact> dates = new ArrayList<>();
            for (int k = 0; k < 5; k++) {
                Citation c = new Citation(id, at, at + 80, null, "y".repeat(80));
                at += 100;
                if (k < 3) {
                    claims.add(new Claim(id + ":c" + k, id + ":e" + k, "someone", c.text(), ClaimKind.QUOTE,
                            org.casefile.domain.Stance.STATEMENT, List.of(c)));
                }
                dates.add(new DateFact(id + ":t" + k, TimexType.DATE, "2020-01-01", "January 1, 2020", true, c));
            }
            out.add(new DocumentExtraction(doc, entities, dates, events, claims, List.of()));
        }
        return out;
    }

    private static String surname(Random r) {
        if (hot) {
            return SYLLABLES.get(r.nextInt(SYLLABLES.size())) + "by";
        }
        StringBuilder sb = new StringBuilder();
        for (int s = 0; s < 3; s++) {
            sb.append(SYLLABLES.get(r.nextInt(SYLLABLES.size())));
        }
        return sb.toString();
    }

    /** A person: a given name and a surname from a pool of 16 x 1,728; now and then a middle initial. */
    private static String person(Random r) {
        String given = GIVEN.get(r.nextInt(GIVEN.size()));
        String middle = r.nextInt(8) == 0 ? " " + (char) ('A' + r.nextInt(4)) + "." : "";
        return given + middle + " " + cap(surname(r));
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
