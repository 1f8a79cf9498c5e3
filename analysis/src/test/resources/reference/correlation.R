# Reference values for mattress age against baseline outcomes.
#
# Rerun (from this directory):  Rscript correlation.R -> correlation-expected.tsv
#
# Per data set and baseline outcome (<outcome>_pre): respondents with both mattress_age_years and
# the outcome. cor.test needs n >= 3; its Fisher-z interval exists only for n > 3. With exact =
# FALSE, cor.test's Spearman p-value is the t approximation pt(r / sqrt((1 - r^2) / (n - 2)), n - 2)
# on rho = cor(rank(age), rank(y)) (average ranks for ties).

source("common.R")
out <- new_table()

for (ds in DATASETS) {
  d <- read_survey(ds)
  for (o in OUTCOMES) {
    col <- paste0(o, "_pre")
    if (!(col %in% names(d))) next
    keep <- !is.na(d$mattress_age_years) & !is.na(d[[col]])
    age <- d$mattress_age_years[keep]
    y <- d[[col]][keep]
    n <- length(y)
    add <- function(key, value, call) out$add(ds, col, "", key, value, call)

    add("n", n, "length(y)")
    pc <- attempt(cor.test(age, y))
    pv <- all_or_none(list(pc$estimate, pc$p.value))
    add("pearson_r", pv[[1]], "cor.test(age, y)$estimate")
    add("p_pearson", pv[[2]], "cor.test(age, y)$p.value")
    ci <- if (is.finite(pv[[1]])) all_or_none(list(pc$conf.int[1], pc$conf.int[2])) else list(NA, NA)
    add("pearson_ci_low", ci[[1]], "cor.test(age, y)$conf.int[1]")
    add("pearson_ci_high", ci[[2]], "cor.test(age, y)$conf.int[2]")
    sc <- attempt(cor.test(age, y, method = "spearman", exact = FALSE))
    sv <- all_or_none(list(sc$estimate, sc$p.value))
    add("spearman_rho", sv[[1]], "cor.test(age, y, method = \"spearman\", exact = FALSE)$estimate")
    add("p_spearman", sv[[2]], "cor.test(age, y, method = \"spearman\", exact = FALSE)$p.value")
    # Fisher-z interval of rho, the same formula cor.test uses for Pearson (it gives none here).
    sci <- if (is.finite(sv[[1]]) && n > 3) tanh(atanh(sv[[1]]) + c(-1, 1) * qnorm(0.975) / sqrt(n - 3)) else c(NA, NA)
    add("spearman_ci_low", sci[1], "tanh(atanh(rho) - qnorm(0.975) / sqrt(n - 3))")
    add("spearman_ci_high", sci[2], "tanh(atanh(rho) + qnorm(0.975) / sqrt(n - 3))")
  }
}
out$write("correlation-expected.tsv", "correlation.R")
