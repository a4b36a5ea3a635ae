package cn.bizhao.ui.review;

import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.review.ReviewPart;

/**
 * One line of 审核情况: what the review file says so far about one part.
 *
 * @param material the material the line is about, null for the other parts
 * @param missing  true when something is still missing there
 */
public record ChecklistLine(String text, ReviewPart part, MaterialKind material, boolean missing) {
}
