package dev.unspin.originals;

import dev.unspin.engine.Category;
import dev.unspin.engine.CopyVerdict;
import dev.unspin.engine.Document;
import dev.unspin.engine.Finding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CopyComparisonTest {
    @TempDir
    static Path dir;
    private static OriginalsIndex index;
    private static CopyComparison comparison;

    @BeforeAll
    static void build() {
        try (OriginalsIndexWriter writer = OriginalsIndexWriter.create(dir.resolve("index"), p -> { })) {
            List<String> distractors = OriginalsTexts.distractors(100, 2);
            for (int i = 0; i < distractors.size(); i++) {
                writer.add("d" + i, "pool:" + i, distractors.get(i));
            }
            writer.add("story", "news/story.txt", OriginalsTexts.STORY);
            writer.finish();
        }
        index = OriginalsIndex.open(dir.resolve("index"));
        comparison = new CopyComparison(index);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static String fixed(String text, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Finding f : findings) {
            out.append(text, at, f.start()).append(f.suggestions().get(0));
            at = f.end();
        }
        return out.append(text.substring(at)).toString();
    }

    @Test
    void aSpunCopyGetsOneFindingPerSwapWhoseSuggestionsRestoreTheOriginal() {
        CopyComparison.Result r = comparison.compare(new Document("copy", OriginalsTexts.SPUN));
        assertEquals(CopyVerdict.SPUN_COPY, r.judgement().verdict());
        assertEquals("story", r.judgement().originalId());
        assertEquals(1.0, r.judgement().coverage());
        List<String> flagged = r.findings().stream().map(f -> OriginalsTexts.SPUN.substring(f.start(), f.end())).toList();
        assertEquals(List.of("tempest", "shore", "Authorities", "houses", "electricity", "members of the family", "assistance",
                "shut", "had actually said", "fix", "Virtually"), flagged);
        assertEquals(OriginalsTexts.STORY, fixed(OriginalsTexts.SPUN, r.findings()));
        Finding family = r.findings().get(5);
        assertEquals(List.of("relations"), family.suggestions());
        assertEquals(Category.SPUN_COPY, family.category());
        assertEquals("story", family.original().id());
        assertEquals("relations", OriginalsTexts.STORY.substring(family.original().start(), family.original().end()));
        assertTrue(family.confidence() > 0.6 && family.confidence() < 1, String.valueOf(family.confidence()));
    }

    @Test
    void aFixNeitherLeavesASpaceBeforePunctuationNorGluesWordsNorLeavesHalfOfTwoInsertions() {
        String spun = OriginalsTexts.STORY
                .replace("Schools will stay closed until Thursday, the district", "Schools will stay closed until Thursday value, the region")
                .replace("The relations of the victim", "Relations of the victim")
                .replace("asked the mayor for help.", "asked the mayor for make help of."); // two insertions around one word
        CopyComparison.Result r = comparison.compare(new Document("copy", spun));
        assertEquals(OriginalsTexts.STORY, fixed(spun, r.findings()));
        assertTrue(r.findings().stream().noneMatch(f -> spun.substring(f.start(), f.end()).isBlank()));
    }

    @Test
    void aVerbatimCopyIsVerbatimWithoutFindings() {
        CopyComparison.Result r = comparison.compare(new Document("copy", OriginalsTexts.STORY));
        assertEquals(CopyVerdict.VERBATIM_COPY, r.judgement().verdict());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void aStoryWithASentenceCutAndAParagraphAddedIsEdited() {
        String edited = OriginalsTexts.STORY.replace("Officials said that more than 2,000 homes lost power in the county. ", "")
                + "\nA second storm is forecast for the weekend, and volunteers are filling sandbags at the fire station. "
                + "The county has opened two shelters for families who cannot return home.\n";
        CopyComparison.Result r = comparison.compare(new Document("copy", edited));
        assertEquals(CopyVerdict.EDITED_COPY, r.judgement().verdict(), r.judgement().toString());
        assertEquals(List.of(), r.findings());
    }

    @Test
    void anIndependentTextGetsNoFindings() {
        CopyComparison.Result r = comparison.compare(new Document("other", "The ferry to the island was cancelled on Monday"
                + " because of high winds. Passengers were offered a refund or a seat on the next crossing."));
        assertEquals(CopyVerdict.INDEPENDENT, r.judgement().verdict());
        assertEquals(List.of(), r.findings());
        assertEquals(List.of(), r.aligned());
    }
}
