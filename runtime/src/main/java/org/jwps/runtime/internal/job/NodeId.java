package org.jwps.runtime.internal.job;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * The name of this server in the job store: the {@code node_id} setting, or a name generated
 * once and kept in the data folder, so that a restarted server recognises the jobs it was
 * running and two servers sharing one store never mistake each other's jobs.
 */
final class NodeId {
    private NodeId() {
    }

    /**
     * @param configured the {@code node_id} setting, or {@code null}
     * @param file       where the generated name is kept
     * @return the node name
     */
    static String resolve(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            return configured.strip();
        }
        try {
            if (Files.isRegularFile(file)) {
                String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!kept.isEmpty()) {
                    return kept;
                }
            }
            String generated = host() + "-" + UUID.randomUUID().toString().substring(0, 8);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated, StandardCharsets.UTF_8);
            return generated;
        } catch (IOException e) {
            throw new JobStoreException("Could not keep the node name in " + file, e);
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "jwps";
        }
    }
}
