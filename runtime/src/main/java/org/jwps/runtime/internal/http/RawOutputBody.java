package org.jwps.runtime.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jwps.runtime.internal.execute.Execution;
import org.jwps.runtime.internal.execute.OutputValue;

/**
 * A raw output the process gave as a file or stream, copied to the client without loading it;
 * the execution (and its work directory, where the file may live) is closed once it is written.
 */
final class RawOutputBody implements WpsResponse.Streamed {
    private final OutputValue output;
    private final Execution execution;

    RawOutputBody(OutputValue output, Execution execution) {
        this.output = output;
        this.execution = execution;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = output.open()) {
            in.transferTo(out);
        }
    }

    @Override
    public long length() {
        try {
            return output.value() instanceof Path file ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        execution.close();
    }
}
