package dev.unspin.cli;

import dev.unspin.engine.DetectorKind;
import dev.unspin.grammar.GrammarDetector;
import dev.unspin.input.InputSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * Reads a check's first input file ahead, on a thread of its own, while the check builds its detectors,
 * so that LanguageTool starts then if the text will need it ({@link GrammarDetector#startAhead}) rather
 * than once the detectors are built (~0.25 s later). Only a guess: the file is read again by the check,
 * and anything unusual (standard input, a file over {@value #MAX_BYTES} bytes, one that cannot be read
 * or decoded) is left to the check.
 */
final class LanguageToolAhead {
    static final long MAX_BYTES = 1 << 20;

    private LanguageToolAhead() {
    }

    static void start(List<InputSource> sources, Set<DetectorKind> detectors) {
        if (!detectors.contains(DetectorKind.GRAMMAR)) {
            return;
        }
        sources.stream().filter(source -> !source.isStdin()).findFirst().ifPresent(source -> {
            Thread thread = new Thread(() -> {
                try {
                    if (Files.isRegularFile(source.path()) && Files.size(source.path()) <= MAX_BYTES) {
                        GrammarDetector.startAhead(source.display(), Files.readString(source.path()));
                    }
                } catch (IOException | RuntimeException e) {
                    // the check reads the file itself and reports what is wrong with it
                }
            }, "unspin-languagetool-ahead");
            thread.setDaemon(true);
            thread.start();
        });
    }
}
