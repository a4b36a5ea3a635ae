package cn.bizhao.domain.department;

/**
 * What a station is: a recognition institution (比照认定机构) takes in and reviews applications;
 * the regional department (自治区人社部门) receives their submissions and decides.
 */
public enum StationKind {
    INSTITUTION, DEPARTMENT
}
