# Helpers shared by paired.R, groups.R and correlation.R (sourced; not run on its own).
#
# Conventions of the expected-value tables (*.tsv, tab-separated, one statistic a row):
#   dataset  outcome  group  key  expected  r_call
# expected is written with sprintf("%.17g") (full double precision) or NA where the statistic is
# undefined. The JSON contract (shared/spec/analysis-json.md) has no non-finite numbers, so a value
# R gives as NaN, Inf or NA, or a test R refuses to run (an error), is written NA; when one value
# of a test is undefined, every value of that test is (e.g. R's F = Inf with p = 0 when there is
# no variance within groups). The Java tests require null with a reason for every NA.

POSITIONS <- c("side", "back", "stomach", "combination")
OUTCOMES <- c("pain_morning", "pain_night", "sleep_quality")
DATASETS <- sub("\\.csv$", "", sort(list.files("data", pattern = "\\.csv$")))

read_survey <- function(name) {
  read.csv(file.path("data", paste0(name, ".csv")), na.strings = "", stringsAsFactors = FALSE,
           colClasses = c(respondent_id = "character", sleep_position = "character"))
}

# Evaluates expr; NULL when R raises an error (e.g. "data are essentially constant").
attempt <- function(expr) tryCatch(suppressWarnings(expr), error = function(e) NULL)

fmt <- function(v) {
  if (is.null(v) || length(v) != 1 || !is.finite(v)) "NA" else sprintf("%.17g", unname(v))
}

# All values of a test, or NA for all of them when any is not finite.
all_or_none <- function(values) {
  if (all(vapply(values, function(v) !is.null(v) && length(v) == 1 && is.finite(v), TRUE))) {
    values
  } else {
    lapply(values, function(v) NA_real_)
  }
}

new_table <- function() {
  rows <- character(0)
  list(
    add = function(dataset, outcome, group, key, value, call) {
      rows <<- c(rows, paste(dataset, outcome, group, key, fmt(value), call, sep = "\t"))
    },
    write = function(file, script) {
      header <- c(
        paste0("# Expected values produced by `Rscript ", script, "` (", R.version.string, ")"),
        "# from data/*.csv; see common.R for the conventions. Do not edit by hand.",
        paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"))
      writeLines(c(header, rows), file, useBytes = TRUE)
    })
}
