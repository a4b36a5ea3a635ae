package cn.bizhao.cli;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.Services;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine.Option;

/**
 * {@code --as LOGIN [--password-stdin]}: who runs a command that changes something. The password
 * is never an argument (it would stay in the shell history and the process list): it is asked
 * on the console, or read as one line from standard input for scripts.
 */
public final class SignIn {
    @Option(names = "--as", paramLabel = "LOGIN", required = true, descriptionKey = "cli.option.as")
    private String login;

    @Option(names = "--password-stdin", descriptionKey = "cli.option.passwordStdin")
    private boolean passwordFromStdin;

    public User user(Services services, String prompt) {
        char[] password = password(prompt);
        try {
            return services.accounts().login(login, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(String prompt) {
        if (passwordFromStdin) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                return line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw new DomainException("cli.signIn.noPassword");
            }
        }
        Console console = System.console();
        if (console == null) {
            throw new DomainException("cli.signIn.noPassword");
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null ? new char[0] : typed;
    }
}
