# Reference values for the Hodges-Lehmann shift of two samples (Java: HodgesLehmannShift) and the
# Welch interval of the difference of means (Java: WelchDifference):
#   wilcox.test(x, y, conf.int = TRUE)$estimate, $conf.int and attr($conf.int, "conf.level")
#   (exact when both samples have fewer than 50 values and no value is tied, else the normal
#   approximation with the tie and continuity corrections, R's defaults), and
#   t.test(x, y)$conf.int with diff(rev(t.test(x, y)$estimate)).
#
# Rerun (from this directory):  Rscript shift.R  -> samples.csv, shift-expected.tsv
#
# samples.csv (write.csv): case, sample (x or y), value. Cases: small without ties (exact), two
# against three (exact; R lowers the level), one against four (exact), ties (normal), a group of
# one against many with ties (normal; the lower end is the end of the range), 49 against 49
# (exact, the largest), survey scores on a 0.5 grid (normal, many ties), a clear shift (normal),
# each group constant (R stops: NA).
# Table layout as the other reference tables (tab-separated, one statistic a row):
#   dataset  outcome  group  key  expected  r_call
fmt <- function(v) {
  if (is.null(v) || length(v) != 1 || !is.finite(v)) "NA" else sprintf("%.17g", unname(v))
}
set.seed(14)
cases <- list(
  small_exact = list(x = c(1.1, 2.4, 3.9, 5.2, 0.3), y = c(4.4, 6.1, 7.7, 2.2, 8.8, 9.5)),
  two_three = list(x = c(3.5, 1.25), y = c(6.5, 2.75, 8)),
  one_four = list(x = 5.5, y = c(1, 2.5, 7, 9)),
  small_ties = list(x = c(1, 2, 2, 3, 5), y = c(2, 4, 4, 6, 7, 7)),
  one_many_ties = list(x = 0, y = c(3, 4, 4, 5, 6, 6, 6, 7, 8, 9, 9)),
  exact_49 = list(x = round(rnorm(49, 10, 3), 6), y = round(rnorm(49, 11, 3), 6) + 1e-7),
  scores = list(x = round(pmin(10, pmax(0, rnorm(80, 5, 2))) * 2) / 2,
                y = round(pmin(10, pmax(0, rnorm(95, 5.6, 2))) * 2) / 2),
  shifted = list(x = round(rnorm(300, 40, 12), 1), y = round(rnorm(250, 46, 15), 1)),
  constant = list(x = c(4, 4, 4), y = c(6, 6)))
samples <- do.call(rbind, lapply(names(cases), function(k) rbind(
  data.frame(case = k, sample = "x", value = cases[[k]]$x),
  data.frame(case = k, sample = "y", value = cases[[k]]$y))))
write.csv(samples, "samples.csv", row.names = FALSE)
back <- read.csv("samples.csv", stringsAsFactors = FALSE)
rows <- character(0)
add <- function(case, key, value, call) {
  rows <<- c(rows, paste("samples", case, "", key, fmt(value), call, sep = "\t"))
}
for (k in names(cases)) {
  # the values as Java reads them back from the CSV
  x <- back$value[back$case == k & back$sample == "x"]
  y <- back$value[back$case == k & back$sample == "y"]
  w <- tryCatch(suppressWarnings(wilcox.test(x, y, conf.int = TRUE)), error = function(e) NULL)
  call <- "wilcox.test(x, y, conf.int = TRUE)"
  add(k, "hl_estimate", w$estimate, paste0(call, "$estimate"))
  add(k, "hl_ci_low", w$conf.int[1], paste0(call, "$conf.int[1]"))
  add(k, "hl_ci_high", w$conf.int[2], paste0(call, "$conf.int[2]"))
  add(k, "hl_level", if (!is.null(w)) attr(w$conf.int, "conf.level"),
      paste0("attr(", call, "$conf.int, \"conf.level\")"))
  add(k, "exact", if (!is.null(w)) as.numeric(grepl("exact", w$method)),
      paste0("grepl(\"exact\", ", call, "$method)"))
  t <- tryCatch(t.test(x, y), error = function(e) NULL)
  add(k, "difference", mean(x) - mean(y), "mean(x) - mean(y)")
  add(k, "ci_low", t$conf.int[1], "t.test(x, y)$conf.int[1]")
  add(k, "ci_high", t$conf.int[2], "t.test(x, y)$conf.int[2]")
}
writeLines(c(paste0("# Expected values produced by `cd stats/src/test/resources/reference/shift",
                    " && Rscript shift.R` (", R.version.string, "). Do not edit by hand."),
             paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"), rows),
           "shift-expected.tsv")
