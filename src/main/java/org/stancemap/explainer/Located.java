package org.stancemap.explainer;

/** A decoded value together with the JSON path it came from, so later checks can point at it. */
record Located<T>(T value, String path) {
}
