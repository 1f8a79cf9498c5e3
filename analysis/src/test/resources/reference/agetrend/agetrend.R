# Reference values for the trend tests across mattress age bands (issue 14, item 6).
#
# Rerun (from this directory):  Rscript agetrend.R    -> agetrend-expected.tsv
# (after Rscript datasets.R, which writes data/*.csv; the shared ../data/*.csv are read too).
#
# The built-in plan: bands [0,6) [6,8) [8,10) [10,Inf) of mattress_age_years, i.e.
# band = cut(age, c(0, 6, 8, 10, Inf), right = FALSE), scored 1..4 as the band's position among
# all the plan's bands (score = as.integer(band): an empty band keeps its score and simply has
# no rows); primary outcome pain_morning with high_at 4.
#
# Per data set and baseline outcome <o>_pre, over respondents with both the outcome and an age:
#   trend (group ""): fit <- lm(y ~ score); trend_n = nobs(fit), trend_bands = bands with
#     respondents, trend_slope = coef(fit)["score"], trend_se, trend_t, p_trend from
#     coef(summary(fit))["score", ], trend_df = fit$df.residual, trend_ci_low/high from
#     confint(fit)["score", ]. Fewer than 2 bands with respondents: all NA (R's slope is NA).
#     No residual df or "essentially perfect fit": the slope stays, the inference is NA. A
#     constant outcome: slope zapsmall(coef) = 0, inference NA (R's values there are noise).
#   shares, primary outcome only: per band (group = band) x = sum(y >= 4), n, share = x / n,
#     share_ci_low/high = prop.test(x, n, correct = FALSE)$conf.int (NA for an empty band); and
#     (group "") share_chi_squared, share_df, p_share from prop.trend.test(x, n) over all bands
#     (NA when R gives NA or stops: one band, or nobody / everybody at or above 4).
# Conventions of ../common.R (fmt, attempt, new_table): NA where R gives no finite value.

source("../common.R")
BREAKS <- c(0, 6, 8, 10, Inf)
THRESHOLD <- 4 # the built-in plan's high_at of the primary outcome
PRIMARY <- "pain_morning"
OWN <- sub("\\.csv$", "", sort(list.files("data", pattern = "\\.csv$")))
SHARED <- sub("\\.csv$", "", sort(list.files("../data", pattern = "\\.csv$")))

read_any <- function(name) {
  dir <- if (name %in% OWN) "data" else "../data"
  read.csv(file.path(dir, paste0(name, ".csv")), na.strings = c("", "NA"),
           stringsAsFactors = FALSE, colClasses = c(respondent_id = "character"))
}

out <- new_table()
for (ds in c(OWN, SHARED)) {
  d <- read_any(ds)
  if (!("mattress_age_years" %in% names(d))) next
  for (o in OUTCOMES) {
    col <- paste0(o, "_pre")
    if (!(col %in% names(d))) next
    add <- function(group, key, value, call) out$add(ds, col, group, key, value, call)
    keep <- !is.na(d$mattress_age_years) & !is.na(d[[col]])
    band <- cut(as.numeric(d$mattress_age_years[keep]), BREAKS, right = FALSE)
    y <- d[[col]][keep][!is.na(band)]
    band <- band[!is.na(band)]
    score <- as.integer(band)
    present <- length(unique(score))
    add("", "trend_n", length(y), "nobs(lm(y ~ score)), score = as.integer(cut(age, c(0, 6, 8, 10, Inf), right = FALSE))")
    add("", "trend_bands", present, "length(unique(score))")
    call <- "lm(y ~ score)"
    if (present < 2) {
      for (k in c("trend_slope", "trend_se", "trend_t", "trend_df", "p_trend", "trend_ci_low",
                  "trend_ci_high")) add("", k, NA, "one band with respondents: coef(lm(y ~ score))['score'] is NA")
    } else {
      fit <- lm(y ~ score)
      perfect <- FALSE
      s <- withCallingHandlers(summary(fit), warning = function(w) {
        if (grepl("essentially perfect fit", conditionMessage(w))) perfect <<- TRUE
        invokeRestart("muffleWarning")
      })
      constant <- var(y) == 0
      inference <- fit$df.residual > 0 && !perfect && !constant
      ci <- suppressWarnings(confint(fit))
      slope <- if (constant) zapsmall(coef(fit))[["score"]] else coef(fit)[["score"]]
      add("", "trend_slope", slope, if (constant) "zapsmall(coef(lm(y ~ score)))['score']" else "coef(lm(y ~ score))['score']")
      add("", "trend_se", if (inference) coef(s)["score", 2], "coef(summary(lm(y ~ score)))['score', 2]")
      add("", "trend_t", if (inference) coef(s)["score", 3], "coef(summary(lm(y ~ score)))['score', 3]")
      add("", "trend_df", fit$df.residual, "lm(y ~ score)$df.residual")
      add("", "p_trend", if (inference) coef(s)["score", 4], "coef(summary(lm(y ~ score)))['score', 4]")
      add("", "trend_ci_low", if (inference) ci["score", 1], "confint(lm(y ~ score))['score', 1]")
      add("", "trend_ci_high", if (inference) ci["score", 2], "confint(lm(y ~ score))['score', 2]")
    }
    if (o != PRIMARY) next
    hi <- y >= THRESHOLD
    x <- as.vector(table(factor(band[hi], levels = levels(band))))
    n <- as.vector(table(band))
    for (b in seq_along(levels(band))) {
      g <- levels(band)[b]
      add(g, "share_x", x[b], "sum(y[band == b] >= 4)")
      add(g, "share_n", n[b], "sum(band == b)")
      pt <- if (n[b] > 0) suppressWarnings(prop.test(x[b], n[b], correct = FALSE))
      add(g, "share", if (n[b] > 0) x[b] / n[b], "x / n")
      add(g, "share_ci_low", pt$conf.int[1], "prop.test(x, n, correct = FALSE)$conf.int[1]")
      add(g, "share_ci_high", pt$conf.int[2], "prop.test(x, n, correct = FALSE)$conf.int[2]")
    }
    tt <- attempt(prop.trend.test(x, n))
    v <- all_or_none(list(tt$statistic, tt$parameter, tt$p.value))
    add("", "share_chi_squared", v[[1]], "prop.trend.test(x, n)$statistic")
    add("", "share_df", v[[2]], "prop.trend.test(x, n)$parameter")
    add("", "p_share", v[[3]], "prop.trend.test(x, n)$p.value")
  }
}
out$write("agetrend-expected.tsv", "agetrend.R")
