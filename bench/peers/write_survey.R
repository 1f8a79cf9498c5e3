# A wide survey in the sleep-back-pain v1 schema, written by R rather than by sleepstat, so
# that the benchmark does not depend on who wrote its file. It is written the way an R user
# writes one: values drawn with R's own distributions, outcomes that are diary means (the mean
# of 7 nightly ratings, written with R's 15 significant digits: "4.28571428571429"), many
# distinct decimals, ids of a study code (long) or a plain number (short), text in double
# quotes as write.csv puts it, a free-text comment column with commas and doubled quotes, and
# missing values written four ways (NA as R writes it, an empty cell, "." as SPSS and hand
# edits do, N/A as Excel users type it).
# Usage: Rscript write_survey.R ROWS SEED OUT.csv   (needs r-cran-data.table)
suppressMessages(library(data.table))
args <- commandArgs(TRUE)
n <- as.integer(args[1]); set.seed(as.integer(args[2])); out <- args[3]

tokens <- c("NA", "", ".", "N/A")
# a number column as text, with a share of it missing, each missing value one of the tokens
num <- function(x, share) {
  s <- as.character(x)  # as print and write.csv: 15 significant digits
  miss <- runif(n) < share
  s[miss] <- sample(tokens, sum(miss), replace = TRUE)
  s
}
# a text column in double quotes (missing: a bare token)
txt <- function(x, share = 0) {
  s <- paste0('"', x, '"')
  miss <- runif(n) < share
  s[miss] <- sample(tokens, sum(miss), replace = TRUE)
  s
}
yn <- function(p, share = 0) txt(ifelse(runif(n) < p, "yes", "no"), share)
diary <- function(mu) {
  # the mean of 7 nightly 0-10 ratings around mu
  nights <- matrix(pmin(10, pmax(0, round(rnorm(7 * n, rep(mu, each = 7), 1.6)))), ncol = 7, byrow = TRUE)
  rowMeans(nights)
}

site <- sample(c("LDN", "MAN", "BRS", "EDI"), n, TRUE)
id <- ifelse(runif(n) < 0.5, sprintf("SLEEP-2026-%s-%08d-v2", site, seq_len(n)), as.character(seq_len(n)))
position <- sample(c("side", "back", "stomach", "combination"), n, TRUE, c(0.55, 0.2, 0.1, 0.15))
age <- pmin(90, pmax(18, round(rnorm(n, 47, 14))))
mattress_age <- round(pmin(39.5, rgamma(n, 4, 0.5)), 2)
changed <- runif(n) < 0.4
base_mu <- pmin(9, pmax(1, rnorm(n, 5 + 0.1 * (mattress_age - 8), 1.7)))
morning_pre <- diary(base_mu); night_pre <- diary(base_mu - 0.6); quality_pre <- diary(10 - base_mu)
drop <- ifelse(changed, 1.8, 0.3)
morning_post <- diary(pmax(0, base_mu - drop)); night_post <- diary(pmax(0, base_mu - 0.6 - drop))
quality_post <- diary(pmin(10, 10 - base_mu + drop))
post_missing <- runif(n) < 0.12
firm <- c("soft", "medium", "medium_firm", "firm")
types <- c("innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other")
comments <- c("slept badly, \"as usual\"", "new pillow, too", "none", "woke at 3, then 5", "")

d <- data.table(
  respondent_id = id,
  age_years = num(age, 0.02),
  sex = txt(sample(c("female", "male", "other", "unknown"), n, TRUE, c(0.52, 0.45, 0.02, 0.01)), 0.01),
  bmi = num(round(pmin(60, pmax(15, rnorm(n, 27, 4.5))), 2), 0.05),
  sleep_position = txt(position),
  mattress_age_years = num(mattress_age, 0.04),
  mattress_firmness = txt(sample(firm, n, TRUE), 0.03),
  mattress_type = txt(sample(types, n, TRUE), 0.03),
  pillow_between_knees = yn(0.3, 0.02), pillow_under_knees = yn(0.2, 0.02),
  lumbar_roll = yn(0.1, 0.02), pillow_under_hips = yn(0.1, 0.02),
  exercise_days_week = num(sample(0:7, n, TRUE), 0.03),
  changed_mattress = txt(ifelse(changed, "yes", "no")),
  weeks_since_change = ifelse(changed, num(round(runif(n, 1, 30), 1), 0.05), ""),
  new_mattress_firmness = ifelse(changed, txt(sample(firm, n, TRUE), 0.05), ""),
  new_mattress_type = ifelse(changed, txt(sample(types, n, TRUE), 0.05), ""),
  pain_morning_pre = num(morning_pre, 0.02),
  pain_morning_post = ifelse(post_missing, "NA", num(morning_post, 0.03)),
  pain_night_pre = num(night_pre, 0.02),
  pain_night_post = ifelse(post_missing, "", num(night_post, 0.03)),
  sleep_quality_pre = num(quality_pre, 0.02),
  sleep_quality_post = ifelse(post_missing, ".", num(quality_post, 0.03)),
  pain_duration_weeks = num(round(rexp(n, 1 / 30), 1), 0.05),
  rf_leg_numbness = yn(0.03, 0.01), rf_weight_loss_fever = yn(0.01, 0.01),
  rf_bladder_bowel = yn(0.005, 0.01), rf_after_injury = yn(0.04, 0.01),
  rf_worsening = yn(0.05, 0.01),
  comment = paste0('"', gsub('"', '""', sample(comments, n, TRUE)), '"')
)
fwrite(d, out, quote = FALSE, na = "NA")
