# Reference values for the general least-squares fit (Java: LinearModel), beyond the ANCOVA of
# arms.R: multiple regression with a factor, a model without intercept, and a simple regression.
#
# Rerun (from this directory):  Rscript linear-model.R      -> linear-model-expected.tsv
#
# outcome holds the model name, group the coefficient (R's name; "" for the model as a whole).
# Rows with a missing value in any model variable are dropped (lm's na.omit). The Java test
# builds the same design matrix: intercept first, then the columns in formula order, a factor as
# treatment contrasts against its first level (sleep_position: side, back, stomach, combination).

source("common.R")
out <- new_arm_table()

MODELS <- list(
  list(dataset = "medium", name = "age_night_quality",
       formula = pain_morning_pre ~ mattress_age_years + pain_night_pre + sleep_quality_pre),
  list(dataset = "medium", name = "with_position",
       formula = pain_morning_pre ~ mattress_age_years + sleep_position + sleep_quality_pre),
  list(dataset = "medium", name = "no_intercept",
       formula = pain_morning_pre ~ 0 + mattress_age_years + sleep_quality_pre),
  list(dataset = "exact_small", name = "simple",
       formula = pain_morning_post ~ pain_morning_pre),
  list(dataset = "ties_zeros", name = "position_only",
       formula = sleep_quality_pre ~ sleep_position))

for (m in MODELS) {
  d <- read_arm_survey(m$dataset)
  d$sleep_position <- factor(d$sleep_position, levels = c("side", "back", "stomach", "combination"))
  fit <- lm(m$formula, data = d)
  stopifnot(!any(is.na(coef(fit))))
  s <- summary(fit)
  ci <- confint(fit)
  call <- paste0("lm(", deparse1(m$formula), ")")
  add <- function(group, key, value, r) out$add(m$dataset, m$name, group, key, value, r)
  for (term in rownames(s$coefficients)) {
    cf <- s$coefficients[term, ]
    sub <- sprintf("summary(%s)$coefficients[\"%s\", \"%%s\"]", call, term)
    add(term, "estimate", cf["Estimate"], sprintf(sub, "Estimate"))
    add(term, "se", cf["Std. Error"], sprintf(sub, "Std. Error"))
    add(term, "t", cf["t value"], sprintf(sub, "t value"))
    add(term, "p_t", cf["Pr(>|t|)"], sprintf(sub, "Pr(>|t|)"))
    add(term, "ci_low", ci[term, 1], sprintf("confint(%s)[\"%s\", 1]", call, term))
    add(term, "ci_high", ci[term, 2], sprintf("confint(%s)[\"%s\", 2]", call, term))
  }
  fs <- s$fstatistic
  add("", "n", nobs(fit), sprintf("nobs(%s)", call))
  add("", "residual_df", fit$df.residual, sprintf("%s$df.residual", call))
  add("", "sigma", s$sigma, sprintf("summary(%s)$sigma", call))
  add("", "r_squared", s$r.squared, sprintf("summary(%s)$r.squared", call))
  add("", "adj_r_squared", s$adj.r.squared, sprintf("summary(%s)$adj.r.squared", call))
  add("", "f", fs["value"], sprintf("summary(%s)$fstatistic[\"value\"]", call))
  add("", "f_df1", fs["numdf"], sprintf("summary(%s)$fstatistic[\"numdf\"]", call))
  add("", "f_df2", fs["dendf"], sprintf("summary(%s)$fstatistic[\"dendf\"]", call))
  add("", "p_f", pf(fs["value"], fs["numdf"], fs["dendf"], lower.tail = FALSE),
      sprintf("pf(f, f_df1, f_df2, lower.tail = FALSE) of %s", call))
}
out$write("linear-model-expected.tsv", "linear-model.R")
