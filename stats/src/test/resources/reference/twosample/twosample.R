# Reference values for the two-sample tests of Table 1 (Java: WelchTest, RankSumTest):
# t.test(x, y) (Welch, R's default) and wilcox.test(x, y) with R's defaults (exact p when both
# samples have fewer than 50 values and there are no ties, else the normal approximation with
# the tie correction and correct = TRUE).
#
# Rerun (from this directory):  Rscript twosample.R  -> samples.csv, twosample-expected.tsv
#
# samples.csv: case, sample (x or y), value (%.17g). Cases: small without ties (exact), small
# with ties (normal), 49 and 49 without ties (exact, the largest), 50 and 12 (normal), scores
# on a 0-10 grid of 0.5 (many ties), skewed durations, a shift of one group.
# Table layout as the other reference tables (tab-separated, one statistic a row):
#   dataset  outcome  group  key  expected  r_call
fmt <- function(v) {
  if (is.null(v) || length(v) != 1 || !is.finite(v)) "NA" else sprintf("%.17g", unname(v))
}
set.seed(13)
cases <- list(
  small_exact = list(x = c(1.1, 2.4, 3.9, 5.2, 0.3), y = c(4.4, 6.1, 7.7, 2.2, 8.8, 9.5)),
  small_ties = list(x = c(1, 2, 2, 3, 5), y = c(2, 4, 4, 6, 7, 7)),
  exact_49 = list(x = round(rnorm(49, 10, 3), 6), y = round(rnorm(49, 11, 3), 6) + 1e-7),
  normal_50_12 = list(x = round(rnorm(50), 6), y = round(rnorm(12, 0.5), 6) + 1e-7),
  scores = list(x = round(pmin(10, pmax(0, rnorm(180, 5, 2))) * 2) / 2,
                y = round(pmin(10, pmax(0, rnorm(215, 5.4, 2))) * 2) / 2),
  durations = list(x = round(rexp(120, 1 / 30)), y = round(rexp(140, 1 / 40))),
  shifted = list(x = round(rnorm(300, 40, 12), 1), y = round(rnorm(250, 46, 15), 1)))
samples <- do.call(rbind, lapply(names(cases), function(k) rbind(
  data.frame(case = k, sample = "x", value = sprintf("%.17g", cases[[k]]$x)),
  data.frame(case = k, sample = "y", value = sprintf("%.17g", cases[[k]]$y)))))
write.csv(samples, "samples.csv", row.names = FALSE, quote = FALSE)
rows <- character(0)
add <- function(case, key, value, call) {
  rows <<- c(rows, paste("samples", case, "", key, fmt(value), call, sep = "\t"))
}
for (k in names(cases)) {
  x <- cases[[k]]$x
  y <- cases[[k]]$y
  t <- t.test(x, y)
  add(k, "t", t$statistic, "t.test(x, y)$statistic")
  add(k, "df", t$parameter, "t.test(x, y)$parameter")
  add(k, "p_welch", t$p.value, "t.test(x, y)$p.value")
  w <- suppressWarnings(wilcox.test(x, y))
  add(k, "w", w$statistic, "wilcox.test(x, y)$statistic")
  add(k, "p_rank_sum", w$p.value, "wilcox.test(x, y)$p.value")
  add(k, "exact", as.numeric(grepl("exact", w$method)),
      "grepl(\"exact\", wilcox.test(x, y)$method)")
}
writeLines(c(paste0("# Expected values produced by `cd stats/src/test/resources/reference/twosample",
                    " && Rscript twosample.R` (", R.version.string, "). Do not edit by hand."),
             paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"), rows),
           "twosample-expected.tsv")
