# The hand-made long files of the repeated-measures reference (RepeatedReferenceTest), written
# as other programs write them (write.csv; blank for missing, as REDCap and most tools export).
# generated.csv is not made here: it is sleepstat's own output,
#   sleepstat generate --rows 300 --seed 15 --waves "baseline,week 2,week 4,week 12" \
#     --out cli/src/test/resources/reference/repeated/generated.csv
#
# Rerun (from this directory):  Rscript make-data.R   (then Rscript repeated.R)
#
# redcap.csv          a REDCap-like longitudinal export without its dictionary: record_id,
#                     redcap_event_name (4 events), the yes/no field exported as 1/0 and the
#                     sleep position on the baseline event only, a form status column; intermittent missed events
#                     (rows left out) and blank outcomes in rows that are there; a few records
#                     without the yes/no answer.
# single-arm.csv      three waves pre, week 3, post and no changed_mattress column: the model has
#                     the waves alone; sleep_quality is complete and each respondent's noise is
#                     centred, so the respondent variance is estimated as 0 (a boundary fit).
# one-observation.csv six waves; respondents with one observation only (at baseline, at week 12,
#                     at week 4), one with no group value, dropout and missed waves.
set.seed(1515)
clamp <- function(v, lo = 0, hi = 10) pmin(pmax(v, lo), hi)
simulate <- function(n, waves, treated, slope_no = -0.15, slope_yes = -0.5, sd_id = 1.2,
                     sd_e = 1) {
  k <- length(waves)
  b <- rnorm(n, 0, sd_id)
  d <- expand.grid(w = seq_len(k), id = seq_len(n))
  tr <- treated[d$id]
  base <- 5 + b[d$id]
  d$pain_morning <- round(clamp(base + ifelse(tr, slope_yes, slope_no) * (d$w - 1) +
    rnorm(nrow(d), 0, sd_e)), 1)
  d$pain_night <- round(clamp(base - 1 + ifelse(tr, slope_yes, slope_no) * 0.8 * (d$w - 1) +
    rnorm(nrow(d), 0, sd_e)), 1)
  d$sleep_quality <- round(clamp(6 - 0.5 * b[d$id] + ifelse(tr, 0.4, 0.1) * (d$w - 1) +
    rnorm(nrow(d), 0, sd_e)), 1)
  d$wave <- waves[d$w]
  d
}

# --- redcap.csv ---
n <- 120
events <- c("baseline_arm_1", "week_2_arm_1", "week_6_arm_1", "week_12_arm_1")
treated <- runif(n) < 0.5
d <- simulate(n, events, treated)
d$record_id <- sprintf("%d", 1000 + d$id)
d$redcap_event_name <- d$wave
answer <- ifelse(treated, 1, 0)
answer[c(7, 55, 101)] <- NA # the question left unanswered
d$new_mattress <- ifelse(d$w == 1, answer[d$id], NA)
# intermittent: a follow-up event missed with probability 0.2 (baseline always there)
d <- d[d$w == 1 | runif(nrow(d)) > 0.2, ]
# a blank outcome in a row that is there
blank <- sample(nrow(d), 15)
d$pain_night[blank] <- NA
d$sleep_quality[sample(nrow(d), 10)] <- NA
d$pain_diary_complete <- 2
positions <- c("side", "back", "stomach", "combination")
d$sleep_pos <- ifelse(d$w == 1, positions[1 + d$id %% 4], NA)
out <- data.frame(record_id = d$record_id, redcap_event_name = d$redcap_event_name,
                  changed_mattress = d$new_mattress, sleep_position = d$sleep_pos, pain_morning = d$pain_morning,
                  pain_night = d$pain_night, sleep_quality = d$sleep_quality,
                  pain_diary_complete = d$pain_diary_complete)
write.csv(out, "redcap.csv", row.names = FALSE, na = "")

# --- single-arm.csv ---
n <- 60
waves <- c("pre", "week 3", "post")
d <- simulate(n, waves, rep(TRUE, n))
# sleep quality: the wave effect plus each respondent's noise centred at zero, so that the
# respondent means vary less than the noise allows (REML respondent variance 0)
noise <- rnorm(nrow(d), 0, 1)
noise <- noise - ave(noise, d$id)
d$sleep_quality <- round(6 + 0.4 * (d$w - 1) + noise, 2)
d$respondent_id <- sprintf("S%03d", d$id)
miss <- runif(nrow(d)) < 0.15
d$pain_morning[miss] <- NA
d$pain_night[runif(nrow(d)) < 0.1] <- NA
d$sleep_position <- ifelse(d$w == 1, c("side", "back", "stomach")[1 + d$id %% 3], NA)
out <- data.frame(respondent_id = d$respondent_id, wave = d$wave,
                  sleep_position = d$sleep_position, pain_morning = d$pain_morning,
                  pain_night = d$pain_night, sleep_quality = d$sleep_quality)
write.csv(out, "single-arm.csv", row.names = FALSE, na = "")

# --- one-observation.csv ---
n <- 80
waves <- c("baseline", "week 1", "week 2", "week 4", "week 8", "week 12")
treated <- runif(n) < 0.5
d <- simulate(n, waves, treated)
d$respondent_id <- sprintf("P%03d", d$id)
group <- ifelse(treated, "yes", "no")
group[11] <- NA # no group value: left out and counted
d$changed_mattress <- ifelse(d$w == 1, group[d$id], NA)
# dropout after a random wave, and missed waves
last <- sample(2:6, n, replace = TRUE, prob = c(0.1, 0.1, 0.1, 0.2, 0.5))
keep <- d$w <= last[d$id] & (d$w == 1 | runif(nrow(d)) > 0.15)
# one observation only: respondent 1 at baseline, 2 at week 12 (its group on that row), 3 at
# week 4
keep[d$id == 1] <- d$w[d$id == 1] == 1
keep[d$id == 2] <- d$w[d$id == 2] == 6
keep[d$id == 3] <- d$w[d$id == 3] == 4
d <- d[keep, ]
first <- !duplicated(d$id)
d$changed_mattress <- ifelse(first, group[d$id], NA)
d$sleep_position <- ifelse(first, c("side", "back")[1 + d$id %% 2], NA)
out <- data.frame(respondent_id = d$respondent_id, wave = d$wave,
                  changed_mattress = d$changed_mattress, sleep_position = d$sleep_position, pain_morning = d$pain_morning,
                  pain_night = d$pain_night, sleep_quality = d$sleep_quality)
write.csv(out, "one-observation.csv", row.names = FALSE, na = "")
