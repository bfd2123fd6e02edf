package org.stancemap.ui.reader;

import javafx.scene.layout.Pane;
import javafx.scene.text.TextFlow;

/** What {@link ReaderSelection} needs of one paragraph of the reader: its words, where they are, and a layer to draw on. */
interface SelectableParagraph {

    TextFlow flow();

    /** The layer under the words, where tints are drawn. */
    Pane underlay();

    /** The paragraph's first code point in the article, and the one after its last. */
    int start();

    int end();

    /** Char index in the flow of a code point offset into the article (clamped to this paragraph). */
    int flowIndex(int articleOffset);

    /** The article offset of a char index in the flow (clamped to this paragraph). */
    int articleOffset(int flowIndex);
}
