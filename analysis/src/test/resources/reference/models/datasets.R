# Writes the data sets data/*.csv (sleep-back-pain v1 schema, wide CSV) that agebands.R,
# regression.R and categorical.R compute on, next to the existing ../data/*.csv, which those
# scripts read too (unchanged).
#
# Rerun (from this directory):  Rscript datasets.R
# then rerun agebands.R, regression.R and categorical.R. Written with R 4.2.2; the random data use
# set.seed() with R's default generators (Mersenne-Twister, Inversion, Rejection sampling).
#
# Data sets and what each one covers:
#   models_full       300 respondents with every regression covariate, each covariate missing
#                     for a few (rows dropped and counted), all positions and firmness levels;
#                     mattress ages on the band edges 0, 3, 6, 9 and just below/above them
#                     (the bands before issue 14; agetrend/ has data on today's edges 0, 6, 8, 10).
#   models_levels     empty factor levels: nobody sleeps in combination; every soft-mattress
#                     respondent lacks bmi, so soft (the reference level) is empty among complete
#                     rows and medium becomes the reference; one stomach sleeper.
#                     pain_night_pre only for firm mattresses (mattress_firmness has one level
#                     among complete rows: left out of the model, lm would stop);
#                     sleep_quality_pre only where exercise_days_week = 3 (constant covariate:
#                     aliased, coefficient NA in R).
#   models_small      24 respondents: small expected counts in both tables (chi-square warning),
#                     a 2x2 changed x responder table with Yates' correction and a finite Fisher
#                     odds ratio; a regression with few residual degrees of freedom.
#   models_degenerate 8 respondents, covariates mattress_age_years and sleep_position only (the
#                     others absent from the file): pain_morning_pre an exact linear function of
#                     them (essentially perfect fit); pain_night_pre on 3 complete rows for 3
#                     parameters (no residual df); sleep_quality_pre constant; every respondent
#                     changed mattress (changed x responder has one row level); a mattress age
#                     band of one respondent.
#   models_none       6 respondents: bmi is empty (no complete rows for the regression); no
#                     follow-up values (no responder can be classified); every pain_morning_pre
#                     >= 4 (one column level); no mattress ages (every band empty).
#   models_intercept  7 side sleepers and no other covariate: sleep_position has one level, so
#                     the model is y ~ 1 (no F test; R^2 = 0 as summary.lm sets it).

POSITIONS <- c("side", "back", "stomach", "combination")
FIRMNESS <- c("soft", "medium", "medium_firm", "firm")

write_survey <- function(name, d) {
  dir.create("data", showWarnings = FALSE)
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE, na = "", quote = FALSE)
}
clamp <- function(x) pmin(10, pmax(0, x))
half <- function(x) clamp(round(2 * x) / 2)
set_na <- function(x, k) { x[sample(length(x), k)] <- NA; x }

# --- models_full -------------------------------------------------------------------------------
set.seed(601)
n <- 300
pos <- sample(POSITIONS, n, TRUE, prob = c(0.55, 0.2, 0.12, 0.13))
firm <- sample(FIRMNESS, n, TRUE, prob = c(0.12, 0.33, 0.38, 0.17))
age_years <- as.integer(pmin(90, pmax(18, round(rnorm(n, 46, 15)))))
bmi <- round(pmin(60, pmax(15, exp(rnorm(n, log(27), 0.17)))), 1)
mage <- round(pmin(40, pmax(0.1, exp(rnorm(n, log(6.5), 0.6)))), 1)
mage[1:10] <- c(0, 3, 6, 9, 2.9, 5.9, 8.9, 9.1, 3.1, 6.1)
ex <- sample(0:7, n, TRUE)
shift <- c(side = 0, back = 0.3, stomach = 1.2, combination = 0.5)[pos] +
  c(soft = 0.6, medium = 0.1, medium_firm = -0.2, firm = 0.4)[firm]
pre <- half(3.5 + 0.12 * (mage - 6.5) + shift + 0.04 * (bmi - 27) - 0.12 * (ex - 3) +
  0.01 * (age_years - 46) + rnorm(n, 0, 1.4))
changed <- ifelse(runif(n) < 0.5, "yes", "no")
post <- half(pre + ifelse(changed == "yes", rnorm(n, -1.8, 1.6), rnorm(n, -0.2, 0.9)))
npre <- half(pre - 0.5 + rnorm(n))
npost <- half(npre + 0.7 * (post - pre) + rnorm(n, 0, 0.8))
sqpre <- half(8 - 0.4 * (pre + npre) / 2 + 0.05 * ex + rnorm(n, 0, 1.1))
sqpost <- half(sqpre - 0.5 * (post - pre) + rnorm(n, 0, 0.8))
models_full <- data.frame(
  respondent_id = sprintf("F%03d", 1:n),
  age_years = set_na(age_years, 6),
  bmi = set_na(bmi, 9),
  sleep_position = pos,
  mattress_age_years = c(mage[1:10], set_na(mage[-(1:10)], 10)),
  mattress_firmness = set_na(firm, 7),
  exercise_days_week = set_na(ex, 5),
  changed_mattress = set_na(changed, 6),
  pain_morning_pre = set_na(pre, 8), pain_morning_post = set_na(post, 15),
  pain_night_pre = set_na(npre, 10), pain_night_post = set_na(npost, 12),
  sleep_quality_pre = set_na(sqpre, 7), sleep_quality_post = set_na(sqpost, 14))
write_survey("models_full", models_full)

# --- models_levels -----------------------------------------------------------------------------
set.seed(602)
n <- 40
pos <- c(rep("side", 24), rep("back", 15), "stomach")
firm <- rep(c("soft", "medium", "medium_firm", "firm"), c(5, 12, 13, 10))[sample(n)]
ex <- sample(c(0:2, 4:7), n, TRUE)
ex[sample(n, 16)] <- 3
bmi <- round(runif(n, 19, 38), 1)
bmi[firm == "soft"] <- NA
age_years <- sample(20:80, n, TRUE)
age_years[which(firm == "firm")[1:2]] <- NA
mage <- round(runif(n, 0.5, 16), 1)
pre <- half(3 + 0.15 * mage + (pos == "back") * 0.5 + 0.03 * (bmi - 27) + rnorm(n, 0, 1.2))
pre[is.na(pre)] <- 5
npre <- half(pre - 0.3 + rnorm(n))
npre[firm != "firm"] <- NA
sqpre <- half(7 - 0.3 * pre + rnorm(n))
sqpre[ex != 3] <- NA
changed <- sample(c("yes", "no"), n, TRUE)
post <- half(pre + ifelse(changed == "yes", rnorm(n, -2, 1.5), rnorm(n, 0, 1)))
models_levels <- data.frame(
  respondent_id = sprintf("V%02d", 1:n),
  age_years = age_years, bmi = bmi, sleep_position = pos, mattress_age_years = mage,
  mattress_firmness = firm, exercise_days_week = ex, changed_mattress = changed,
  pain_morning_pre = pre, pain_morning_post = post,
  pain_night_pre = npre, sleep_quality_pre = sqpre)
write_survey("models_levels", models_levels)

# --- models_small ------------------------------------------------------------------------------
set.seed(603)
n <- 24
pos <- rep(POSITIONS, c(10, 6, 5, 3))
firm <- sample(FIRMNESS, n, TRUE)
changed <- rep(c("yes", "no"), c(12, 12))
pre <- round(runif(n, 1, 8.5), 1)
drop <- c(runif(12, 1.5, 4), runif(12, -0.5, 2.2)) # changers improve more
post <- clamp(round(pre - drop, 1))
models_small <- data.frame(
  respondent_id = sprintf("S%02d", 1:n),
  age_years = sample(25:75, n, TRUE), bmi = round(runif(n, 20, 35), 1),
  sleep_position = pos, mattress_age_years = round(runif(n, 1, 14), 1),
  mattress_firmness = firm, exercise_days_week = sample(0:7, n, TRUE),
  changed_mattress = changed,
  pain_morning_pre = pre, pain_morning_post = set_na(post, 2),
  pain_night_pre = round(runif(n, 0, 9), 1), sleep_quality_pre = round(runif(n, 2, 9), 1))
models_small$age_years[3] <- NA
write_survey("models_small", models_small)

# --- models_degenerate -------------------------------------------------------------------------
mage <- c(2, 4, 6, 8, 10, 3, 5, 7)
pos <- c("side", "back", "side", "back", "side", "back", "side", "back")
models_degenerate <- data.frame(
  respondent_id = sprintf("X%d", 1:8),
  sleep_position = pos, mattress_age_years = mage, changed_mattress = "yes",
  pain_morning_pre = 1 + 0.5 * mage + (pos == "back"),
  pain_morning_post = c(1, 2, 3, 4, NA, NA, 6, 7),
  pain_night_pre = c(3, NA, 5, 2.5, NA, NA, NA, NA),
  sleep_quality_pre = 5)
write_survey("models_degenerate", models_degenerate)

# --- models_none -------------------------------------------------------------------------------
models_none <- data.frame(
  respondent_id = sprintf("Z%d", 1:6),
  age_years = c(30, 40, 50, 60, 70, 35), bmi = NA,
  sleep_position = c("side", "back", "side", "stomach", "side", "back"),
  mattress_age_years = NA, changed_mattress = c("yes", "no", "yes", "no", "yes", "no"),
  pain_morning_pre = c(4, 5, 6, 7, 8, 4.5), pain_morning_post = NA)
write_survey("models_none", models_none)

# --- models_intercept --------------------------------------------------------------------------
models_intercept <- data.frame(
  respondent_id = sprintf("I%d", 1:7), sleep_position = "side",
  pain_morning_pre = c(3.5, 6, 2, 7.5, 5, 4, 6.5))
write_survey("models_intercept", models_intercept)
