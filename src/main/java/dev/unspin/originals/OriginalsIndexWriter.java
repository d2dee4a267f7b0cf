package dev.unspin.originals;

import dev.unspin.engine.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Writes an index of originals into a directory, one original at a time, in bounded memory (Lucene
 * flushes to disk every {@value #RAM_BUFFER_MB} MB). On {@link #close()}: originals given twice under one id keep
 * the first and the others are removed, each named on the problem sink; then the index is committed
 * and stamped ({@link IndexStamp}). Not thread-safe: one writer per thread.
 */
public final class OriginalsIndexWriter implements AutoCloseable {
    static final double RAM_BUFFER_MB = 32;

    private final Path directory;
    private final FSDirectory store;
    private final IndexWriter writer;
    private final Consumer<String> problems;
    private int added;

    private OriginalsIndexWriter(Path directory, Consumer<String> problems) throws IOException {
        this.directory = directory;
        this.problems = problems;
        this.store = FSDirectory.open(directory);
        IndexWriterConfig config = new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(RAM_BUFFER_MB);
        this.writer = new IndexWriter(store, config);
    }

    /**
     * A writer into {@code directory}: new or empty, or an index of originals, which is replaced. A
     * directory that holds other files is refused. {@code problems} gets one line per duplicate id.
     */
    public static OriginalsIndexWriter create(Path directory, Consumer<String> problems) {
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new OriginalsException(directory + ": exists and is not a directory");
            }
            if (Files.isDirectory(directory) && !IndexStamp.present(directory) && !isEmpty(directory)) {
                throw new OriginalsException(directory + ": not empty and not an unspin index of originals; choose another directory");
            }
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(IndexStamp.FILE));
            return new OriginalsIndexWriter(directory, problems);
        } catch (IOException e) {
            throw new OriginalsException(directory + ": cannot write the index: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Indexes one original: its id, where it was read ({@code position}) and its text. */
    public void add(String id, String position, String text) {
        String number = Integer.toString(added);
        Document document = new Document(id, text);
        List<org.apache.lucene.document.Document> docs = new ArrayList<>();
        org.apache.lucene.document.Document original = new org.apache.lucene.document.Document();
        original.add(new StringField(IndexFields.ORIGINAL, number, Field.Store.YES));
        original.add(new StringField(IndexFields.ID, id, Field.Store.YES));
        original.add(new StoredField(IndexFields.POSITION, position));
        original.add(new StoredField(IndexFields.TEXT, text));
        docs.add(original);
        for (Passages.Passage p : Passages.of(document)) {
            org.apache.lucene.document.Document passage = new org.apache.lucene.document.Document();
            passage.add(new StringField(IndexFields.OF, number, Field.Store.YES));
            RetrievalKeys.skeleton(document.tokens(), p.firstToken(), p.endToken())
                    .forEach(t -> passage.add(new StringField(IndexFields.SKELETON, t, Field.Store.NO)));
            RetrievalKeys.words(document.tokens(), p.firstToken(), p.endToken())
                    .forEach(t -> passage.add(new StringField(IndexFields.WORDS, t, Field.Store.NO)));
            docs.add(passage);
        }
        try {
            writer.addDocuments(docs);
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot write the index", e);
        }
        added++;
    }

    /** Originals added so far (duplicates included). */
    public int added() {
        return added;
    }

    /** Removes duplicate ids (keeping the first), commits and stamps the index; the number of originals in it. */
    public long finish() {
        try {
            int removed = removeDuplicates();
            writer.commit();
            long originals = added - removed;
            writer.close();
            store.close();
            IndexStamp.write(directory, originals);
            return originals;
        } catch (IOException e) {
            throw new OriginalsException(directory + ": cannot write the index: " + e.getMessage(), e);
        }
    }

    private int removeDuplicates() throws IOException {
        int removed = 0;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            Terms ids = MultiTerms.getTerms(reader, IndexFields.ID);
            if (ids == null) {
                return 0;
            }
            StoredFields stored = reader.storedFields();
            TermsEnum terms = ids.iterator();
            BytesRef id;
            while ((id = terms.next()) != null) {
                if (terms.docFreq() < 2) {
                    continue;
                }
                PostingsEnum docs = MultiTerms.getTermPostingsEnum(reader, IndexFields.ID, id, PostingsEnum.NONE);
                List<org.apache.lucene.document.Document> copies = new ArrayList<>();
                for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                    copies.add(stored.document(doc));
                }
                copies.sort(java.util.Comparator.comparingInt(d -> Integer.parseInt(d.get(IndexFields.ORIGINAL))));
                String first = copies.get(0).get(IndexFields.POSITION);
                for (org.apache.lucene.document.Document duplicate : copies.subList(1, copies.size())) {
                    String number = duplicate.get(IndexFields.ORIGINAL);
                    writer.deleteDocuments(new Term(IndexFields.ORIGINAL, number), new Term(IndexFields.OF, number));
                    problems.accept(duplicate.get(IndexFields.POSITION) + ": duplicate id '" + id.utf8ToString()
                            + "' (first at " + first + "): skipped");
                    removed++;
                }
            }
        }
        return removed;
    }

    /** Abandons the index (nothing committed is stamped). */
    @Override
    public void close() {
        try {
            if (writer.isOpen()) {
                writer.rollback();
                store.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
