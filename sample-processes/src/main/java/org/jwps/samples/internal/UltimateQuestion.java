package org.jwps.samples.internal;

import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;
import org.osgi.service.component.annotations.Component;

/** Answers the ultimate question, reporting its progress in five steps on the way. */
@Component(service = Process.class)
public class UltimateQuestion implements Process {
    private static final int STEPS = 5;

    private static final ProcessDescription DESCRIPTION = ProcessDescription.builder("ultimate_question")
            .title("Answer to the ultimate question")
            .abstractText("Computes the answer to the ultimate question of life, the universe and everything, "
                    + "reporting progress in five steps of 20 %")
            .version("2.0")
            .output(LiteralOutput.builder("answer", LiteralType.STRING)
                    .title("Answer to the ultimate question")
                    .abstractText("The answer, as Deep Thought computed it")
                    .build())
            .storeSupported(true)
            .statusSupported(true)
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) {
        for (int step = 1; step <= STEPS; step++) {
            response.updateStatus("Thinking, step " + step + " of " + STEPS, step * 100 / STEPS);
        }
        response.output("answer").setData("42");
    }
}
