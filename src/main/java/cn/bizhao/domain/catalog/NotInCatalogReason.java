package cn.bizhao.domain.catalog;

/** Why a certificate is not in the catalogue, from the coarsest to the finest difference. */
public enum NotInCatalogReason {
    UNKNOWN_REGION, UNKNOWN_PROJECT, LEVEL_NOT_LISTED
}
