package cn.bizhao.domain.application;

import cn.bizhao.domain.catalog.CatalogEntry;

/**
 * The catalogue row an application was compared against, kept with the catalogue version used,
 * so that a later catalogue version never changes an application already compared.
 */
public record CatalogMapping(String catalogVersion, CatalogEntry entry) {
}
