package org.stancemap.draft.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (Universal Dependencies, English Web Treebank), read from the jars on
 * the class path. Loading takes a fraction of a second and is done once; the models are immutable
 * and can serve many threads.
 */
public record LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech,
                             LemmatizerModel lemmas) {

    private static final String VERSION = "1.3-2.5.4";

    public static LanguageModels load() {
        try {
            return new LanguageModels(
                    new SentenceModel(open("sentence")),
                    new TokenizerModel(open("tokens")),
                    new POSModel(open("pos")),
                    new LemmatizerModel(open("lemmas")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English language models", e);
        }
    }

    private static InputStream open(String kind) throws IOException {
        String name = "/opennlp-en-ud-ewt-" + kind + "-" + VERSION + ".bin";
        InputStream in = LanguageModels.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model " + name + " is not on the class path");
        }
        return in;
    }
}
