package cn.bizhao.domain.statistics;

import java.util.List;

/**
 * A prefecture-level city of Guangxi (GB/T 2260).
 *
 * @param code  the six-digit division code, e.g. 450100
 * @param name  the official name, e.g. 南宁市
 * @param names the names looked for in an address, the short name first, e.g. 南宁
 */
public record City(String code, String name, List<String> names) {
    public City {
        names = List.copyOf(names);
    }
}
