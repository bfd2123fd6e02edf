package org.stancemap.ui;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.stancemap.ui.Messages;

/** Plain words for why writing a file failed, and safe default file names. */
public final class ExportFailures {

    private ExportFailures() {
    }

    public static String describe(Throwable failure) {
        if (failure instanceof AccessDeniedException) {
            return Messages.get("export.noPermission");
        }
        if (failure instanceof NoSuchFileException) {
            return Messages.get("export.noFolder");
        }
        String message = failure == null ? null : failure.getMessage();
        if (failure instanceof FileSystemException fs && fs.getReason() != null) {
            message = fs.getReason();
        }
        if (message != null && message.toLowerCase(java.util.Locale.ROOT).contains("no space")) {
            return Messages.get("export.diskFull");
        }
        return message == null || message.isBlank() ? failure == null ? "" : failure.getClass().getSimpleName() : message;
    }

    /** Letters, digits, dot, dash and underscore only, so an explainer's id cannot name a path. */
    public static String safeFileName(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return safe.isEmpty() ? "stancemap" : safe.substring(0, Math.min(60, safe.length()));
    }
}
