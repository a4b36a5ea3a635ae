package cn.bizhao.ui.intake;

import cn.bizhao.domain.application.Page;
import java.awt.image.BufferedImage;

/** A page of the chosen material as its thumbnail shows it. */
public record PageItem(Page page, BufferedImage thumbnail, String caption) {
}
