package cn.bizhao.security.signing;

import cn.bizhao.domain.DomainException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/** Certificates as PEM text: the form in which stations and the department exchange them. */
public final class CertificatePem {
    private CertificatePem() {
    }

    public static String toPem(X509Certificate certificate) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    public static void write(X509Certificate certificate, Path file) throws IOException {
        Files.writeString(file, toPem(certificate), StandardCharsets.US_ASCII);
    }

    /** Every certificate in a PEM file; anything else in it (keys, garbage) is refused. */
    public static List<X509Certificate> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            return read(reader, file);
        }
    }

    private static List<X509Certificate> read(Reader reader, Path file) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.provider());
        try (PEMParser parser = new PEMParser(reader)) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (!(item instanceof X509CertificateHolder holder)) {
                    throw new DomainException("security.pem.notCertificate", file.toString());
                }
                certificates.add(converter.getCertificate(holder));
            }
        } catch (CertificateException | IOException | IllegalArgumentException e) {
            throw new DomainException("security.pem.unreadable", file.toString());
        }
        if (certificates.isEmpty()) {
            throw new DomainException("security.pem.noCertificate", file.toString());
        }
        return certificates;
    }
}
