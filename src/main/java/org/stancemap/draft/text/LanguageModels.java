package org.stancemap.draft.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * OpenNLP's English models (Universal Dependencies, English Web Treebank), read from the jars on
 * the class path: sentences, tokens and parts of speech. Loading is done once; the models are
 * immutable and can serve many threads. The engine needs lemmas only to recognise a few hundred
 * verbs of saying, which {@link VerbForms} does by rule, so OpenNLP's statistical lemmatizer (a
 * fifth of the loading time and of the time per article) is not loaded.
 */
public record LanguageModels(SentenceModel sentences, TokenizerModel tokens, POSModel partsOfSpeech) {

    private static final String VERSION = "1.3-2.5.4";

    /**
     * Reads the three models: the tagger's, by far the largest, on another thread while this one
     * reads the other two, so that on two cores loading takes about as long as the tagger alone.
     */
    public static LanguageModels load() {
        CompletableFuture<POSModel> pos = CompletableFuture.supplyAsync(() -> read(in -> new POSModel(in), "pos"));
        SentenceModel sentences = read(in -> new SentenceModel(in), "sentence");
        TokenizerModel tokens = read(in -> new TokenizerModel(in), "tokens");
        try {
            return new LanguageModels(sentences, tokens, pos.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof UncheckedIOException u ? u : e;
        }
    }

    /** A model constructor that reads a stream. */
    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(ModelReader<M> reader, String kind) {
        try (InputStream in = open(kind)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the English " + kind + " model", e);
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
