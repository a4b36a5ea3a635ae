package cn.bizhao.cli;

import cn.bizhao.domain.DomainException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;

/**
 * Where the command line reads passwords: typed at the console without echo, or one per line from
 * standard input for scripts ({@code --password-stdin}). Never from an argument, which other users of
 * the machine can see in the process list and which the shell keeps in its history.
 */
public final class PasswordInput {
    private final Console console;
    private final BufferedReader stdin;

    private PasswordInput(Console console, Reader stdin) {
        this.console = console;
        this.stdin = new BufferedReader(stdin);
    }

    /** The process's own console and standard input. */
    public static PasswordInput system() {
        return new PasswordInput(System.console(), new InputStreamReader(System.in, Charset.defaultCharset()));
    }

    /** Standard input only, as when a script pipes the passwords in; there is no console. */
    public static PasswordInput of(Reader stdin) {
        return new PasswordInput(null, stdin);
    }

    /** One password: the next line of standard input, or typed at the console after the prompt. */
    public char[] read(boolean fromStdin, String prompt) {
        char[] password = fromStdin ? line() : typed(prompt);
        if (password == null || password.length == 0) {
            throw new DomainException("error.cli.passwordMissing");
        }
        return password;
    }

    private char[] line() {
        try {
            String line = stdin.readLine();
            return line == null ? null : line.toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private char[] typed(String prompt) {
        if (console == null) {
            throw new DomainException("error.cli.noConsole");
        }
        return console.readPassword("%s", prompt);
    }
}
