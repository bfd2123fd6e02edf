package org.stancemap.draft;

/**
 * Finds actors and attributed statements in an article's text (paragraphs separated by '\n').
 * Implementations hold loaded language models and are safe to reuse for many articles.
 */
public interface ArticleAnalyser {

    Findings analyse(String text);
}
