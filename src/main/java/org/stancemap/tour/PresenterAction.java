package org.stancemap.tour;

/** What a key can do in presenter mode. */
public enum PresenterAction {
    NEXT, PREVIOUS, FIRST, LAST, BLACK, WHITE, EXIT, CONSOLE
}
