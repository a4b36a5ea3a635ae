package cn.bizhao.ui.packages;

import cn.bizhao.service.packages.EncryptionRecipient;
import java.util.Optional;

/** One entry of the encryption choice: no encryption, or the trusted certificate the packages are encrypted for. */
public record RecipientChoice(Optional<EncryptionRecipient> certificate) {
    public static final RecipientChoice NONE = new RecipientChoice(Optional.empty());

    static RecipientChoice of(EncryptionRecipient certificate) {
        return new RecipientChoice(Optional.of(certificate));
    }
}
