# Writes the data sets data/*.csv (sleep-back-pain v1 schema, wide CSV) that arms.R and
# paired-extra.R compute on, beside the shared data sets in ../data/ (which they also use; see
# ../datasets.R for what those cover).
#
# Rerun (from this directory):  Rscript datasets.R
# then rerun paired-extra.R and arms.R. Written with R 4.2.2. No random numbers: every value is
# chosen for the case it covers.
#
# Data sets and what each one covers:
#   arms_small       unequal arms of changers (8) and non-changers (3), a respondent with
#                    changed_mattress missing (excluded from both analyses); pain_morning: 8 pairs
#                    with distinct non-zero changes (exact signed-rank and exact Hodges-Lehmann
#                    interval) against a non-changer arm of one (no Welch test); pain_night: 5 pairs
#                    (exact; the 95% interval is kept although 93.75% is what n = 5 achieves), a zero
#                    change among the non-changers; sleep_quality: 3 pairs (exact; R lowers the
#                    interval's confidence level to 75%), 4 non-changers.
#   thirty_percent   the 30% responder rule at its edges: baselines of 0 (pain 0 -> 0 and 0 -> 2,
#                    sleep quality 0 -> 0 and 0 -> 3), changes of exactly 30% (10 -> 7, 5 -> 3.5,
#                    and 7 -> 4.9, 2 -> 1.4, 3 -> 3.9 where binary arithmetic lands a hair off the
#                    threshold), just under 30% (10 -> 7.1, 9 -> 6.4, 6 -> 7.7); ties and zero
#                    changes (normal-approximation Hodges-Lehmann); pain_night: every changer has a
#                    baseline of 0 (percent change undefined) and 3 tied changes (+1, +1, +2), for
#                    which no 95% normal-approximation interval exists (R falls to level 0).
#   arms_degenerate  pain_morning: the baseline is constant within each arm (6 vs 2), so it is
#                    collinear with the arm (singular ANCOVA design); pain_night: post = pre - 1 for
#                    every changer and post = pre for every non-changer (perfect ANCOVA fit, every
#                    change score equal within its arm: no Welch test; all paired changes equal:
#                    Hodges-Lehmann is R's midrange without an interval); sleep_quality: 3
#                    respondents for 3 ANCOVA coefficients (no residual degrees of freedom) and a
#                    non-changer arm of one.

write_survey <- function(name, d) {
  dir.create("data", showWarnings = FALSE)
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE, na = "", quote = FALSE)
}

# --- arms_small --------------------------------------------------------------------------------
arms_small <- data.frame(
  respondent_id = sprintf("S%02d", 1:13),
  sleep_position = c("side", "side", "back", "stomach", "side", "back", "combination", "side",
                     "back", "side", "stomach", "side", "back"),
  mattress_age_years = c(3, 7.5, 12, 5, 9, 2, 15, 6, 8, 4, 11, 10, 6.5),
  changed_mattress = c(rep("yes", 8), rep("no", 3), NA, "no"),
  pain_morning_pre  = c(6.2, 5.0, 7.5, 4.1, 8.0, 3.3, 6.8, 5.5,  5.0, 6.0,  NA, 4, NA),
  pain_morning_post = c(3.9, 3.9, 4.1, 4.7, 3.8, 2.6, 5.0, 7.0,  4.5,  NA, 3.0, 2, NA),
  pain_night_pre  = c(4.0, 6.5, 3.2, 7.1, 5.0,  NA, 2.0, 6.0,  5.5, 3.0, 6.0, 5, NA),
  pain_night_post = c(2.5, 4.0, 3.6, 3.8, 4.2, 3.0,  NA,  NA,  5.0, 3.4, 6.0, 3, NA),
  sleep_quality_pre  = c(4.0, 5.5, 3.0, NA, NA, NA, NA, NA,  6.0, 5.0, 7.0, 5, 4.5),
  sleep_quality_post = c(6.5, 6.0, 5.1, NA, NA, NA, NA, NA,  6.5, 4.0, 7.5, 8, 6.0))
write_survey("arms_small", arms_small)

# --- thirty_percent ----------------------------------------------------------------------------
pm <- rbind(c(0, 0), c(0, 2), c(10, 7), c(7, 4.9), c(5, 3.5), c(10, 7.1), c(4, 2), c(8, 8),
            c(3, 3.5), c(6, 1), c(2, 1.4), c(9, 6.4),                 # 12 changers
            c(3, 3), c(5, 4), c(6, 6.5), c(2, 2))                       # 4 non-changers
pn <- rbind(c(0, 1), c(0, 1), c(0, 2), c(NA, NA), c(NA, NA), c(NA, NA), c(NA, NA), c(NA, NA),
            c(NA, NA), c(NA, NA), c(NA, NA), c(NA, NA),
            c(0, 0), c(1, 1), c(2, 3), c(NA, NA))
sq <- rbind(c(0, 0), c(0, 3), c(5, 6.5), c(6, 7.7), c(10, 10), c(4, 9), c(7, 6), c(3, 3.9),
            c(2, 2.5), c(8, 10), c(NA, 5), c(5, NA),
            c(6, 6), c(4, 4.5), c(7, 6.5), c(5, 5.5))
thirty_percent <- data.frame(
  respondent_id = sprintf("P%02d", 1:16),
  sleep_position = rep(c("side", "back", "stomach", "combination"), 4),
  mattress_age_years = c(1:16) / 2,
  changed_mattress = c(rep("yes", 12), rep("no", 4)),
  pain_morning_pre = pm[, 1], pain_morning_post = pm[, 2],
  pain_night_pre = pn[, 1], pain_night_post = pn[, 2],
  sleep_quality_pre = sq[, 1], sleep_quality_post = sq[, 2])
write_survey("thirty_percent", thirty_percent)

# --- arms_degenerate ---------------------------------------------------------------------------
arms_degenerate <- data.frame(
  respondent_id = sprintf("A%d", 1:7),
  sleep_position = c("side", "back", "side", "stomach", "side", "back", "side"),
  mattress_age_years = c(5, 8, NA, 12, 3, 6, 9),
  changed_mattress = c("yes", "yes", "yes", "yes", "no", "no", "no"),
  pain_morning_pre  = c(6, 6, 6, 6, 2, 2, 2),
  pain_morning_post = c(3, 4, 5, 2, 2, 1, 3),
  pain_night_pre  = c(4, 6, 7, NA, 3, 5, 8),
  pain_night_post = c(3, 5, 6, NA, 3, 5, 8),
  sleep_quality_pre  = c(5, 6, NA, NA, 4, NA, NA),
  sleep_quality_post = c(7, 6, NA, NA, 5, NA, NA))
write_survey("arms_degenerate", arms_degenerate)
