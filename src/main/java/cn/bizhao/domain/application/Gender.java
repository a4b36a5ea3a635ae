package cn.bizhao.domain.application;

/** 性别. */
public enum Gender {
    MALE, FEMALE;

}
