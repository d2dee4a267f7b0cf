package dev.unspin.eval;

/**
 * Binary logistic regression fitted by full-batch gradient descent with L2 regularisation (the
 * intercept is not penalised). Small and deterministic: for a handful of document-level features.
 */
final class LogisticRegression {
    private final double[] weights;
    private final double intercept;

    private LogisticRegression(double[] weights, double intercept) {
        this.weights = weights;
        this.intercept = intercept;
    }

    /** Fits {@code y} (0 or 1) on the rows of {@code x}; classes are weighted to count equally. */
    static LogisticRegression fit(double[][] x, int[] y, double lambda, int iterations, double rate) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("need as many labels as rows, and at least one row");
        }
        int n = x.length;
        int d = x[0].length;
        long positives = java.util.Arrays.stream(y).filter(v -> v == 1).count();
        if (positives == 0 || positives == n) {
            throw new IllegalArgumentException("need examples of both classes");
        }
        double positiveWeight = n / (2.0 * positives);
        double negativeWeight = n / (2.0 * (n - positives));
        double[] w = new double[d];
        double b = 0;
        for (int it = 0; it < iterations; it++) {
            double[] gradient = new double[d];
            double gradientB = 0;
            for (int i = 0; i < n; i++) {
                double error = (sigmoid(dot(w, x[i]) + b) - y[i]) * (y[i] == 1 ? positiveWeight : negativeWeight);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * x[i][j];
                }
                gradientB += error;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= rate * (gradient[j] / n + lambda * w[j]);
            }
            b -= rate * gradientB / n;
        }
        return new LogisticRegression(w, b);
    }

    double probability(double[] row) {
        return sigmoid(dot(weights, row) + intercept);
    }

    double[] weights() {
        return weights.clone();
    }

    private static double dot(double[] w, double[] row) {
        double sum = 0;
        for (int j = 0; j < w.length; j++) {
            sum += w[j] * row[j];
        }
        return sum;
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
