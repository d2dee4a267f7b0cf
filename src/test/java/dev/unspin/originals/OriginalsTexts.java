package dev.unspin.originals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small texts for the originals' tests: one news story, copies of it, and unrelated distractors made up from a seed. */
final class OriginalsTexts {
    static final String STORY = """
            The storm reached the coast on Monday night. Officials said that more than 2,000 homes lost power in the county. \
            The relations of the victim asked the mayor for help.

            Schools will stay closed until Thursday, the district said in a statement. Crews from three states arrived \
            on Tuesday to repair the lines. Almost everyone. The river is expected to crest on Wednesday near the old bridge.
            """;

    /** The story spun: single-word swaps, a multi-word swap, filler inserted. */
    static final String SPUN = """
            The tempest reached the shore on Monday night. Authorities said that more than 2,000 houses lost electricity in the county. \
            The members of the family of the victim asked the mayor for assistance.

            Schools will stay shut until Thursday, the district had actually said in a statement. Crews from three states arrived \
            on Tuesday to fix the lines. Virtually everyone. The river is expected to crest on Wednesday near the old bridge.
            """;

    private static final String[] SUBJECTS = {"The committee", "A farmer", "The orchestra", "Our neighbour", "The engineer",
            "A young teacher", "The museum", "The senator", "A small bakery", "The team"};
    private static final String[] VERBS = {"painted", "discussed", "repaired", "sold", "measured", "praised", "described",
            "planted", "counted", "visited"};
    private static final String[] OBJECTS = {"a wooden fence", "the annual report", "twelve violins", "the village square",
            "an old tractor", "the winter garden", "a bright kitchen", "the local library", "forty apple trees", "the harbour wall"};
    private static final String[] TAILS = {"before the holidays", "after a long debate", "with great care", "in the rain",
            "for the third time", "without any help", "during the festival", "at dawn", "under a grey sky", "by the river"};

    private OriginalsTexts() {
    }

    /** {@code count} unrelated texts of a few sentences each, the same for the same seed. */
    static List<String> distractors(int count, long seed) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            for (int s = 0; s < 6; s++) {
                text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ').append(VERBS[random.nextInt(VERBS.length)])
                        .append(' ').append(OBJECTS[random.nextInt(OBJECTS.length)]).append(' ')
                        .append(TAILS[random.nextInt(TAILS.length)]).append(" in ").append(1900 + random.nextInt(120)).append(". ");
            }
            texts.add(text.toString().strip());
        }
        return texts;
    }
}
