package cn.bizhao.domain.review;

/** The parts of the review file, in the order a reviewer works; shown via {@code reviewPart.<NAME>}. */
public enum ReviewPart {
    VERDICTS, VERIFICATION, ROUTE, OPINION, CONCLUSION
}
