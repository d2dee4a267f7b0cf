package dev.unspin.eval;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Clean prose by genre for the held-out evaluation, from the directory {@code scripts/heldout-data}
 * fills (Brown corpus, King James Bible, Python documentation) and the project's held-out texts,
 * cut into documents of about {@code words} words. Each genre says whether the detectors were tuned on
 * its source: the model detector's margins were set on the Brown corpus.
 */
public final class GenreTexts {
    private static final int MIN_PARAGRAPH_WORDS = 8;

    private GenreTexts() {
    }

    /** A genre's clean documents, where they come from, and whether the detectors were tuned on that source. */
    public record Genre(String id, String source, boolean tunedOn, List<ProseChunks.Doc> docs) {
    }

    public static List<Genre> load(Path data, Path projectHeldout, int words) throws IOException {
        for (String needed : List.of("brown", "kjv", "python-docs")) {
            if (!Files.isDirectory(data.resolve(needed))) {
                throw new IOException(data.resolve(needed) + ": missing; run scripts/heldout-data " + data);
            }
        }
        return List.of(
                new Genre("news", "Brown A-C (1961 press: reportage, editorials, reviews)", true, brown(data, "abc", words)),
                new Genre("news-project", "samples/heldout/clean (the project's 24 held-out news texts)", false, plainFiles(projectHeldout)),
                new Genre("fiction", "Brown K-R (1961 fiction: general, mystery, science fiction, adventure, romance, humour)", true, brown(data, "klmnpr", words)),
                new Genre("older-english", "King James Bible, narrative books (1611)", false, kjv(data.resolve("kjv"), words)),
                new Genre("science", "Brown J (1961 learned and scientific writing)", true, brown(data, "j", words)),
                new Genre("technical", "Python 3.11 documentation (library, tutorial, how-tos, FAQ)", false, pythonDocs(data.resolve("python-docs"), words)),
                new Genre("magazine", "Brown E-F (1961 skills, hobbies, popular lore; standing in for web copy)", true, brown(data, "ef", words)));
    }

    private static List<ProseChunks.Doc> brown(Path data, String categories, int words) throws IOException {
        List<ProseChunks.Doc> docs = new ArrayList<>();
        for (Path file : sorted(data.resolve("brown"))) {
            String name = file.getFileName().toString();
            if (name.matches("c[a-r][0-9]{2}") && categories.indexOf(name.charAt(1)) >= 0) {
                docs.addAll(ProseChunks.cut("brown-" + name, BrownText.sentences(Files.readString(file, StandardCharsets.UTF_8)), " ", words));
            }
        }
        return docs;
    }

    private static List<ProseChunks.Doc> kjv(Path dir, int words) throws IOException {
        List<ProseChunks.Doc> docs = new ArrayList<>();
        for (Path file : sorted(dir)) {
            String book = file.getFileName().toString().replace(".txt", "");
            docs.addAll(ProseChunks.cut("kjv-" + book, Files.readAllLines(file, StandardCharsets.UTF_8), " ", words));
        }
        return docs;
    }

    private static List<ProseChunks.Doc> pythonDocs(Path html, int words) throws IOException {
        List<ProseChunks.Doc> docs = new ArrayList<>();
        for (String part : List.of("tutorial", "howto", "faq", "library")) {
            for (Path file : sorted(html.resolve(part))) {
                if (file.toString().endsWith(".html")) {
                    List<String> paragraphs = new ArrayList<>();
                    for (Element p : Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8)).select("div.body p")) {
                        String text = p.text().strip();
                        if (ProseChunks.wordCount(text) >= MIN_PARAGRAPH_WORDS) {
                            paragraphs.add(text);
                        }
                    }
                    docs.addAll(ProseChunks.cut("python-" + part + "-" + file.getFileName().toString().replace(".html", ""), paragraphs, "\n\n", words));
                }
            }
        }
        return docs;
    }

    private static List<ProseChunks.Doc> plainFiles(Path dir) throws IOException {
        List<ProseChunks.Doc> docs = new ArrayList<>();
        for (Path file : sorted(dir)) {
            if (file.toString().endsWith(".txt")) {
                docs.add(new ProseChunks.Doc(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        return docs;
    }

    private static List<Path> sorted(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code n} documents spread evenly over the list (all of them when it has no more). */
    static List<ProseChunks.Doc> spread(List<ProseChunks.Doc> docs, int n) {
        if (docs.size() <= n) {
            return docs;
        }
        List<ProseChunks.Doc> chosen = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chosen.add(docs.get((int) ((long) i * docs.size() / n)));
        }
        return chosen;
    }
}
