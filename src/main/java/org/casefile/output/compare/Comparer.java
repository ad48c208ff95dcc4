package org.casefile.output.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.casefile.output.compare.Comparison.CaseLabel;
import org.casefile.output.compare.Comparison.ClaimReport;
import org.casefile.output.compare.Comparison.DateReport;
import org.casefile.output.compare.Comparison.EventReport;
import org.casefile.output.compare.Comparison.SourceReport;
import org.casefile.output.compare.Comparison.SpeakerReport;
import org.casefile.output.compare.Comparison.SubjectReport;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;
import org.casefile.output.model.CaseModel.Event;
import org.casefile.output.model.DateLabels;

/**
 * Builds a {@link Comparison} from one case or two.
 *
 * <p><b>Dates.</b> Each document reporting an event gives the event's date, or the date of the
 * conflict its passage belongs to. Sources disagree when two of the dates they give cannot both
 * be true: their day ranges do not overlap ("2014" and "22 June 2014" agree; "2014" and "2015"
 * do not). Reports without a date never disagree.
 *
 * <p><b>Two cases.</b> An event of the second case is paired with at most one event of the first:
 * the same type and either a shared passage (same document content, overlapping range) or a
 * shared participant or place (same name or alias, ignoring case); the best-scoring unpaired
 * candidate wins. Unpaired events are listed on their own. Documents are the same when their
 * SHA-256 is; claims of the second case already in the first (same text, same document) are
 * dropped.
 *
 * <p><b>Subjects.</b> A claim is about the people, organisations and places mentioned inside its
 * passages (not its speaker), and about the types of the events whose passages overlap its
 * passages. An allegation and a finding sharing a subject are shown side by side.
 */
public final class Comparer {

    /** A case file with its label. */
    public record Input(String label, String file, CaseModel model) {
    }

    private record Tagged(Input in, CaseIndex index, Event event) {
    }

    private final List<Input> inputs;
    private final Map<String, CaseIndex> indexes = new LinkedHashMap<>();

    public Comparer(List<Input> inputs) {
        if (inputs.isEmpty() || inputs.size() > 2) {
            throw new IllegalArgumentException("compare takes one or two cases");
        }
        this.inputs = List.copyOf(inputs);
        inputs.forEach(i -> indexes.put(i.label(), new CaseIndex(i.model())));
    }

    public Comparison compare() {
        List<CaseLabel> labels = inputs.stream().map(i -> new CaseLabel(i.label(), i.file(),
                i.model().documents().size(), i.model().events().size(), i.model().claims().size())).toList();
        List<EventReport> events = new ArrayList<>(groups().stream().map(this::report).toList());
        events.sort(Comparator.comparing((EventReport e) -> !e.disagreement()));
        int disagreements = (int) events.stream().filter(EventReport::disagreement).count();
        ClaimSubjects claims = new ClaimSubjects(this);
        return new Comparison(labels, disagreements, events, claims.speakers(), claims.subjects());
    }

    // ---- events

    private List<List<Tagged>> groups() {
        List<List<Tagged>> groups = new ArrayList<>();
        Input a = inputs.get(0);
        a.model().events().forEach(e -> groups.add(new ArrayList<>(List.of(new Tagged(a, index(a), e)))));
        if (inputs.size() == 2) {
            Input b = inputs.get(1);
            int firstCase = groups.size();
            Set<Integer> paired = new LinkedHashSet<>();
            for (Event e : b.model().events()) {
                Tagged t = new Tagged(b, index(b), e);
                int best = -1;
                int bestScore = 0;
                for (int i = 0; i < firstCase; i++) {
                    int s = paired.contains(i) ? 0 : score(groups.get(i).get(0), t);
                    if (s > bestScore) {
                        best = i;
                        bestScore = s;
                    }
                }
                if (best >= 0) {
                    paired.add(best);
                    groups.get(best).add(t);
                } else {
                    groups.add(new ArrayList<>(List.of(t)));
                }
            }
        }
        return groups;
    }

    /**
     * How an event is told, for pairing: its polarity, and whether it happened, is planned or only
     * possible. A fact only reported ("was charged, police said") is the same fact another case
     * asserts; a negated, planned or hypothetical one is not.
     */
    private static String told(Event e) {
        boolean negative = e.polarity() == org.casefile.domain.Polarity.NEGATIVE;
        org.casefile.domain.Modality m = e.modality() == null || e.modality() == org.casefile.domain.Modality.REPORTED
                ? org.casefile.domain.Modality.ASSERTED : e.modality();
        return (negative ? "negative " : "positive ") + m.json();
    }

    /** 0 when the events cannot be the same; else 3 per shared passage, 1 per shared participant or place. */
    private static int score(Tagged x, Tagged y) {
        if (!x.event().type().equals(y.event().type()) || !told(x.event()).equals(told(y.event()))) {
            return 0; // "was not charged" is never the charge another case asserts
        }
        int s = 0;
        for (Citation p : x.event().citations()) {
            for (Citation q : y.event().citations()) {
                if (documentKey(x, p.document()).equals(documentKey(y, q.document())) && overlap(p, q)) {
                    s += 3;
                }
            }
        }
        Set<String> names = names(x);
        for (String n : names(y)) {
            if (names.contains(n)) {
                s++;
            }
        }
        return s;
    }

    private static Set<String> names(Tagged t) {
        Set<String> names = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>(t.event().participants().stream().map(CaseModel.Participant::entity).toList());
        if (t.event().location() != null) {
            ids.add(t.event().location());
        }
        for (String id : ids) {
            CaseModel.Entity e = t.index().entity(id);
            if (e != null) {
                names.add(e.name().toLowerCase(Locale.ROOT));
                e.aliases().forEach(al -> names.add(al.toLowerCase(Locale.ROOT)));
            }
        }
        return names;
    }

    private EventReport report(List<Tagged> group) {
        boolean labelled = inputs.size() == 2;
        Map<String, List<SourceReport>> byDate = new LinkedHashMap<>();
        Map<String, CaseModel.EventDate> dates = new LinkedHashMap<>();
        Set<String> documents = new LinkedHashSet<>();
        for (Tagged t : group) {
            Event e = t.event();
            Map<Citation, CaseModel.EventDate> given = new LinkedHashMap<>();
            e.citations().forEach(c -> given.put(c, e.date()));
            e.conflicts().forEach(k -> k.citations().forEach(c -> given.put(c, k.date())));
            Set<String> seen = new LinkedHashSet<>();
            for (var en : given.entrySet()) {
                CaseModel.EventDate d = en.getValue();
                String key = d != null && d.isDated() ? d.value() : "";
                String doc = documentKey(t, en.getKey().document());
                documents.add(doc);
                if (seen.add(key + "\u0000" + doc)) {
                    dates.putIfAbsent(key, d);
                    byDate.computeIfAbsent(key, k -> new ArrayList<>()).add(source(t.in(), t.index(), en.getKey()));
                }
            }
        }
        List<DateReport> reports = new ArrayList<>();
        byDate.forEach((key, sources) -> reports.add(new DateReport(key.isEmpty() ? null : key,
                DateLabels.label(dates.get(key)), sources)));
        reports.sort(Comparator.comparing((DateReport r) -> r.value() == null)
                .thenComparing(r -> -r.sources().size()));
        Event first = group.get(0).event();
        List<String> ids = group.stream().map(t -> labelled ? t.in().label() + ":" + t.event().id() : t.event().id())
                .toList();
        return new EventReport(ids, first.type(), first.summary(), DateLabels.label(first.date()),
                disagree(dates.values()), documents.size(), reports, first.stanceLabel());
    }

    /** Whether two of the dates cannot both hold (their day ranges do not overlap). */
    public static boolean disagree(Iterable<CaseModel.EventDate> dates) {
        List<CaseModel.EventDate> dated = new ArrayList<>();
        dates.forEach(d -> {
            if (d != null && d.isDated()) {
                dated.add(d);
            }
        });
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                if (!compatible(dated.get(i), dated.get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean compatible(CaseModel.EventDate x, CaseModel.EventDate y) {
        LocalDate xb = DateLabels.parse(x.begin());
        LocalDate yb = DateLabels.parse(y.begin());
        if (xb == null || yb == null) {
            return Objects.equals(x.value(), y.value());
        }
        LocalDate xe = Objects.requireNonNullElse(DateLabels.parse(x.end()), xb);
        LocalDate ye = Objects.requireNonNullElse(DateLabels.parse(y.end()), yb);
        return !xb.isAfter(ye) && !yb.isAfter(xe);
    }

    // ---- shared helpers (also used by ClaimSubjects)

    List<Input> inputs() {
        return inputs;
    }

    CaseIndex index(Input in) {
        return indexes.get(in.label());
    }

    boolean labelled() {
        return inputs.size() == 2;
    }

    SourceReport source(Input in, CaseIndex index, Citation c) {
        CaseModel.Document d = index.document(c.document());
        return new SourceReport(labelled() ? in.label() : null, c.document(), index.documentLabel(c.document()),
                d == null ? null : d.published(), c.page(), c.text());
    }

    /** Same content, same document across cases: the SHA-256 when known. */
    static String documentKey(Tagged t, String documentId) {
        return documentKey(t.in(), t.index(), documentId);
    }

    static String documentKey(Input in, CaseIndex index, String documentId) {
        CaseModel.Document d = index.document(documentId);
        return d != null && d.sha256() != null ? d.sha256() : in.label() + ":" + documentId;
    }

    static boolean overlap(Citation p, Citation q) {
        return p.start() < q.end() && q.start() < p.end();
    }
}
