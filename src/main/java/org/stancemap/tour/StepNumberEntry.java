package org.stancemap.tour;

import java.util.OptionalInt;

/** A step number being typed in presenter mode: digits, then Enter to jump. */
public final class StepNumberEntry {

    public static final int MAX_DIGITS = 3;

    private final StringBuilder typed = new StringBuilder();

    /** Adds a digit 0–9; digits past the third are ignored. */
    public void digit(int d) {
        if (d < 0 || d > 9) {
            throw new IllegalArgumentException("not a digit: " + d);
        }
        if (typed.length() < MAX_DIGITS) {
            typed.append((char) ('0' + d));
        }
    }

    public String typed() {
        return typed.toString();
    }

    public boolean isEmpty() {
        return typed.length() == 0;
    }

    /**
     * The 0-based index for the typed 1-based step number when it lies in 1..size; empty when nothing
     * was typed or the number is out of range. Clears the entry either way.
     */
    public OptionalInt commit(int size) {
        String text = typed();
        clear();
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        int number = Integer.parseInt(text);
        return number >= 1 && number <= size ? OptionalInt.of(number - 1) : OptionalInt.empty();
    }

    public void clear() {
        typed.setLength(0);
    }
}
