package cn.bizhao.domain.form;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 比照认定机构意见 as stamped by a supervisor: the opinion text, the institution's seal image and
 * the date written beside the seal.
 *
 * @param opinion the institution's opinion, printed in the 比照认定机构意见 cell
 * @param sealPng the seal as a PNG with a transparent background, configured by the administrator
 * @param date    the date of the opinion
 */
public record StampedOpinion(String opinion, byte[] sealPng, LocalDate date) {
    public StampedOpinion {
        Objects.requireNonNull(opinion, "opinion");
        Objects.requireNonNull(date, "date");
        sealPng = Objects.requireNonNull(sealPng, "sealPng").clone();
    }

    @Override
    public byte[] sealPng() {
        return sealPng.clone();
    }
}
