package cn.bizhao.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.i18n.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Audit details and status notes as a person reads them: the stored machine text in the reader's language. */
class AuditDetailTextTest {
    private final AuditDetailText chinese = new AuditDetailText(Messages.chinese());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            STATUS_CHANGED     | DRAFT->AWAITING_MATERIALS                              | 草稿 → 待补正
            STATUS_CHANGED     | DRAFT->ACCEPTED GX45-2026-00001                        | 草稿 → 已受理 GX45-2026-00001
            STATUS_CHANGED     | APPROVED->SUBMITTED submission                         | 机构审核通过 → 已报送 报送包
            SETTINGS_CHANGED   | station key created: generation 1 ECDSA_P256_SHA256 f2ed | 新建本站签名密钥：第 1 代，算法 ECDSA_P256_SHA256，证书指纹 f2ed
            SETTINGS_CHANGED   | seal                                                   | 更换公章图片
            SETTINGS_CHANGED   | camera folder:/tmp/cam                                 | 拍摄设备设为 folder:/tmp/cam
            SETTINGS_CHANGED   | workstation 受理窗口 2 disabled                         | 停用工作站 受理窗口 2
            SETTINGS_CHANGED   | workstation 受理窗口 2 enabled                          | 启用工作站 受理窗口 2
            REVIEW_HANDED_BACK | from wang                                              | 从 wang 处交回
            USER_CHANGED       | create li [CLERK]                                      | 新建用户 li，角色：受理员
            USER_CHANGED       | disable li                                             | 停用用户 li
            MATERIAL_CHANGED   | ID_DOCUMENT                                            | 身份证件（正反面）
            FULL_NUMBER_SHOWN  | idNumber                                               | 查看完整证件号码
            AUDIT_TRAIL_EXPORTED | records=11                                           | 导出 11 条记录
            AUDIT_TRAIL_EXPORTED | records=3 from=2026-11-01 to=2026-12-31 action=LOGIN | 导出 3 条记录 从 2026-11-01 至 2026-12-31 操作 登录
            PACKAGE_EXPORTED   | submission GX45-2026-00001.zip                         | 导出报送包：GX45-2026-00001.zip
            """)
    void showsEachShapeInChinese(AuditAction action, String stored, String shown) {
        assertThat(chinese.of(action, stored)).isEqualTo(shown);
    }

    @Test
    void showsAnEditFieldByFieldWithValuesByTheirNames() {
        String shown = chinese.of(AuditAction.APPLICATION_EDITED,
                "conclusion 1 {state: \"PENDING\" -> \"CONFIRMED\"; supervisorNote: - -> \"同意\"}");

        assertThat(shown).startsWith("审核结论 1：").contains("状态 由 ").contains("主管意见 由 （空） 改为 同意")
                .doesNotContain("PENDING").doesNotContain("supervisorNote").doesNotContain("{");
    }

    @Test
    void showsAStatusNoteInChinese() {
        assertThat(chinese.note("conclusion 1")).isEqualTo("审核结论 1");
        assertThat(chinese.note("submission")).isEqualTo("报送包");
        assertThat(chinese.note("申请人书面申请撤回")).isEqualTo("申请人书面申请撤回");
    }

    @Test
    void showsTheSameInEnglishFromTheEnglishBundle() {
        AuditDetailText english = new AuditDetailText(Messages.of(Locale.ENGLISH));

        assertThat(english.of(AuditAction.SETTINGS_CHANGED, "seal")).isEqualTo("Seal image replaced");
        assertThat(english.of(AuditAction.STATUS_CHANGED, "DRAFT->AWAITING_MATERIALS")).doesNotContain("DRAFT");
    }
}
