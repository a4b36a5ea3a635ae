package cn.bizhao.domain.application;

import cn.bizhao.domain.TextField;

/**
 * 境外职业技能证书信息 and its comparison with the catalogue.
 *
 * @param name                 证书名称
 * @param project              职业/项目 as printed on the certificate
 * @param level                等级 as printed on the certificate
 * @param issuingCountryAndBody 证书发放国（地区）及发放机构
 * @param number               证书编号
 * @param catalogMapping       the catalogue row chosen for it, null while not compared
 */
public record OverseasCertificate(String name, String project, String level, String issuingCountryAndBody,
                                  String number, CatalogMapping catalogMapping) {

    /** Refuses, naming the field, a text longer than the form keeps. */
    public OverseasCertificate requireWithinLimits() {
        TextField.CERTIFICATE_NAME.require(name);
        TextField.CERTIFICATE_PROJECT.require(project);
        TextField.CERTIFICATE_LEVEL.require(level);
        TextField.CERTIFICATE_ISSUER.require(issuingCountryAndBody);
        TextField.CERTIFICATE_NUMBER.require(number);
        return this;
    }

    public static OverseasCertificate empty() {
        return new OverseasCertificate(null, null, null, null, null, null);
    }
}
