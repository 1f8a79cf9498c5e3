# Reference values for the numbers the report's charts draw, on the bundled sample survey: the
# means before and after with their t intervals, the box plots by sleep position (quartiles of
# R's quantile type 7, whiskers to the last value within 1.5 IQR, as ggplot2's geom_boxplot), and
# the least-squares line of baseline outcome on mattress age with its 95% confidence band at a few
# ages (predict(lm(y ~ age), interval = "confidence")); the same means for the untreated pairs
# (changed_mattress = "no", before_after_no/). The survey is read, validated and
# normalised by the first part of cli/src/test/resources/reference/sample-analysis.R (independent
# of sleepstat's import).
#
# Rerun from the repository root:
#   Rscript report/src/test/resources/org/sleepstat/report/report-charts.R
# -> report/src/test/resources/org/sleepstat/report/report-charts-expected.tsv
# Columns: key, expected (%.17g), r_call.

reader <- readLines("cli/src/test/resources/reference/sample-analysis.R")
eval(parse(text = reader[seq_len(grep("^d <- d\\[ok, \\]", reader))]))

rows <- character(0)
add <- function(key, value, call) {
  v <- if (is.null(value) || !is.finite(value)) "NA" else sprintf("%.17g", unname(value))
  rows <<- c(rows, paste(key, v, call, sep = "\t"))
}

for (o in c("pain_morning", "pain_night", "sleep_quality")) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  keep <- !is.na(pre) & !is.na(post) & d$changed_mattress %in% "yes"
  keep_no <- !is.na(pre) & !is.na(post) & d$changed_mattress %in% "no"
  for (wave in c("before", "after", "no_before", "no_after")) {
    x <- switch(wave, before = pre[keep], after = post[keep], no_before = pre[keep_no],
                no_after = post[keep_no])
    tt <- t.test(x)
    k <- if (startsWith(wave, "no_")) paste0("before_after_no/", o, "/", sub("no_", "", wave), "/")
         else paste0("before_after/", o, "/", wave, "/")
    add(paste0(k, "n"), length(x), "length(x)")
    add(paste0(k, "mean"), mean(x), "mean(x)")
    add(paste0(k, "sd"), sd(x), "sd(x)")
    add(paste0(k, "ci_low"), tt$conf.int[1], "t.test(x)$conf.int[1]")
    add(paste0(k, "ci_high"), tt$conf.int[2], "t.test(x)$conf.int[2]")
  }

  y <- pre[!is.na(pre)]; g <- d$sleep_position[!is.na(pre)]
  for (lv in c("side", "back", "stomach", "combination")) {
    v <- y[g == lv]
    q <- quantile(v, c(0.25, 0.5, 0.75), type = 7)
    reach <- 1.5 * (q[3] - q[1])
    inside <- v[v >= q[1] - reach & v <= q[3] + reach]
    k <- paste0("box/", o, "_pre/", lv, "/")
    add(paste0(k, "n"), length(v), "length(v)")
    add(paste0(k, "q1"), q[1], "quantile(v, 0.25, type = 7)")
    add(paste0(k, "median"), q[2], "quantile(v, 0.5, type = 7)")
    add(paste0(k, "q3"), q[3], "quantile(v, 0.75, type = 7)")
    add(paste0(k, "lower_whisker"), min(inside), "min(v[v >= q1 - 1.5 * IQR])")
    add(paste0(k, "upper_whisker"), max(inside), "max(v[v <= q3 + 1.5 * IQR])")
    add(paste0(k, "beyond"), length(v) - length(inside), "sum(outside the whiskers)")
  }

  keep <- !is.na(pre) & !is.na(d$mattress_age_years)
  fit <- coef(lm(pre[keep] ~ d$mattress_age_years[keep]))
  k <- paste0("line/", o, "_pre/")
  add(paste0(k, "n"), sum(keep), "sum(keep)")
  add(paste0(k, "intercept"), fit[1], "coef(lm(y ~ age))[1]")
  add(paste0(k, "slope"), fit[2], "coef(lm(y ~ age))[2]")
  age <- d$mattress_age_years[keep]; y <- pre[keep]
  at <- c(3, 8, 15)
  band <- predict(lm(y ~ age), data.frame(age = at), interval = "confidence")
  for (i in seq_along(at)) {
    b <- paste0("band/", o, "_pre/", at[i], "/")
    call <- sprintf("predict(lm(y ~ age), data.frame(age = %g), interval = \"confidence\")", at[i])
    add(paste0(b, "lwr"), band[i, "lwr"], paste0(call, "[, \"lwr\"]"))
    add(paste0(b, "upr"), band[i, "upr"], paste0(call, "[, \"upr\"]"))
  }
}

writeLines(c(paste0("# Rscript report/src/test/resources/org/sleepstat/report/report-charts.R (",
                    R.version.string, ") on ", file),
             paste("key", "expected", "r_call", sep = "\t"), rows),
           "report/src/test/resources/org/sleepstat/report/report-charts-expected.tsv")
