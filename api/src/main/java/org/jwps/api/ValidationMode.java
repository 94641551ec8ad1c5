package org.jwps.api;

/**
 * How strictly the server checks complex input data before the process sees it (PyWPS's
 * {@code MODE}). Each mode includes the checks of the ones before it.
 */
public enum ValidationMode {
    /** No check: the data is passed as it came. */
    NONE,
    /** The data is of the declared mime type (extension, magic bytes). */
    SIMPLE,
    /** The data can be fully read with the format's reader. */
    STRICT,
    /** The data is valid against its schema (XML Schema, JSON Schema). */
    VERYSTRICT
}
