package cn.bizhao.ui.review;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.Application;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** The registration data the reviewer and the supervisor read beside the pages, as label and value. */
final class FileFacts {
    private FileFacts() {
    }

    static List<String[]> of(Application application, Messages messages) {
        Applicant a = application.applicant();
        OverseasCertificate c = application.certificate();
        CatalogMapping mapping = c.catalogMapping();
        List<String[]> list = new ArrayList<>();
        list.add(fact(messages, "review.fact.name", a.name()));
        list.add(fact(messages, "review.fact.gender", a.gender() == null ? "" : messages.of(a.gender())));
        list.add(fact(messages, "review.fact.nationality", a.nationality()));
        list.add(fact(messages, "review.fact.idType", a.idType() == null ? "" : messages.of(a.idType())));
        list.add(fact(messages, "review.fact.employer", a.employer()));
        list.add(fact(messages, "review.fact.occupation", a.currentOccupation()));
        list.add(fact(messages, "review.fact.certificate", c.name()));
        list.add(fact(messages, "review.fact.certificateNumber", c.number()));
        list.add(fact(messages, "review.fact.issuer", c.issuingCountryAndBody()));
        list.add(fact(messages, "review.fact.projectLevel", nz(c.project()) + " / " + nz(c.level())));
        list.add(fact(messages, "review.fact.mapping", mapping == null ? "" : messages.get("review.fact.mapping.value",
                mapping.entry().occupation(), messages.of(mapping.entry().level()), mapping.catalogVersion(),
                mapping.entry().number())));
        list.add(fact(messages, "review.fact.clerk", application.clerk()));
        return list;
    }

    private static String[] fact(Messages messages, String key, String value) {
        return new String[] {messages.get(key), nz(value)};
    }


    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
