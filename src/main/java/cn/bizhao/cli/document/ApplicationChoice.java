package cn.bizhao.cli.document;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Application;
import cn.bizhao.service.intake.IntakeService;
import picocli.CommandLine.Option;

/**
 * Which application a document is for: {@code --application NO} by its acceptance number, or
 * {@code --draft ID} by the internal number {@code applications list} shows, because drafts and
 * applications waiting for materials have no acceptance number yet.
 */
public final class ApplicationChoice {
    @Option(names = "--application", paramLabel = "NO", required = true, descriptionKey = "cli.option.application")
    private String acceptanceNo;

    @Option(names = "--draft", paramLabel = "ID", required = true, descriptionKey = "cli.option.draft")
    private Long id;

    /** The application chosen; an unknown number is refused with the number in the message. */
    Application resolve(IntakeService intake) {
        if (acceptanceNo != null) {
            String number = acceptanceNo.strip();
            return intake.findByAcceptanceNo(number)
                    .orElseThrow(() -> new DomainException("error.cli.noSuchApplication", number));
        }
        return intake.findById(id).orElseThrow(() -> new DomainException("error.cli.noSuchDraft", id));
    }
}
