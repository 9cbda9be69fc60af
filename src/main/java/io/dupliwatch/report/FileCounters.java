package io.dupliwatch.report;

/** What the backup saw on the source side ({@code Data.*Files}, {@code Data.SizeOf*}). */
public record FileCounters(long examinedFiles,
                           long openedFiles,
                           long addedFiles,
                           long modifiedFiles,
                           long deletedFiles,
                           long deletedFolders,
                           long addedFolders,
                           long modifiedFolders,
                           long notProcessedFiles,
                           long tooLargeFiles,
                           long filesWithError,
                           long timestampChangedFiles,
                           long addedSymlinks,
                           long modifiedSymlinks,
                           long deletedSymlinks,
                           long sizeOfExaminedFiles,
                           long sizeOfOpenedFiles,
                           long sizeOfAddedFiles,
                           long sizeOfModifiedFiles) {

    /** Operations other than backups keep no file counters of their own. */
    public static final FileCounters NONE = new FileCounters(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
