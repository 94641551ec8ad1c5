package org.jwps.api;

import java.io.IOException;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checks complex input data before the process sees it, at one of the four
 * {@link ValidationMode}s. Registered as an OSGi service with the {@link #MIME_TYPES} property;
 * the server picks the validator for the mime type of each complex input value (by
 * {@code service.ranking} when several claim one) and calls it with the input's mode.
 *
 * <p>Each mode includes the checks of the ones before it: a validator asked for
 * {@link ValidationMode#STRICT} also makes the {@link ValidationMode#SIMPLE} checks. Mode
 * {@link ValidationMode#NONE} never reaches a validator. Implementations must be thread-safe,
 * read the data through {@link InputData#stream()} or {@link InputData#file()} (never whole into
 * memory), and bound the memory and time they use on hostile data.
 */
@ConsumerType
public interface Validator {

    /** Service property: the mime type(s) this validator checks ({@code String} or {@code String[]}). */
    String MIME_TYPES = "jwps.validator.mimetypes";

    /**
     * Checks one value.
     *
     * @param data the value, with its {@link InputData#format() format}
     * @param mode how strictly to check, never {@link ValidationMode#NONE}
     * @throws ValidationException if the data is not valid, saying what is wrong and where
     * @throws IOException         if the data cannot be read (for instance a reference cannot be fetched)
     */
    void validate(InputData data, ValidationMode mode) throws ValidationException, IOException;
}
