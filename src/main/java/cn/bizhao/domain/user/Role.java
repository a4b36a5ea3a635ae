package cn.bizhao.domain.user;

/** The roles of DESIGN.md section 1; a user may hold several. */
public enum Role {
    CLERK, REVIEWER, SUPERVISOR, ADMIN;

}
