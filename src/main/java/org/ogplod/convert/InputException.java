package org.ogplod.convert;

/** A file that cannot be read as a table at all (malformed, truncated, encrypted, wrong encoding). */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String location;

    public InputException(String location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public InputException(String location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    public String location() {
        return location;
    }

    public Problem problem() {
        return Problem.file(location, getMessage().substring(location.length() + 2));
    }
}
