package cn.bizhao.ui.catalog;

/** One catalogue row as the table shows it. */
public record CatalogRow(int number, String region, String overseasProject, String overseasLevel,
                         String occupation, String level) {

    boolean contains(String text) {
        return region.contains(text) || overseasProject.contains(text) || occupation.contains(text);
    }
}
