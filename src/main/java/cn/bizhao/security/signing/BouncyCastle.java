package cn.bizhao.security.signing;

import java.security.Provider;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The BouncyCastle provider, handed to each JCA call by instance rather than registered
 * globally, so that the program never changes the JVM's provider list behind other code's back.
 */
public final class BouncyCastle {
    private static final Provider PROVIDER = new BouncyCastleProvider();

    private BouncyCastle() {
    }

    public static Provider provider() {
        return PROVIDER;
    }
}
