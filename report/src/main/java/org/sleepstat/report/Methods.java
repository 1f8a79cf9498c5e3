package org.sleepstat.report;

import java.util.List;

/**
 * Every method of a report with the R call that gives the same numbers: the About sheet lists
 * them all, and the slide deck names those behind its findings. One list, so that the two never
 * disagree.
 */
public final class Methods {

  /** A method and the R call that gives the same numbers. */
  public record Method(String statistic, String method, String r) {}

  /** The mean change and the paired t-test. */
  public static final Method PAIRED_T = new Method("Mean change, 95% CI, paired t-test",
      "paired t-test, two-sided", "t.test(post, pre, paired = TRUE)");
  /** The responders by points. */
  public static final Method RESPONDERS = new Method("Responders and 95% CI", "share improving"
      + " by at least the threshold; Wilson score interval",
      "prop.test(responders, n, correct = FALSE)$conf.int");
  /** The responders by percent of the value before. */
  public static final Method RESPONDERS_PERCENT = new Method("30% responders and 95% CI",
      "share improving by at least 30% of their own value before, and by more than nothing;"
          + " every pair in the denominator; Wilson score interval",
      "prop.test(k, n, correct = FALSE)$conf.int");
  /** Changed against not changed, adjusted for the value before. */
  public static final Method ANCOVA = new Method("Changed vs not changed: ANCOVA", "difference"
      + " after, changed − not changed, adjusted for the value before; least squares, t test"
      + " of the coefficient",
      "fit <- lm(post ~ pre + changed); summary(fit); confint(fit)[\"changedyes\", ]");
  /** Changed against not changed, adjusted for the value before and the plan's covariates. */
  public static final Method ADJUSTED = new Method("Changed vs not changed, adjusted",
      "difference after, changed − not changed, adjusted for the value before and the plan's"
      + " covariates (built in: mattress age, sleep position, mattress firmness, age, BMI,"
      + " exercise days); complete cases; least squares, t test of the coefficient",
      "fit <- lm(post ~ pre + changed_mattress + mattress_age_years + sleep_position +"
      + " mattress_firmness + age_years + bmi + exercise_days_week); summary(fit);"
      + " confint(fit)[\"changed_mattressyes\", ]");
  /** Changed against not changed, on the change scores. */
  public static final Method ARMS_WELCH = new Method("Changed vs not changed: Welch t",
      "Welch's t-test of the change scores, changed − not changed",
      "t.test(change[changed == \"yes\"], change[changed == \"no\"])");
  /** A mean with its t interval. */
  public static final Method MEAN_CI = new Method("Means before and after, 95% CI",
      "t interval of each mean over the pairs", "t.test(x)$conf.int");
  /** Welch's ANOVA across sleep positions. */
  public static final Method WELCH_ANOVA = new Method("Welch's ANOVA by position",
      "F test, unequal variances", "oneway.test(y ~ g)");
  /** Pearson's correlation with mattress age. */
  public static final Method PEARSON = new Method("Pearson correlation with mattress age",
      "t test; Fisher z interval", "cor.test(age, y)");
  /** The baseline outcome by mattress age band. */
  public static final Method AGE_BANDS = new Method("Mattress age bands", "the plan's bands"
      + " (built in [0,6), [6,8), [8,10), [10,Inf) years: evaluate at 6-8, replace at 7-10);"
      + " n, mean, SD and median per band",
      "tapply(y, cut(age, c(0, 6, 8, 10, Inf), right = FALSE), mean)");
  /** The linear trend of a baseline outcome across the mattress age bands. */
  public static final Method AGE_TREND = new Method("Trend across mattress age bands",
      "least squares on the band's place 1..k among the plan's bands (an empty band keeps its"
          + " score); t test of the slope",
      "fit <- lm(y ~ as.integer(band)); summary(fit); confint(fit)");
  /** The share at or above the threshold per band and its trend test. */
  public static final Method AGE_SHARE_TREND = new Method("High share by mattress age band",
      "share of the primary outcome at or above the plan's high_at per band, Wilson 95% CI;"
          + " Cochran-Armitage test for trend, scores 1..k",
      "prop.test(x, n, correct = FALSE)$conf.int; prop.trend.test(x, n)");
  /** The chi-square test of a contingency table. */
  public static final Method CHI_SQUARE = new Method("Chi-square test", "Pearson's test of"
      + " independence; Yates' continuity correction on 2 x 2 tables", "chisq.test(tab)");
  /** Fisher's exact test of a contingency table. */
  public static final Method FISHER = new Method("Fisher's exact test", "exact p given the"
      + " margins; on 2 x 2 the conditional maximum likelihood odds ratio and its 95% CI",
      "fisher.test(tab)");

  /** Every method, in the order the About sheet lists them. */
  public static final List<Method> ALL = List.of(
      PAIRED_T,
      new Method("Wilcoxon signed-rank test", "exact when n < 50 with no ties and no zero"
          + " changes, else normal approximation with continuity and tie correction; zero"
          + " changes dropped", "wilcox.test(post, pre, paired = TRUE)"),
      new Method("Hodges-Lehmann estimate and CI", "pseudo-median of the non-zero changes"
          + " (median of the Walsh averages); exact interval when the signed-rank test is"
          + " exact, else normal approximation; R lowers the level when 95% cannot be reached",
          "wilcox.test(post, pre, paired = TRUE, conf.int = TRUE)$estimate, $conf.int"),
      new Method("Cohen's dz", "mean change / SD of the change", "mean(d) / sd(d)"),
      new Method("Cohen's dz 95% CI", "noncentral t inverted at the observed t, divided by"
          + " √n (as MBESS and effectsize)",
          "ncp with pt(t, n - 1, ncp) = 0.975 and 0.025, divided by sqrt(n)"),
      new Method("Percent change", "mean change / mean before",
          "100 * mean(post - pre) / mean(pre)"),
      RESPONDERS,
      RESPONDERS_PERCENT,
      ADJUSTED,
      ANCOVA,
      ARMS_WELCH,
      MEAN_CI,
      new Method("One-way ANOVA by position", "F test, equal variances",
          "oneway.test(y ~ g, var.equal = TRUE)"),
      WELCH_ANOVA,
      new Method("Kruskal-Wallis by position", "rank test, tie-corrected", "kruskal.test(y ~ g)"),
      new Method("Eta squared", "SS between / SS total", "summary(aov(y ~ g))"),
      new Method("Epsilon squared", "Kruskal-Wallis H / (n − 1), tie-corrected H (Tomczak &"
          + " Tomczak 2014)", "effectsize::rank_epsilon_squared(y ~ g)"),
      new Method("Games-Howell pairwise comparisons", "Welch t per pair of positions; p and"
          + " simultaneous 95% CI from the studentized range over the k positions tested",
          "ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE), qtukey(0.95, k, df) / sqrt(2)"
              + " (rstatix::games_howell_test)"),
      new Method("Dunn pairwise comparisons", "z test of the mean ranks over the positions"
          + " tested, tie-corrected SE; Holm across the outcome's pairs",
          "2 * pnorm(-abs(z)), p.adjust(p, \"holm\") (rstatix::dunn_test)"),
      PEARSON,
      new Method("Spearman correlation with mattress age", "t approximation",
          "cor.test(age, y, method = \"spearman\", exact = FALSE)"),
      new Method("Spearman 95% CI", "Fisher z interval on rho (cor.test gives none)",
          "tanh(atanh(rho) + c(-1, 1) * qnorm(0.975) / sqrt(n - 3))"),
      AGE_BANDS,
      AGE_TREND,
      AGE_SHARE_TREND,
      new Method("Regression on mattress age and covariates", "least squares over complete"
          + " rows; treatment contrasts, unused levels dropped; F test of all slopes",
          "fit <- lm(y ~ mattress_age_years + sleep_position + mattress_firmness + age_years +"
              + " bmi + exercise_days_week); summary(fit); confint(fit)"),
      CHI_SQUARE,
      FISHER,
      new Method("Line in the mattress-age chart", "least squares", "coef(lm(y ~ age))"),
      new Method("Holm and BH adjusted p", "across the outcomes of each test (table on the"
          + " Summary sheet)",
          "p.adjust(p, \"holm\"), p.adjust(p, \"BH\")"),
      new Method("Quartiles (Table 1, positions, box plots)", "R's default, type 7",
          "quantile(x, c(0.25, 0.5, 0.75))"),
      new Method("Box plot whiskers", "to the last value within 1.5 IQR of the box",
          "boxplot.stats(x) whiskers, as ggplot2's geom_boxplot"),
      new Method("Table 1 percentages", "of those who answered (n in the table)",
          "prop.table(table(x))"),
      new Method("Table 1 p-values", "treated against the others: Welch's t-test (mean (SD)"
          + " rows); Wilcoxon rank-sum test (median rows; exact below 50 per group without ties,"
          + " else normal with continuity correction); chi-square test (Yates on 2 x 2), or"
          + " Fisher's exact test when an expected count is below 5",
          "t.test(x ~ g); wilcox.test(x ~ g); chisq.test(table(g, x)); fisher.test(table(g, x))"),
      new Method("Table 1 SMD", "standardised mean difference, treated minus the others; of a"
          + " level's proportion of those who answered",
          "(m1 - m2) / sqrt((s1^2 + s2^2) / 2); (p1 - p2) / sqrt((p1 * (1 - p1) + p2 * (1 - p2))"
              + " / 2)"));

  private Methods() {}
}
