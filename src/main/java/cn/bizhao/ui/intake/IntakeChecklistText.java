package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.IntakeChecklist;
import cn.bizhao.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** A checklist as one line: the names of what is missing. */
final class IntakeChecklistText {
    private IntakeChecklistText() {
    }

    static String of(IntakeChecklist checklist, Messages messages) {
        List<String> names = new ArrayList<>();
        checklist.missingItems().forEach(item -> names.add(messages.of(item)));
        checklist.missingMaterials().forEach(kind -> names.add(messages.of(kind)));
        return String.join(messages.get("cli.listSeparator"), names);
    }
}
