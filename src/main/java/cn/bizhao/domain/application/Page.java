package cn.bizhao.domain.application;

/**
 * One page of a material: an image or a PDF, identified by the SHA-256 of its bytes.
 *
 * @param mediaType "image/jpeg", "image/png" or "application/pdf"
 * @param rotation  quarter turns clockwise applied when shown and printed (0-3)
 */
public record Page(long id, int sequence, String mediaType, String sha256, long size, int rotation) {
}
