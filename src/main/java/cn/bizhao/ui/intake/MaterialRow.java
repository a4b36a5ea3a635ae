package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.MaterialKind;

/**
 * One line of the materials checklist.
 *
 * @param text     the material's name and how many pages it has, or that it is missing
 * @param missing  required and still without pages
 */
public record MaterialRow(MaterialKind kind, String text, boolean missing) {
}
