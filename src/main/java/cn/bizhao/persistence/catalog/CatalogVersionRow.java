package cn.bizhao.persistence.catalog;

import java.time.LocalDate;

/** A loaded catalogue version without its rows. */
public record CatalogVersionRow(String version, LocalDate publishedOn) {
}
