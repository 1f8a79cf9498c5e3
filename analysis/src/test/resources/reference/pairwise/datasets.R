# Writes the inputs that only the pairwise references use (the shared surveys in ../data are
# read, not written, here):
#   data/pairwise_edge.csv   a survey (sleep-back-pain v1 schema, wide CSV) built for the edges of
#                            the pairwise comparisons, see below;
#   worked-examples.csv      two published worked examples, as example,group,value rows.
#
# Rerun (from this directory):  Rscript datasets.R      then  Rscript pairwise.R
#
# pairwise_edge, by outcome (positions side 9, back 6, stomach 5, combination 3 respondents):
#   pain_morning_pre  whole-point scores with ties across positions, unequal sizes (8, 5, 4),
#                     missing values, and a combination position of ONE respondent (n = 1, value
#                     10): listed, but not tested or ranked; were it ranked, every mean rank and
#                     the tie term would change.
#   pain_night_pre    four tested positions: side and back each constant (Games-Howell standard
#                     error 0 for side-back, Dunn still defined); stomach n = 2, so its Welch df
#                     with a constant position is 1 and with combination 1.39 (< 2: ptukey NaN);
#                     combination n = 3, Welch df exactly 2 against a constant position.
#   sleep_quality_pre every tested value equal (7): Kruskal-Wallis, epsilon squared, Dunn and
#                     Games-Howell all undefined; a stomach respondent of one with 3, excluded.
#
# worked-examples.csv:
#   toothgrowth   R's datasets::ToothGrowth, len by dose (0.5, 1, 2; 20 each). rstatix's
#                 documented example `ToothGrowth %>% games_howell_test(len ~ dose)` prints
#                 estimates 9.13, 15.5, 6.37, intervals [5.69, 12.6], [12.3, 18.7], [3.19, 9.54]
#                 and p.adj 3.76e-7, ~0, 5.57e-5 (rstatix reference pages, datanovia).
#   likert        the Kruskal-Wallis chapter of Mangiafico's R Companion handbook
#                 (rcompanion.org/handbook/F_08.html): Likert scores of speakers Pooh, Piglet,
#                 Tigger (10 each, heavy ties); FSA::dunnTest prints Z = -3.7702412 (Piglet -
#                 Pooh), -3.2889338 (Piglet - Tigger), 0.4813074 (Pooh - Tigger) with unadjusted
#                 p 0.0001630898, 0.0010056766, 0.6302980448, and kruskal.test gives
#                 chi-squared = 16.842, p = 0.0002202.
# pairwise.R recomputes both with its own plain-R formulas and stops unless it reproduces the
# published numbers.

dir.create("data", showWarnings = FALSE)
pos <- c(rep("side", 9), rep("back", 6), rep("stomach", 5), rep("combination", 3))
n <- length(pos)
pairwise_edge <- data.frame(
  respondent_id = sprintf("P%02d", 1:n),
  sleep_position = pos,
  mattress_age_years = c(3, 8, 12, 5, NA, 7, 9, 2, 15,   6, 6, 11, 4, 8, 10,   13, 1, NA, 7, 9,
                         3, 5, 14),
  changed_mattress = rep(c("yes", "no", "yes"), length.out = n),
  pain_morning_pre = c(3, 5, 5, 6, NA, 4, 5, 7, 2,   6, 7, 7, 8, 5, NA,   2, 3, 3, 5, NA,
                       10, NA, NA),
  pain_morning_post = c(2, 3, 5, 4, 3, 4, 2, 5, 2,   5, 6, 7, 5, 4, 3,   2, 1, 3, 2, 4,
                        7, 5, NA),
  pain_night_pre = c(rep(4, 9),   rep(6, 6),   1, 9, NA, NA, NA,   2, 5, 8),
  pain_night_post = c(3, 4, 4, 2, 4, 3, 4, 4, 1,   5, 6, 4, 6, 5, 6,   1, 6, 2, 3, 4,   2, 3, 6),
  sleep_quality_pre = c(7, 7, NA, 7, 7, 7, 7, 7, 7,   7, 7, 7, NA, 7, 7,   3, NA, NA, NA, NA,
                        NA, NA, NA),
  sleep_quality_post = c(8, 7, 6, 9, 7, 8, 7, 8, 9,   7, 8, 7, 6, 8, 9,   5, 6, 4, 7, 6,   5, 7, 8))
write.csv(pairwise_edge, file.path("data", "pairwise_edge.csv"), row.names = FALSE, na = "",
          quote = FALSE)

likert <- data.frame(
  example = "likert",
  group = rep(c("Pooh", "Piglet", "Tigger"), each = 10),
  value = c(3, 5, 4, 4, 4, 4, 4, 4, 5, 5,
            2, 4, 2, 2, 1, 2, 3, 2, 2, 3,
            4, 4, 4, 4, 5, 3, 5, 4, 4, 3))
toothgrowth <- data.frame(example = "toothgrowth", group = format(ToothGrowth$dose),
                          value = ToothGrowth$len)
toothgrowth$group <- trimws(toothgrowth$group)
write.csv(rbind(toothgrowth, likert), "worked-examples.csv", row.names = FALSE, quote = FALSE)
