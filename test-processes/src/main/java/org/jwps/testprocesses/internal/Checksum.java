package org.jwps.testprocesses.internal;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.jwps.api.ComplexInput;
import org.jwps.api.Format;
import org.jwps.api.Formats;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.osgi.service.component.annotations.Component;

/**
 * Streams a complex input of any size through SHA-256: the benchmark's large-input process, which
 * shows whether the server holds an input whole in memory.
 */
@Component(service = Process.class)
public class Checksum implements Process {
    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("test_checksum")
            .title("Checksum")
            .abstractText("Reads its data as a stream and returns its SHA-256 and its length in bytes")
            .version("1.0")
            .input(ComplexInput.builder("data", Format.of("application/octet-stream"), Formats.TEXT, Formats.XML)
                    .title("Data").build())
            .output(LiteralOutput.builder("sha256", LiteralType.STRING).title("SHA-256, hex").build())
            .output(LiteralOutput.builder("bytes", LiteralType.INTEGER).title("Length in bytes").build())
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long length = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = request.input("data").stream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha.update(buffer, 0, n);
                length += n;
            }
        }
        response.output("sha256").setData(HexFormat.of().formatHex(sha.digest()));
        response.output("bytes").setData(length);
    }
}
