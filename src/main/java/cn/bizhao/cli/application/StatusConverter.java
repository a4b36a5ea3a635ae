package cn.bizhao.cli.application;

import cn.bizhao.cli.ValueRefusedException;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.i18n.Messages;
import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;

/**
 * Reads a status as scripts write it ({@code ACCEPTED}, any case) or as clerks know it (已受理):
 * the name shown in the window is accepted too, in the command line's language.
 */
public final class StatusConverter implements ITypeConverter<ApplicationStatus> {
    private final Messages messages;

    public StatusConverter(Messages messages) {
        this.messages = messages;
    }

    @Override
    public ApplicationStatus convert(String value) {
        String given = value.strip();
        return Arrays.stream(ApplicationStatus.values())
                .filter(s -> s.name().equalsIgnoreCase(given) || messages.of(s).equalsIgnoreCase(given))
                .findFirst()
                .orElseThrow(() -> new ValueRefusedException(messages.get("cli.applications.unknownStatus", given,
                        Arrays.stream(ApplicationStatus.values())
                                .map(s -> messages.get("cli.applications.statusChoice", s.name(), messages.of(s)))
                                .collect(Collectors.joining(messages.get("cli.listSeparator"))))));
    }
}
