# Reference values for the change against the time since the mattress change (issue 14, item 5).
#
# Rerun (from this directory):  Rscript time-since-change.R
#   -> data/*.csv (the data sets, written here with write.csv, NA for missing) and
#      time-since-change-expected.tsv
#
# Per data set and outcome: the respondents with changed_mattress = "yes" and the value before,
# after and weeks_since_change; change = signif(post - pre, 12), so that changes equal in decimal
# (0.1 = 3.8 - 3.7 = 4.6 - 4.5) are equal doubles, as sleepstat takes them: R's kruskal.test
# ranks the exact doubles but counts ties by as.character (15 digits), which disagree on binary
# noise; weeks = weeks_since_change.
#   regression: fit <- lm(change ~ weeks): intercept, slope, SE, t, p, df, 95% CI of the slope
#     (NA when weeks is constant: R's coefficient is NA; SE, t, p, CI NA without residual df)
#   spearman: cor.test(weeks, change, method = "spearman", exact = FALSE): rho, p
#     (NA for n < 3 or a constant variable)
#   band: cut(weeks, c(0, 4, 12, Inf), right = FALSE), the built-in plan's bands; per band n,
#     mean, sd and t.test(change[band == b])$conf.int (NA for n < 2 or a constant band, where R
#     stops with "data are essentially constant")
#   across the bands with at least 2 respondents (as by_position): oneway.test(change ~ band,
#     var.equal = TRUE), oneway.test(change ~ band) (Welch), kruskal.test(change ~ band);
#     NA when fewer than two bands have 2 respondents.
# Data: weeks_main has every band filled and missing values; weeks_sparse has a band with one
# respondent ([0,4)) and an empty band ([12,Inf)), so no test across bands.

source("../common.R") # fmt, attempt, all_or_none, OUTCOMES

set.seed(14)
make <- function(n, weeks, changed) {
  pre <- round(runif(n, 2, 9), 1)
  d <- data.frame(
    respondent_id = sprintf("T%03d", seq_len(n)),
    sleep_position = sample(c("side", "back", "stomach"), n, replace = TRUE),
    changed_mattress = changed,
    weeks_since_change = weeks,
    pain_morning_pre = pre,
    pain_morning_post = pmin(10, pmax(0, round(pre - 0.15 * pmin(weeks, 20) + rnorm(n, 0, 1.2), 1))),
    pain_night_pre = round(runif(n, 1, 8), 1),
    pain_night_post = round(runif(n, 0, 7), 1),
    sleep_quality_pre = round(runif(n, 2, 7), 1),
    sleep_quality_post = round(runif(n, 3, 9), 1),
    stringsAsFactors = FALSE)
  d$pain_morning_post[is.na(d$pain_morning_post)] <- NA
  d
}
main_weeks <- c(1, 2.5, 3, 3.5, 0, 5, 6, 7.5, 8, 9, 10, 11, 4, 6, 12, 13, 15, 20, 26, 30, 14, 16,
                52, 18, 9.5, 7, NA, 5.5, 24, 2)
main <- make(36, c(main_weeks, rep(NA, 6)), c(rep("yes", 30), rep("no", 4), NA, NA))
main$pain_morning_post[c(3, 17)] <- NA
main$pain_night_pre[c(8)] <- NA
main$sleep_quality_post[c(21, 22)] <- NA
main$weeks_since_change[c(33)] <- 5 # an untreated respondent with weeks: not analysed
write.csv(main, "data/weeks_main.csv", row.names = FALSE)

sparse <- make(9, c(2, 5, 6, 8, 10, 11, NA, NA, NA), c(rep("yes", 7), "no", "no"))
sparse$sleep_quality_post[2:6] <- sparse$sleep_quality_pre[2:6] + 1 # a constant band
write.csv(sparse, "data/weeks_sparse.csv", row.names = FALSE)

out <- new_table()
LIMITS <- c(0, 4, 12, Inf)
for (ds in c("weeks_main", "weeks_sparse")) {
  d <- read.csv(file.path("data", paste0(ds, ".csv")), stringsAsFactors = FALSE,
                colClasses = c(respondent_id = "character"))
  for (o in OUTCOMES) {
    pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
    keep <- d$changed_mattress %in% "yes" & !is.na(pre) & !is.na(post) &
      !is.na(d$weeks_since_change)
    change <- signif(post[keep] - pre[keep], 12); weeks <- d$weeks_since_change[keep]
    add <- function(group, key, value, call) out$add(ds, o, group, key, value, call)
    n <- length(change)
    add("", "n", n, "sum(changed_mattress == \"yes\" & !is.na(pre, post, weeks))")

    fit <- if (n >= 2 && length(unique(weeks)) > 1) lm(change ~ weeks)
    cf <- if (!is.null(fit)) summary(fit)$coefficients
    inference <- !is.null(fit) && fit$df.residual > 0
    ci <- if (inference) confint(fit)["weeks", ] else c(NA, NA)
    inf <- function(v) if (inference) v else NA_real_
    add("", "intercept", if (!is.null(fit)) coef(fit)[[1]], "coef(lm(change ~ weeks))[1]")
    add("", "slope", if (!is.null(fit)) coef(fit)[["weeks"]], "coef(lm(change ~ weeks))[\"weeks\"]")
    add("", "slope_se", inf(cf["weeks", 2]), "summary(lm(change ~ weeks))$coefficients[\"weeks\", 2]")
    add("", "slope_t", inf(cf["weeks", 3]), "summary(lm(change ~ weeks))$coefficients[\"weeks\", 3]")
    add("", "p_slope", inf(cf["weeks", 4]), "summary(lm(change ~ weeks))$coefficients[\"weeks\", 4]")
    add("", "slope_df", if (!is.null(fit)) fit$df.residual, "lm(change ~ weeks)$df.residual")
    add("", "slope_ci_low", ci[[1]], "confint(lm(change ~ weeks))[\"weeks\", 1]")
    add("", "slope_ci_high", ci[[2]], "confint(lm(change ~ weeks))[\"weeks\", 2]")

    sp <- if (n >= 3 && length(unique(weeks)) > 1 && length(unique(change)) > 1)
      suppressWarnings(cor.test(weeks, change, method = "spearman", exact = FALSE))
    add("", "spearman_rho", sp$estimate, "cor.test(weeks, change, method = \"spearman\", exact = FALSE)$estimate")
    add("", "p_spearman", sp$p.value, "cor.test(weeks, change, method = \"spearman\", exact = FALSE)$p.value")

    band <- cut(weeks, LIMITS, right = FALSE)
    for (b in levels(band)) {
      x <- change[band == b]
      tt <- if (length(x) >= 2) attempt(t.test(x))
      add(b, "n", length(x), "sum(band == b)")
      add(b, "mean", if (length(x) >= 1) mean(x), "mean(change[band == b])")
      add(b, "sd", if (length(x) >= 2) sd(x), "sd(change[band == b])")
      add(b, "ci_low", tt$conf.int[1], "t.test(change[band == b])$conf.int[1]")
      add(b, "ci_high", tt$conf.int[2], "t.test(change[band == b])$conf.int[2]")
    }
    counts <- table(band)
    tested <- names(counts)[counts >= 2]
    add("", "bands_tested", length(tested), "sum(table(band) >= 2)")
    k <- band %in% tested
    y <- change[k]; g <- droplevels(band[k])
    ok <- length(tested) >= 2
    a <- if (ok) all_or_none(attempt({r <- oneway.test(y ~ g, var.equal = TRUE); list(r$statistic, r$parameter[1], r$parameter[2], r$p.value)}))
    w <- if (ok) all_or_none(attempt({r <- oneway.test(y ~ g); list(r$statistic, r$parameter[1], r$parameter[2], r$p.value)}))
    kw <- if (ok) all_or_none(attempt({r <- kruskal.test(y ~ g); list(r$statistic, r$parameter, r$p.value)}))
    add("", "anova_f", a[[1]], "oneway.test(change ~ band, var.equal = TRUE)$statistic")
    add("", "anova_df1", a[[2]], "oneway.test(change ~ band, var.equal = TRUE)$parameter[1]")
    add("", "anova_df2", a[[3]], "oneway.test(change ~ band, var.equal = TRUE)$parameter[2]")
    add("", "p_anova", a[[4]], "oneway.test(change ~ band, var.equal = TRUE)$p.value")
    add("", "welch_f", w[[1]], "oneway.test(change ~ band)$statistic")
    add("", "welch_df1", w[[2]], "oneway.test(change ~ band)$parameter[1]")
    add("", "welch_df2", w[[3]], "oneway.test(change ~ band)$parameter[2]")
    add("", "p_welch", w[[4]], "oneway.test(change ~ band)$p.value")
    add("", "kruskal_h", kw[[1]], "kruskal.test(change ~ band)$statistic")
    add("", "kruskal_df", kw[[2]], "kruskal.test(change ~ band)$parameter")
    add("", "p_kruskal", kw[[3]], "kruskal.test(change ~ band)$p.value")
  }
}
out$write("time-since-change-expected.tsv", "time-since-change.R")
