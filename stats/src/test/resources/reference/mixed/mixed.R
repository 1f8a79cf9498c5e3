# Reference values for org.sleepstat.stats.mixed (Java: RandomInterceptModel, WaveGroupDesign):
# a linear mixed model with a random intercept per respondent, fitted by REML with lme4 1.1,
# Satterthwaite t and type III F tests of lmerTest 3.1, model means and contrasts of emmeans 1.8.
#
# Rerun (from this directory):  Rscript mixed.R  -> data/<dataset>.csv, mixed-expected.tsv
#
# Each data set is written first (long format: id, wave, group, y; y with two decimals, so the
# CSV holds the exact values) and then read back, so R fits what Java reads. Waves are ordered
# as `waves` lists them; group "no" is the reference level.
# Table layout as the other reference tables (tab-separated, one statistic a row):
#   dataset  outcome  group  key  expected  r_call
# outcome names the table (fit, fixed, vcov, anova, L, emmeans, between, within, hessian);
# group the coefficient, term or cell. hessian holds lmerTest's vcov_varpar = 2 H^+ from
# numDeriv's numerical Hessian, for the record.
suppressPackageStartupMessages({
  library(lme4); library(lmerTest); library(emmeans)
})
emm_options(lmer.df = "satterthwaite", lmerTest.limit = Inf, pbkrtest.limit = 0)
fmt <- function(v) {
  if (is.null(v) || length(v) != 1 || !is.finite(v)) "NA" else sprintf("%.17g", unname(v))
}
set.seed(15)
waves4 <- c("baseline", "week 2", "week 4", "week 12")

simulate <- function(n_no, n_yes, waves, sd_id = 1.2, sd_e = 1, keep = NULL) {
  k <- length(waves)
  ids <- seq_len(n_no + n_yes)
  group <- rep(c("no", "yes"), c(n_no, n_yes))
  b <- rnorm(length(ids), 0, sd_id)
  d <- expand.grid(w = seq_len(k), id = ids)
  d$group <- group[d$id]
  effect <- 5 - 0.3 * (d$w - 1) - ifelse(d$group == "yes", 0.4 * (d$w - 1), 0)
  d$y <- round(effect + b[d$id] + rnorm(nrow(d), 0, sd_e), 2)
  d$wave <- waves[d$w]
  if (!is.null(keep)) d <- d[keep(d), ]
  d[, c("id", "wave", "group", "y")]
}

data <- list()
data$balanced <- simulate(15, 15, waves4)
data$unbalanced <- simulate(12, 25, waves4)
# monotone dropout: after wave 2, each respondent leaves with probability 0.3 per wave
drop_at <- sample(c(2, 3, 4, 5), 40, replace = TRUE, prob = c(0.15, 0.2, 0.2, 0.45))
data$dropout <- simulate(18, 22, waves4, keep = function(d) d$w < drop_at[d$id])
data$intermittent <- simulate(20, 20, waves4,
  keep = function(d) d$w == 1 | runif(nrow(d)) > 0.25)
single <- simulate(0, 25, waves4, keep = function(d) runif(nrow(d)) > 0.15)
single$group <- "all"
data$single <- single
# respondents 1 and 40 have only one observation (2 at baseline, 40 in week 12)
data$one_observation <- simulate(20, 20, waves4,
  keep = function(d) !(d$id == 1 & d$w > 1) & !(d$id == 40 & d$w < 4))
# boundary: each respondent's noise centred at zero, so their means vary less than the noise
# allows and the REML estimate of the respondent variance is 0 (isSingular TRUE)
boundary <- simulate(10, 10, waves4, sd_id = 0)
noise <- boundary$y - ave(boundary$y, boundary$id)
wave_no <- match(boundary$wave, waves4)
boundary$y <- round(5 - 0.3 * (wave_no - 1) + ifelse(boundary$group == "yes", 0.2, 0) + noise, 2)
data$boundary <- boundary
data$three_waves <- simulate(14, 16, c("pre", "week 2", "post"),
  keep = function(d) runif(nrow(d)) > 0.1)
data$six_waves <- simulate(13, 17, c("baseline", "week 1", "week 2", "week 4", "week 8",
  "week 12"), keep = function(d) d$w == 1 | runif(nrow(d)) > 0.2)
wave_levels <- list(three_waves = c("pre", "week 2", "post"),
  six_waves = c("baseline", "week 1", "week 2", "week 4", "week 8", "week 12"))

rows <- character(0)
add <- function(dataset, table, what, key, value, call) {
  rows <<- c(rows, paste(dataset, table, what, key, fmt(value), call, sep = "\t"))
}
control <- lmerControl(optCtrl = list(xtol_abs = 1e-14, ftol_abs = 1e-14, xtol_rel = 0,
                                      ftol_rel = 1e-15, maxeval = 1e5))
for (name in names(data)) {
  file <- file.path("data", paste0(name, ".csv"))
  write.csv(data[[name]], file, row.names = FALSE, quote = FALSE)
  d <- read.csv(file)
  levels <- if (is.null(wave_levels[[name]])) waves4 else wave_levels[[name]]
  d$wave <- factor(d$wave, levels = levels)
  single_group <- length(unique(d$group)) == 1
  if (single_group) {
    formula <- y ~ wave + (1 | id)
    call <- "lmer(y ~ wave + (1 | id))"
  } else {
    d$group <- factor(d$group, levels = c("no", "yes"))
    formula <- y ~ wave * group + (1 | id)
    call <- "lmer(y ~ wave * group + (1 | id))"
  }
  fit <- lmerTest::lmer(formula, data = d, REML = TRUE, control = control)
  add(name, "fit", "", "theta", getME(fit, "theta"), paste0(call, "; getME(fit, \"theta\")"))
  add(name, "fit", "", "sigma", sigma(fit), "sigma(fit)")
  add(name, "fit", "", "sd_respondent", as.data.frame(VarCorr(fit))$sdcor[1],
      "as.data.frame(VarCorr(fit))$sdcor[1]")
  add(name, "fit", "", "reml_criterion", REMLcrit(fit), "REMLcrit(fit)")
  add(name, "fit", "", "singular", as.numeric(isSingular(fit)), "isSingular(fit)")
  add(name, "fit", "", "n_observations", nobs(fit), "nobs(fit)")
  add(name, "fit", "", "n_respondents", ngrps(fit)[["id"]], "ngrps(fit)")
  co <- summary(fit)$coefficients
  for (term in rownames(co)) {
    add(name, "fixed", term, "estimate", co[term, "Estimate"], "summary(fit)$coefficients")
    add(name, "fixed", term, "se", co[term, "Std. Error"], "summary(fit)$coefficients")
    add(name, "fixed", term, "df", co[term, "df"], "summary(fit)$coefficients")
    add(name, "fixed", term, "t", co[term, "t value"], "summary(fit)$coefficients")
    add(name, "fixed", term, "p_value", co[term, "Pr(>|t|)"], "summary(fit)$coefficients")
  }
  v <- as.matrix(vcov(fit))
  for (i in rownames(v)) for (j in colnames(v)) {
    add(name, "vcov", paste0(i, "|", j), "value", v[i, j], "vcov(fit)")
  }
  vp <- fit@vcov_varpar
  for (i in 1:2) for (j in 1:2) {
    add(name, "hessian", paste0(i, "|", j), "vcov_varpar", vp[i, j], "fit@vcov_varpar")
  }
  a <- anova(fit, type = 3, ddf = "Satterthwaite")
  for (term in rownames(a)) {
    acall <- "anova(fit, type = 3, ddf = \"Satterthwaite\")"
    add(name, "anova", term, "f", a[term, "F value"], acall)
    add(name, "anova", term, "df1", a[term, "NumDF"], acall)
    add(name, "anova", term, "df2", a[term, "DenDF"], acall)
    add(name, "anova", term, "p_value", a[term, "Pr(>F)"], acall)
  }
  tests <- show_tests(a, fractions = FALSE)
  for (term in names(tests)) {
    L <- tests[[term]]
    for (r in seq_len(nrow(L))) for (c in colnames(L)) {
      add(name, "L", paste0(term, "|", r, "|", c), "value", L[r, c], "show_tests(anova(fit))")
    }
  }
  ci_call <- function(x) paste0(x, "; summary(., infer = TRUE)")
  if (single_group) {
    em <- emmeans(fit, ~ wave)
  } else {
    em <- emmeans(fit, ~ group | wave)
  }
  s <- summary(em, infer = TRUE)
  for (r in seq_len(nrow(s))) {
    cell <- paste0(s$wave[r], "|", if (single_group) "" else s$group[r])
    ec <- ci_call(if (single_group) "emmeans(fit, ~ wave)" else "emmeans(fit, ~ group | wave)")
    add(name, "emmeans", cell, "emmean", s$emmean[r], ec)
    add(name, "emmeans", cell, "se", s$SE[r], ec)
    add(name, "emmeans", cell, "df", s$df[r], ec)
    add(name, "emmeans", cell, "ci_low", s$lower.CL[r], ec)
    add(name, "emmeans", cell, "ci_high", s$upper.CL[r], ec)
  }
  put_contrasts <- function(table, s, what, call) {
    for (r in seq_len(nrow(s))) {
      add(name, table, what(s, r), "estimate", s$estimate[r], call)
      add(name, table, what(s, r), "se", s$SE[r], call)
      add(name, table, what(s, r), "df", s$df[r], call)
      add(name, table, what(s, r), "t", s$t.ratio[r], call)
      add(name, table, what(s, r), "p_value", s$p.value[r], call)
      add(name, table, what(s, r), "ci_low", s$lower.CL[r], call)
      add(name, table, what(s, r), "ci_high", s$upper.CL[r], call)
    }
  }
  if (!single_group) {
    between <- summary(contrast(em, "revpairwise"), infer = TRUE)
    put_contrasts("between", between, function(s, r) paste0(s$wave[r], "|yes - no"),
      ci_call("contrast(emmeans(fit, ~ group | wave), \"revpairwise\")"))
    within <- summary(contrast(emmeans(fit, ~ wave | group), "trt.vs.ctrl", ref = 1,
      adjust = "none"), infer = TRUE)
    put_contrasts("within", within, function(s, r) paste0(s$group[r], "|", s$contrast[r]),
      ci_call("contrast(emmeans(fit, ~ wave | group), \"trt.vs.ctrl\", ref = 1, adjust = \"none\")"))
  } else {
    within <- summary(contrast(em, "trt.vs.ctrl", ref = 1, adjust = "none"), infer = TRUE)
    put_contrasts("within", within, function(s, r) paste0("|", s$contrast[r]),
      ci_call("contrast(emmeans(fit, ~ wave), \"trt.vs.ctrl\", ref = 1, adjust = \"none\")"))
  }
}
writeLines(c(paste0("# Expected values produced by `cd stats/src/test/resources/reference/mixed",
                    " && Rscript mixed.R` (", R.version.string, ", lme4 ", packageVersion("lme4"),
                    ", lmerTest ", packageVersion("lmerTest"), ", emmeans ",
                    packageVersion("emmeans"), "). Do not edit by hand."),
             paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"), rows),
           "mixed-expected.tsv")
