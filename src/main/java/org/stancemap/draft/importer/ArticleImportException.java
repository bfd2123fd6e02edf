package org.stancemap.draft.importer;

/** Why an article could not be read, as one line naming the file and the reason. */
public final class ArticleImportException extends Exception {

    private static final long serialVersionUID = 1L;

    public ArticleImportException(String message) {
        super(message);
    }
}
