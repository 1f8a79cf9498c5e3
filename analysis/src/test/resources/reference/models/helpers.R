# Helpers shared by agebands.R, regression.R and categorical.R (sourced; not run on its own).
#
# The expected-value tables (*-expected.tsv) follow ../common.R's conventions: tab-separated, one
# statistic a row, columns dataset, outcome, group, key, expected, r_call; expected written with
# sprintf("%.17g") or NA where R gives no finite value (NaN, Inf, NA, or an error). A key that
# starts with "p_" is a p-value (compared to 1e-10 absolute, the others to 1e-9 relative).
# The data sets are this folder's data/*.csv (written by datasets.R) and the shared ../data/*.csv
# (written by ../datasets.R, read here unchanged).

source("../common.R") # fmt, attempt, all_or_none, POSITIONS, OUTCOMES

FIRMNESS <- c("soft", "medium", "medium_firm", "firm")
MODEL_DATASETS <- sub("\\.csv$", "", sort(list.files("data", pattern = "\\.csv$")))
SHARED_DATASETS <- sub("\\.csv$", "", sort(list.files("../data", pattern = "\\.csv$")))
DATASETS <- c(SHARED_DATASETS, MODEL_DATASETS)

read_any <- function(name) {
  dir <- if (name %in% MODEL_DATASETS) "data" else "../data"
  read.csv(file.path(dir, paste0(name, ".csv")), na.strings = "", stringsAsFactors = FALSE,
           colClasses = c(respondent_id = "character", sleep_position = "character"))
}

# The sleep-back-pain schema's categories as R factors in codebook order; ordered = FALSE so that
# lm uses treatment contrasts for mattress_firmness (an ordinal in the codebook) rather than the
# polynomial contrasts R gives an ordered factor.
as_factors <- function(d) {
  if ("sleep_position" %in% names(d)) d$sleep_position <- factor(d$sleep_position, levels = POSITIONS, ordered = FALSE)
  if ("mattress_firmness" %in% names(d)) d$mattress_firmness <- factor(d$mattress_firmness, levels = FIRMNESS, ordered = FALSE)
  if ("changed_mattress" %in% names(d)) d$changed_mattress <- factor(d$changed_mattress, levels = c("no", "yes"))
  d
}

table_writer <- function(script) {
  rows <- character(0)
  list(
    add = function(dataset, outcome, group, key, value, call) {
      rows <<- c(rows, paste(dataset, outcome, group, key, fmt(value), call, sep = "\t"))
    },
    write = function(file) {
      header <- c(
        paste0("# Expected values produced by `Rscript ", script, "` (", R.version.string, ")"),
        "# in analysis/src/test/resources/reference/models, from data/*.csv and ../data/*.csv;",
        "# see helpers.R for the conventions. Do not edit by hand.",
        paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"))
      writeLines(c(header, rows), file, useBytes = TRUE)
    })
}
