package cn.bizhao.documents.form;

import cn.bizhao.documents.pdf.Align;
import cn.bizhao.documents.pdf.Block;
import cn.bizhao.documents.pdf.DocumentText;
import cn.bizhao.documents.pdf.GridBuilder;
import cn.bizhao.documents.pdf.Graphic;
import cn.bizhao.documents.pdf.PageLayout;
import cn.bizhao.documents.pdf.Paragraph;
import cn.bizhao.documents.pdf.Picture;
import cn.bizhao.documents.pdf.Rect;
import cn.bizhao.documents.pdf.Spacer;
import cn.bizhao.documents.pdf.VAlign;
import cn.bizhao.domain.form.DepartmentOpinion;
import cn.bizhao.domain.form.RegistrationForm;
import cn.bizhao.domain.form.StampedOpinion;
import cn.bizhao.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of Attachment 2, row by row as in the notice, on one A4 page. Geometry in millimetres:
 * a 170 mm table with a 30 mm caption column; the photo cell on the right spans the five rows of
 * 申请人基本信息 from 姓名 to 通信地址 and is exactly the 32 mm × 40 mm the form asks for.
 */
public final class RegistrationFormLayout {
    public static final double LEFT = 20;
    public static final double WIDTH = 170;
    public static final double CAPTION = 30;
    public static final double PHOTO_WIDTH = 32;
    public static final double PHOTO_HEIGHT = 40;
    /** Printed size of the seal: official institution seals are about 38-42 mm across. */
    public static final double SEAL_DIAMETER = 38;

    private static final double TOP = 14;
    private static final float TITLE_SIZE = 18f;
    private static final float SMALL = 9f;
    private static final float TEXT = GridBuilder.TEXT_SIZE;
    private static final double SIGNATURE_AT = DocumentText.SIGNATURE_AT;
    private static final double DATE_AT = DocumentText.DATE_AT;
    private static final double PART_WIDTH = WIDTH - PHOTO_WIDTH;
    private static final double VALUE = WIDTH - CAPTION;

    private final Messages text;

    public RegistrationFormLayout(Messages text) {
        this.text = text;
    }

    /** The form to hand out, to be filled by hand. */
    public PageLayout blank() {
        return layout(FormValues.blank(text), null, null, null);
    }

    /** The form filled from an application, stamped when the record carries the institution's opinion. */
    public PageLayout filled(RegistrationForm form) {
        return layout(FormValues.of(text, form), form.photoJpeg(), form.stamp(), form.department());
    }

    /** Where the photo goes: the photo cell itself. */
    public static Rect photoBox() {
        return new Rect(LEFT + PART_WIDTH, TOP + 13 + 2 + 8, PHOTO_WIDTH, PHOTO_HEIGHT);
    }

    private PageLayout layout(FormValues v, byte[] photo, StampedOpinion stamp, DepartmentOpinion department) {
        GridBuilder grid = new GridBuilder(LEFT, TOP);
        List<Graphic> graphics = new ArrayList<>();
        grid.free("form.title", WIDTH, 13, VAlign.MIDDLE, Paragraph.hei(t("document.form.title"), TITLE_SIZE, Align.CENTER));
        grid.gap(2);
        applicant(grid, v);
        photo(grid, photo, graphics);
        captioned(grid, 11, "form.occupation", WIDTH, v.occupationAndYears());
        certificate(grid, v);
        pledge(grid);
        employerOpinion(grid, v);
        institutionOpinion(grid, stamp, graphics);
        departmentOpinion(grid, department);
        grid.gap(1.5);
        grid.free("form.note", WIDTH, 13, VAlign.TOP, Paragraph.song(t("document.form.note"), SMALL, Align.LEFT));
        return new PageLayout(t("document.form.title"), grid.cells(), graphics);
    }

    private void applicant(GridBuilder grid, FormValues v) {
        grid.row(8).heading("form.section.applicant", WIDTH, t("document.form.section.applicant")).end();
        grid.row(7)
                .label("form.name.label", CAPTION, t("document.form.name")).value("form.name", 26, v.name())
                .label("form.gender.label", 12, t("document.form.gender")).value("form.gender", 9, v.gender())
                .label("form.nationality.label", 12, t("document.form.nationality"))
                .value("form.nationality", 17, v.nationality())
                .label("form.education.label", 12, t("document.form.education"))
                .value("form.education", 20, v.education()).end();
        captioned(grid, 7, "form.school", PART_WIDTH, v.schoolAndMajor());
        captioned(grid, 7, "form.idNumber", PART_WIDTH, v.idNumber());
        captioned(grid, 8, "form.employer", PART_WIDTH, v.employer());
        grid.row(11)
                .label("form.address.label", CAPTION, t("document.form.address")).value("form.address", 58, v.address())
                .label("form.phone.label", 18, t("document.form.phone")).value("form.phone", 32, v.phone()).end();
    }

    private void photo(GridBuilder grid, byte[] photo, List<Graphic> graphics) {
        if (photo == null) {
            grid.span("form.photo", photoBox(), VAlign.MIDDLE,
                    Paragraph.song(t("document.form.photo.line1"), SMALL, Align.CENTER),
                    Paragraph.song(t("document.form.photo.line2"), SMALL, Align.CENTER),
                    Paragraph.song(t("document.form.photo.line3"), SMALL, Align.CENTER));
        } else {
            grid.span("form.photo", photoBox(), VAlign.MIDDLE);
            graphics.add(new Picture("form.photo.image", photoBox(), photo));
        }
    }

    private void certificate(GridBuilder grid, FormValues v) {
        grid.row(8).heading("form.section.certificate", WIDTH, t("document.form.section.certificate")).end();
        grid.row(10)
                .label("form.certificateName.label", CAPTION, t("document.form.certificateName"))
                .value("form.certificateName", 50, v.certificateName())
                .label("form.project.label", 20, t("document.form.project")).value("form.project", 40, v.project())
                .label("form.level.label", 14, t("document.form.level")).value("form.level", 16, v.level()).end();
        grid.row(11)
                .label("form.issuer.label", CAPTION, t("document.form.issuer")).value("form.issuer", 72, v.issuer())
                .label("form.certificateNumber.label", 20, t("document.form.certificateNumber"))
                .value("form.certificateNumber", 48, v.certificateNumber()).end();
        captioned(grid, 11, "form.mapped", WIDTH, v.mappedOccupationAndLevel());
    }

    private void pledge(GridBuilder grid) {
        grid.row(32).label("form.pledge.label", CAPTION, t("document.form.pledge"))
                .cell("form.pledge", VALUE, VAlign.TOP,
                        Paragraph.body(t("document.form.pledge.text"), TEXT), Spacer.of(2),
                        Paragraph.at(SIGNATURE_AT, t("document.form.pledge.signature"), TEXT), Spacer.of(1),
                        Paragraph.at(DATE_AT, t("document.date.blank"), TEXT))
                .end();
    }

    private void employerOpinion(GridBuilder grid, FormValues v) {
        Block[] blocks = v.student()
                ? new Block[] {Paragraph.song(v.notApplicable(), TEXT, Align.LEFT)}
                : new Block[] {Paragraph.song(t("document.form.employerOpinion.statement"), TEXT, Align.LEFT),
                        Spacer.of(2), Paragraph.song(t("document.form.employerOpinion.seal"), TEXT, Align.LEFT),
                        Paragraph.at(SIGNATURE_AT - 0.1, t("document.form.employerOpinion.handler"), TEXT),
                        Spacer.of(1), Paragraph.at(DATE_AT, t("document.date.blank"), TEXT)};
        grid.row(30).label("form.employerOpinion.label", CAPTION, t("document.form.employerOpinion"))
                .cell("form.employerOpinion", VALUE, v.student() ? VAlign.MIDDLE : VAlign.TOP, blocks).end();
    }

    /**
     * The institution's cell has two parts: the opinion above, the seal line and date below, so
     * the seal can be placed over the 盖章 words whatever the length of the opinion.
     */
    private void institutionOpinion(GridBuilder grid, StampedOpinion stamp, List<Graphic> graphics) {
        GridBuilder.Row row = grid.row(46).label("form.institutionOpinion.label", CAPTION, t("document.form.institutionOpinion"));
        Rect frame = row.next(VALUE);
        row.cell("form.institutionOpinion", VALUE, VAlign.TOP).end();
        Rect opinion = new Rect(frame.x(), frame.y(), frame.width(), 28);
        Rect sealLine = new Rect(frame.x(), opinion.bottom(), frame.width(), frame.height() - opinion.height());
        if (stamp == null) {
            grid.inside("form.institutionOpinion.text", opinion, VAlign.TOP);
        } else {
            grid.inside("form.institutionOpinion.text", opinion, VAlign.TOP, Paragraph.body(stamp.opinion(), TEXT));
        }
        grid.inside("form.institutionOpinion.seal", sealLine, VAlign.TOP, Spacer.of(1),
                Paragraph.at(SIGNATURE_AT, t("document.form.institutionOpinion.seal"), TEXT), Spacer.of(1),
                Paragraph.at(DATE_AT, date(stamp == null ? null : stamp.date()), TEXT));
        if (stamp != null) {
            graphics.add(new Picture("form.seal", sealArea(frame), stamp.sealPng()));
        }
    }

    /** Centred on the 比照认定机构（盖章） words, inside the cell, as a seal is pressed by hand. */
    public static Rect sealArea(Rect frame) {
        double centerX = frame.x() + 1.2 + (frame.width() - 2.4) * SIGNATURE_AT + 19;
        double centerY = frame.bottom() - SEAL_DIAMETER / 2 - 1;
        return new Rect(centerX - SEAL_DIAMETER / 2, centerY - SEAL_DIAMETER / 2, SEAL_DIAMETER, SEAL_DIAMETER);
    }

    /** Blank until the department decided; then its opinion, the 备案部门 and the date of the decision. */
    private void departmentOpinion(GridBuilder grid, DepartmentOpinion department) {
        GridBuilder.Row row = grid.row(32).label("form.departmentOpinion.label", CAPTION,
                t("document.form.departmentOpinion"));
        if (department == null) {
            row.cell("form.departmentOpinion", VALUE, VAlign.TOP, Spacer.of(3),
                    Paragraph.at(SIGNATURE_AT, t("document.form.departmentOpinion.seal"), TEXT), Spacer.of(1),
                    Paragraph.at(DATE_AT, t("document.date.blank"), TEXT)).end();
            return;
        }
        String opinion = department.fromPaper()
                ? text.get("document.form.departmentOpinion.fromPaper", department.opinion()) : department.opinion();
        row.cell("form.departmentOpinion", VALUE, VAlign.TOP, Paragraph.body(opinion, TEXT), Spacer.of(1),
                Paragraph.at(SIGNATURE_AT - 0.25, text.get("document.form.departmentOpinion.department",
                        department.department()), TEXT), Spacer.of(1),
                Paragraph.at(DATE_AT, date(department.date()), TEXT)).end();
    }

    private void captioned(GridBuilder grid, double height, String id, double width, String value) {
        grid.row(height).label(id + ".label", CAPTION, t("document." + id)).value(id, width - CAPTION, value).end();
    }

    private String date(LocalDate date) {
        return DocumentText.date(text, date);
    }

    private String t(String key) {
        return text.get(key);
    }
}
