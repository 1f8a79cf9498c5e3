# Reference values for the subgroup analyses (issue 14, item 2; docs/analysis-json.md, subgroups)
# and for the adjusted difference (item 1) on the same data.
#
# Rerun (from this directory):  Rscript subgroups.R
#   -> data/subgroups.csv (written here with write.csv, NA for missing) and
#      subgroups-expected.tsv (dataset, outcome, group, key, expected, r_call; ../common.R's
#      conventions: %.17g, NA where R gives NA, NaN, Inf or stops with an error)
#
# The data (seeded, realistic 0-10 scores) has, on purpose:
#   - sex "other" (a codebook level) with no respondent: left out of every fit;
#   - sex "unknown" with a single respondent: a level of one (no estimate);
#   - sleep_position "stomach" with treated respondents only: changed_mattress has one level
#     within it (lm stops: no estimate), and its interaction column is aliased in the full model;
#   - missing values in pre, post, the group, the subgroup (sex) and a covariate (bmi);
#   - no exercise_days_week column although the built-in plan names it as a covariate.
#
# Subgroups, per outcome with _pre and _post, over respondents with pre, post, changed_mattress
# and the subgroup value:
#   per level (codebook order, levels with respondents): n, n_treated and
#     fit <- lm(post ~ pre + changed_mattress, subset = sub == level):
#     summary(fit)$coefficients["changed_mattressyes", ], fit$df.residual, confint(fit);
#     all NA when lm stops, the coefficient is NA (aliased) or fit$df.residual == 0.
#   interaction: anova(lm(post ~ pre + changed_mattress + sub),
#                      lm(post ~ pre + changed_mattress * sub))[2, c("F", "Df", "Pr(>F)")],
#     interaction_df2 = the full model's df.residual; NA when Df is 0 or lm stops.
#   baseline_band: cut(pre, c(0, 4, 7, Inf), right = FALSE, labels = c("low", "middle", "high"));
#     "plan_bands/" rows: pain_morning with plan bands [0, 5] (levels "[0,5)", "[5,Inf)").
# adjusted (group "adjusted"): lm(post ~ pre + changed_mattress + mattress_age_years +
#   sleep_position + mattress_firmness + age_years + bmi) (exercise_days_week has no column),
#   complete cases, the changed_mattressyes row.

source("../common.R")

set.seed(20261207)
n <- 150
position <- sample(c("side", "back", "combination"), n, replace = TRUE, prob = c(0.5, 0.3, 0.2))
position[sample(n, 7)] <- "stomach"
changed <- ifelse(runif(n) < 0.55, "yes", "no")
changed[position == "stomach"] <- "yes"
sex <- sample(c("female", "male"), n, replace = TRUE)
sex[which(position != "stomach")[3]] <- "unknown"
sex[sample(which(position != "stomach" & sex != "unknown"), 5)] <- NA
age <- round(pmin(85, pmax(18, rnorm(n, 47, 13))))
bmi <- round(pmin(45, pmax(17, rnorm(n, 26.5, 4.2))), 1)
bmi[sample(n, 6)] <- NA
mattress_age <- round(pmax(0.5, rgamma(n, shape = 4, rate = 0.5)), 1)
firmness <- sample(c("soft", "medium", "medium_firm", "firm"), n, replace = TRUE,
                   prob = c(0.2, 0.35, 0.3, 0.15))
clip <- function(x) pmin(10, pmax(0, round(x)))
score <- function(mean, sd) clip(rnorm(n, mean, sd))
effect <- ifelse(changed == "yes", 1, 0) *
  ifelse(position == "side", 2.2, ifelse(position == "back", 1.4, 1.8))
pm_pre <- score(5.6, 2.1)
pm_post <- clip(0.6 * pm_pre + 1.8 - effect + rnorm(n, 0, 1.3))
pn_pre <- score(4.8, 2.3)
pn_post <- clip(0.55 * pn_pre + 1.9 - 0.8 * effect + rnorm(n, 0, 1.4))
sq_pre <- score(4.9, 1.9)
sq_post <- clip(0.5 * sq_pre + 2.6 + 0.7 * effect + rnorm(n, 0, 1.2))
pm_pre[sample(n, 4)] <- NA
pm_post[sample(n, 5)] <- NA
pn_post[sample(n, 3)] <- NA
changed[sample(which(position != "stomach"), 3)] <- NA

survey <- data.frame(respondent_id = sprintf("R%03d", seq_len(n)), sex = sex, age_years = age,
                     bmi = bmi, sleep_position = position, mattress_age_years = mattress_age,
                     mattress_firmness = firmness, changed_mattress = changed,
                     pain_morning_pre = pm_pre, pain_morning_post = pm_post,
                     pain_night_pre = pn_pre, pain_night_post = pn_post,
                     sleep_quality_pre = sq_pre, sleep_quality_post = sq_post)
write.csv(survey, "data/subgroups.csv", row.names = FALSE)

# From here on, only what was written is used.
d <- read.csv("data/subgroups.csv", stringsAsFactors = FALSE,
              colClasses = c(respondent_id = "character"))
LEVELS <- list(sleep_position = c("side", "back", "stomach", "combination"),
               sex = c("female", "male", "other", "unknown"))
stopifnot(!any(d$sex %in% "other"), sum(d$sex %in% "unknown") == 1,
          all(d$changed_mattress[d$sleep_position == "stomach"] == "yes"))
out <- new_table()
DS <- "subgroups"
COEF <- "changed_mattressyes"

subgroup_rows <- function(o, name, sub, prefix = "") {
  a <- data.frame(post = d[[paste0(o, "_post")]], pre = d[[paste0(o, "_pre")]],
                  changed_mattress = factor(d$changed_mattress, levels = c("no", "yes")),
                  sub = sub)
  a <- a[complete.cases(a), ]
  a$sub <- droplevels(a$sub)
  g <- paste0(prefix, name)
  for (lv in levels(a$sub)) {
    s <- a$sub == lv
    gl <- paste0(g, "/", lv)
    out$add(DS, o, gl, "n", sum(s), "sum(sub == level)")
    out$add(DS, o, gl, "n_treated", sum(s & a$changed_mattress == "yes"),
            "sum(sub == level & changed_mattress == \"yes\")")
    fit <- attempt(lm(post ~ pre + changed_mattress, data = a, subset = sub == lv))
    ok <- !is.null(fit) && COEF %in% names(coef(fit)) && !is.na(coef(fit)[[COEF]]) &&
      fit$df.residual > 0
    call <- "lm(post ~ pre + changed_mattress, subset = sub == level)"
    if (ok) {
      cf <- summary(fit)$coefficients[COEF, ]
      ci <- confint(fit)[COEF, ]
      v <- list(cf[["Estimate"]], cf[["Std. Error"]], fit$df.residual, cf[["Pr(>|t|)"]],
                ci[[1]], ci[[2]])
    } else {
      v <- as.list(rep(NA_real_, 6))
    }
    out$add(DS, o, gl, "estimate", v[[1]], paste0("coef(summary(", call, "))[\"", COEF, "\", 1]"))
    out$add(DS, o, gl, "se", v[[2]], paste0("coef(summary(", call, "))[\"", COEF, "\", 2]"))
    out$add(DS, o, gl, "df", v[[3]], paste0(call, "$df.residual"))
    out$add(DS, o, gl, "p", v[[4]], paste0("coef(summary(", call, "))[\"", COEF, "\", 4]"))
    out$add(DS, o, gl, "ci_low", v[[5]], paste0("confint(", call, ")[\"", COEF, "\", 1]"))
    out$add(DS, o, gl, "ci_high", v[[6]], paste0("confint(", call, ")[\"", COEF, "\", 2]"))
  }
  reduced <- attempt(lm(post ~ pre + changed_mattress + sub, data = a))
  full <- attempt(lm(post ~ pre + changed_mattress * sub, data = a))
  v <- as.list(rep(NA_real_, 4))
  if (!is.null(reduced) && !is.null(full)) {
    t <- anova(reduced, full)
    if (!is.na(t$Df[2]) && t$Df[2] > 0 && full$df.residual > 0) {
      v <- all_or_none(list(t$F[2], t$Df[2], full$df.residual, t[["Pr(>F)"]][2]))
    }
  }
  call <- "anova(lm(post ~ pre + changed_mattress + sub), lm(post ~ pre + changed_mattress * sub))"
  out$add(DS, o, g, "interaction_f", v[[1]], paste0(call, "$F[2]"))
  out$add(DS, o, g, "interaction_df1", v[[2]], paste0(call, "$Df[2]"))
  out$add(DS, o, g, "interaction_df2", v[[3]], paste0(call, "$Res.Df[2]"))
  out$add(DS, o, g, "p_interaction", v[[4]], paste0(call, "$\"Pr(>F)\"[2]"))
}

for (o in OUTCOMES) {
  for (s in c("sleep_position", "sex")) {
    subgroup_rows(o, s, factor(d[[s]], levels = LEVELS[[s]]))
  }
  subgroup_rows(o, "baseline_band", cut(d[[paste0(o, "_pre")]], c(0, 4, 7, Inf), right = FALSE,
                                        labels = c("low", "middle", "high")))
}
subgroup_rows("pain_morning", "baseline_band",
              cut(d$pain_morning_pre, c(0, 5, Inf), right = FALSE), prefix = "plan_bands/")

for (o in OUTCOMES) {
  a <- data.frame(post = d[[paste0(o, "_post")]], pre = d[[paste0(o, "_pre")]],
                  changed_mattress = factor(d$changed_mattress, levels = c("no", "yes")),
                  mattress_age_years = d$mattress_age_years,
                  sleep_position = factor(d$sleep_position, levels = LEVELS$sleep_position),
                  mattress_firmness = factor(d$mattress_firmness,
                                             levels = c("soft", "medium", "medium_firm", "firm")),
                  age_years = d$age_years, bmi = d$bmi)
  call <- paste0("lm(post ~ pre + changed_mattress + mattress_age_years + sleep_position + ",
                 "mattress_firmness + age_years + bmi)")
  fit <- lm(post ~ pre + changed_mattress + mattress_age_years + sleep_position +
              mattress_firmness + age_years + bmi, data = a)
  cf <- summary(fit)$coefficients[COEF, ]
  ci <- confint(fit)[COEF, ]
  out$add(DS, o, "adjusted", "n", nobs(fit), paste0("nobs(", call, ")"))
  out$add(DS, o, "adjusted", "estimate", cf[["Estimate"]],
          paste0("coef(summary(", call, "))[\"", COEF, "\", 1]"))
  out$add(DS, o, "adjusted", "se", cf[["Std. Error"]], "... [\"changed_mattressyes\", 2]")
  out$add(DS, o, "adjusted", "t", cf[["t value"]], "... [\"changed_mattressyes\", 3]")
  out$add(DS, o, "adjusted", "p", cf[["Pr(>|t|)"]], "... [\"changed_mattressyes\", 4]")
  out$add(DS, o, "adjusted", "df", fit$df.residual, paste0(call, "$df.residual"))
  out$add(DS, o, "adjusted", "ci_low", ci[[1]], paste0("confint(", call, ")[\"", COEF, "\", 1]"))
  out$add(DS, o, "adjusted", "ci_high", ci[[2]], paste0("confint(", call, ")[\"", COEF, "\", 2]"))
}

out$write("subgroups-expected.tsv", "subgroups.R")
