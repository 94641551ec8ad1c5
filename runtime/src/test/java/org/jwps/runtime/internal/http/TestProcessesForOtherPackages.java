package org.jwps.runtime.internal.http;

import java.util.List;

import org.jwps.api.Process;

/** Opens {@link TestProcesses} (package-private) to tests of other runtime packages. */
public final class TestProcessesForOtherPackages {
    private TestProcessesForOtherPackages() {
    }

    /** @return fresh instances of every test process */
    public static List<Process> all() {
        return List.of(new TestProcesses.Greet(), new TestProcesses.Mirror(), new TestProcesses.Ignore(),
                new TestProcesses.Spool(), new TestProcesses.Strict(), new TestProcesses.Fail());
    }
}
