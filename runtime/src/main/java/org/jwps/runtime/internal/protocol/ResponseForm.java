package org.jwps.runtime.internal.protocol;

import java.util.List;

/** How the client wants the result of an Execute: a response document or one raw output. */
public sealed interface ResponseForm {

    /** The default form: a response document with every output, inline, synchronous. */
    ResponseForm DEFAULT = new Document(false, false, false, List.of());

    /**
     * @param storeExecuteResponse whether to store the response and answer at once
     * @param lineage              whether to echo the inputs and output definitions
     * @param status               whether to report status while running
     * @param outputs              the requested outputs; empty for all
     */
    record Document(boolean storeExecuteResponse, boolean lineage, boolean status, List<OutputDefinition> outputs)
            implements ResponseForm {
        public Document {
            outputs = List.copyOf(outputs);
        }
    }

    /** @param output the one output to return as bare data */
    record Raw(OutputDefinition output) implements ResponseForm {
    }
}
