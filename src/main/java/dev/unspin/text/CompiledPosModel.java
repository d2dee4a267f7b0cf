package dev.unspin.text;

import dev.unspin.text.CompiledMaxent.Source;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSDictionary;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.TagDictionary;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The OpenNLP English POS model ({@link PosTagger}) in a form read ~6 times faster than OpenNLP's own
 * (~60 instead of ~350 ms of CPU at start-up): made by the build from the model OpenNLP reads, it holds the
 * same maxent model ({@link CompiledMaxent}), the same tag dictionary and the OpenNLP version that trained
 * it, with no zip, properties or XML to parse. It is used only for the model it was made from: the source
 * resource's size and CRC (read from its jar entry, without reading the model) must match, else OpenNLP
 * reads the original. Written as the resource {@value #RESOURCE}.
 */
public final class CompiledPosModel {
    /** Where the build puts the compiled model on the class path. */
    public static final String RESOURCE = "/dev/unspin/text/packaged-pos-model.bin";
    private static final int MAGIC = 0x554E5350; // "UNSP"
    /** Bump whenever the layout changes. */
    private static final int FORMAT = 1;
    /**
     * The manifest property naming the OpenNLP version that trained the model, kept: OpenNLP's tagger builds a
     * model's context generator from it (before 1.8: the default one, which this 1.5 model was trained with).
     */
    private static final String OPENNLP_VERSION = "OpenNLP-Version";

    private CompiledPosModel() {
    }

    /** Writes the compiled form of the model OpenNLP reads from {@link PosTagger#MODEL}; returns its predicate count. */
    public static int compile(OutputStream target) throws IOException {
        Source source = source().orElseThrow(() -> new IOException("the POS model " + PosTagger.MODEL + " is not in a jar"));
        return write(PosTagger.readOriginal(), source, target);
    }

    /** The compiled model, when the class path has one made from the model resource it also has; empty otherwise. */
    static Optional<POSModel> readPackaged() {
        Optional<Source> source = source();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream resource = CompiledPosModel.class.getResourceAsStream(RESOURCE)) {
            return resource == null ? Optional.empty() : read(resource, source.get());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read unspin's compiled POS model " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** The model resource's size and CRC from its jar entry; empty when it is not in a jar. */
    static Optional<Source> source() {
        return CompiledMaxent.sourceOf(PosTagger.MODEL);
    }

    static int write(POSModel model, Source source, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        source.write(out);
        out.writeUTF(model.getLanguage());
        out.writeUTF(model.getManifestProperty(OPENNLP_VERSION));
        int predicates = CompiledMaxent.write(model.getPosModel(), out);
        writeTagDictionary((POSDictionary) model.getFactory().getTagDictionary(), out);
        out.flush();
        return predicates;
    }

    private static void writeTagDictionary(POSDictionary dictionary, DataOutputStream out) throws IOException {
        out.writeBoolean(dictionary.isCaseSensitive());
        Map<String, Integer> tagNumbers = new LinkedHashMap<>();
        List<String> words = new ArrayList<>();
        for (String word : dictionary) {
            words.add(word);
            for (String tag : dictionary.getTags(word)) {
                tagNumbers.putIfAbsent(tag, tagNumbers.size());
            }
        }
        out.writeShort(tagNumbers.size());
        for (String tag : tagNumbers.keySet()) {
            out.writeUTF(tag);
        }
        out.writeInt(words.size());
        for (String word : words) {
            String[] tags = dictionary.getTags(word);
            out.writeUTF(word);
            out.writeByte(tags.length);
            for (String tag : tags) {
                out.writeShort(tagNumbers.get(tag));
            }
        }
    }

    /** The model, when {@code source} holds one made from {@code expected}; empty when it was made from another. */
    static Optional<POSModel> read(InputStream source, Source expected) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != FORMAT || !expected.matches(in)) {
            return Optional.empty();
        }
        String language = in.readUTF();
        String version = in.readUTF();
        GISModel maxent = CompiledMaxent.read(in);
        TagDictionary tags = readTagDictionary(in);
        return Optional.of(new POSModel(language, maxent, Map.of(OPENNLP_VERSION, version),
                new POSTaggerFactory(null, tags)));
    }

    private static TagDictionary readTagDictionary(DataInputStream in) throws IOException {
        POSDictionary dictionary = new POSDictionary(in.readBoolean());
        String[] tagNames = new String[in.readShort()];
        for (int i = 0; i < tagNames.length; i++) {
            tagNames[i] = in.readUTF();
        }
        int words = in.readInt();
        for (int w = 0; w < words; w++) {
            String word = in.readUTF();
            String[] tags = new String[in.readByte()];
            for (int i = 0; i < tags.length; i++) {
                tags[i] = tagNames[in.readShort()];
            }
            dictionary.put(word, tags);
        }
        return dictionary;
    }
}
