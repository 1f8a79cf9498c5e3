# Reference values for the error bars of the slide deck's charts that no other reference covers,
# on the bundled sample survey: the t interval of the baseline mean of each sleep position and of
# each mattress age band. The survey is read, validated and normalised by the first part of
# cli/src/test/resources/reference/sample-analysis.R (independent of sleepstat's import).
#
# Rerun from the repository root:
#   Rscript report/src/test/resources/org/sleepstat/report/slides/slide-intervals.R
# -> report/src/test/resources/org/sleepstat/report/slides/slide-intervals-expected.tsv
# Columns: key, expected (%.17g), r_call.

reader <- readLines("cli/src/test/resources/reference/sample-analysis.R")
eval(parse(text = reader[seq_len(grep("^d <- d\\[ok, \\]", reader))]))

rows <- character(0)
add <- function(key, value, call) {
  v <- if (is.null(value) || !is.finite(value)) "NA" else sprintf("%.17g", unname(value))
  rows <<- c(rows, paste(key, v, call, sep = "\t"))
}

for (o in c("pain_morning", "pain_night", "sleep_quality")) {
  pre <- d[[paste0(o, "_pre")]]
  for (lv in c("side", "back", "stomach", "combination")) {
    v <- pre[which(!is.na(pre) & d$sleep_position == lv)]
    ci <- t.test(v)$conf.int
    k <- paste0("position/", o, "_pre/", lv, "/")
    add(paste0(k, "ci_low"), ci[1], "t.test(y[g == level])$conf.int[1]")
    add(paste0(k, "ci_high"), ci[2], "t.test(y[g == level])$conf.int[2]")
  }
  keep <- !is.na(pre) & !is.na(d$mattress_age_years)
  band <- cut(d$mattress_age_years[keep], c(0, 6, 8, 10, Inf), right = FALSE)
  y <- pre[keep]
  for (b in levels(band)) {
    ci <- t.test(y[which(band == b)])$conf.int
    k <- paste0("band/", o, "_pre/", b, "/")
    add(paste0(k, "ci_low"), ci[1], "t.test(y[cut(age, c(0, 6, 8, 10, Inf), right = FALSE) == band])$conf.int[1]")
    add(paste0(k, "ci_high"), ci[2], "t.test(y[cut(age, c(0, 6, 8, 10, Inf), right = FALSE) == band])$conf.int[2]")
  }
}

writeLines(c(paste0("# Rscript report/src/test/resources/org/sleepstat/report/slides/",
    "slide-intervals.R (", R.version.string, ") on the bundled sample survey"),
  "key\texpected\tr_call", rows),
  "report/src/test/resources/org/sleepstat/report/slides/slide-intervals-expected.tsv")
