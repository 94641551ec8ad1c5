package org.jwps.runtime.internal.job;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.exception.ProcessException;

/**
 * A process the test steps through: each execution announces itself under its {@code key} input
 * and then does exactly what the test tells it, one command at a time, so asynchronous tests
 * order events without sleeping.
 */
public final class Stepper implements Process {
    static final ProcessDescription DESCRIPTION = ProcessDescription.builder("stepper")
            .title("Stepper").version("1.0")
            .input(LiteralInput.builder("key", LiteralType.STRING).build())
            .output(LiteralOutput.builder("result", LiteralType.STRING).build())
            .storeSupported(true).statusSupported(true)
            .build();

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    /**
     * @param key an execution's key
     * @return the handle of that execution, created if it has not started yet
     */
    public Run run(String key) {
        return runs.computeIfAbsent(key, k -> new Run());
    }

    /** @return whether an execution with that key has started */
    public boolean started(String key) {
        Run run = runs.get(key);
        return run != null && run.started.getCount() == 0;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) throws Exception {
        Run run = run(request.input("key").asString());
        run.executions.incrementAndGet();
        run.started.countDown();
        try {
            while (true) {
                String[] command = run.commands.take();
                switch (command[0]) {
                    case "progress" -> response.updateStatus(command[2], Integer.parseInt(command[1]));
                    case "finish" -> {
                        response.output("result").setData(command[1]);
                        return;
                    }
                    case "fail" -> throw new ProcessException(command[1]);
                    default -> throw new IllegalStateException(command[0]);
                }
            }
        } catch (InterruptedException e) {
            run.sawCancel = response.isCancelled();
            throw e;
        }
    }

    /** One execution, driven by the test. */
    public static final class Run {
        private final CountDownLatch started = new CountDownLatch(1);
        private final BlockingQueue<String[]> commands = new LinkedBlockingQueue<>();
        private final AtomicInteger executions = new AtomicInteger();
        private volatile boolean sawCancel;

        /** Waits until the execution has started. @return this */
        public Run awaitStarted() throws InterruptedException {
            if (!started.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the execution did not start");
            }
            return this;
        }

        /** Reports progress. @param percent how much @param message what */
        public void progress(int percent, String message) {
            commands.add(new String[] {"progress", Integer.toString(percent), message});
        }

        /** Ends with the output. @param result its value */
        public void finish(String result) {
            commands.add(new String[] {"finish", result});
        }

        /** Fails with a message for the user. @param message the message */
        public void fail(String message) {
            commands.add(new String[] {"fail", message});
        }

        /** @return how many times the process ran with this key */
        public int executions() {
            return executions.get();
        }

        /** @return whether the process saw isCancelled() when it was interrupted */
        public boolean sawCancel() {
            return sawCancel;
        }
    }
}
