package dev.unspin.originals;

import dev.unspin.engine.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An index of originals on disk, open for searching: which originals a document's passages look
 * like, and an original's text by its number. Thread-safe; nothing of the originals is held in
 * memory beyond what Lucene maps and caches.
 */
public final class OriginalsIndex implements AutoCloseable {
    /** Passages asked for per passage of the document searched. */
    static final int HITS_PER_PASSAGE = 5;
    /** Lucene's limit on the clauses of one query. */
    private static final int MAX_TERMS = 1000;

    private final Path directory;
    private final FSDirectory store;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final long originals;
    private final boolean temporary;

    private OriginalsIndex(Path directory, FSDirectory store, DirectoryReader reader, long originals, boolean temporary) {
        this.directory = directory;
        this.store = store;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.originals = originals;
        this.temporary = temporary;
    }

    /** The same index, its directory deleted when it is closed. */
    OriginalsIndex deletingOnClose() {
        return new OriginalsIndex(directory, store, reader, originals, true);
    }

    /** Opens an index built by {@link OriginalsIndexWriter}; an index of another format is refused. */
    public static OriginalsIndex open(Path directory) {
        long count = IndexStamp.check(directory);
        FSDirectory store = null;
        try {
            store = FSDirectory.open(directory);
            return new OriginalsIndex(directory, store, DirectoryReader.open(store), count, false);
        } catch (IndexFormatTooOldException | IndexFormatTooNewException e) {
            closeQuietly(store);
            throw new OriginalsException(directory + ": the index was written by another version of unspin"
                    + " (Lucene says: " + e.getMessage() + "); rebuild it with `unspin index build`", e);
        } catch (IOException e) {
            closeQuietly(store);
            throw new OriginalsException(directory + ": cannot open the index: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FSDirectory store) {
        if (store != null) {
            try {
                store.close();
            } catch (IOException ignored) {
                // the open failed already; that is the problem reported
            }
        }
    }

    public Path directory() {
        return directory;
    }

    /** Originals in the index. */
    public long size() {
        return originals;
    }

    /** An original: its number in the index, its id, where it was read, its text. */
    public record Original(int number, String id, String position, String text) {
    }

    /** An original a document's passages resemble, and how strongly (the sum over passages of each hit's score relative to the best). */
    public record Candidate(int number, double votes) {
    }

    /**
     * The originals whose passages the document's passages resemble most, best first, at most
     * {@code limit}; each passage of the document votes for the originals of its best hits.
     */
    public List<Candidate> candidates(Document document, RetrievalKeys.Mode mode, int limit) {
        Map<Integer, Double> votes = new HashMap<>();
        try {
            for (Passages.Passage p : Passages.of(document)) {
                BooleanQuery query = query(document, p, mode);
                if (query.clauses().isEmpty()) {
                    continue;
                }
                TopDocs top = searcher.search(query, HITS_PER_PASSAGE);
                if (top.scoreDocs.length == 0) {
                    continue;
                }
                double best = top.scoreDocs[0].score;
                Map<Integer, Double> passageVotes = new HashMap<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    int number = Integer.parseInt(searcher.storedFields().document(hit.doc, Set.of(IndexFields.OF)).get(IndexFields.OF));
                    passageVotes.merge(number, hit.score / best, Math::max);
                }
                passageVotes.forEach((number, v) -> votes.merge(number, v, Double::sum));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot search the index", e);
        }
        return votes.entrySet().stream()
                .map(e -> new Candidate(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(Candidate::votes).reversed().thenComparingInt(Candidate::number))
                .limit(limit)
                .toList();
    }

    private static BooleanQuery query(Document document, Passages.Passage p, RetrievalKeys.Mode mode) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        if (mode.skeleton()) {
            for (String t : RetrievalKeys.skeleton(document.tokens(), p.firstToken(), p.endToken())) {
                if (clauses++ < MAX_TERMS) {
                    query.add(new TermQuery(new Term(IndexFields.SKELETON, t)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        if (mode.words()) {
            for (String t : RetrievalKeys.words(document.tokens(), p.firstToken(), p.endToken())) {
                if (clauses++ < MAX_TERMS) {
                    query.add(new TermQuery(new Term(IndexFields.WORDS, t)), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return query.build();
    }

    /** The original numbered {@code number}. */
    public Original original(int number) {
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(IndexFields.ORIGINAL, Integer.toString(number))), 1);
            if (found.scoreDocs.length == 0) {
                throw new IllegalArgumentException("no original numbered " + number + " in " + directory);
            }
            org.apache.lucene.document.Document d = searcher.storedFields().document(found.scoreDocs[0].doc);
            return new Original(number, d.get(IndexFields.ID), d.get(IndexFields.POSITION), d.get(IndexFields.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(directory + ": cannot read the index", e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            store.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (temporary) {
            OriginalsReader.delete(directory);
        }
    }
}
