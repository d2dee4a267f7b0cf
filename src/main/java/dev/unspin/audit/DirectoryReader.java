package dev.unspin.audit;

import dev.unspin.input.InputFormat;
import dev.unspin.input.InputSource;
import dev.unspin.input.TextReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A directory of .txt, .md and .html/.htm files, and of bilingual .po/.pot, .xlf/.xliff and .tmx files (each possibly .gz), searched recursively in name
 * order, hidden files and folders left out. A file's id is its path relative to the directory, its
 * source the top-level folder it is in (the directory's own name for files directly in it), its
 * position the path as given plus the relative path.
 */
final class DirectoryReader implements FeedReader {
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".markdown", ".html", ".htm", ".po", ".pot", ".xlf",
            ".xliff", ".tmx");

    private final Path root;
    private final Path shown;
    private final long maxRecordBytes;

    DirectoryReader(Path root) {
        this(root, root, RecordSize.DEFAULT);
    }

    /** {@code shown}: the directory as positions show it; files over {@code maxRecordBytes} (gunzipped) fail unread. */
    DirectoryReader(Path root, Path shown, long maxRecordBytes) {
        this.root = root;
        this.shown = shown;
        this.maxRecordBytes = maxRecordBytes;
    }

    static boolean wanted(Path file) {
        String name = Inputs.withoutGz(file.getFileName().toString()).toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    @Override
    public String input() {
        return shown.toString();
    }

    /** The files read, in order. */
    static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !hidden(root.relativize(p)))
                    .filter(Files::isRegularFile)
                    .filter(DirectoryReader::wanted)
                    .sorted()
                    .toList();
        }
    }

    @Override
    public void read(Consumer<FeedRecord> sink) {
        List<Path> files;
        try {
            files = files(root);
        } catch (IOException | java.io.UncheckedIOException e) {
            sink.accept(FeedRecord.failed(shown.toString(), "cannot list the directory: " + e.getMessage()));
            return;
        }
        for (Path file : files) {
            sink.accept(record(file));
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private FeedRecord record(Path file) {
        Path relative = root.relativize(file);
        String id = relative.toString().replace('\\', '/');
        String source = relative.getNameCount() > 1 ? relative.getName(0).toString()
                : (root.toAbsolutePath().normalize().getFileName() == null ? "" : root.toAbsolutePath().normalize().getFileName().toString());
        String position = shown.resolve(relative).toString();
        byte[] bytes;
        try (InputStream in = Inputs.open(file)) {
            bytes = in.readNBytes((int) maxRecordBytes);
            long more = Inputs.countRest(in);
            if (more > 0) {
                return FeedRecord.failed(id, source, null, position, RecordSize.tooLarge(maxRecordBytes + more, maxRecordBytes));
            }
        } catch (IOException e) {
            return FeedRecord.failed(id, source, null, position, Inputs.describe(e));
        }
        InputFormat format = InputFormat.of(Inputs.withoutGz(file.getFileName().toString()));
        if (bytes.length == 0) {
            return new FeedRecord(id, source, null, "", format, position, null);
        }
        TextReader.Result text = TextReader.decode(new InputSource(file, position), bytes);
        if (text.problem() != null) {
            return text.problem().message().startsWith("empty file")
                    ? new FeedRecord(id, source, null, "", format, position, null) // skipped as empty, as before
                    : FeedRecord.failed(id, source, null, position, text.problem().message());
        }
        return new FeedRecord(id, source, null, text.text(), format, position, null);
    }
}
