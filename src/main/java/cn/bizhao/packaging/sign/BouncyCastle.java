package cn.bizhao.packaging.sign;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Packaging's own handle on the BouncyCastle provider: packaging may not import the security
 * layer, and the provider is passed by instance, never registered in the JVM.
 */
public final class BouncyCastle {
    private static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }

    public static Provider provider() {
        return PROVIDER;
    }
}
