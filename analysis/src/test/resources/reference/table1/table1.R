# Reference values for the sample description (Table 1), from survey.csv (sleepstat generate
# --rows 240 --seed 11, then: no "water" mattresses, two changed_mattress cells blanked).
# Rerun (from this directory):  Rscript table1.R  -> table1-expected.tsv
# Groups: overall; changed_mattress == "yes"; changed_mattress == "no" (a missing
# changed_mattress counts in overall only). Numbers: n, missing, mean, sd, median, q1, q3
# (quantile type 7, R's default). Levels: count and 100 * count / n (n = respondents answering).
d <- read.csv("survey.csv", na.strings = "", stringsAsFactors = FALSE,
              colClasses = c(respondent_id = "character"))
LEVELS <- list(sex = c("female", "male", "other", "unknown"),
  sleep_position = c("side", "back", "stomach", "combination"),
  mattress_firmness = c("soft", "medium", "medium_firm", "firm"),
  mattress_type = c("innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other"))
groups <- list(overall = rep(TRUE, nrow(d)),
               "changed_mattress = yes" = d$changed_mattress %in% "yes",
               "changed_mattress = no" = d$changed_mattress %in% "no")
fmt <- function(v) if (is.null(v) || length(v) != 1 || !is.finite(v)) "NA" else sprintf("%.17g", unname(v))
rows <- character(0)
add <- function(g, v, key, value, call) rows <<- c(rows, paste(g, v, key, fmt(value), call, sep = "\t"))
for (v in setdiff(names(d), "respondent_id")) {
  for (g in names(groups)) {
    col <- d[[v]][groups[[g]]]
    x <- col[!is.na(col)]
    add(g, v, "n", length(x), "sum(!is.na(x))")
    add(g, v, "missing", sum(is.na(col)), "sum(is.na(x))")
    if (is.numeric(d[[v]])) {
      add(g, v, "mean", if (length(x)) mean(x), "mean(x)")
      add(g, v, "sd", if (length(x) > 1) sd(x), "sd(x)")
      add(g, v, "median", if (length(x)) median(x), "median(x)")
      add(g, v, "q1", if (length(x)) quantile(x, 0.25), "quantile(x, 0.25)")
      add(g, v, "q3", if (length(x)) quantile(x, 0.75), "quantile(x, 0.75)")
    } else {
      lv <- if (!is.null(LEVELS[[v]])) LEVELS[[v]] else c("no", "yes")
      counts <- table(factor(x, levels = lv))
      for (l in lv) {
        add(g, v, paste0("count:", l), counts[[l]], "table(factor(x, levels))[level]")
        add(g, v, paste0("percent:", l), if (length(x)) 100 * counts[[l]] / length(x),
            "100 * count / n")
      }
    }
  }
}
writeLines(c(paste0("# Rscript table1.R (", R.version.string, ")"),
             paste("group", "variable", "key", "expected", "r_call", sep = "\t"), rows),
           "table1-expected.tsv")
