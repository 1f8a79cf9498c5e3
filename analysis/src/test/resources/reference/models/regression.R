# Reference values for the regression of each baseline outcome on mattress age and covariates.
#
# Rerun (from this directory):  Rscript regression.R  -> regression-expected.tsv
#
# Per data set and baseline outcome (<outcome>_pre):
#   lm(y ~ mattress_age_years + sleep_position + mattress_firmness + age_years + bmi +
#      exercise_days_week)
# with the covariates the file has (absent ones are left out of the formula), on the respondents
# with the outcome and every present covariate (complete cases; "dropped_missing" counts those
# with the outcome but a missing covariate). sleep_position and mattress_firmness are factors in
# codebook order with treatment contrasts: factor(..., ordered = FALSE), because R would give the
# ordinal mattress_firmness polynomial contrasts if it were an ordered factor. lm drops the levels
# that no complete row has (its model frame uses drop.unused.levels = TRUE), so the reference level
# is the first level present. A factor with fewer than two levels among the complete rows is left
# out of the formula (lm would stop: "contrasts can be applied only to factors with 2 or more
# levels").
#
# Per coefficient (group = R's coefficient name, e.g. "sleep_positionback"): estimate, se, t, p_t
# from coef(summary(fit)), ci_low and ci_high from confint(fit). An aliased coefficient (NA in
# coef(fit), e.g. a constant covariate) is NA throughout; "coefficients" counts all of coef(fit).
# Model: n, dropped_missing, rank, residual_df, r_squared, adj_r_squared, sigma, f, f_df1, f_df2,
# p_f (pf(f, f_df1, f_df2, lower.tail = FALSE)); an intercept-only model has no F test.
# NA conventions beyond ../common.R's: with no complete rows everything is NA. With no residual
# degrees of freedom, an outcome of zero variance, or when summary.lm warns "essentially perfect
# fit" (residual variance zero up to rounding), the inference (se, t, p, CIs, sigma, F) is NA: R's
# values there are rounding noise (or NaN), not numbers to report. Estimates, R^2 and adjusted R^2
# stay as R gives them, except for an outcome of zero variance: there R's mss and rss are both
# rounding residues, so R^2 is NaN or noise (written NA), and the slopes are noise around 0
# (written as zapsmall(coef(fit)), the exact solution: intercept = the value, slopes 0).

source("helpers.R")
out <- table_writer("regression.R")
COVARIATES <- c("mattress_age_years", "sleep_position", "mattress_firmness", "age_years", "bmi",
                "exercise_days_week")

for (ds in DATASETS) {
  d <- as_factors(read_any(ds))
  for (o in OUTCOMES) {
    col <- paste0(o, "_pre")
    if (!(col %in% names(d))) next
    add <- function(group, key, value, call) out$add(ds, col, group, key, value, call)
    present <- intersect(COVARIATES, names(d))
    complete <- complete.cases(d[, c(col, present), drop = FALSE])
    n <- sum(complete)
    add("", "n", n, "nobs(fit)")
    add("", "dropped_missing", sum(!is.na(d[[col]]) & !complete),
        "sum(!is.na(y) & !complete.cases(d[, c(y, covariates)]))")
    if (n == 0) {
      for (k in c("rank", "residual_df", "r_squared", "adj_r_squared", "sigma", "f", "f_df1",
                  "f_df2", "p_f")) add("", k, NA, "no complete rows: lm has nothing to fit")
      add("", "coefficients", 0, "length(coef(fit))")
      next
    }
    cc <- d[complete, , drop = FALSE]
    used <- Filter(function(v) !is.factor(cc[[v]]) || length(unique(cc[[v]])) >= 2, present)
    formula <- reformulate(if (length(used) > 0) used else "1", response = col)
    fit <- lm(formula, data = cc)
    perfect <- FALSE
    s <- withCallingHandlers(summary(fit), warning = function(w) {
      if (grepl("essentially perfect fit", conditionMessage(w))) perfect <<- TRUE
      invokeRestart("muffleWarning")
    })
    rdf <- fit$df.residual
    constant <- n > 1 && var(cc[[col]]) == 0
    no_inference <- rdf == 0 || perfect || constant
    call <- paste0("lm(", deparse1(formula), ")")
    add("", "rank", fit$rank, paste0(call, "$rank"))
    add("", "residual_df", rdf, paste0(call, "$df.residual"))
    add("", "r_squared", if (!constant || fit$rank == 1) s$r.squared, paste0("summary(", call, ")$r.squared"))
    add("", "adj_r_squared", if (rdf > 0 && (!constant || fit$rank == 1)) s$adj.r.squared, paste0("summary(", call, ")$adj.r.squared"))
    add("", "sigma", if (!no_inference) s$sigma, paste0("summary(", call, ")$sigma"))
    fs <- if (!no_inference) s$fstatistic
    fv <- if (is.null(fs)) list(NA, NA, NA, NA) else
      all_or_none(list(fs[["value"]], fs[["numdf"]], fs[["dendf"]],
                       pf(fs[["value"]], fs[["numdf"]], fs[["dendf"]], lower.tail = FALSE)))
    add("", "f", fv[[1]], paste0("summary(", call, ")$fstatistic['value']"))
    add("", "f_df1", fv[[2]], paste0("summary(", call, ")$fstatistic['numdf']"))
    add("", "f_df2", fv[[3]], paste0("summary(", call, ")$fstatistic['dendf']"))
    add("", "p_f", fv[[4]], "pf(f, f_df1, f_df2, lower.tail = FALSE)")
    est <- if (constant) zapsmall(coef(fit)) else coef(fit)
    add("", "coefficients", length(est), paste0("length(coef(", call, "))"))
    ct <- coef(s)
    ci <- suppressWarnings(confint(fit))
    for (term in names(est)) {
      defined <- !is.na(est[[term]])
      inf <- defined && !no_inference
      add(term, "estimate", est[[term]], paste0(if (constant) "zapsmall(coef(" else "coef(", call,
          if (constant) "))['" else ")['", term, "']"))
      add(term, "se", if (inf) ct[term, 2], paste0("coef(summary(", call, "))['", term, "', 2]"))
      add(term, "t", if (inf) ct[term, 3], paste0("coef(summary(", call, "))['", term, "', 3]"))
      add(term, "p_t", if (inf) ct[term, 4], paste0("coef(summary(", call, "))['", term, "', 4]"))
      add(term, "ci_low", if (inf) ci[term, 1], paste0("confint(", call, ")['", term, "', 1]"))
      add(term, "ci_high", if (inf) ci[term, 2], paste0("confint(", call, ")['", term, "', 2]"))
    }
  }
}
out$write("regression-expected.tsv")
