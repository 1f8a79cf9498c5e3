# Reference values for values that differ from each other by far less than their size: every
# pain_morning value is 10 - k * 1e-8 for a small whole k, so the group means differ in their
# 8th digit and a mean rounded twice (the sum, then the quotient) moves F by about 1e-7.
#
# Rerun (from this directory):  Rscript near-equal.R   -> near_equal.csv, near-equal-expected.tsv
#
# The expected values are R's own calls on y - 10 (for the changes, post - pre), which is exact
# in binary arithmetic for every value here (Sterbenz): the tests and estimates are invariant
# under that shift, so R computes them on numbers near 0 without the cancellation, and they are
# the exact values to about 1e-15. R's calls on the raw values themselves differ from these by
# up to 5e-9 relative (R rounds each group mean to double before subtracting the grand mean);
# the Java code is held to the exact values at 1e-12 relative, see NearEqualValuesTest.
# Games-Howell is computed by its formula with ptukey / qtukey (as rstatix::games_howell_test).

k_pre <- c(0, 3, 7, 1, 9, 4, 2, 8, 5, 6, 11, 2, 9, 0, 13, 3, 1, 4, 1, 5, 9, 2, 6, 5,
           17, 12, 14, 10, 16, 15)
k_change <- c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4,
              3, 3, 8, 3, 2, 7)
position <- rep(c("side", "back", "stomach", "combination"), c(8, 7, 9, 6))
changed <- rep(c("yes", "no"), 15)
pre <- 10 - k_pre * 1e-8
post <- pre - k_change * 1e-8

survey <- data.frame(respondent_id = sprintf("N%02d", seq_along(pre)),
                     sleep_position = position, changed_mattress = changed,
                     pain_morning_pre = sprintf("%.17g", pre),
                     pain_morning_post = sprintf("%.17g", post))
write.csv(survey, "near_equal.csv", row.names = FALSE, quote = FALSE)
# read back as the Java code reads it, so both work on the same doubles
d <- read.csv("near_equal.csv", colClasses = c("character", "character", "character",
                                               "numeric", "numeric"))
stopifnot(identical(d$pain_morning_pre, pre), identical(d$pain_morning_post, post))

rows <- character(0)
add <- function(group, key, value, call) {
  rows <<- c(rows, paste("near_equal", "pain_morning", group, key, sprintf("%.17g", value),
                         call, sep = "\t"))
}

# --- positions: baseline pain_morning_pre by sleep_position
g <- factor(position, levels = c("side", "back", "stomach", "combination"))
s <- pre - 10
stopifnot(identical(s + 10, pre))
for (p in levels(g)) {
  add(p, "mean", mean(pre[g == p]), "mean(y[g == p])")
  add(p, "sd", sd(s[g == p]), "sd(y[g == p] - 10)")
}
classic <- oneway.test(s ~ g, var.equal = TRUE)
add("", "anova_f", classic$statistic, "oneway.test(y - 10 ~ g, var.equal = TRUE)$statistic")
add("", "p_anova", classic$p.value, "oneway.test(y - 10 ~ g, var.equal = TRUE)$p.value")
welch <- oneway.test(s ~ g)
add("", "welch_f", welch$statistic, "oneway.test(y - 10 ~ g)$statistic")
add("", "welch_df2", welch$parameter[2], "oneway.test(y - 10 ~ g)$parameter[2]")
add("", "p_welch", welch$p.value, "oneway.test(y - 10 ~ g)$p.value")
a <- anova(lm(s ~ g))
add("", "eta_squared", a[1, 2] / sum(a[, 2]), "anova(lm(y - 10 ~ g)): SS_g / SS_total")

k <- nlevels(g)
for (i in 1:(k - 1)) for (j in (i + 1):k) {
  x1 <- s[g == levels(g)[i]]; x2 <- s[g == levels(g)[j]]
  v1 <- var(x1) / length(x1); v2 <- var(x2) / length(x2)
  se <- sqrt(v1 + v2)
  df <- (v1 + v2)^2 / (v1^2 / (length(x1) - 1) + v2^2 / (length(x2) - 1))
  diff <- mean(x2) - mean(x1)
  t <- diff / se
  pair <- paste(levels(g)[i], levels(g)[j], sep = "-")
  add(pair, "mean_difference", diff, "mean(y2 - 10) - mean(y1 - 10)")
  add(pair, "gh_t", t, "Games-Howell t = diff / sqrt(var1/n1 + var2/n2)")
  add(pair, "gh_df", df, "Games-Howell Welch-Satterthwaite df")
  add(pair, "p_gh", ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE),
      "ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE)")
  half <- qtukey(0.95, k, df) / sqrt(2) * se
  add(pair, "gh_ci_low", diff - half, "diff - qtukey(0.95, k, df) / sqrt(2) * se")
  add(pair, "gh_ci_high", diff + half, "diff + qtukey(0.95, k, df) / sqrt(2) * se")
}

# --- arms: Welch's t-test of the changes, changed yes against no
change <- post - pre
yes <- change[changed == "yes"]; no <- change[changed == "no"]
w <- t.test(yes, no)
add("", "welch_t", w$statistic, "t.test(change[yes], change[no])$statistic")
add("", "welch_df", w$parameter, "t.test(change[yes], change[no])$parameter")
add("", "welch_difference", w$estimate[1] - w$estimate[2], "diff(rev(t.test(...)$estimate))")

# --- paired: t-test of post against pre over the pairs who changed mattress
y <- changed == "yes"
pt <- t.test(post[y] - 10, pre[y] - 10, paired = TRUE)
add("", "paired_t", pt$statistic,
    "t.test(post[yes] - 10, pre[yes] - 10, paired = TRUE)$statistic")
add("", "mean_pre", mean(pre[y]), "mean(pre[yes])")

writeLines(c(sprintf("# Expected values produced by `Rscript near-equal.R` (%s); do not edit.",
                     R.version.string),
             "dataset\toutcome\tgroup\tkey\texpected\tr_call", rows),
           "near-equal-expected.tsv")
