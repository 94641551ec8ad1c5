package org.jwps.runtime.internal.protocol;

import java.util.Locale;

import org.jwps.api.exception.InvalidParameterValueException;

/** Boolean request parameters, as xs:boolean writes them. */
final class Flags {
    private Flags() {
    }

    static boolean parse(String value, String name) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new InvalidParameterValueException("The value of " + name + " must be true or false, not '"
                        + value + "'", name);
        }
    }
}
