package cn.bizhao.documents.form;

import cn.bizhao.documents.pdf.PdfComposer;
import cn.bizhao.domain.form.RegistrationForm;
import cn.bizhao.i18n.Messages;

/**
 * 广西境外职业技能比照认定申报登记表 as PDF: blank, filled, or filled and stamped. Printed documents
 * are always in the official Chinese, whatever the screen language.
 */
public final class RegistrationFormDocument {
    private final PdfComposer composer;
    private final RegistrationFormLayout layout = new RegistrationFormLayout(Messages.chinese());

    public RegistrationFormDocument() {
        this(new PdfComposer());
    }

    public RegistrationFormDocument(PdfComposer composer) {
        this.composer = composer;
    }

    /** The blank form, to hand out at the counter. */
    public byte[] blank() {
        return composer.compose(layout.blank());
    }

    /** The form filled from an application; stamped when {@code form.stamp()} is present. */
    public byte[] render(RegistrationForm form) {
        return composer.compose(layout.filled(form));
    }
}
