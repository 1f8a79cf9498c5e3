# Writes the reference data sets data/*.csv (sleep-back-pain v1 schema, wide CSV) that
# paired.R, groups.R and correlation.R compute on and that the Java tests import.
#
# Rerun (from this directory):  Rscript datasets.R
# then rerun paired.R, groups.R and correlation.R. Written with R 4.2.2; the random data use
# set.seed() with R's default generators (Mersenne-Twister, Inversion, Rejection sampling).
#
# Data sets and what each one covers:
#   exact_small      n < 50 pairs, no ties and no zero differences (exact signed-rank p);
#                    pain_night has one zero difference (normal approximation at small n);
#                    4.1 -> 2.1 gives a change of -1.9999999999999996 in binary (responder at -2);
#                    unequal positions (7, 5, 4, 2); distinct mattress ages; a missing value;
#                    a missing changed_mattress (row not a changer).
#   ties_zeros       whole-point scores: many ties and zero differences; a position with a single
#                    respondent (combination); missing values in every column; tied ages.
#   medium           400 respondents, half-point scores, n >= 50 pairs with ties and zeros.
#   large_no_ties    60 changers whose differences are all distinct and non-zero: n >= 50, so the
#                    normal approximation with continuity correction and no tie term.
#   no_change_column no changed_mattress column (all respondents with both values are paired);
#                    only pain_morning; two positions.
#   degenerate_paired  pain_morning n = 1; pain_night all differences zero; sleep_quality all
#                    differences equal (+3: zero variance, every pair a responder); a position
#                    of one; only two mattress ages (n = 2 for correlations).
#   degenerate_groups  no changers (paired n = 0); pain_morning: one position with n >= 2;
#                    pain_night: two positions with zero variance; sleep_quality: no variance
#                    within any position; pain_night against a constant mattress age.
#   degenerate_constant  every pain_morning value equal; pain_night: n = 2 pairs, one position
#                    with n >= 2, n = 3 against mattress age (no Fisher-z interval);
#                    sleep_quality column present but empty.

POSITIONS <- c("side", "back", "stomach", "combination")

write_survey <- function(name, d) {
  dir.create("data", showWarnings = FALSE)
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE, na = "", quote = FALSE)
}

# Pairs whose differences have distinct non-zero absolute values abs_tenths / 10 with the given
# signs; pre is drawn so that pre and post stay within 0-10.
distinct_pairs <- function(abs_tenths, signs) {
  d <- signs * abs_tenths / 10
  lo <- pmax(0, -d)
  hi <- pmin(10, 10 - d)
  pre <- round(lo + runif(length(d)) * (hi - lo), 1)
  post <- round(pre + d, 1)
  list(pre = pre, post = post)
}

clamp <- function(x) pmin(10, pmax(0, x))

# --- exact_small -------------------------------------------------------------------------------
set.seed(101)
n <- 18
changed <- c(rep("yes", 15), "no", "no", NA)
pm <- distinct_pairs(c(sample(setdiff(1:45, 20), 14), 20), c(sample(c(-1, -1, -1, 1), 14, TRUE), -1))
pm$pre[15] <- 4.1; pm$post[15] <- 2.1 # 2.1 - 4.1 = -1.9999999999999996
pm_pre <- c(pm$pre, round(runif(3, 2, 9), 1))
pm_post <- c(pm$post, round(runif(3, 2, 9), 1))
pm_post[7] <- NA # a changer with a missing follow-up
pn <- distinct_pairs(c(sample(1:40, 14), 0), c(sample(c(-1, -1, 1), 14, TRUE), 1))
sq <- distinct_pairs(sample(1:40, 15), sample(c(1, 1, 1, -1), 15, TRUE))
exact_small <- data.frame(
  respondent_id = sprintf("E%02d", 1:n),
  sleep_position = rep(POSITIONS, c(7, 5, 4, 2)),
  mattress_age_years = sample(seq(0.5, 20, by = 0.5), n),
  changed_mattress = changed,
  pain_morning_pre = pm_pre, pain_morning_post = pm_post,
  pain_night_pre = c(pn$pre, round(runif(3, 1, 8), 1)),
  pain_night_post = c(pn$post, round(runif(3, 1, 8), 1)),
  sleep_quality_pre = c(sq$pre, round(runif(3, 2, 9), 1)),
  sleep_quality_post = c(sq$post, round(runif(3, 2, 9), 1)))
write_survey("exact_small", exact_small)

# --- ties_zeros --------------------------------------------------------------------------------
set.seed(202)
n <- 60
pos <- c(rep("side", 30), rep("back", 15), rep("stomach", 14), "combination")
pre <- clamp(round(rnorm(n, 5, 2)))
post <- clamp(pre + sample(-5:2, n, TRUE, prob = c(1, 2, 3, 3, 2, 3, 1, 1)))
npre <- clamp(pre + sample(-1:1, n, TRUE))
npost <- clamp(npre + sample(-3:1, n, TRUE))
sqpre <- clamp(round(8 - 0.4 * pre + rnorm(n)))
sqpost <- clamp(sqpre + sample(-1:3, n, TRUE))
changed <- sample(c("yes", "no"), n, TRUE, prob = c(0.7, 0.3))
age <- sample(c(1:15, NA), n, TRUE)
set_na <- function(x, k) { x[sample(length(x), k)] <- NA; x }
ties_zeros <- data.frame(
  respondent_id = sprintf("T%03d", 1:n),
  sleep_position = pos,
  mattress_age_years = age,
  changed_mattress = set_na(changed, 3),
  pain_morning_pre = set_na(pre, 3), pain_morning_post = set_na(post, 4),
  pain_night_pre = set_na(npre, 2), pain_night_post = set_na(npost, 2),
  sleep_quality_pre = set_na(sqpre, 2), sleep_quality_post = sqpost)
ties_zeros$pain_morning_pre[60] <- 7 # the single combination sleeper has a baseline value
write_survey("ties_zeros", ties_zeros)

# --- medium ------------------------------------------------------------------------------------
set.seed(303)
n <- 400
pos <- sample(POSITIONS, n, TRUE, prob = c(0.55, 0.2, 0.12, 0.13))
age <- round(exp(rnorm(n, log(6.5), 0.6)), 1)
age <- pmin(40, pmax(0.1, age))
shift <- c(side = 0, back = 0.3, stomach = 1.2, combination = 0.5)[pos]
pre <- clamp(round(2 * (4 + 0.15 * (age - 6.5) + shift + rnorm(n, 0, 1.5))) / 2)
changed <- ifelse(runif(n) < 0.5, "yes", "no")
post <- clamp(round(2 * (pre + ifelse(changed == "yes", rnorm(n, -2, 1.8), rnorm(n, -0.2, 0.9)))) / 2)
npre <- clamp(round(2 * (pre - 0.5 + rnorm(n))) / 2)
npost <- clamp(round(2 * (npre + 0.8 * (post - pre) + rnorm(n, 0, 0.8))) / 2)
sqpre <- clamp(round(2 * (8 - 0.45 * (pre + npre) / 2 + rnorm(n, 0, 1.2))) / 2)
sqpost <- clamp(round(2 * (sqpre - 0.6 * (post - pre) + rnorm(n, 0, 0.8))) / 2)
medium <- data.frame(
  respondent_id = sprintf("M%04d", 1:n),
  sleep_position = pos,
  mattress_age_years = set_na(age, 20),
  changed_mattress = set_na(changed, 10),
  pain_morning_pre = set_na(pre, 12), pain_morning_post = set_na(post, 25),
  pain_night_pre = set_na(npre, 15), pain_night_post = set_na(npost, 20),
  sleep_quality_pre = set_na(sqpre, 10), sleep_quality_post = set_na(sqpost, 30))
write_survey("medium", medium)

# --- large_no_ties -----------------------------------------------------------------------------
set.seed(404)
n <- 70
pm <- distinct_pairs(sample(1:100, 60), sample(c(-1, -1, -1, 1), 60, TRUE))
pn <- distinct_pairs(sample(1:100, 60), sample(c(-1, 1), 60, TRUE))
sq <- distinct_pairs(sample(1:100, 60), sample(c(1, 1, -1), 60, TRUE))
other <- function() round(runif(10, 1, 9), 1)
large_no_ties <- data.frame(
  respondent_id = sprintf("L%03d", 1:n),
  sleep_position = sample(POSITIONS, n, TRUE, prob = c(0.5, 0.25, 0.15, 0.1)),
  mattress_age_years = round(runif(n, 0.5, 18), 1),
  changed_mattress = c(rep("yes", 60), rep("no", 10)),
  pain_morning_pre = c(pm$pre, other()), pain_morning_post = c(pm$post, other()),
  pain_night_pre = c(pn$pre, other()), pain_night_post = c(pn$post, other()),
  sleep_quality_pre = c(sq$pre, other()), sleep_quality_post = c(sq$post, other()))
write_survey("large_no_ties", large_no_ties)

# --- no_change_column --------------------------------------------------------------------------
set.seed(505)
n <- 25
pre <- round(runif(n, 2, 9), 1)
post <- clamp(round(pre + rnorm(n, -1.5, 1.5), 1))
no_change_column <- data.frame(
  respondent_id = sprintf("N%02d", 1:n),
  sleep_position = sample(c("side", "back"), n, TRUE),
  mattress_age_years = round(runif(n, 1, 15)),
  pain_morning_pre = set_na(pre, 2), pain_morning_post = set_na(post, 2))
write_survey("no_change_column", no_change_column)

# --- degenerate_paired -------------------------------------------------------------------------
degenerate_paired <- data.frame(
  respondent_id = c("D1", "D2", "D3", "D4", "D5", "D6"),
  sleep_position = c("side", "side", "back", "stomach", "side", "back"),
  mattress_age_years = c(8, NA, NA, 3, NA, NA),
  changed_mattress = c("yes", "yes", "yes", "yes", "no", "no"),
  pain_morning_pre = c(6, 5, 7, 4, 3, 6), pain_morning_post = c(3, NA, NA, NA, 3, 5),
  pain_night_pre = c(3, 5, 5, 7, 2, 4), pain_night_post = c(3, 5, 5, 7, 1, 4),
  sleep_quality_pre = c(4, 5, 6, 2, 5, 5), sleep_quality_post = c(7, 8, 9, 5, 5, 6))
write_survey("degenerate_paired", degenerate_paired)

# --- degenerate_groups -------------------------------------------------------------------------
degenerate_groups <- data.frame(
  respondent_id = sprintf("G%d", 1:9),
  sleep_position = c("side", "side", "side", "side", "back", "stomach", "back", "stomach", "back"),
  mattress_age_years = c(4, 4, 12, 9, 4, 4, NA, NA, NA),
  changed_mattress = rep("no", 9),
  pain_morning_pre = c(2, 4, 6, 8, 5, 3, NA, NA, NA), pain_morning_post = c(2, 3, 6, 7, 5, 3, NA, NA, NA),
  pain_night_pre = c(3, 3, NA, NA, 5, 4, 5, 6, NA), pain_night_post = NA,
  sleep_quality_pre = c(3, 3, 3, NA, 6, NA, 6, NA, NA), sleep_quality_post = NA)
write_survey("degenerate_groups", degenerate_groups)

# --- degenerate_constant -----------------------------------------------------------------------
degenerate_constant <- data.frame(
  respondent_id = sprintf("C%d", 1:6),
  sleep_position = c("side", "side", "side", "back", "back", "back"),
  mattress_age_years = c(2, 5, 7, 9, 11, 14),
  changed_mattress = c("yes", "yes", "yes", "no", "no", "no"),
  pain_morning_pre = rep(5, 6), pain_morning_post = rep(5, 6),
  pain_night_pre = c(6, 7, NA, NA, NA, 4), pain_night_post = c(5, 4, NA, NA, NA, 4),
  sleep_quality_pre = NA, sleep_quality_post = NA)
write_survey("degenerate_constant", degenerate_constant)
