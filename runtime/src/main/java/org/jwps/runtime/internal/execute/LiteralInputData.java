package org.jwps.runtime.internal.execute;

/** A literal input value: its text and its typed value. */
final class LiteralInputData extends AbstractInputData {
    private final String text;
    private final Object value;
    private final String uom;

    LiteralInputData(String identifier, String text, Object value, String uom, WorkDirectory workDirectory) {
        super(identifier, workDirectory);
        this.text = text;
        this.value = value;
        this.uom = uom;
    }

    @Override
    public Object data() {
        return value;
    }

    @Override
    public String asString() {
        return text;
    }

    @Override
    public String uom() {
        return uom;
    }
}
