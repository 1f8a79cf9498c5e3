# Reference values for the sensitivity analyses (issue 14, item 7): the paired analysis of the
# treated and the adjusted difference, over every respondent (main), without the respondents
# with any red flag answered yes, and for persistent pain only.
#
# Rerun (from this directory):  Rscript sensitivity.R
#   -> data/*.csv (the data sets, written here with write.csv, NA for missing) and
#      sensitivity-expected.tsv
#
# Subsets (group = main / without_red_flags / persistent_only):
#   without_red_flags: no rf_* column of the file answered "yes"; a respondent with a flag
#     missing (NA) and none "yes" stays in.
#   persistent_only: pain_duration_weeks > 6 (the built-in plan's persistent_after); a missing
#     duration is left out.
#   Rows with outcome "subset": respondents in it, left out, left out for a missing duration,
#   kept with a flag unanswered.
# Per subset and outcome:
#   paired, over changed_mattress == "yes" with both values: x = post, y = pre;
#     t.test(x, y, paired = TRUE): n, mean change, CI, t, df, p; wilcox.test(x, y, paired = TRUE)
#     p (R's defaults: exact below 50 non-zero differences without ties, else the normal
#     approximation with continuity correction); responders: change <= -2 (sleep_quality >= 2).
#   adjusted, over the complete cases of post, pre, changed_mattress and the built-in plan's
#     covariates the file has (mattress_age_years, sleep_position, mattress_firmness, age_years,
#     bmi, exercise_days_week): fit <- lm(post ~ pre + changed_mattress + covariates), factors
#     with the codebook's levels (unused ones dropped by lm; a factor left with one level is
#     taken out of the formula, where lm would stop); coef(summary(fit))["changed_mattressyes", ],
#     fit$df.residual, confint(fit)["changed_mattressyes", ].
# Data: sensitivity_main has red flags with missing answers, missing durations, a duration of
# exactly 6 weeks, missing covariates, a sleep position of one respondent (stomach) and an empty
# one (combination); sensitivity_no_exercise lacks the exercise_days_week column (a plan
# covariate) and three of the five red-flag columns.

source("../common.R") # fmt, attempt, OUTCOMES, POSITIONS

FIRMNESS <- c("soft", "medium", "medium_firm", "firm")
COVARIATES <- c("mattress_age_years", "sleep_position", "mattress_firmness", "age_years", "bmi",
                "exercise_days_week")

set.seed(1407)
n <- 64
changed <- c(rep("yes", 40), rep("no", 22), NA, NA)
pre <- round(runif(n, 2, 9), 1)
d <- data.frame(
  respondent_id = sprintf("S%03d", seq_len(n)),
  age_years = sample(25:75, n, replace = TRUE),
  bmi = round(rnorm(n, 27, 4), 1),
  sleep_position = c("stomach", sample(c("side", "back"), n - 1, replace = TRUE)),
  mattress_age_years = round(runif(n, 1, 15), 1),
  mattress_firmness = sample(FIRMNESS, n, replace = TRUE),
  exercise_days_week = sample(0:7, n, replace = TRUE),
  changed_mattress = changed,
  pain_morning_pre = pre,
  pain_morning_post = pmin(10, pmax(0, round(pre - ifelse(changed %in% "yes", 1.5, 0.3) +
                                               rnorm(n, 0, 1.3), 1))),
  pain_night_pre = round(runif(n, 1, 8), 1),
  pain_night_post = round(runif(n, 0, 7), 1),
  sleep_quality_pre = round(runif(n, 2, 7), 1),
  sleep_quality_post = round(runif(n, 3, 9), 1),
  pain_duration_weeks = sample(c(2, 4, 6, 8, 12, 26, 52, 104), n, replace = TRUE),
  rf_leg_numbness = sample(c("no", "yes"), n, replace = TRUE, prob = c(0.85, 0.15)),
  rf_weight_loss_fever = "no",
  rf_bladder_bowel = "no",
  rf_after_injury = sample(c("no", "yes"), n, replace = TRUE, prob = c(0.9, 0.1)),
  rf_worsening = "no",
  stringsAsFactors = FALSE)
d$pain_duration_weeks[c(5, 9, 33, 50)] <- NA
d$pain_duration_weeks[c(2, 3)] <- 6
d$rf_worsening[c(4, 7, 11)] <- NA          # unanswered, no other flag yes: stays in
d$rf_leg_numbness[c(4, 7)] <- "no"; d$rf_after_injury[c(4, 7)] <- "no"
d$rf_weight_loss_fever[12] <- "yes"
d$rf_bladder_bowel[13] <- NA
d$bmi[c(6, 20)] <- NA
d$mattress_age_years[c(15)] <- NA
d$mattress_firmness[c(16, 40)] <- NA
d$pain_night_post[c(3, 44)] <- NA
write.csv(d, "data/sensitivity_main.csv", row.names = FALSE)

e <- d[, setdiff(names(d), c("exercise_days_week", "rf_weight_loss_fever", "rf_bladder_bowel",
                             "rf_worsening"))]
write.csv(e, "data/sensitivity_no_exercise.csv", row.names = FALSE)

out <- new_table()
for (ds in c("sensitivity_main", "sensitivity_no_exercise")) {
  d <- read.csv(file.path("data", paste0(ds, ".csv")), stringsAsFactors = FALSE,
                colClasses = c(respondent_id = "character"))
  rf <- grep("^rf_", names(d), value = TRUE)
  flagged <- apply(d[rf] == "yes", 1, function(r) any(r, na.rm = TRUE))
  unanswered <- !flagged & apply(is.na(d[rf]), 1, any)
  persistent <- !is.na(d$pain_duration_weeks) & d$pain_duration_weeks > 6
  subsets <- list(main = rep(TRUE, nrow(d)), without_red_flags = !flagged,
                  persistent_only = persistent)
  out$add(ds, "subset", "without_red_flags", "respondents", sum(!flagged), "sum(!any(rf == \"yes\"))")
  out$add(ds, "subset", "without_red_flags", "left_out", sum(flagged), "sum(any(rf == \"yes\"))")
  out$add(ds, "subset", "without_red_flags", "kept_with_missing", sum(unanswered),
          "sum(!any(rf == \"yes\") & any(is.na(rf)))")
  out$add(ds, "subset", "persistent_only", "respondents", sum(persistent), "sum(duration > 6)")
  out$add(ds, "subset", "persistent_only", "left_out", sum(!persistent), "sum(!(duration > 6) | is.na(duration))")
  out$add(ds, "subset", "persistent_only", "left_out_missing", sum(is.na(d$pain_duration_weeks)),
          "sum(is.na(duration))")
  covariates <- intersect(COVARIATES, names(d))
  for (s in names(subsets)) {
    ds_s <- d[subsets[[s]], ]
    for (o in OUTCOMES) {
      add <- function(key, value, call) out$add(ds, o, s, key, value, call)
      pre <- ds_s[[paste0(o, "_pre")]]; post <- ds_s[[paste0(o, "_post")]]
      keep <- ds_s$changed_mattress %in% "yes" & !is.na(pre) & !is.na(post)
      x <- post[keep]; y <- pre[keep]; ch <- x - y
      tt <- if (length(x) >= 2) attempt(t.test(x, y, paired = TRUE))
      wt <- if (any(ch != 0)) attempt(wilcox.test(x, y, paired = TRUE))
      add("n", length(x), "length(x)")
      add("mean_change", if (length(x) >= 1) mean(ch), "t.test(x, y, paired = TRUE)$estimate")
      add("ci_low", tt$conf.int[1], "t.test(x, y, paired = TRUE)$conf.int[1]")
      add("ci_high", tt$conf.int[2], "t.test(x, y, paired = TRUE)$conf.int[2]")
      add("t", tt$statistic, "t.test(x, y, paired = TRUE)$statistic")
      add("df", tt$parameter, "t.test(x, y, paired = TRUE)$parameter")
      add("p_t", tt$p.value, "t.test(x, y, paired = TRUE)$p.value")
      add("p_wilcoxon", wt$p.value, "wilcox.test(x, y, paired = TRUE)$p.value")
      r <- if (o == "sleep_quality") sum(ch >= 2 - 1e-9) else sum(ch <= -2 + 1e-9)
      add("responders", r, "sum(change <= -2) (sleep_quality: >= 2)")

      a <- data.frame(post = post, pre = pre,
                      changed_mattress = factor(ds_s$changed_mattress, levels = c("no", "yes")))
      for (v in covariates) a[[v]] <- ds_s[[v]]
      if ("sleep_position" %in% covariates) a$sleep_position <- factor(a$sleep_position, levels = POSITIONS)
      if ("mattress_firmness" %in% covariates) a$mattress_firmness <- factor(a$mattress_firmness, levels = FIRMNESS)
      a <- a[complete.cases(a), ]
      terms <- c("pre", "changed_mattress", covariates)
      # lm stops on a factor with one level among the complete cases; sleepstat takes it out
      one <- vapply(terms, function(v) is.factor(a[[v]]) && length(unique(a[[v]])) < 2, TRUE)
      f <- as.formula(paste("post ~", paste(terms[!one | terms == "changed_mattress"], collapse = " + ")))
      fit <- if (nrow(a) > 0 && !one[["changed_mattress"]]) lm(f, data = a)
      cf <- if (!is.null(fit)) coef(summary(fit))
      has <- !is.null(fit) && "changed_mattressyes" %in% rownames(cf)
      ci <- if (has) confint(fit)["changed_mattressyes", ] else c(NA, NA)
      call <- paste0("lm(", deparse(f, width.cutoff = 500), ")")
      add("adjusted_n", nrow(a), paste0("nobs(", call, ")"))
      add("adjusted_estimate", if (has) cf["changed_mattressyes", 1], paste0("coef(summary(", call, "))[\"changed_mattressyes\", 1]"))
      add("adjusted_se", if (has) cf["changed_mattressyes", 2], "...[\"changed_mattressyes\", 2]")
      add("adjusted_t", if (has) cf["changed_mattressyes", 3], "...[\"changed_mattressyes\", 3]")
      add("p_adjusted", if (has) cf["changed_mattressyes", 4], "...[\"changed_mattressyes\", 4]")
      add("adjusted_df", if (!is.null(fit)) fit$df.residual, "fit$df.residual")
      add("adjusted_ci_low", ci[[1]], "confint(fit)[\"changed_mattressyes\", 1]")
      add("adjusted_ci_high", ci[[2]], "confint(fit)[\"changed_mattressyes\", 2]")
    }
  }
}
out$write("sensitivity-expected.tsv", "sensitivity.R")
