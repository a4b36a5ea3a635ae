package cn.bizhao.packaging.zip;

/**
 * One entry of the central directory, as declared: the reader still counts the bytes it
 * inflates and refuses an entry that inflates beyond {@link #size()}.
 */
public record ZipEntryInfo(String name, long size, long compressedSize) {
    public boolean isDirectory() {
        return name.endsWith("/");
    }
}
