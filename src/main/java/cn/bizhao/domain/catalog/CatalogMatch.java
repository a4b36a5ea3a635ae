package cn.bizhao.domain.catalog;

import java.util.List;

/** The outcome of comparing an overseas certificate with the catalogue. */
public sealed interface CatalogMatch {

    /** The certificate is in the catalogue: its row gives the occupation and level. */
    record Matched(CatalogEntry entry) implements CatalogMatch {
    }

    /**
     * The certificate is not in the catalogue (notice 四(四)): it cannot be recognised.
     *
     * @param reason    what did not match
     * @param given     the value that did not match
     * @param available what the catalogue does list at that point, for the message
     */
    record NotInCatalog(NotInCatalogReason reason, String given, List<String> available) implements CatalogMatch {
        public NotInCatalog {
            available = List.copyOf(available);
        }
    }
}
