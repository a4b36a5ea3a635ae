package cn.bizhao.domain.form;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 自治区人社部门意见 as printed on the form: the department's opinion, the department that recorded
 * it (备案部门) and the date of the decision.
 *
 * @param fromPaper true when the institution typed it from the department's paper reply
 */
public record DepartmentOpinion(String opinion, String department, LocalDate date, boolean fromPaper) {
    public DepartmentOpinion {
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(date, "date");
    }
}
