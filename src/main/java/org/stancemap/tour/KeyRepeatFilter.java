package org.stancemap.tour;

import java.util.HashSet;
import java.util.Set;

/**
 * Ignores the auto-repeat of a held key, so holding down a clicker button moves one step, not ten.
 * Keys are named by their JavaFX KeyCode name.
 */
public final class KeyRepeatFilter {

    private final Set<String> held = new HashSet<>();

    /** True on the first press of a key, false for further presses until it is released. */
    public boolean firstPress(String keyCodeName) {
        if (keyCodeName == null) {
            return true;
        }
        return held.add(keyCodeName);
    }

    public void released(String keyCodeName) {
        if (keyCodeName != null) {
            held.remove(keyCodeName);
        }
    }

    /** Forgets every held key, e.g. when the window loses focus and releases may be missed. */
    public void reset() {
        held.clear();
    }
}
