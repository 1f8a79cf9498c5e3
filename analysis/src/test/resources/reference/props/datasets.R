# Writes the data sets data/*.csv (sleep-back-pain v1 schema, wide CSV, write.csv with NA for a
# missing value) that props.R and ../firmness/firmness.R compute on.
#
# Rerun (from this directory):  Rscript datasets.R
# then rerun props.R and (from ../firmness) firmness.R. Written with R 4.2.2.
#
#   advice_full     70 respondents with every prop and both firmness variables. Props: side
#                   sleepers with and without a pillow between the knees (scores on a 0.5 grid:
#                   ties, normal approximation); back sleepers of whom none uses a lumbar roll (a
#                   position with no respondent having the prop); stomach sleepers, few (exact
#                   rank-sum and an exact interval at a lowered level); sleep_quality without ties
#                   (exact where both groups are below 50); missing props and values.
#                   Firmness before: soft has no respondents (an empty level), firm has one, some
#                   missing. New firmness among the changers: medium has no respondents, firm has
#                   one, some missing; non-changers have none.
#   advice_lacking  25 respondents without pillow_under_hips and new_mattress_firmness columns
#                   (notes, not errors) and without a changed_mattress column.
set.seed(1414)
dir.create("data", showWarnings = FALSE)
write_survey <- function(name, d) {
  write.csv(d, file.path("data", paste0(name, ".csv")), row.names = FALSE, na = "NA")
}
yes_no <- function(n, p) ifelse(runif(n) < p, "yes", "no")
grid <- function(x) pmin(10, pmax(0, round(x * 2) / 2))

n <- 70
# sleep_position is required by the codebook: never missing
position <- c(rep("side", 32), rep("back", 18), rep("stomach", 9), rep("combination", 11))
changed <- yes_no(n, 0.6)
changed[c(5, 40)] <- NA
between <- ifelse(position == "side", yes_no(n, 0.45), yes_no(n, 0.1))
between[c(3, 20)] <- NA
under_knees <- ifelse(position == "back", yes_no(n, 0.5), yes_no(n, 0.1))
lumbar <- ifelse(position == "back", "no", yes_no(n, 0.2))
hips <- ifelse(position %in% "stomach", "yes", "no")
hips[position %in% "stomach"] <- c("yes", "no", "yes", "no", "no", "yes", "no", "no", NA)
firmness <- sample(c("medium", "medium_firm"), n, replace = TRUE, prob = c(0.55, 0.45))
firmness[12] <- "firm"
firmness[c(7, 33, 61)] <- NA
new_firm <- ifelse(changed %in% "yes",
                   sample(c("soft", "medium_firm"), n, replace = TRUE, prob = c(0.4, 0.6)), NA)
new_firm[which(changed %in% "yes")[4]] <- "firm"
new_firm[which(changed %in% "yes")[9]] <- NA
base <- 4.5 + 0.8 * (between %in% "no") + 0.5 * (firmness %in% "medium")
pain_morning_pre <- grid(base + rnorm(n, 0, 1.6))
pain_morning_post <- grid(pain_morning_pre - ifelse(changed %in% "yes", 1.5, 0.2) -
                            0.8 * (new_firm %in% "medium_firm") + rnorm(n, 0, 1.2))
pain_night_pre <- grid(base - 0.5 + rnorm(n, 0, 1.8))
pain_night_post <- grid(pain_night_pre - ifelse(changed %in% "yes", 1.0, 0) + rnorm(n, 0, 1.4))
sleep_quality_pre <- round(6 - 0.3 * base + rnorm(n, 0, 1.2), 3)
sleep_quality_post <- round(sleep_quality_pre + ifelse(changed %in% "yes", 0.9, 0.1) +
                              rnorm(n, 0, 0.9), 3)
pain_morning_pre[c(2, 15)] <- NA
pain_morning_post[c(8, 44)] <- NA
pain_night_post[c(21)] <- NA
sleep_quality_pre[c(30)] <- NA
advice_full <- data.frame(
  respondent_id = sprintf("F%02d", 1:n), sleep_position = position,
  mattress_firmness = firmness, pillow_between_knees = between,
  pillow_under_knees = under_knees, lumbar_roll = lumbar, pillow_under_hips = hips,
  changed_mattress = changed, new_mattress_firmness = new_firm,
  pain_morning_pre = pain_morning_pre, pain_morning_post = pain_morning_post,
  pain_night_pre = pain_night_pre, pain_night_post = pain_night_post,
  sleep_quality_pre = sleep_quality_pre, sleep_quality_post = sleep_quality_post)
write_survey("advice_full", advice_full)

m <- 25
advice_lacking <- data.frame(
  respondent_id = sprintf("L%02d", 1:m),
  sleep_position = rep(c("side", "back", "stomach", "side", "back"), 5),
  mattress_firmness = sample(c("soft", "medium", "medium_firm", "firm"), m, replace = TRUE),
  pillow_between_knees = yes_no(m, 0.5), pillow_under_knees = yes_no(m, 0.5),
  lumbar_roll = yes_no(m, 0.3),
  pain_morning_pre = round(runif(m, 1, 9), 2), pain_morning_post = round(runif(m, 0, 8), 2))
write_survey("advice_lacking", advice_lacking)
