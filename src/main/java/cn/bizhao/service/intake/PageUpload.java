package cn.bizhao.service.intake;

/** A page to add to a material: the bytes as captured or imported, and their type. */
public record PageUpload(byte[] content, String mediaType) {
}
