package cn.bizhao.cli;

import picocli.CommandLine.TypeConversionException;

/**
 * A value our own converter refused, with a complete message from the bundles. The command line
 * prints just that message, one line, instead of picocli's English wrapping and the whole usage.
 */
public final class ValueRefusedException extends TypeConversionException {
    public ValueRefusedException(String message) {
        super(message);
    }
}
