# Writes the data sets data/*.csv (sleep-back-pain v1 schema, wide CSV, written by write.csv with
# NA for a missing value) that agetrend.R computes on, besides the shared ../data/*.csv.
#
# Rerun (from this directory):  Rscript datasets.R    then  Rscript agetrend.R
# Written with R 4.2.2; the random data use set.seed() with R's default generators.
#
# The built-in plan's mattress-age bands are [0,6) [6,8) [8,10) [10,Inf) (scores 1..4).
#   agetrend_main    150 respondents across all bands, pain rising with mattress age; ages on
#                    the band limits 0, 6, 8, 10 and just below them; missing ages and missing
#                    outcome values; about half the respondents at or above 4 (morning pain).
#   agetrend_sparse  14 respondents: band [6,8) empty (nobody), band [8,10) a single respondent;
#                    missing ages and outcomes; pain_night_pre only in band [0,6) (one band: no
#                    trend); sleep_quality_pre constant (zero variance: slope 0, no inference).
#   agetrend_edge    the primary outcome on 2 respondents in 2 bands (no residual df), none of
#                    them at or above 4 (no trend test for the shares); pain_night_pre on 4
#                    respondents with an age, one in each band; no sleep_quality column at all.

write_survey <- function(name, d) {
  dir.create("data", showWarnings = FALSE)
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE)
}
half <- function(x) pmin(10, pmax(0, round(2 * x) / 2))
set_na <- function(x, k) { x[sample(length(x), k)] <- NA; x }

# --- agetrend_main -----------------------------------------------------------------------------
set.seed(1401)
n <- 150
pos <- sample(c("side", "back", "stomach", "combination"), n, TRUE, prob = c(0.55, 0.2, 0.12, 0.13))
mage <- round(pmin(30, pmax(0.2, exp(rnorm(n, log(7), 0.55)))), 1)
mage[1:8] <- c(0, 6, 8, 10, 5.9, 7.9, 9.9, 10.1)
pre <- half(3.2 + 0.18 * mage + rnorm(n, 0, 1.5))
npre <- half(pre - 0.5 + rnorm(n))
sq <- half(8 - 0.45 * pre + rnorm(n, 0, 1))
agetrend_main <- data.frame(
  respondent_id = sprintf("T%03d", 1:n),
  sleep_position = pos,
  mattress_age_years = c(mage[1:8], set_na(mage[-(1:8)], 7)),
  pain_morning_pre = set_na(pre, 6),
  pain_night_pre = set_na(npre, 9),
  sleep_quality_pre = set_na(sq, 5))
write_survey("agetrend_main", agetrend_main)

# --- agetrend_sparse ---------------------------------------------------------------------------
agetrend_sparse <- data.frame(
  respondent_id = sprintf("P%02d", 1:14),
  sleep_position = rep(c("side", "back"), 7),
  mattress_age_years = c(1, 2.5, 3, 4, 5.5, 9, 10, 12, 15, NA, 20, 3.5, 11, 4.5),
  pain_morning_pre = c(2, 3.5, 5, 4, 3, 6, 5.5, 4, 7, 8, NA, 4.5, 6, 2.5),
  pain_night_pre = c(3, 2, 4.5, NA, 5, NA, NA, NA, NA, 6, NA, 1, NA, 3.5),
  sleep_quality_pre = c(6, 6, 6, 6, 6, 6, 6, 6, NA, 6, 6, 6, 6, 6))
write_survey("agetrend_sparse", agetrend_sparse)

# --- agetrend_edge -----------------------------------------------------------------------------
agetrend_edge <- data.frame(
  respondent_id = sprintf("E%d", 1:6),
  sleep_position = "side",
  mattress_age_years = c(2, 12, NA, 7, 9, 6.5),
  pain_morning_pre = c(1, 3.5, 2, NA, NA, NA),
  pain_night_pre = c(4, 6, 5, 7.5, 9, NA))
write_survey("agetrend_edge", agetrend_edge)
