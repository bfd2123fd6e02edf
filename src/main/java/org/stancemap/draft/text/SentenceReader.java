package org.stancemap.draft.text;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Splits an article into sentences (never across a paragraph break) and tags each token with its
 * part of speech. Not thread-safe (OpenNLP's taggers keep state): one per thread.
 */
public final class SentenceReader {

    private final SentenceDetectorME sentences;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;

    public SentenceReader(LanguageModels models) {
        this.sentences = new SentenceDetectorME(models.sentences());
        this.tokenizer = new TokenizerME(models.tokens());
        this.tagger = new POSTaggerME(models.partsOfSpeech());
    }

    public List<Sentence> read(String text) {
        List<Sentence> result = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart <= text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            readParagraph(text, paragraphStart, paragraphEnd, result);
            paragraphStart = paragraphEnd + 1;
        }
        return NameTagRepair.repair(result);
    }

    private void readParagraph(String text, int from, int to, List<Sentence> out) {
        String paragraph = text.substring(from, to);
        if (paragraph.isBlank()) {
            return;
        }
        for (Span span : SentenceJoiner.join(List.of(sentences.sentPosDetect(paragraph)), paragraph)) {
            Sentence sentence = tag(paragraph, span, from);
            if (sentence.size() > 0) {
                out.add(sentence);
            }
        }
    }

    private Sentence tag(String paragraph, Span sentenceSpan, int offset) {
        String sentenceText = sentenceSpan.getCoveredText(paragraph).toString();
        String plain = straightApostrophes(sentenceText);
        Span[] spans = TokenSplitter.split(tokenizer.tokenizePos(plain), sentenceText);
        String[] words = Span.spansToStrings(spans, sentenceText);
        String[] tags = tagger.tag(Span.spansToStrings(spans, plain));
        List<Token> tokens = new ArrayList<>(words.length);
        int base = offset + sentenceSpan.getStart();
        for (int i = 0; i < words.length; i++) {
            tokens.add(new Token(words[i], base + spans[i].getStart(), base + spans[i].getEnd(), tags[i]));
        }
        return new Sentence(offset + sentenceSpan.getStart(), offset + sentenceSpan.getEnd(), tokens);
    }

    /**
     * The models learned contractions with straight apostrophes ("aren't", "they're"); with a curly
     * one they keep the word whole and tag it as punctuation. Same length, so offsets hold.
     */
    static String straightApostrophes(String text) {
        return text.replace('’', '\'').replace('‘', '\'');
    }
}
