package org.casefile.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Writes a folder of invented news stories of about 350 words for scale and order tests: people,
 * companies and towns drawn from short lists of invented names, so that entities and events
 * repeat across documents. Seeded: the same arguments give the same files.
 *
 * <p>{@code java ... org.casefile.tools.StoryGenerator FOLDER COUNT [SEED]}
 */
public final class StoryGenerator {
    private static final List<String> GIVEN = List.of("Thomas", "Vashti", "Hesketh", "Odile", "Corvane", "Ysolde",
            "Marten", "Quenby", "Merewyn", "Tobiah", "Wenna", "Alaric", "Brisa", "Fenwick", "Gerda", "Lorcan");
    private static final List<String> SURNAMES = List.of("Quillard", "Pellworth", "Ondrejka", "Brackenby",
            "Tallowmere", "Vassery", "Kettlewick", "Drumhollow", "Ashgrove", "Marlenko", "Strowbridge", "Yelverton",
            "Halloran-Pike", "Crumbeck", "Dunsworth", "Esterhold", "Fallowby", "Glenmarrow", "Hadderley", "Inchcape");
    private static final List<String> COMPANIES = List.of("Brenlow Masonry Co.", "Corvell Freight", "Ashmore Dredging",
            "Pelham Brick Works", "Orrin Valley Paving", "Tamsin Grain Co.", "Wickford Salvage", "Haskett Timber");
    private static final List<String> TOWNS = List.of("Tarrowmere", "Quellport", "Ashby Lune", "Dunmarrow",
            "Fenholt", "Greywater", "Kestlebury", "Lornwick");
    private static final List<String> ROLES = List.of("a lawyer for the county", "the deputy clerk",
            "a spokeswoman for the company", "the town treasurer", "a former inspector");

    private StoryGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: StoryGenerator FOLDER COUNT [SEED]");
            System.exit(2);
        }
        write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 1L);
    }

    /** Writes {@code count} stories {@code story-00001.txt}, … into {@code folder} (created if missing). */
    public static void write(Path folder, int count, long seed) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            Random r = new Random(seed * 1_000_003L + i);
            Files.writeString(folder.resolve(String.format("story-%05d.txt", i)), story(r), StandardCharsets.UTF_8);
        }
    }

    private static <T> T pick(Random r, List<T> xs) {
        return xs.get(r.nextInt(xs.size()));
    }

    private static String person(Random r) {
        return pick(r, GIVEN) + " " + pick(r, SURNAMES);
    }

    /** One story: a dateline, then paragraphs of events, claims and background until about 350 words. */
    static String story(Random r) {
        LocalDate published = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(1500));
        String town = pick(r, TOWNS);
        String a = person(r);
        String b = person(r);
        String company = pick(r, COMPANIES);
        StringBuilder sb = new StringBuilder();
        sb.append(pick(r, List.of(a, company))).append(" case moves forward in ").append(town).append("\n\n");
        sb.append(town.toUpperCase(java.util.Locale.ROOT)).append(" — ");
        int words = 0;
        while (words < 330) {
            String sentence = sentence(r, published, town, a, b, company);
            sb.append(sentence).append(r.nextInt(4) == 0 ? "\n\n" : " ");
            words += sentence.split("\\s+").length;
        }
        sb.append("\n\nPublished ").append(published).append(".\n");
        return sb.toString();
    }

    private static String sentence(Random r, LocalDate published, String town, String a, String b, String company) {
        LocalDate day = published.minusDays(1 + r.nextInt(60));
        String date = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + day.getDayOfMonth() + ", " + day.getYear();
        String surnameA = a.substring(a.indexOf(' ') + 1);
        String c = person(r);
        return switch (r.nextInt(10)) {
            case 0 -> "Police arrested " + a + " at a warehouse in " + town + " on " + date + ", according to court records.";
            case 1 -> "Prosecutors charged " + a + " with fraud on " + date + " after a long inquiry into " + company + ".";
            case 2 -> c + ", " + pick(r, ROLES) + ", said the contracts had been signed without a vote of the council.";
            case 3 -> "\"We have done nothing wrong and we will show that in court,\" " + b + " said in a statement.";
            case 4 -> "A judge in " + town + " ruled on " + date + " that " + company + " must keep its records.";
            case 5 -> b + " resigned from the board of " + company + " in " + day.getYear() + ", the company said.";
            case 6 -> "Mr. " + surnameA + " has denied the accusations, and his lawyer, " + c + ", declined to comment.";
            case 7 -> company + " sued " + b + " on " + date + ", claiming that payments to a supplier were never made.";
            case 8 -> "The council of " + town + " met on Tuesday to discuss the budget, the roads and the harbor.";
            default -> "Residents of " + town + " said they wanted answers about the money and about the contracts.";
        };
    }
}
