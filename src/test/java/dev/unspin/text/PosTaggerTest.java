package dev.unspin.text;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;
import org.languagetool.chunking.EnglishChunker;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The POS model is read once and shared with LanguageTool's English chunker, with the tags a model of its own gives. */
class PosTaggerTest {

    @Test
    void languageToolsChunkerHasTheFieldTheModelIsSharedThrough() {
        assertNotNull(PosTagger.chunkerField(), "EnglishChunker.posModel is gone: the POS model would be read twice (~0.45 s)");
    }

    @Test
    void theChunkerUsesTheSameModelInstance() throws Exception {
        POSModel model = PosTagger.model();
        new EnglishChunker();
        Field field = PosTagger.chunkerField();
        assertSame(model, field.get(null));
    }

    @Test
    void theSharedModelTagsAsAModelReadAfreshFromTheResource() throws Exception {
        POSModel fresh;
        try (InputStream in = PosTaggerTest.class.getResourceAsStream("/en-pos-maxent.bin")) {
            fresh = new POSModel(in);
        }
        List<Token> tokens = Tokenizer.tokenize("The officials said on Monday that they were operating to fix relations with "
                + "the neighbouring international locations, and that the bridge's cost would be shared fairly.");
        String[] words = tokens.stream().map(Token::text).toArray(String[]::new);
        assertArrayEquals(new POSTaggerME(fresh).tag(words), PosTagger.tag(tokens));
    }
}
