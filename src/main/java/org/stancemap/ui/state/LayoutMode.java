package org.stancemap.ui.state;

/** How the map places actors: where they are in the world, or which camp they are in. */
public enum LayoutMode { GEOGRAPHIC, RELATIONS }
