package cn.bizhao.ui.intake;

import cn.bizhao.domain.user.User;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.capture.CaptureService;
import cn.bizhao.service.catalog.CatalogService;
import cn.bizhao.service.document.DocumentService;
import cn.bizhao.service.document.PrintService;
import cn.bizhao.service.intake.IntakeService;
import cn.bizhao.ui.common.Debouncer;
import cn.bizhao.ui.common.DialogService;
import cn.bizhao.ui.common.TaskRunner;
import java.util.function.Supplier;

/**
 * What the intake screens work with: the services, the signed-in clerk (the actor of every
 * change), and the window's ways to run work, wait for quiet and ask through dialogs.
 */
public record IntakeContext(IntakeService intake, CatalogService catalog, CaptureService capture,
                            DocumentService documents, PrintService printing, User clerk, TaskRunner tasks,
                            Supplier<Debouncer> debouncers, DialogService dialogs, Messages messages) {
}
