package org.jwps.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * One value of a process input, as the request gave it, with the views PyWPS offers: typed
 * {@link #data() data}, text, bytes, a {@link #stream() stream}, a {@link #file() file}, a
 * {@link #url() url} and {@link #base64() base64}.
 *
 * <p>The views convert lazily and at most once: a file is written only when {@link #file()} is
 * first called, and content given by reference is fetched only when it is first read. Typed
 * accessors throw {@link org.jwps.api.exception.InvalidParameterValueException} (locator: the input
 * identifier) when the value is not of the asked type. Safe to read from several threads.
 */
@ProviderType
public interface InputData {

    /** @return the identifier of the input this value belongs to */
    String identifier();

    /**
     * @return the typed value: for a literal the Java value of its {@link LiteralType}, for a
     *         bounding box a {@link BoundingBox}, for complex data its text
     */
    Object data();

    /** @return the value as text; complex data is decoded with its encoding, UTF-8 by default */
    String asString();

    /** @return the value as a long */
    long asLong();

    /** @return the value as an int */
    int asInt();

    /** @return the value as a double */
    double asDouble();

    /** @return the value as a boolean */
    boolean asBoolean();

    /** @return the value as a bounding box */
    BoundingBox asBoundingBox();

    /**
     * @return the raw bytes; base64 content is decoded. Reads the whole value into memory: use
     *         {@link #stream()} or {@link #file()} for large data
     * @throws IOException if the content cannot be read
     */
    byte[] bytes() throws IOException;

    /**
     * @return a new stream over the raw bytes, to be closed by the caller
     * @throws IOException if the content cannot be read
     */
    InputStream stream() throws IOException;

    /**
     * @return a file in the request's work directory holding the raw bytes, written on first call
     * @throws IOException if the file cannot be written
     */
    Path file() throws IOException;

    /**
     * @return where the data came from when given by reference, else the URI of {@link #file()}
     * @throws IOException if the file cannot be written
     */
    URI url() throws IOException;

    /**
     * @return the raw bytes encoded as base64
     * @throws IOException if the content cannot be read
     */
    String base64() throws IOException;

    /** @return the format of complex data, or {@code null} for literal and bounding box values */
    Format format();

    /** @return the unit of measure of a literal value, or {@code null} */
    String uom();
}
