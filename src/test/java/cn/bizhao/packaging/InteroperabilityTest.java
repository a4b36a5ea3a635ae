package cn.bizhao.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.bizhao.security.signing.CertificatePem;
import cn.bizhao.security.signing.SigningAlgorithm;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Independent tools agree with our own verifier (DESIGN.md section 6): openssl on the CMS
 * signature, poppler's pdfsig on the form's signature, the Library of Congress bagit-java on
 * the bag. Tests needing a tool that is not installed are skipped; CI installs them
 * ({@code apt-get install -y openssl poppler-utils}).
 */
class InteroperabilityTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = SigningAlgorithm.class, names = {"ECDSA_P256_SHA256", "RSA_3072_SHA256"})
    void opensslAcceptsThePackageSignatureWithTheStationCertificate(SigningAlgorithm algorithm) throws Exception {
        assumeTrue(installed("openssl", "version"), "openssl is not installed");
        Path bag = writeAndUnzip(algorithm);
        Path certificate = folder.resolve("station.pem");
        CertificatePem.write(PackageFixture.key(algorithm).certificate(), certificate);

        Result result = run(bag, "openssl", "cms", "-verify", "-inform", "DER", "-binary",
                "-content", "tagmanifest-sha256.txt", "-CAfile", certificate.toString(), "-in", "signature.p7s",
                "-out", folder.resolve("content.out").toString());

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("Verification successful");
    }

    @ParameterizedTest
    @EnumSource(value = SigningAlgorithm.class, names = {"ECDSA_P256_SHA256", "RSA_3072_SHA256"})
    void pdfsigAcceptsTheFormSignature(SigningAlgorithm algorithm) throws Exception {
        assumeTrue(installed("pdfsig", "-v"), "poppler-utils (pdfsig) is not installed");
        Path bag = writeAndUnzip(algorithm);

        Result result = run(bag, "pdfsig", "data/registration-form.pdf");

        assertThat(result.output()).contains("Signature Validation: Signature is Valid.");
        assertThat(result.output()).contains("ETSI.CAdES.detached");
    }

    @Test
    void bagItJavaFindsTheBagValid() throws Exception {
        Path bagFolder = writeAndUnzip(SigningAlgorithm.ECDSA_P256_SHA256);

        Bag bag = new BagReader().read(bagFolder);
        try (BagVerifier verifier = new BagVerifier()) {
            verifier.isValid(bag, false); // throws, naming the first problem, when the bag is not valid
        }
        assertThat(bag.getVersion().toString()).isEqualTo("1.0");
    }

    @Test
    void sha256sumChecksTheManifestFromInsideTheBag() throws Exception {
        assumeTrue(installed("sha256sum", "--version"), "sha256sum is not installed");
        Path bag = writeAndUnzip(SigningAlgorithm.ECDSA_P256_SHA256);

        assertThat(run(bag, "sha256sum", "-c", "--quiet", "manifest-sha256.txt").exitCode()).isZero();
    }

    private Path writeAndUnzip(SigningAlgorithm algorithm) throws IOException {
        Path out = Files.createDirectories(folder.resolve("out"));
        Path file = PackageFixture.sample().write(PackageFixture.key(algorithm), out);
        return ZipSurgery.open(file).extractTo(folder.resolve("unzipped"));
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(Path directory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static boolean installed(String... probe) {
        try {
            Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
