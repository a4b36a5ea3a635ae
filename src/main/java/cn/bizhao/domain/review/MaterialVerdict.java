package cn.bizhao.domain.review;

/** The reviewer's verdict on one material (三(二) 材料审核); shown via {@code materialVerdict.<NAME>}. */
public enum MaterialVerdict {
    /** 真实有效. */
    VALID,
    /** 存疑: needs a check before a decision. */
    DOUBTFUL,
    /** 无效. */
    INVALID
}
