package cn.bizhao.domain.review;

/** 比照认定方式 (notice 四(一)); shown via {@code route.<NAME>}. */
public enum Route {
    /** 直接认定: the foreign training and assessment cover the national standard. */
    DIRECT,
    /** 技能模块考核: the missing skill modules are assessed first. */
    MODULE_ASSESSMENT
}
