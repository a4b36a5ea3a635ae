package cn.bizhao.service.document;

import cn.bizhao.domain.form.DepartmentOpinion;
import cn.bizhao.domain.review.DepartmentOutcome;
import cn.bizhao.i18n.Messages;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.department.DepartmentMapper;
import cn.bizhao.persistence.department.PackageDecisionRow;
import cn.bizhao.persistence.department.RulingRow;
import cn.bizhao.persistence.station.StationSettingMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 自治区人社部门意见 for the form: at an institution the newest decision recorded (from the
 * department's signed package, or typed from its paper reply); at the department its own newest
 * decision once signed off.
 */
public final class DepartmentOpinions {
    private DepartmentOpinions() {
    }

    public static Optional<DepartmentOpinion> of(UnitOfWork uow, long applicationId) {
        DepartmentMapper mapper = uow.mapper(DepartmentMapper.class);
        List<PackageDecisionRow> decisions = mapper.packageDecisions(applicationId);
        if (!decisions.isEmpty()) {
            PackageDecisionRow d = decisions.get(decisions.size() - 1);
            boolean paper = d.packageId == null;
            String department = d.departmentName != null ? d.departmentName
                    : Messages.chinese().get("department.paperDecision.department", d.documentNo);
            return Optional.of(new DepartmentOpinion(d.note == null || d.note.isBlank() ? d.documentNo : d.note,
                    department, d.decidedOn, paper));
        }
        List<RulingRow> rulings = mapper.rulings(applicationId).stream().filter(r -> r.signedOffAt != null).toList();
        if (rulings.isEmpty()) {
            return Optional.empty();
        }
        RulingRow r = rulings.get(rulings.size() - 1);
        String name = uow.mapper(StationSettingMapper.class).find("institution.name");
        return Optional.of(new DepartmentOpinion(text(r), name == null ? "" : name,
                LocalDate.ofInstant(r.signedOffAt, java.time.ZoneId.of("Asia/Shanghai")), false));
    }

    /** The opinion as printed: the approval with its certificate, or the return with its reasons. */
    public static String text(RulingRow r) {
        Messages official = Messages.chinese();
        if (r.opinion != null && !r.opinion.isBlank()) {
            return r.opinion;
        }
        return r.outcome == DepartmentOutcome.APPROVED
                ? official.get("document.form.departmentOpinion.approved", r.certificateNo,
                        official.get("document.date.filled", r.issuedOn.getYear(), r.issuedOn.getMonthValue(),
                                r.issuedOn.getDayOfMonth()), r.evaluationBody)
                : official.get("document.form.departmentOpinion.returned", r.corrections);
    }
}
