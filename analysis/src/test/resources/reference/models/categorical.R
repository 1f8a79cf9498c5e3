# Reference values for the categorical tests: Pearson's chi-square and Fisher's exact test.
#
# Rerun (from this directory):  Rscript categorical.R -> categorical-expected.tsv, tables.tsv
#
# Survey tables, per data set (outcome column = the table):
#   position_x_morning_pain  sleep_position (codebook order) x (pain_morning_pre >= 4) [no, yes]
#   changed_x_responder      changed_mattress [no, yes] x responder [no, yes], responder =
#                            pain_morning_post - pain_morning_pre <= -2 (+ 1e-9, as paired.R)
#                            among respondents with both values
# over the respondents with both values (complete cases). Levels nobody has are dropped, as
# chisq.test(x, y) does (it calls factor(x[OK])); fisher.test(x, y) would keep an unused level of
# a factor as an empty row (it calls as.factor, a no-op on factors) and so test a 3 x 2 table by
# its network algorithm with no odds ratio, so it is called on droplevels(x), droplevels(y).
# Tables given as counts (group "" of dataset "tables", written to tables.tsv for the Java test):
# rows and columns with a zero total are dropped first, x[rowSums(x) > 0, colSums(x) > 0]; R's
# chisq.test would give NaN on such a table.
#
# Keys: n; rows and columns of the table tested; chisq_statistic, chisq_df, p_chisq from
# chisq.test(tab) (Yates' continuity correction on 2 x 2, R's default correct = TRUE);
# chisq_corrected 1 when R applied it (its method names Yates; R skips it when
# min(0.5, abs(x - E)) is 0); chisq_warning 1 when R warns "Chi-squared approximation may be
# incorrect" (some expected count < 5); chisq_min_expected, chisq_cells_below_5 from
# chisq.test(tab)$expected; p_fisher from fisher.test(tab); for 2 x 2 tables odds_ratio (the
# conditional maximum likelihood estimate, not ad/bc), or_ci_low, or_ci_high (its 95% interval);
# these three are NA for larger tables (R gives none), and where R gives Inf (a zero cell).
# Fewer than two levels on a side: R stops ("'x' and 'y' must have at least 2 levels"): all NA.
# big_4x2 (n = 10,000) needs fisher.test(tab, workspace = 2e8): R's default workspace stops
# with "FEXACT error 7 ... LDSTP is too small"; the p-value is the same exact value.

source("helpers.R")
out <- table_writer("categorical.R")

TABLES <- list(
  tea = rbind(c(3, 1), c(1, 3)), # fisher.test's help: Fisher's tea tasting
  job = matrix(c(1, 2, 1, 0, 3, 3, 6, 1, 10, 10, 14, 9, 6, 7, 12, 11), 4, 4), # fisher.test help
  empty_row = rbind(c(5, 2), c(0, 0), c(1, 6)),
  zero_low = rbind(c(0, 5), c(6, 3)),
  zero_high = rbind(c(5, 0), c(2, 6)),
  independent = rbind(c(3, 3), c(2, 2)),
  partial_yates = rbind(c(5, 4), c(4, 4)),
  large_2x2 = rbind(c(310, 190), c(245, 255)),
  sparse_3x3 = rbind(c(2, 0, 1), c(0, 3, 1), c(1, 1, 4)),
  ties_3x2 = rbind(c(3, 1), c(1, 3), c(2, 2)),
  large_4x2 = matrix(round(2000 * c(.3, .1, .05, .05, .25, .1, .08, .07)), 4, 2),
  big_4x2 = matrix(round(10000 * c(.3, .1, .05, .05, .25, .1, .08, .07)), 4, 2),
  one_row = rbind(c(5, 3)),
  zero_column = rbind(c(3, 0), c(4, 0)))

stats <- function(dataset, name, tab, workspace = 200000) {
  add <- function(key, value, call) out$add(dataset, name, "", key, value, call)
  add("n", sum(tab), "sum(tab)")
  add("rows", nrow(tab), "nrow(tab)")
  add("columns", ncol(tab), "ncol(tab)")
  keys <- c("chisq_statistic", "chisq_df", "p_chisq", "chisq_corrected", "chisq_warning",
            "chisq_min_expected", "chisq_cells_below_5", "p_fisher", "odds_ratio", "or_ci_low",
            "or_ci_high")
  if (nrow(tab) < 2 || ncol(tab) < 2) {
    for (k in keys) add(k, NA, "chisq.test(tab), fisher.test(tab): 'x' and 'y' must have at least 2 levels")
    return()
  }
  warned <- FALSE
  ct <- withCallingHandlers(chisq.test(tab), warning = function(w) {
    warned <<- TRUE
    invokeRestart("muffleWarning")
  })
  add("chisq_statistic", ct$statistic, "chisq.test(tab)$statistic")
  add("chisq_df", ct$parameter, "chisq.test(tab)$parameter")
  add("p_chisq", ct$p.value, "chisq.test(tab)$p.value")
  add("chisq_corrected", as.integer(grepl("Yates", ct$method)), "grepl('Yates', chisq.test(tab)$method)")
  add("chisq_warning", as.integer(warned), "chisq.test(tab) warns 'Chi-squared approximation may be incorrect'")
  add("chisq_min_expected", min(ct$expected), "min(chisq.test(tab)$expected)")
  add("chisq_cells_below_5", sum(ct$expected < 5), "sum(chisq.test(tab)$expected < 5)")
  ws <- if (workspace == 200000) "" else sprintf(", workspace = %g", workspace)
  ft <- fisher.test(tab, workspace = workspace)
  add("p_fisher", ft$p.value, paste0("fisher.test(tab", ws, ")$p.value"))
  two <- nrow(tab) == 2 && ncol(tab) == 2
  none <- "fisher.test(tab) gives an odds ratio only for 2 x 2 tables"
  add("odds_ratio", if (two) ft$estimate, if (two) "fisher.test(tab)$estimate" else none)
  add("or_ci_low", if (two) ft$conf.int[1], if (two) "fisher.test(tab)$conf.int[1]" else none)
  add("or_ci_high", if (two) ft$conf.int[2], if (two) "fisher.test(tab)$conf.int[2]" else none)
}

for (ds in DATASETS) {
  d <- as_factors(read_any(ds))
  if (all(c("sleep_position", "pain_morning_pre") %in% names(d))) {
    x <- d$sleep_position
    y <- factor(ifelse(d$pain_morning_pre >= 4, "yes", "no"), levels = c("no", "yes"))
    ok <- complete.cases(x, y)
    stats(ds, "position_x_morning_pain", table(droplevels(x[ok]), droplevels(y[ok])))
  }
  if (all(c("changed_mattress", "pain_morning_pre", "pain_morning_post") %in% names(d))) {
    change <- d$pain_morning_post - d$pain_morning_pre
    x <- d$changed_mattress
    y <- factor(ifelse(change <= -2 + 1e-9, "yes", "no"), levels = c("no", "yes"))
    ok <- complete.cases(x, y)
    stats(ds, "changed_x_responder", table(droplevels(x[ok]), droplevels(y[ok])))
  }
}

for (name in names(TABLES)) {
  m <- TABLES[[name]]
  reduced <- m[rowSums(m) > 0, colSums(m) > 0, drop = FALSE]
  stats("tables", name, reduced, workspace = if (name == "big_4x2") 2e8 else 200000)
}
out$write("categorical-expected.tsv")

counts <- vapply(TABLES, function(m) paste(apply(m, 1, paste, collapse = ","), collapse = ";"), "")
writeLines(c(
  "# Contingency tables of categorical.R (name, counts row by row: cells separated by commas,",
  "# rows by semicolons). Written by `Rscript categorical.R`; do not edit by hand.",
  paste(names(TABLES), counts, sep = "\t")), "tables.tsv")
