package cn.bizhao.domain.application;

import java.util.ArrayList;
import java.util.List;

/** Which materials of notice 三(一) an applicant must bring, by category and nationality. */
public final class RequiredMaterials {
    private RequiredMaterials() {
    }

    /** The registration form itself is signed at the end of intake and is not listed here. */
    public static List<MaterialKind> of(Applicant applicant) {
        List<MaterialKind> kinds = new ArrayList<>(List.of(MaterialKind.ID_DOCUMENT, MaterialKind.OVERSEAS_CERTIFICATE));
        if (applicant.category() == ApplicantCategory.STUDENT) {
            kinds.add(MaterialKind.STUDENT_STATUS);
        } else {
            kinds.add(MaterialKind.LABOUR_CONTRACT);
        }
        if (applicant.foreignNational()) {
            kinds.add(MaterialKind.WORK_PERMIT);
        }
        return List.copyOf(kinds);
    }
}
