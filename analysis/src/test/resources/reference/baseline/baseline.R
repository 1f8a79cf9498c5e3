# Reference values for Table 1 in manuscript form (Java: BaselineTable), on the bundled sample
# survey (data module, org/sleepstat/data/sample-survey.csv), as sleepstat imports it:
#   - the 5 rows sleepstat rejects are dropped (file lines 19, 56, 101, 151, 204: a pain of 11,
#     the position "hammock", a duplicate id, the age "forty", a row with 28 fields);
#   - the codebook's spellings are read as their levels (F = female; Lateral = side, prone =
#     stomach, supine = back; Medium-firm = medium_firm; Memory foam = memory_foam; Y, N).
#   - the missing tokens empty, NA, N/A, "." and NaN are missing values (a bmi of N/A).
# Groups: g = changed_mattress, "yes" (treated) against the others; respondents without it are
# left out of every test. Baseline variables: the respondent variables but the id, the group,
# the red flags, weeks_since_change and the new mattress's firmness and type (the built-in plan's
# table1 omits them: they are known after the change), then the outcomes' baseline columns. mattress_age_years and pain_duration_weeks are medians (the built-in plan).
#
# Rerun (from this directory):  Rscript baseline.R  -> baseline-expected.tsv
#
# Keys: n_yes, n_others (respondents of each group), p_value (the test's $p.value), test (1 t.test,
# 2 wilcox.test, 3 chisq.test, 4 fisher.test), smd (treated - others; per level for counts,
# in the group column of the row).
fmt <- function(v) {
  if (is.null(v) || length(v) != 1 || !is.finite(v)) "NA" else sprintf("%.17g", unname(v))
}
d <- read.csv("../../../../../../data/src/main/resources/org/sleepstat/data/sample-survey.csv",
              na.strings = c("", "NA", "N/A", ".", "NaN"), colClasses = "character")
d <- d[-(c(19, 56, 101, 151, 204) - 1), ]
stopifnot(nrow(d) == 395)
spell <- c(F = "female", Lateral = "side", prone = "stomach", supine = "back",
           "Medium-firm" = "medium_firm", "Memory foam" = "memory_foam", Y = "yes", N = "no")
for (v in names(d)) {
  hit <- !is.na(d[[v]]) & d[[v]] %in% names(spell)
  d[[v]][hit] <- spell[d[[v]][hit]]
}
numbers <- c("age_years", "bmi", "mattress_age_years", "exercise_days_week",
             "pain_duration_weeks", "pain_morning_pre", "pain_night_pre", "sleep_quality_pre")
for (v in numbers) d[[v]] <- as.numeric(d[[v]])
medians <- c("mattress_age_years", "pain_duration_weeks")
baseline <- c("age_years", "sex", "bmi", "sleep_position", "mattress_age_years",
              "mattress_firmness", "mattress_type", "pillow_between_knees",
              "pillow_under_knees", "lumbar_roll", "pillow_under_hips", "exercise_days_week",
              "pain_duration_weeks", "pain_morning_pre", "pain_night_pre", "sleep_quality_pre")
rows <- character(0)
add <- function(v, group, key, value, call) {
  rows <<- c(rows, paste("sample-survey", v, group, key, fmt(value), call, sep = "\t"))
}
known <- d[!is.na(d$changed_mattress), ]
g <- factor(known$changed_mattress, levels = c("no", "yes"))
add("", "", "n_yes", sum(g == "yes"), "sum(changed_mattress == \"yes\")")
add("", "", "n_others", sum(g == "no"), "sum(changed_mattress == \"no\")")
for (v in baseline) {
  x <- known[[v]]
  if (v %in% numbers) {
    yes <- x[g == "yes" & !is.na(x)]
    no <- x[g == "no" & !is.na(x)]
    smd <- (mean(yes) - mean(no)) / sqrt((sd(yes)^2 + sd(no)^2) / 2)
    add(v, "", "smd", smd, "(mean(x1) - mean(x2)) / sqrt((sd(x1)^2 + sd(x2)^2) / 2)")
    if (v %in% medians) {
      add(v, "", "test", 2, "wilcox.test")
      add(v, "", "p_value", wilcox.test(x ~ g)$p.value, "wilcox.test(x ~ g)$p.value")
    } else {
      add(v, "", "test", 1, "t.test")
      add(v, "", "p_value", t.test(x ~ g)$p.value, "t.test(x ~ g)$p.value")
    }
  } else {
    ok <- !is.na(x)
    tab <- table(g[ok], x[ok])
    e <- suppressWarnings(chisq.test(tab))$expected
    if (any(e < 5)) {
      add(v, "", "test", 4, "fisher.test")
      add(v, "", "p_value", fisher.test(tab)$p.value, "fisher.test(table(g, x))$p.value")
    } else {
      add(v, "", "test", 3, "chisq.test")
      add(v, "", "p_value", chisq.test(tab)$p.value, "chisq.test(table(g, x))$p.value")
    }
    for (l in colnames(tab)) {
      p1 <- mean(x[ok & g == "yes"] == l)
      p2 <- mean(x[ok & g == "no"] == l)
      add(v, l, "smd", (p1 - p2) / sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2),
          "(p1 - p2) / sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / 2)")
    }
  }
}
writeLines(c(paste0("# Expected values produced by `cd analysis/src/test/resources/reference/",
                    "baseline && Rscript baseline.R` (", R.version.string, ")."),
             "# See the head of the script for the rows. Do not edit by hand.",
             paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"), rows),
           "baseline-expected.tsv")
