package dev.unspin.text;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * An OpenNLP maxent (GIS) model written by the build in a form read several times faster than OpenNLP's own
 * model files (no zip, no properties, no text to parse; {@link CompiledPosModel}): the outcomes, then each predicate with its outcomes
 * and parameters as the exact doubles, so the model read back evaluates exactly as the original. A compiled
 * model is tied to the resource it was made from by that resource's {@link Source} (size and CRC of its jar
 * entry, known without reading it).
 */
final class CompiledMaxent {
    /** The size and CRC-32 of the model resource a compiled model was made from. */
    record Source(long size, long crc) {
        void write(DataOutputStream out) throws IOException {
            out.writeLong(size);
            out.writeLong(crc);
        }

        /** Whether the next source in {@code in} is this one (it is read either way). */
        boolean matches(DataInputStream in) throws IOException {
            long size = in.readLong();
            long crc = in.readLong();
            return size == this.size && crc == this.crc;
        }
    }

    private CompiledMaxent() {
    }

    /** The size and CRC of a class path resource from its jar entry; empty when it is missing or not in a jar. */
    static Optional<Source> sourceOf(String resource) {
        URL url = CompiledMaxent.class.getResource(resource);
        if (url == null || !"jar".equals(url.getProtocol())) {
            return Optional.empty();
        }
        try {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            JarEntry entry = connection.getJarEntry();
            connection.getJarFile().close();
            return entry == null || entry.getCrc() < 0 ? Optional.empty() : Optional.of(new Source(entry.getSize(), entry.getCrc()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes a GIS model's outcomes, predicates and parameters; returns its predicate count. */
    static int write(MaxentModel model, DataOutputStream out) throws IOException {
        Object[] data = ((AbstractModel) model).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        String[] outcomes = (String[]) data[2];
        out.writeInt(outcomes.length);
        for (String outcome : outcomes) {
            out.writeUTF(outcome);
        }
        out.writeInt(predicates.size());
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            out.writeUTF(predicate.getKey());
            int[] outcomeIndexes = predicate.getValue().getOutcomes();
            double[] parameters = predicate.getValue().getParameters();
            out.writeShort(outcomeIndexes.length);
            for (int i = 0; i < outcomeIndexes.length; i++) {
                out.writeShort(outcomeIndexes[i]);
                out.writeDouble(parameters[i]);
            }
        }
        return predicates.size();
    }

    /** Reads a model {@link #write} wrote. */
    static GISModel read(DataInputStream in) throws IOException {
        String[] outcomes = new String[in.readInt()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = in.readUTF();
        }
        int count = in.readInt();
        String[] predicates = new String[count];
        Context[] contexts = new Context[count];
        for (int p = 0; p < count; p++) {
            predicates[p] = in.readUTF();
            int n = in.readShort();
            int[] outcomeIndexes = new int[n];
            double[] parameters = new double[n];
            for (int i = 0; i < n; i++) {
                outcomeIndexes[i] = in.readShort();
                parameters[i] = in.readDouble();
            }
            contexts[p] = new Context(outcomeIndexes, parameters);
        }
        return new GISModel(contexts, predicates, outcomes);
    }
}
