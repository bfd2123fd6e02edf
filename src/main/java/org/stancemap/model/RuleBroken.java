package org.stancemap.model;

import java.util.Arrays;
import java.util.List;

/**
 * A value the model refuses, for example a note longer than a note may be. The model holds no
 * sentences for people: it names the rule by a key of the logic's bundle ({@code
 * org/stancemap/io/messages.properties}) with the values to put in it, and whoever tells the
 * person (reading a notes file, say) words it from there. The exception's own message, for a
 * developer's log, is the key and the values.
 */
public final class RuleBroken extends IllegalArgumentException {

    private final String key;
    private final transient List<Object> args;

    public RuleBroken(String key, Object... args) {
        super(key + " " + Arrays.toString(args));
        this.key = key;
        this.args = List.of(args);
    }

    /** The bundle key that words the rule. */
    public String key() {
        return key;
    }

    /** The values for {0}, {1}… in the key's words. */
    public Object[] args() {
        return args.toArray();
    }
}
