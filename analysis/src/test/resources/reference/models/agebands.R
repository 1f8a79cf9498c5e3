# Reference values for baseline outcomes by mattress age band.
#
# Rerun (from this directory):  Rscript agebands.R    -> agebands-expected.tsv
#
# Per data set and baseline outcome (<outcome>_pre): respondents with both mattress_age_years and
# the outcome, banded by cut(age, c(0, 6, 8, 10, Inf), right = FALSE), i.e. [0,6), [6,8), [8,10),
# [10,Inf) years, the built-in plan's bands (a negative age would fall in no band). Every band is reported, empty or not:
# n, mean, sd and median (type 7) per band; mean and median are NA for an empty band, sd for a
# band of fewer than two. Data sets without a mattress_age_years column have no rows here.

source("helpers.R")
out <- table_writer("agebands.R")
BREAKS <- c(0, 6, 8, 10, Inf)

for (ds in DATASETS) {
  d <- read_any(ds)
  if (!("mattress_age_years" %in% names(d))) next
  for (o in OUTCOMES) {
    col <- paste0(o, "_pre")
    if (!(col %in% names(d))) next
    keep <- !is.na(d$mattress_age_years) & !is.na(d[[col]])
    band <- cut(as.numeric(d$mattress_age_years[keep]), BREAKS, right = FALSE)
    y <- d[[col]][keep]
    out$add(ds, col, "", "n", sum(!is.na(band)),
            "sum(!is.na(band)), band = cut(age, c(0, 6, 8, 10, Inf), right = FALSE)")
    for (b in levels(band)) {
      yb <- y[!is.na(band) & band == b]
      add <- function(key, value, call) out$add(ds, col, b, key, value, call)
      add("n", length(yb), "length(y[band == b])")
      add("mean", mean(yb), "mean(y[band == b])")
      add("sd", sd(yb), "sd(y[band == b])")
      add("median", median(yb), "median(y[band == b])")
    }
  }
}
out$write("agebands-expected.tsv")
