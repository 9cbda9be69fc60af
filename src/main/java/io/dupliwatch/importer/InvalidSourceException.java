package io.dupliwatch.importer;

/** The file given to {@code import-duplistatus} is not a duplistatus database that can be read. */
class InvalidSourceException extends RuntimeException {

    InvalidSourceException(String message) {
        super(message);
    }
}
