package dev.unspin.grammar;

import dev.unspin.engine.Category;
import dev.unspin.engine.RuleFiles;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The packaged grammar rules' anchors as the build leaves them, so that a check in which no sentence
 * holds an anchor never has LanguageTool parse the rule files (its XML rule loader costs a quarter of
 * a second at start-up): each rule's id, category and anchor, in the order the rule files give the rules.
 * The build writes it ({@link #compile}, run by {@code pipeline.RulesCompiler}) as the resource
 * {@value #RESOURCE}, with a fingerprint of the grammar files; it is used only while they are unchanged.
 */
public final class CompiledAnchors {
    /** Where the build puts the compiled anchors on the class path. */
    public static final String RESOURCE = "/dev/unspin/grammar/packaged-anchors.bin";
    private static final int MAGIC = 0x554E5341; // "UNSA"
    /** Bump whenever the layout or what an anchor holds changes. */
    private static final int FORMAT = 1;

    private CompiledAnchors() {
    }

    /** Loads the grammar rules of {@code rules} with LanguageTool and writes their anchors; returns how many rules. */
    public static int compile(RuleFiles rules, OutputStream target) throws IOException {
        List<AnchoredRule> anchors = new GrammarRuleLoader(rules).projectRules().stream().map(AnchoredRule::of).toList();
        write(anchors, RuleFiles.fingerprint(rules.list("grammar", ".xml")), target);
        return anchors.size();
    }

    static void write(List<AnchoredRule> anchors, String fingerprint, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        out.writeUTF(fingerprint);
        out.writeInt(anchors.size());
        for (AnchoredRule rule : anchors) {
            out.writeUTF(rule.id());
            out.writeUTF(rule.category().name());
            rule.anchor().write(out);
        }
        out.flush();
    }

    /** The packaged rules' anchors, if the class path has them compiled from exactly these grammar files. */
    static Optional<List<AnchoredRule>> readPackaged(List<RuleFiles.RuleFile> files) {
        try (InputStream resource = CompiledAnchors.class.getResourceAsStream(RESOURCE)) {
            return resource == null ? Optional.empty() : read(resource, RuleFiles.fingerprint(files));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read unspin's compiled grammar anchors " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The anchors in {@code source}, or empty when it is of another format or was made from other files. */
    static Optional<List<AnchoredRule>> read(InputStream source, String expectedFingerprint) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(expectedFingerprint)) {
            return Optional.empty();
        }
        int count = in.readInt();
        List<AnchoredRule> anchors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            anchors.add(new AnchoredRule(in.readUTF(), Category.valueOf(in.readUTF()), RuleAnchor.read(in)));
        }
        return Optional.of(List.copyOf(anchors));
    }
}
