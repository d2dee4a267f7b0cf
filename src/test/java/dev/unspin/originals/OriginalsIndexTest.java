package dev.unspin.originals;

import dev.unspin.engine.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OriginalsIndexTest {
    @TempDir
    Path dir;

    private Path build(List<String> problems, String... extra) {
        Path index = dir.resolve("index");
        try (OriginalsIndexWriter writer = OriginalsIndexWriter.create(index, problems::add)) {
            List<String> distractors = OriginalsTexts.distractors(200, 1);
            for (int i = 0; i < distractors.size(); i++) {
                writer.add("d" + i, "pool:" + i, distractors.get(i));
            }
            writer.add("story", "news/story.txt", OriginalsTexts.STORY);
            for (int i = 0; i < extra.length; i++) {
                writer.add(extra[i], "extra:" + i, OriginalsTexts.distractors(1, 100 + i).get(0));
            }
            long indexed = writer.finish();
            assertEquals(201 + extra.length - problems.size(), indexed);
        }
        return index;
    }

    @Test
    void aSpunCopyFindsItsOriginalAmongTwoHundred() {
        try (OriginalsIndex index = OriginalsIndex.open(build(new ArrayList<>()))) {
            for (RetrievalKeys.Mode mode : RetrievalKeys.Mode.values()) {
                List<OriginalsIndex.Candidate> found = index.candidates(new Document("c", OriginalsTexts.SPUN), mode, 3);
                assertEquals("story", index.original(found.get(0).number()).id(), mode.name());
            }
            OriginalsIndex.Original story = index.original(index.candidates(new Document("c", OriginalsTexts.SPUN),
                    RetrievalKeys.Mode.BOTH, 1).get(0).number());
            assertEquals(OriginalsTexts.STORY, story.text());
            assertEquals("news/story.txt", story.position());
        }
    }

    @Test
    void aTextSharingNoTermFindsNothing() {
        try (OriginalsIndex index = OriginalsIndex.open(build(new ArrayList<>()))) {
            assertEquals(List.of(), index.candidates(new Document("c", "Quantum qubits entangle."), RetrievalKeys.Mode.BOTH, 3));
        }
    }

    @Test
    void aDuplicateIdKeepsTheFirstAndIsNamed() {
        List<String> problems = new ArrayList<>();
        try (OriginalsIndex index = OriginalsIndex.open(build(problems, "story"))) {
            assertEquals(List.of("extra:0: duplicate id 'story' (first at news/story.txt): skipped"), problems);
            assertEquals(201, index.size());
            OriginalsIndex.Candidate best = index.candidates(new Document("c", OriginalsTexts.SPUN), RetrievalKeys.Mode.BOTH, 1).get(0);
            assertEquals("news/story.txt", index.original(best.number()).position());
        }
    }

    @Test
    void anIndexOfAnotherFormatIsRefusedWithHowToRebuild() throws Exception {
        Path index = build(new ArrayList<>());
        Path stamp = index.resolve(IndexStamp.FILE);
        Files.writeString(stamp, Files.readString(stamp).replace("format=" + IndexStamp.FORMAT, "format=0"));
        OriginalsException e = assertThrows(OriginalsException.class, () -> OriginalsIndex.open(index));
        assertEquals(index + ": index format 0 was written by another version of unspin (this one reads format "
                + IndexStamp.FORMAT + "); rebuild it with `unspin index build`", e.getMessage());
    }

    @Test
    void aDirectoryThatIsNoIndexIsRefused() throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        OriginalsException open = assertThrows(OriginalsException.class, () -> OriginalsIndex.open(dir));
        assertTrue(open.getMessage().startsWith(dir + ": not an unspin index of originals"), open.getMessage());
        OriginalsException write = assertThrows(OriginalsException.class, () -> OriginalsIndexWriter.create(dir, p -> { }));
        assertEquals(dir + ": not empty and not an unspin index of originals; choose another directory", write.getMessage());
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }
}
