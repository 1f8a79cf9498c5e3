# Reference values for changed against not changed (issue 3, item 2).
#
# Rerun (from this directory):  Rscript arms.R      -> arms-expected.tsv
#
# Per data set with a changed_mattress column and per outcome with _pre and _post: respondents
# with changed_mattress yes or no (not missing) and both values; change = post - pre;
# changed = factor(changed_mattress, levels = c("no", "yes")), so that the model coefficient
# "changedyes" is the difference yes - no.
#
# group "yes" / "no": n, mean_pre, mean_post, mean_change of the arm.
# ANCOVA: fit <- lm(post ~ pre + changed); adjusted difference, its SE, t, p from
#   summary(fit)$coefficients["changedyes", ], residual df fit$df.residual, 95% CI from
#   confint(fit)["changedyes", ], R^2 summary(fit)$r.squared.
#   NA for all of them when lm fails (an empty arm) or any coefficient is NA (a singular design:
#   R would drop the aliased column; sleepstat refuses to fit). NA for SE, t, p and CI, not for
#   the estimate, df and R^2, when there are no residual degrees of freedom or when R warns of an
#   "essentially perfect fit" (residual variance below 1e-30 * (mean(f)^2 + var(f)), f the
#   fitted values: the standard errors are rounding noise).
# Welch: t.test(change[changed == "yes"], change[changed == "no"]): estimate yes - no, t, df, p
#   and 95% CI of yes - no. R's formula interface t.test(change ~ changed) orders the groups by
#   factor level (no, yes) and so reports no - yes: the same t, CI and estimate with the sign
#   turned (checked below with stopifnot). NA when R refuses (an arm with fewer than 2 values,
#   or both arms constant: "data are essentially constant").

source("common.R")
out <- new_arm_table()

for (ds in ALL_DATASETS) {
  d <- read_arm_survey(ds)
  if (!("changed_mattress" %in% names(d))) next
  for (o in OUTCOMES) {
    pre_col <- paste0(o, "_pre"); post_col <- paste0(o, "_post")
    if (!(pre_col %in% names(d) && post_col %in% names(d))) next
    keep <- !is.na(d[[pre_col]]) & !is.na(d[[post_col]]) & d$changed_mattress %in% c("yes", "no")
    dat <- data.frame(pre = d[[pre_col]][keep], post = d[[post_col]][keep],
                      changed = factor(d$changed_mattress[keep], levels = c("no", "yes")))
    dat$change <- dat$post - dat$pre
    add <- function(group, key, value, call) out$add(ds, o, group, key, value, call)

    for (arm in c("yes", "no")) {
      a <- dat[dat$changed == arm, ]
      sel <- sprintf("[changed == \"%s\"]", arm)
      add(arm, "n", nrow(a), paste0("sum(changed == \"", arm, "\")"))
      add(arm, "mean_pre", if (nrow(a) >= 1) mean(a$pre), paste0("mean(pre", sel, ")"))
      add(arm, "mean_post", if (nrow(a) >= 1) mean(a$post), paste0("mean(post", sel, ")"))
      add(arm, "mean_change", if (nrow(a) >= 1) mean(a$change), paste0("mean(change", sel, ")"))
    }

    fit <- attempt(lm(post ~ pre + changed, data = dat))
    if (!is.null(fit) && any(is.na(coef(fit)))) fit <- NULL
    s <- if (!is.null(fit)) suppressWarnings(summary(fit))
    cf <- if (!is.null(fit)) s$coefficients["changedyes", ]
    ci <- if (!is.null(fit)) suppressWarnings(confint(fit)["changedyes", ])
    inference <- FALSE
    if (!is.null(fit) && fit$df.residual > 0) {
      f <- fitted(fit)
      resvar <- sum(residuals(fit)^2) / fit$df.residual
      inference <- !(resvar < (mean(f)^2 + var(f)) * 1e-30)
    }
    inf <- function(v) if (inference) v else NA_real_
    lm_call <- "lm(post ~ pre + changed)"
    add("", "ancova_difference", cf["Estimate"], paste0("coef(", lm_call, ")[\"changedyes\"]"))
    add("", "ancova_se", inf(cf["Std. Error"]),
        paste0("summary(", lm_call, ")$coefficients[\"changedyes\", \"Std. Error\"]"))
    add("", "ancova_t", inf(cf["t value"]),
        paste0("summary(", lm_call, ")$coefficients[\"changedyes\", \"t value\"]"))
    add("", "ancova_df", fit$df.residual, paste0(lm_call, "$df.residual"))
    add("", "p_ancova", inf(cf["Pr(>|t|)"]),
        paste0("summary(", lm_call, ")$coefficients[\"changedyes\", \"Pr(>|t|)\"]"))
    add("", "ancova_ci_low", inf(ci[1]), paste0("confint(", lm_call, ")[\"changedyes\", 1]"))
    add("", "ancova_ci_high", inf(ci[2]), paste0("confint(", lm_call, ")[\"changedyes\", 2]"))
    add("", "ancova_r_squared", s$r.squared, paste0("summary(", lm_call, ")$r.squared"))

    yes <- dat$change[dat$changed == "yes"]
    no <- dat$change[dat$changed == "no"]
    tt <- attempt(t.test(yes, no))
    if (!is.null(tt)) {
      tf <- t.test(change ~ changed, data = dat)
      stopifnot(all.equal(unname(tf$statistic), -unname(tt$statistic)),
                all.equal(unname(tf$conf.int[2:1]), -unname(tt$conf.int[1:2])),
                all.equal(unname(tf$p.value), unname(tt$p.value)))
    }
    w <- all_or_none(list(tt$estimate[1] - tt$estimate[2], tt$statistic, tt$parameter, tt$p.value,
                          tt$conf.int[1], tt$conf.int[2]))
    t_call <- "t.test(change[changed == \"yes\"], change[changed == \"no\"])"
    add("", "welch_difference", w[[1]], paste0("diff(rev(", t_call, "$estimate))"))
    add("", "welch_t", w[[2]], paste0(t_call, "$statistic"))
    add("", "welch_df", w[[3]], paste0(t_call, "$parameter"))
    add("", "p_welch", w[[4]], paste0(t_call, "$p.value"))
    add("", "welch_ci_low", w[[5]], paste0(t_call, "$conf.int[1]"))
    add("", "welch_ci_high", w[[6]], paste0(t_call, "$conf.int[2]"))
  }
}
out$write("arms-expected.tsv", "arms.R")
