package org.stancemap.model;

/**
 * A stretch of the article, addressed by character offsets (Unicode code points, end exclusive),
 * carrying the exact text found there so that a reader of the file can check it by eye.
 */
public record Span(int start, int end, String text) {
}
