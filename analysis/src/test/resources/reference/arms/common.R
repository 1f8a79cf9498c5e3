# Helpers shared by the scripts of this folder (sourced; not run on its own). Run every script
# from this folder. The expected-value tables follow ../common.R (whose fmt, attempt and
# all_or_none are used here): tab-separated, one statistic a row,
#   dataset  outcome  group  key  expected  r_call
# expected written with sprintf("%.17g"), or NA where the statistic is undefined (R gives NaN, Inf,
# NA or an error). The Java tests require an undefined value with a reason for every NA.

source("../common.R")

# Data sets: the shared ones in ../data and the ones of this folder in data/ (names are unique).
ARM_DATASETS <- sub("\\.csv$", "", sort(list.files("data", pattern = "\\.csv$")))
ALL_DATASETS <- c(sub("\\.csv$", "", sort(list.files("../data", pattern = "\\.csv$"))),
                  ARM_DATASETS)

survey_path <- function(name) {
  if (name %in% ARM_DATASETS) file.path("data", paste0(name, ".csv"))
  else file.path("../data", paste0(name, ".csv"))
}

read_arm_survey <- function(name) {
  read.csv(survey_path(name), na.strings = "", stringsAsFactors = FALSE,
           colClasses = c(respondent_id = "character", sleep_position = "character"))
}

new_arm_table <- function() {
  rows <- character(0)
  list(
    add = function(dataset, outcome, group, key, value, call) {
      rows <<- c(rows, paste(dataset, outcome, group, key, fmt(value), call, sep = "\t"))
    },
    write = function(file, script) {
      header <- c(
        paste0("# Expected values produced by `cd analysis/src/test/resources/reference/arms && ",
               "Rscript ", script, "` (", R.version.string, ")"),
        "# from ../data/*.csv and data/*.csv; see common.R for the conventions. Do not edit by hand.",
        paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"))
      writeLines(c(header, rows), file, useBytes = TRUE)
    })
}
