# Reference values for the statistics the paired analysis gained with issue 3, item 1 (the
# statistics of ../paired.R are not repeated): Hodges-Lehmann estimate and interval, Cohen's dz
# interval, percent change, and responders at the 30% threshold.
#
# Rerun (from this directory):  Rscript paired-extra.R      -> paired-extra-expected.tsv
#
# Pairs as in ../paired.R: respondents with changed_mattress = yes and both values (every
# respondent with both values when the file has no changed_mattress column); x = post, y = pre,
# d = x - y.
#
# Hodges-Lehmann: wilcox.test(x, y, paired = TRUE, conf.int = TRUE) with R's defaults (zero
#   differences dropped; exact when fewer than 50 non-zero differences without ties and zeros:
#   median of the Walsh averages and the interval from qsignrank; otherwise the roots R's
#   uniroot finds for the continuity-corrected normal approximation). hl_conf_level is the level
#   R attaches to the interval (it lowers it when 95% cannot be reached).
# Cohen's dz interval: t = mean(d) / (sd(d) / sqrt(n)), df = n - 1; the noncentrality
#   parameters with pt(t, df, ncp) = 0.975 (lower) and 0.025 (upper), found with uniroot to
#   full precision, divided by sqrt(n).
# Percent change: 100 * mean(d) / mean(y); NA when mean(y) = 0.
# Responders at 30%: pain (lower is better) d <= -0.3 * y and d < 0; sleep quality d >= 0.3 * y
#   and d > 0. The strict part only matters at a baseline of 0, where 30% of nothing is nothing:
#   a pain baseline of 0 can never be a responder, a sleep-quality baseline of 0 is one when it
#   rises at all. Such pairs stay in the denominator. The 1e-9 slack is the one of ../paired.R.

source("common.R")
out <- new_arm_table()

dz_interval <- function(d) {
  n <- length(d)
  if (n < 2 || sd(d) == 0) return(c(NA_real_, NA_real_))
  tobs <- mean(d) / (sd(d) / sqrt(n))
  f <- function(ncp, target) suppressWarnings(pt(tobs, n - 1, ncp)) - target
  bound <- function(target) {
    uniroot(f, lower = tobs - 1, upper = tobs + 1, extendInt = "downX", target = target,
            tol = 1e-20, maxiter = 5000, check.conv = TRUE)$root
  }
  c(bound(0.975), bound(0.025)) / sqrt(n)
}

for (ds in ALL_DATASETS) {
  d <- read_arm_survey(ds)
  for (o in OUTCOMES) {
    pre_col <- paste0(o, "_pre"); post_col <- paste0(o, "_post")
    if (!(pre_col %in% names(d) && post_col %in% names(d))) next
    keep <- !is.na(d[[pre_col]]) & !is.na(d[[post_col]])
    if ("changed_mattress" %in% names(d)) keep <- keep & d$changed_mattress %in% "yes"
    y <- d[[pre_col]][keep]
    x <- d[[post_col]][keep]
    dd <- x - y
    n <- length(x)
    add <- function(key, value, call) out$add(ds, o, "", key, value, call)
    call_w <- "wilcox.test(x, y, paired = TRUE, conf.int = TRUE)"

    add("n", n, "length(x)")
    wt <- if (n >= 1 && any(dd != 0)) attempt(wilcox.test(x, y, paired = TRUE, conf.int = TRUE))
    add("hl_estimate", wt$estimate, paste0(call_w, "$estimate"))
    ci <- all_or_none(list(wt$conf.int[1], wt$conf.int[2], attr(wt$conf.int, "conf.level")))
    add("hl_ci_low", ci[[1]], paste0(call_w, "$conf.int[1]"))
    add("hl_ci_high", ci[[2]], paste0(call_w, "$conf.int[2]"))
    add("hl_conf_level", ci[[3]], paste0("attr(", call_w, "$conf.int, \"conf.level\")"))

    dz <- dz_interval(dd)
    dz_call <- "uniroot(function(ncp) pt(t, n - 1, ncp) - %s, ...)$root / sqrt(n)"
    add("dz_ci_low", dz[1], sprintf(dz_call, "0.975"))
    add("dz_ci_high", dz[2], sprintf(dz_call, "0.025"))

    add("percent_change", if (n >= 1 && mean(y) != 0) 100 * mean(dd) / mean(y),
        "100 * mean(x - y) / mean(y)")

    if (o == "sleep_quality") {
      hit <- dd >= 0.3 * y - 1e-9 & dd > 0
      rule <- "sum(x - y >= 0.3 * y - 1e-9 & x - y > 0)"
    } else {
      hit <- dd <= -0.3 * y + 1e-9 & dd < 0
      rule <- "sum(x - y <= -0.3 * y + 1e-9 & x - y < 0)"
    }
    k <- sum(hit)
    add("relative_responders", k, rule)
    add("zero_baselines", sum(y == 0), "sum(y == 0)")
    add("relative_responder_rate", if (n >= 1) k / n, "relative_responders / n")
    pt30 <- if (n >= 1) attempt(prop.test(k, n, correct = FALSE))
    add("relative_responder_ci_low", pt30$conf.int[1],
        "prop.test(relative_responders, n, correct = FALSE)$conf.int[1]")
    add("relative_responder_ci_high", pt30$conf.int[2],
        "prop.test(relative_responders, n, correct = FALSE)$conf.int[2]")
  }
}
out$write("paired-extra-expected.tsv", "paired-extra.R")
