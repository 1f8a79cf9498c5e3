# Reference values for `sleepstat analyze --json` on the bundled sample survey, computed in R from
# the raw CSV with R's own reading, validation and normalisation (independent of sleepstat's
# import), so that the whole chain is checked: import, statistics and JSON.
#
# Rerun from the repository root:
#   Rscript cli/src/test/resources/reference/sample-analysis.R
# -> cli/src/test/resources/reference/sample-analysis-expected.tsv
# Columns: pointer (section/outcome[/group]/key into the JSON document), expected (%.17g), r_call.

file <- "data/src/main/resources/org/sleepstat/data/sample-survey.csv"
NA_TOKENS <- c("", "NA", "N/A", "n/a", ".", "NaN")

raw <- read.csv(file, colClasses = "character", na.strings = NA_TOKENS, fill = TRUE,
                strip.white = TRUE, check.names = FALSE)
# Rows whose field count differs from the header's are rejected (count.fields: one per record).
fields <- count.fields(file, sep = ",", quote = "\"", blank.lines.skip = TRUE)
ok <- fields[-1] == fields[1]

key <- function(v) gsub("[ _-]+", "_", tolower(trimws(v)))
POSITION <- c(side = "side", lateral = "side", left_side = "side", right_side = "side",
              side_sleeper = "side", on_my_side = "side", back = "back", supine = "back",
              back_sleeper = "back", on_my_back = "back", stomach = "stomach", prone = "stomach",
              front = "stomach", belly = "stomach", stomach_sleeper = "stomach",
              combination = "combination", combo = "combination", mixed = "combination",
              varies = "combination", it_varies = "combination", changes = "combination",
              multiple = "combination")
BOOL <- c(yes = "yes", y = "yes", true = "yes", t = "yes", "1" = "yes", checked = "yes",
          no = "no", n = "no", false = "no", f = "no", "0" = "no", unchecked = "no")
LEVELS <- list(sex = c("female", "male", "other", "unknown"),
               mattress_firmness = c("soft", "medium", "medium_firm", "firm"),
               mattress_type = c("innerspring", "memory_foam", "latex", "hybrid", "air",
                                 "water", "other"))
RANGES <- list(age_years = c(16, 110), bmi = c(12, 80), mattress_age_years = c(0, 40),
               exercise_days_week = c(0, 7), weeks_since_change = c(0, 520),
               pain_morning_pre = c(0, 10), pain_morning_post = c(0, 10),
               pain_night_pre = c(0, 10), pain_night_post = c(0, 10),
               sleep_quality_pre = c(0, 10), sleep_quality_post = c(0, 10),
               pain_duration_weeks = c(0, 2600))
d <- raw
for (v in names(RANGES)) {
  x <- suppressWarnings(as.numeric(raw[[v]]))
  bad <- (!is.na(raw[[v]]) & is.na(x)) | (!is.na(x) & (x < RANGES[[v]][1] | x > RANGES[[v]][2]))
  if (v == "age_years" || v == "exercise_days_week") bad <- bad | (!is.na(x) & x != round(x))
  ok <- ok & !bad
  d[[v]] <- x
}
d$sleep_position <- unname(POSITION[key(raw$sleep_position)])
ok <- ok & !is.na(d$sleep_position)
d$sex <- key(raw$sex); d$sex[d$sex %in% "f"] <- "female"; d$sex[d$sex %in% "m"] <- "male"
ok <- ok & (is.na(raw$sex) | d$sex %in% LEVELS$sex)
for (v in c("mattress_firmness", "mattress_type")) {
  d[[v]] <- key(raw[[v]])
  ok <- ok & (is.na(raw[[v]]) | d[[v]] %in% LEVELS[[v]])
}
for (v in grep("^(rf_|pillow_|lumbar_|changed_)", names(raw), value = TRUE)) {
  d[[v]] <- unname(BOOL[key(raw[[v]])])
  ok <- ok & (is.na(raw[[v]]) | !is.na(d[[v]]))
}
ok <- ok & !is.na(raw$respondent_id) & !duplicated(raw$respondent_id)
d <- d[ok, ]

rows <- character(0)
add <- function(pointer, value, call) {
  v <- if (is.null(value) || !is.finite(value)) "NA" else sprintf("%.17g", unname(value))
  rows <<- c(rows, paste(pointer, v, call, sep = "\t"))
}
add("input/rows", nrow(raw), "nrow(read.csv(file))")
add("input/accepted", nrow(d), "rows passing the checks above")
add("input/rejected", nrow(raw) - nrow(d), "nrow(raw) - nrow(d)")

for (o in c("pain_morning", "pain_night", "sleep_quality")) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  keep <- !is.na(pre) & !is.na(post) & d$changed_mattress %in% "yes"
  x <- post[keep]; y <- pre[keep]; dd <- x - y
  p <- paste0("paired/", o, "/")
  tt <- t.test(x, y, paired = TRUE)
  wt <- suppressWarnings(wilcox.test(x, y, paired = TRUE))
  add(paste0(p, "n"), length(x), "length(x)")
  add(paste0(p, "mean_pre"), mean(y), "mean(y)")
  add(paste0(p, "mean_post"), mean(x), "mean(x)")
  add(paste0(p, "mean_change"), tt$estimate, "t.test(x, y, paired = TRUE)$estimate")
  add(paste0(p, "ci_low"), tt$conf.int[1], "t.test(x, y, paired = TRUE)$conf.int[1]")
  add(paste0(p, "ci_high"), tt$conf.int[2], "t.test(x, y, paired = TRUE)$conf.int[2]")
  add(paste0(p, "t"), tt$statistic, "t.test(x, y, paired = TRUE)$statistic")
  add(paste0(p, "df"), tt$parameter, "t.test(x, y, paired = TRUE)$parameter")
  add(paste0(p, "p_t"), tt$p.value, "t.test(x, y, paired = TRUE)$p.value")
  add(paste0(p, "wilcoxon_v"), wt$statistic, "wilcox.test(x, y, paired = TRUE)$statistic")
  add(paste0(p, "p_wilcoxon"), wt$p.value, "wilcox.test(x, y, paired = TRUE)$p.value")
  add(paste0(p, "dz"), mean(dd) / sd(dd), "mean(x - y) / sd(x - y)")
  r <- if (o == "sleep_quality") sum(dd >= 2 - 1e-9) else sum(dd <= -2 + 1e-9)
  pr <- prop.test(r, length(x), correct = FALSE)
  add(paste0(p, "responders"), r, "sum(improvement >= 2 points)")
  add(paste0(p, "responder_rate"), r / length(x), "responders / n")
  add(paste0(p, "responder_ci_low"), pr$conf.int[1], "prop.test(r, n, correct = FALSE)$conf.int[1]")
  add(paste0(p, "responder_ci_high"), pr$conf.int[2], "prop.test(r, n, correct = FALSE)$conf.int[2]")

  yb <- pre; keep <- !is.na(yb)
  y <- yb[keep]; g <- factor(d$sleep_position[keep], levels = c("side", "back", "stomach", "combination"))
  p <- paste0("by_position/", o, "_pre/")
  for (lv in levels(g)) {
    yy <- y[g == lv]
    add(paste0(p, "groups/", lv, "/n"), length(yy), "length(y[g == level])")
    add(paste0(p, "groups/", lv, "/mean"), mean(yy), "mean(y[g == level])")
    add(paste0(p, "groups/", lv, "/sd"), sd(yy), "sd(y[g == level])")
    add(paste0(p, "groups/", lv, "/median"), median(yy), "median(y[g == level])")
  }
  a <- oneway.test(y ~ g, var.equal = TRUE); w <- oneway.test(y ~ g); k <- kruskal.test(y ~ g)
  add(paste0(p, "anova_f"), a$statistic, "oneway.test(y ~ g, var.equal = TRUE)$statistic")
  add(paste0(p, "anova_df1"), a$parameter[1], "oneway.test(y ~ g, var.equal = TRUE)$parameter[1]")
  add(paste0(p, "anova_df2"), a$parameter[2], "oneway.test(y ~ g, var.equal = TRUE)$parameter[2]")
  add(paste0(p, "p_anova"), a$p.value, "oneway.test(y ~ g, var.equal = TRUE)$p.value")
  add(paste0(p, "welch_f"), w$statistic, "oneway.test(y ~ g)$statistic")
  add(paste0(p, "welch_df1"), w$parameter[1], "oneway.test(y ~ g)$parameter[1]")
  add(paste0(p, "welch_df2"), w$parameter[2], "oneway.test(y ~ g)$parameter[2]")
  add(paste0(p, "p_welch"), w$p.value, "oneway.test(y ~ g)$p.value")
  add(paste0(p, "kruskal_h"), k$statistic, "kruskal.test(y ~ g)$statistic")
  add(paste0(p, "kruskal_df"), k$parameter, "kruskal.test(y ~ g)$parameter")
  add(paste0(p, "p_kruskal"), k$p.value, "kruskal.test(y ~ g)$p.value")
  fit <- anova(lm(y ~ g))
  add(paste0(p, "eta_squared"), fit[1, "Sum Sq"] / sum(fit[, "Sum Sq"]), "SS_between / SS_total")

  keep <- !is.na(pre) & !is.na(d$mattress_age_years)
  age <- d$mattress_age_years[keep]; y <- pre[keep]
  p <- paste0("mattress_age/", o, "_pre/")
  cp <- cor.test(age, y); cs <- suppressWarnings(cor.test(age, y, method = "spearman", exact = FALSE))
  add(paste0(p, "n"), length(y), "length(y)")
  add(paste0(p, "pearson_r"), cp$estimate, "cor.test(age, y)$estimate")
  add(paste0(p, "p_pearson"), cp$p.value, "cor.test(age, y)$p.value")
  add(paste0(p, "pearson_ci_low"), cp$conf.int[1], "cor.test(age, y)$conf.int[1]")
  add(paste0(p, "pearson_ci_high"), cp$conf.int[2], "cor.test(age, y)$conf.int[2]")
  add(paste0(p, "spearman_rho"), cs$estimate, "cor.test(age, y, method = \"spearman\", exact = FALSE)$estimate")
  add(paste0(p, "p_spearman"), cs$p.value, "cor.test(age, y, method = \"spearman\", exact = FALSE)$p.value")
  add(paste0(p, "spearman_ci_low"), tanh(atanh(cs$estimate) - qnorm(0.975) / sqrt(length(y) - 3)), "tanh(atanh(rho) - qnorm(0.975) / sqrt(n - 3))")
}
# Holm and BH across the outcomes of the paired t-test family (outcome order of the codebook).
pt <- sapply(c("pain_morning", "pain_night", "sleep_quality"), function(o) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  keep <- !is.na(pre) & !is.na(post) & d$changed_mattress %in% "yes"
  t.test(post[keep], pre[keep], paired = TRUE)$p.value
})
for (m in c("holm", "BH")) {
  adj <- p.adjust(pt, method = m)
  for (o in names(adj)) add(paste0("multiplicity/paired t-test/outcomes/", o, "/p_", tolower(m)), adj[[o]],
                            paste0("p.adjust(p_t, \"", m, "\")"))
}

# Further analyses (a subset of each, to check the wiring into the JSON; every statistic is
# checked in full against R in the analysis module's tests).
for (o in c("pain_morning", "pain_night", "sleep_quality")) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  keep <- !is.na(pre) & !is.na(post) & d$changed_mattress %in% "yes"
  w <- suppressWarnings(wilcox.test(post[keep], pre[keep], paired = TRUE, conf.int = TRUE))
  add(paste0("paired/", o, "/hodges_lehmann"), w$estimate, "wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$estimate")
  add(paste0("paired/", o, "/hodges_lehmann_ci_low"), w$conf.int[1], "wilcox.test(..., conf.int = TRUE)$conf.int[1]")
  add(paste0("paired/", o, "/percent_change"), 100 * mean(post[keep] - pre[keep]) / mean(pre[keep]), "100 * mean(x - y) / mean(y)")

  arm <- !is.na(pre) & !is.na(post) & !is.na(d$changed_mattress)
  a <- data.frame(pre = pre[arm], post = post[arm], changed = factor(d$changed_mattress[arm], levels = c("no", "yes")))
  fit <- summary(lm(post ~ pre + changed, data = a))$coefficients
  p <- paste0("changed_vs_unchanged/", o, "/")
  add(paste0(p, "ancova_difference"), fit["changedyes", 1], "coef(lm(post ~ pre + changed))[\"changedyes\"]")
  add(paste0(p, "p_ancova"), fit["changedyes", 4], "summary(lm(post ~ pre + changed))$coefficients[\"changedyes\", 4]")
  ch <- a$post - a$pre
  wt <- t.test(ch[a$changed == "yes"], ch[a$changed == "no"])
  add(paste0(p, "welch_t"), wt$statistic, "t.test(change[yes], change[no])$statistic")
  add(paste0(p, "welch_df"), wt$parameter, "t.test(change[yes], change[no])$parameter")
  add(paste0(p, "p_welch"), wt$p.value, "t.test(change[yes], change[no])$p.value")

  keep <- !is.na(pre) & !is.na(d$mattress_age_years)
  band <- cut(d$mattress_age_years[keep], c(0, 6, 8, 10, Inf), right = FALSE)
  means <- tapply(pre[keep], band, mean)
  for (b in names(means)) add(paste0("mattress_age_bands/", o, "_pre/bands/", b, "/mean"), means[[b]], "tapply(y, cut(age, c(0,6,8,10,Inf), right = FALSE), mean)")
  # the trend across the bands, scored 1..k among the plan's bands
  score <- as.integer(band)
  tf <- lm(pre[keep] ~ score)
  tc <- coef(summary(tf))["score", ]
  tci <- confint(tf)["score", ]
  p <- paste0("mattress_age_bands/", o, "_pre/")
  add(paste0(p, "trend_slope"), tc[[1]], "coef(lm(y ~ as.integer(band)))['score']")
  add(paste0(p, "trend_se"), tc[[2]], "coef(summary(lm(y ~ score)))['score', 2]")
  add(paste0(p, "trend_t"), tc[[3]], "coef(summary(lm(y ~ score)))['score', 3]")
  add(paste0(p, "trend_df"), tf$df.residual, "lm(y ~ score)$df.residual")
  add(paste0(p, "p_trend"), tc[[4]], "coef(summary(lm(y ~ score)))['score', 4]")
  add(paste0(p, "trend_ci_low"), tci[[1]], "confint(lm(y ~ score))['score', 1]")
  add(paste0(p, "trend_ci_high"), tci[[2]], "confint(lm(y ~ score))['score', 2]")
  if (o == "pain_morning") {
    # the primary outcome at or above the plan's high_at (4) per band, and the trend test
    hi <- pre[keep] >= 4
    x <- as.vector(tapply(hi, band, sum)); n <- as.vector(table(band))
    for (i in seq_along(levels(band))) {
      q <- paste0(p, "high_share/bands/", levels(band)[i], "/")
      pt <- prop.test(x[i], n[i], correct = FALSE)
      add(paste0(q, "x"), x[i], "sum(y[band == b] >= 4)")
      add(paste0(q, "n"), n[i], "sum(band == b)")
      add(paste0(q, "share"), x[i] / n[i], "x / n")
      add(paste0(q, "ci_low"), pt$conf.int[1], "prop.test(x, n, correct = FALSE)$conf.int[1]")
      add(paste0(q, "ci_high"), pt$conf.int[2], "prop.test(x, n, correct = FALSE)$conf.int[2]")
    }
    tt <- prop.trend.test(x, n)
    add(paste0(p, "high_share/threshold"), 4, "the built-in plan's high_at")
    add(paste0(p, "high_share/chi_squared"), tt$statistic, "prop.trend.test(x, n)$statistic")
    add(paste0(p, "high_share/df"), tt$parameter, "prop.trend.test(x, n)$parameter")
    add(paste0(p, "high_share/p"), tt$p.value, "prop.trend.test(x, n)$p.value")
  }

  r <- d[!is.na(pre), ]
  r$y <- pre[!is.na(pre)]
  r$sleep_position <- factor(r$sleep_position, levels = c("side", "back", "stomach", "combination"))
  r$mattress_firmness <- factor(r$mattress_firmness, levels = c("soft", "medium", "medium_firm", "firm"))
  m <- lm(y ~ mattress_age_years + sleep_position + mattress_firmness + age_years + bmi + exercise_days_week, data = r)
  sm <- summary(m)
  p <- paste0("regression/", o, "_pre/")
  add(paste0(p, "n"), nobs(m), "nobs(lm(...))")
  add(paste0(p, "r_squared"), sm$r.squared, "summary(lm(...))$r.squared")
  add(paste0(p, "coefficients/mattress_age_years/estimate"), coef(m)[["mattress_age_years"]], "coef(lm(...))[\"mattress_age_years\"]")
  add(paste0(p, "coefficients/sleep_positionstomach/p"), sm$coefficients["sleep_positionstomach", 4], "summary(lm(...))$coefficients[\"sleep_positionstomach\", 4]")
}
# adjusted: post ~ pre + changed_mattress + the built-in plan's covariates, complete cases, the
# changed_mattressyes coefficient (docs/analysis-json.md, adjusted)
for (o in c("pain_morning", "pain_night", "sleep_quality")) {
  a <- data.frame(post = d[[paste0(o, "_post")]], pre = d[[paste0(o, "_pre")]],
                  changed_mattress = factor(d$changed_mattress, levels = c("no", "yes")),
                  mattress_age_years = d$mattress_age_years,
                  sleep_position = factor(d$sleep_position,
                                          levels = c("side", "back", "stomach", "combination")),
                  mattress_firmness = factor(d$mattress_firmness,
                                             levels = c("soft", "medium", "medium_firm", "firm")),
                  age_years = d$age_years, bmi = d$bmi, exercise_days_week = d$exercise_days_week)
  m <- lm(post ~ pre + changed_mattress + mattress_age_years + sleep_position +
            mattress_firmness + age_years + bmi + exercise_days_week, data = a)
  cf <- summary(m)$coefficients["changed_mattressyes", ]
  ci <- confint(m)["changed_mattressyes", ]
  p <- paste0("adjusted/", o, "/")
  call <- "lm(post ~ pre + changed_mattress + mattress_age_years + sleep_position + mattress_firmness + age_years + bmi + exercise_days_week)"
  add(paste0(p, "n"), nobs(m), paste0("nobs(", call, ")"))
  add(paste0(p, "estimate"), cf[["Estimate"]], paste0("coef(summary(", call, "))[\"changed_mattressyes\", 1]"))
  add(paste0(p, "se"), cf[["Std. Error"]], "... [\"changed_mattressyes\", 2]")
  add(paste0(p, "t"), cf[["t value"]], "... [\"changed_mattressyes\", 3]")
  add(paste0(p, "p"), cf[["Pr(>|t|)"]], "... [\"changed_mattressyes\", 4]")
  add(paste0(p, "df"), m$df.residual, "fit$df.residual")
  add(paste0(p, "ci_low"), ci[[1]], "confint(fit)[\"changed_mattressyes\", 1]")
  add(paste0(p, "ci_high"), ci[[2]], "confint(fit)[\"changed_mattressyes\", 2]")
}
hi <- factor(ifelse(d$pain_morning_pre >= 4, "yes", "no"), levels = c("no", "yes"))
pos <- factor(d$sleep_position, levels = c("side", "back", "stomach", "combination"))
tab <- table(pos, hi)
add("categorical/sleep_position x pain_morning_pre >= 4/chi_square/statistic", chisq.test(tab)$statistic, "chisq.test(table(position, pain_morning_pre >= 4))$statistic")
add("categorical/sleep_position x pain_morning_pre >= 4/fisher/p", fisher.test(tab)$p.value, "fisher.test(table(position, pain_morning_pre >= 4))$p.value")

rf <- grep("^rf_", names(d), value = TRUE)
add("red_flags/respondents", sum(apply(d[rf] == "yes", 1, any, na.rm = TRUE)),
    "sum(any rf_* == yes)")

writeLines(c(paste0("# Rscript cli/src/test/resources/reference/sample-analysis.R (",
                    R.version.string, ") on ", file),
             paste("pointer", "expected", "r_call", sep = "\t"), rows),
           "cli/src/test/resources/reference/sample-analysis-expected.tsv")
