package org.casefile.output.compare;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.casefile.domain.EntityType;
import org.casefile.domain.Polarity;
import org.casefile.domain.Stance;
import org.casefile.output.compare.Comparer.Input;
import org.casefile.output.compare.Comparison.ClaimReport;
import org.casefile.output.compare.Comparison.SpeakerReport;
import org.casefile.output.compare.Comparison.SubjectReport;
import org.casefile.output.model.CaseIndex;
import org.casefile.output.model.CaseModel;
import org.casefile.output.model.CaseModel.Citation;

/** The claims side of a {@link Comparison}: claims by speaker, and allegations and findings by subject. */
final class ClaimSubjects {
    private static final Set<EntityType> SUBJECT_TYPES = EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);
    static final String UNATTRIBUTED = "(unattributed)";

    private record Item(String id, String speaker, String speakerKey, List<String> entityIds, CaseModel.Claim claim,
            Map<String, String> subjects, List<Comparison.SourceReport> sources) {
    }

    private final List<Item> items = new ArrayList<>();

    ClaimSubjects(Comparer comparer) {
        Set<String> seen = new LinkedHashSet<>();
        for (Input in : comparer.inputs()) {
            CaseIndex index = comparer.index(in);
            for (CaseModel.Claim c : in.model().claims()) {
                String dedupe = c.text() + "\u0000" + c.citations().stream()
                        .map(x -> Comparer.documentKey(in, index, x.document())).distinct().sorted().toList();
                if (!seen.add(dedupe)) {
                    continue;
                }
                CaseModel.Entity speaker = index.entity(c.speaker());
                String name = speaker != null ? speaker.name() : c.speakerName() != null ? c.speakerName() : UNATTRIBUTED;
                String id = comparer.labelled() ? in.label() + ":" + c.id() : c.id();
                items.add(new Item(id, name, name.toLowerCase(Locale.ROOT),
                        speaker == null ? List.of() : List.of(comparer.labelled() ? in.label() + ":" + speaker.id() : speaker.id()),
                        c, subjects(c, in, index), c.citations().stream().map(x -> comparer.source(in, index, x)).toList()));
            }
        }
    }

    /** Subject key (lower case) to display name: "entity:iraq" -> "Iraq", "event:killing" -> "killing (event type)". */
    private static Map<String, String> subjects(CaseModel.Claim c, Input in, CaseIndex index) {
        Map<String, String> subjects = new LinkedHashMap<>();
        for (CaseModel.Entity e : in.model().entities()) {
            if (!SUBJECT_TYPES.contains(e.type()) || e.id().equals(c.speaker())) {
                continue;
            }
            if (e.mentions().stream().anyMatch(m -> inside(m, c.citations()))) {
                subjects.put("entity:" + e.name().toLowerCase(Locale.ROOT), e.name());
            }
        }
        for (CaseModel.Event ev : in.model().events()) {
            if (ev.citations().stream().anyMatch(x -> inside(x, c.citations()))) {
                subjects.put("event:" + ev.type().toLowerCase(Locale.ROOT), ev.type() + " (event type)");
            }
        }
        return subjects;
    }

    private static boolean inside(Citation x, List<Citation> passages) {
        return passages.stream().anyMatch(p -> p.document().equals(x.document()) && Comparer.overlap(p, x));
    }

    List<SpeakerReport> speakers() {
        Map<String, List<Item>> bySpeaker = new LinkedHashMap<>();
        items.forEach(i -> bySpeaker.computeIfAbsent(i.speakerKey(), k -> new ArrayList<>()).add(i));
        List<SpeakerReport> out = new ArrayList<>();
        bySpeaker.forEach((key, list) -> {
            Set<String> entityIds = new LinkedHashSet<>();
            list.forEach(i -> entityIds.addAll(i.entityIds()));
            out.add(new SpeakerReport(list.get(0).speaker(), List.copyOf(entityIds),
                    list.stream().map(this::report).toList()));
        });
        out.sort(Comparator.comparing((SpeakerReport s) -> s.name().equals(UNATTRIBUTED))
                .thenComparing(s -> -s.claims().stream().filter(c -> c.stance() != Stance.STATEMENT).count())
                .thenComparing(s -> -s.claims().size()));
        return out;
    }

    List<SubjectReport> subjects() {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Item>> allegations = new LinkedHashMap<>();
        Map<String, List<Item>> findings = new LinkedHashMap<>();
        for (Item i : items) {
            Stance stance = i.claim().stance();
            if (!accusesOrFinds(i)) {
                continue;
            }
            i.subjects().forEach((key, name) -> {
                names.putIfAbsent(key, name);
                (stance == Stance.ALLEGATION ? allegations : findings).computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            });
        }
        List<SubjectReport> out = new ArrayList<>();
        names.forEach((key, name) -> out.add(new SubjectReport(name, key.startsWith("entity:") ? "entity" : "event type",
                allegations.getOrDefault(key, List.of()).stream().map(this::report).toList(),
                findings.getOrDefault(key, List.of()).stream().map(this::report).toList())));
        out.sort(Comparator.comparing((SubjectReport s) -> s.allegations().isEmpty() || s.findings().isEmpty())
                .thenComparing(s -> -(s.allegations().size() + s.findings().size()))
                .thenComparing(SubjectReport::subject));
        return out;
    }

    private ClaimReport report(Item i) {
        Stance stance = i.claim().stance();
        Stance other = stance == Stance.ALLEGATION ? Stance.FINDING : stance == Stance.FINDING ? Stance.ALLEGATION : null;
        List<String> related = other == null || !accusesOrFinds(i) ? List.of() : items.stream()
                .filter(j -> j.claim().stance() == other && accusesOrFinds(j))
                .filter(j -> j.subjects().keySet().stream().anyMatch(i.subjects()::containsKey))
                .map(Item::id).toList();
        return new ClaimReport(i.id(), i.speaker(), stance, i.claim().kind(), i.claim().text(),
                List.copyOf(i.subjects().values()), related, i.sources(),
                i.claim().polarity() == Polarity.NEGATIVE ? Polarity.NEGATIVE : null);
    }

    /**
     * Whether the claim is an allegation or a finding its source makes: a negated one ("did not
     * accuse Acme of fraud") accuses and finds nothing.
     */
    private static boolean accusesOrFinds(Item i) {
        Stance stance = i.claim().stance();
        return (stance == Stance.ALLEGATION || stance == Stance.FINDING) && i.claim().polarity() != Polarity.NEGATIVE;
    }
}
