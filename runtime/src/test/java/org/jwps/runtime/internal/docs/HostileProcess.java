package org.jwps.runtime.internal.docs;

import org.jwps.api.ComplexInput;
import org.jwps.api.Format;
import org.jwps.api.LiteralInput;
import org.jwps.api.LiteralOutput;
import org.jwps.api.LiteralType;
import org.jwps.api.Metadata;
import org.jwps.api.Process;
import org.jwps.api.ProcessDescription;
import org.jwps.api.ProcessRequest;
import org.jwps.api.ProcessResponse;

/**
 * A process whose description tries every trick a hostile or careless author could play on the
 * documentation: markup and scripts in texts, characters XML cannot carry, Markdown syntax,
 * script links, and identifiers full of URL, XML and KVP syntax.
 */
final class HostileProcess implements Process {
    static final String IDENTIFIER = "evil<&>\"'`;@=%?#id";
    static final String SCRIPT = "<script>alert('owned')</script>";
    /** A default value made of everything DataInputs and XML give a meaning to. */
    static final String TRICKY_DEFAULT = "a&b;c@d=e%25f+g h'\"<x>";

    static final ProcessDescription DESCRIPTION = ProcessDescription.builder(IDENTIFIER)
            .title("Evil & <b>bold</b> ]]> title")
            .abstractText(SCRIPT + "\n- not a list\n# not a heading\n=== not a rule\n1. not numbered\n"
                    + "    not code\n[x](javascript:alert(1)) | not | a | table\ncontrol\u0001char\uFFFF")
            .keywords("<i>k</i>")
            .metadata(new Metadata("click me", "javascript:alert(1)", null))
            .metadata(Metadata.link("<img src=x onerror=alert(1)>", "https://example.org/a\"onmouseover=\"x"))
            .input(LiteralInput.builder("in<put>", LiteralType.STRING).title("</td></tr>" + SCRIPT)
                    .abstractText("```\nfenced\n```").defaultValue(TRICKY_DEFAULT).build())
            .input(ComplexInput.builder("data", Format.of("text/x-evil\"<>").withSchema("https://example.org/s?a=1&b=2"))
                    .occurs(2, 3).build())
            .output(LiteralOutput.builder("out`put", LiteralType.STRING).title("``").build())
            .build();

    @Override
    public ProcessDescription description() {
        return DESCRIPTION;
    }

    @Override
    public void execute(ProcessRequest request, ProcessResponse response) {
        response.output("out`put").setData("never documented");
    }
}
