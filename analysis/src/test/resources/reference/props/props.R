# Reference values for the props by position (issue 14, item 3; Java: PropsByPosition).
#
# Rerun (from this directory):  Rscript props.R  -> props-expected.tsv   (data: Rscript datasets.R)
#
# For each data set and each prop the built-in plan names for a position (side:
# pillow_between_knees; back: pillow_under_knees, lumbar_roll; stomach: pillow_under_hips) whose
# column the file has: within the respondents of that position with the prop known, those with
# the prop (yes) against those without (no), on
#   baseline  each <outcome>_pre (respondents with a value), group "<position>/<prop>/baseline";
#   change    post - pre of each outcome with both columns, over changed_mattress == "yes" (every
#             respondent when the file has no changed_mattress column), group ".../change".
# With y = the values with the prop and n = those without:
#   n_with, n_without, mean_with, mean_without   length(y), length(n), mean(y), mean(n)
#   difference, ci_low, ci_high, t, df, p_t      mean(y) - mean(n); t.test(y, n)$conf.int,
#                                                $statistic, $parameter, $p.value
#   w, p_w, exact                                wilcox.test(y, n)$statistic, $p.value, and
#                                                whether its method is the exact one
#   hl_estimate, hl_ci_low, hl_ci_high, hl_level wilcox.test(y, n, conf.int = TRUE)$estimate,
#                                                $conf.int, attr($conf.int, "conf.level")
# NA where R gives NaN or stops (fewer than 2 values for t.test, no values for wilcox.test).
source("../common.R")
PROPS <- list(side = "pillow_between_knees", back = c("pillow_under_knees", "lumbar_roll"),
              stomach = "pillow_under_hips")
out <- new_table()
for (ds in DATASETS) {
  d <- read.csv(file.path("data", paste0(ds, ".csv")), stringsAsFactors = FALSE)
  treated <- if ("changed_mattress" %in% names(d)) d$changed_mattress %in% "yes"
             else rep(TRUE, nrow(d))
  for (pos in names(PROPS)) for (prop in PROPS[[pos]]) {
    if (!(prop %in% names(d))) next
    for (o in OUTCOMES) for (measure in c("baseline", "change")) {
      pre <- paste0(o, "_pre"); post <- paste0(o, "_post")
      if (!(pre %in% names(d))) next
      if (measure == "change" && !(post %in% names(d))) next
      v <- if (measure == "baseline") d[[pre]] else d[[post]] - d[[pre]]
      keep <- d$sleep_position %in% pos & !is.na(d[[prop]]) & !is.na(v)
      if (measure == "change") keep <- keep & treated
      y <- v[keep & d[[prop]] == "yes"]
      n <- v[keep & d[[prop]] == "no"]
      outcome <- if (measure == "baseline") pre else o
      add <- function(key, value, call) {
        out$add(ds, outcome, paste(pos, prop, measure, sep = "/"), key, value, call)
      }
      add("n_with", length(y), "length(y)")
      add("n_without", length(n), "length(n)")
      add("mean_with", if (length(y)) mean(y), "mean(y)")
      add("mean_without", if (length(n)) mean(n), "mean(n)")
      add("difference", if (length(y) && length(n)) mean(y) - mean(n), "mean(y) - mean(n)")
      tt <- attempt(t.test(y, n))
      add("ci_low", tt$conf.int[1], "t.test(y, n)$conf.int[1]")
      add("ci_high", tt$conf.int[2], "t.test(y, n)$conf.int[2]")
      add("t", tt$statistic, "t.test(y, n)$statistic")
      add("df", tt$parameter, "t.test(y, n)$parameter")
      add("p_t", tt$p.value, "t.test(y, n)$p.value")
      w <- attempt(wilcox.test(y, n))
      add("w", w$statistic, "wilcox.test(y, n)$statistic")
      add("p_w", w$p.value, "wilcox.test(y, n)$p.value")
      if (!is.null(w)) {
        add("exact", as.numeric(grepl("exact", w$method)), "grepl(\"exact\", wilcox.test(y, n)$method)")
      }
      hl <- attempt(wilcox.test(y, n, conf.int = TRUE))
      call <- "wilcox.test(y, n, conf.int = TRUE)"
      add("hl_estimate", hl$estimate, paste0(call, "$estimate"))
      add("hl_ci_low", hl$conf.int[1], paste0(call, "$conf.int[1]"))
      add("hl_ci_high", hl$conf.int[2], paste0(call, "$conf.int[2]"))
      add("hl_level", if (!is.null(hl)) attr(hl$conf.int, "conf.level"),
          paste0("attr(", call, "$conf.int, \"conf.level\")"))
    }
  }
}
out$write("props-expected.tsv", "props.R")
