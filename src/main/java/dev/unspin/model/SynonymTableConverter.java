package dev.unspin.model;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Build step (run by Maven at process-classes, after {@link ModelConverter}): writes the {@link SynonymTable}
 * of the language model named by the first argument to the file named by the second. The keys are the model's
 * words, then the forms of WordNet's one-word lemmas the model does not know ("grangers") that have candidates; the candidates are
 * words of the model; both are letters and hyphens only. Each form keeps its {@link #MAX_CANDIDATES} most common candidates
 * by the model's unigram probability. Does nothing when the table is newer than the model and readable.
 */
public final class SynonymTableConverter {
    static final int MAX_CANDIDATES = 24;

    private SynonymTableConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SynonymTableConverter LANGUAGE_MODEL OUTPUT_FILE");
        }
        Path modelFile = Path.of(args[0]);
        Path target = Path.of(args[1]);
        if (upToDate(target, modelFile)) {
            return;
        }
        long started = System.nanoTime();
        TrigramModel model = TrigramModel.open(modelFile);
        ReverseThesaurus thesaurus = new ReverseThesaurus();
        List<String> forms = new ArrayList<>();
        List<int[]> candidates = new ArrayList<>();
        for (int id = 0; id < model.vocabularySize(); id++) {
            forms.add(model.word(id));
            candidates.add(candidates(model, thesaurus, model.word(id)));
        }
        for (String form : thesaurus.forms()) {
            int[] ids = model.id(form) == TrigramModel.UNKNOWN ? candidates(model, thesaurus, form) : new int[0];
            if (ids.length > 0) {
                forms.add(form);
                candidates.add(ids);
            }
        }
        int[] first = new int[forms.size() + 1];
        int keys = 0;
        for (int form = 0; form < forms.size(); form++) {
            first[form + 1] = first[form] + candidates.get(form).length;
            keys += candidates.get(form).length > 0 ? 1 : 0;
        }
        write(model.vocabularySize(), forms, first, candidates, target);
        System.out.printf("unspin: wrote the synonym table %s (%,d forms, %,d candidates, %,d bytes) in %d ms%n", target,
                keys, first[first.length - 1], Files.size(target), (System.nanoTime() - started) / 1_000_000);
    }

    /** The model ids of what {@code form} may have replaced, most common first, at most {@link #MAX_CANDIDATES}. */
    private static int[] candidates(TrigramModel model, ReverseThesaurus thesaurus, String form) {
        if (!ReverseThesaurus.WORD.matcher(form).matches()) {
            return new int[0];
        }
        List<Integer> ids = thesaurus.replaced(form).stream()
                .map(model::id)
                .filter(id -> id != TrigramModel.UNKNOWN && ReverseThesaurus.WORD.matcher(model.word(id)).matches())
                .sorted(Comparator.comparingDouble((Integer id) -> -model.unigramLogProb(id)).thenComparing(id -> id))
                .limit(MAX_CANDIDATES)
                .toList();
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void write(int modelWords, List<String> forms, int[] first, List<int[]> candidates, Path target)
            throws IOException {
        StringBuilder words = new StringBuilder();
        for (String form : forms) {
            words.append(form).append('\n');
        }
        byte[] wordBytes = words.toString().getBytes(StandardCharsets.UTF_8);
        int candidateCount = first[first.length - 1];
        long total = SynonymTable.HEADER_BYTES + 4L * first.length + 4L * candidateCount + wordBytes.length;
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            MappedByteBuffer out = channel.map(FileChannel.MapMode.READ_WRITE, 0, total);
            out.order(ByteOrder.LITTLE_ENDIAN);
            out.putLong(SynonymTable.MAGIC).putInt(SynonymTable.VERSION).putInt(modelWords).putInt(forms.size())
                    .putInt(candidateCount).putInt(wordBytes.length);
            for (int start : first) {
                out.putInt(start);
            }
            for (int[] ids : candidates) {
                for (int id : ids) {
                    out.putInt(id);
                }
            }
            out.put(wordBytes);
            out.force();
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean upToDate(Path target, Path modelFile) throws IOException {
        if (!Files.exists(target)
                || Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(modelFile)) <= 0) {
            return false;
        }
        try {
            SynonymTable.open(target);
            return true;
        } catch (ModelUnavailableException e) {
            return false;
        }
    }
}
