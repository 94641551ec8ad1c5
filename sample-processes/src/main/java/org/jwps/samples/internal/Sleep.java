package org.jwps.samples.internal;

import org.jwps.api.AllowedValues;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.jwps.api.Range;
import org.osgi.service.component.annotations.Component;

/**
 * Sleeps {@code delay} seconds five times, reporting 20, 40, 60 and 80 % in between: the process
 * to try asynchronous execution and status polling with. An interrupt (cancellation) ends it at
 * once, during a sleep or between two.
 */
@Component(service = Process.class)
public class Sleep implements Process {
    private static final int STEPS = 5;

    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("sleep")
            .title("Sleep Process")
            .abstractText("Waits five times the given delay, reporting its progress after each wait; "
                    + "use it to try asynchronous execution and status documents")
            .version("1.0")
            .input(LiteralInput.builder("delay", LiteralType.FLOAT)
                    .title("Delay")
                    .abstractText("Seconds to wait at each of the five steps, from 0 to 60 (default 10)")
                    .occurs(0, 1).defaultValue("10")
                    .allowedValues(AllowedValues.of(Range.closed(0, 60)))
                    .build())
            .output(LiteralOutput.builder("sleep_output", LiteralType.STRING)
                    .title("Sleep output")
                    .abstractText("'done sleeping' once the five waits are over")
                    .build())
            .storeSupported(true)
            .statusSupported(true)
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) throws InterruptedException {
        long millis = Math.round(request.input("delay").asDouble() * 1000);
        for (int step = 1; step <= STEPS; step++) {
            Thread.sleep(millis);
            if (step < STEPS) {
                response.updateStatus("Slept " + step + " of " + STEPS + " times", step * 100 / STEPS);
            }
        }
        response.output("sleep_output").setData("done sleeping");
    }
}
