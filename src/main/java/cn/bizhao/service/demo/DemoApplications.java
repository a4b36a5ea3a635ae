package cn.bizhao.service.demo;

import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.ApplicationStatus;
import cn.bizhao.domain.user.User;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.service.intake.PageUpload;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Takes in the demo's fictional applications through the intake service, step by step as a
 * clerk would: form, comparison, photo, pages, then acceptance or a one-time notice, or stop at
 * the draft. Nothing is written around the service, so numbering and the audit trail are real.
 */
final class DemoApplications {
    private static final String CASES = "/demo/applications.json";

    private final IntakeService intake;
    private final DemoImages images;
    private final DemoNumbers numbers = new DemoNumbers();

    DemoApplications(IntakeService intake, DemoImages images) {
        this.intake = intake;
        this.images = images;
    }

    /** Returns how many applications were taken in. */
    int takeIn(User clerk) {
        List<DemoCase> cases = cases();
        cases.forEach(c -> takeIn(clerk, c));
        return cases.size();
    }

    private void takeIn(User clerk, DemoCase demo) {
        long id = intake.startDraft(clerk).id();
        intake.saveForm(clerk, id, demo.toApplicant(numbers), demo.toCertificate());
        if (demo.compare() != null) {
            // a certificate outside the catalogue is refused here and stays a draft, as at the counter
            intake.compare(clerk, id, demo.compare().region(), demo.compare().project(), demo.compare().level());
        }
        if (demo.photo() != null) {
            intake.setPhoto(clerk, id, images.photo(demo.photo()));
        }
        demo.materials().forEach((kind, picture) ->
                intake.addPage(clerk, id, kind, new PageUpload(images.page(picture), "image/jpeg")));
        Application done = switch (demo.outcome()) {
            case ACCEPTED -> intake.accept(clerk, id, true);
            case AWAITING_MATERIALS -> intake.awaitMaterials(clerk, id);
            case DRAFT -> intake.find(id);
            default -> throw new IllegalStateException("the demo cannot take an application to " + demo.outcome());
        };
        if (done.status() != demo.outcome()) {
            throw new IllegalStateException("demo application ended " + done.status() + ", expected " + demo.outcome());
        }
    }

    private static List<DemoCase> cases() {
        try {
            return List.of(new ObjectMapper().readValue(DemoResources.bytes(CASES), DemoCase[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
