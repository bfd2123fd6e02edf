package org.stancemap.ui.header;

/** What the Study menu's export items do; the window supplies them, since they need the map and a file chooser. */
public record ExportCommands(Runnable handout, Runnable savePicture, Runnable copyPicture) {
}
