package cn.bizhao.documents.pdf;

/**
 * Flexible space: the height a cell has beyond its text is shared among its spacers by weight,
 * which keeps signature and date lines low in opinion cells, where people sign on the paper.
 */
public record Spacer(double weight) implements Block {
    public Spacer {
        if (weight <= 0) {
            throw new IllegalArgumentException("spacer weight must be positive: " + weight);
        }
    }

    public static Spacer of(double weight) {
        return new Spacer(weight);
    }
}
