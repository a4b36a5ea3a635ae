package cn.bizhao.domain.review;

/** A skill module of the national standard missing from the foreign training, to be assessed. */
public record SkillModule(int number, String name) {
}
