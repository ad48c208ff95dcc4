package org.casefile.domain;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value of one of the JSON contract's closed vocabularies, as an enum constant. The contract
 * spells a constant in lower case with its words joined by {@code -} ({@code HALF_YEAR} is
 * {@code half-year}); an enum spelled otherwise overrides {@link #json()}. Jackson writes and
 * reads the constant by that spelling ({@link JsonValue} here serves both ways; an unknown word is
 * an error naming the accepted ones).
 *
 * <p>Java lets no interface supply {@code toString}: each enum overrides it with {@code json()},
 * so text built from a value reads as the JSON does.
 */
public interface ContractValue {
    /** The constant's name ({@link Enum#name()}). */
    String name();

    /** As the JSON contract writes it: {@code day}, {@code half-year}. */
    @JsonValue
    default String json() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant of {@code type} the contract's word names, or none (also for null). */
    static <E extends Enum<E> & ContractValue> Optional<E> find(Class<E> type, String json) {
        for (E e : type.getEnumConstants()) {
            if (e.json().equals(json)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant of {@code type} the contract's word names.
     *
     * @throws IllegalArgumentException for any other word: {@code unknown precision "fortnight"
     *     (expected one of: time, day, ...)}
     */
    static <E extends Enum<E> & ContractValue> E parse(Class<E> type, String json) {
        return find(type, json).orElseThrow(() -> new IllegalArgumentException("unknown "
                + type.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT)
                + " " + (json == null ? "null" : "\"" + json + "\"") + " (expected one of: "
                + Arrays.stream(type.getEnumConstants()).map(ContractValue::json).collect(Collectors.joining(", "))
                + ")"));
    }
}
