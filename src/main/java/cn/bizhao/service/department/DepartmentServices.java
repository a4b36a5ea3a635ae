package cn.bizhao.service.department;

import cn.bizhao.service.certificate.RevocationService;
import cn.bizhao.service.review.CorrectionService;

/**
 * The procedure after the institution's approval (issue 13): the department's decisions, the
 * corrections after a return, and revocations.
 */
public record DepartmentServices(DecisionService decisions, CorrectionService corrections,
                                 RevocationService revocations) {
}
