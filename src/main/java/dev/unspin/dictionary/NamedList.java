package dev.unspin.dictionary;

import java.util.List;

/**
 * A named list of condition alternatives, declared once ({@code list: food-words = fish | chicken})
 * and used in conditions as {@code $food-words}.
 *
 * @param location file:line of its declaration
 */
public record NamedList(String name, List<String> alternatives, String location) {
    public NamedList {
        alternatives = List.copyOf(alternatives);
    }
}
