package cn.bizhao.domain.department;

/** Where the department's decision stands: decided by one person, signed off by a second. */
public enum RulingState {
    PENDING, SIGNED_OFF, DISCARDED
}
