# Reference values for the paired analysis (mattress change: post against pre).
#
# Rerun (from this directory):  Rscript paired.R      -> paired-expected.tsv
#
# Per data set and outcome with _pre and _post columns: the pairs of respondents with
# changed_mattress = yes and both values (every respondent with both values when the file has no
# changed_mattress column); x = post, y = pre, d = x - y.
# Responders: change <= -2 for pain, >= +2 for sleep_quality (higher is better). The comparison
# allows 1e-9 so that a decimal change of exactly two points counts although binary arithmetic
# gives e.g. 2.1 - 4.1 = -1.9999999999999996; the Java code does the same.

source("common.R")
out <- new_table()

for (ds in DATASETS) {
  d <- read_survey(ds)
  for (o in OUTCOMES) {
    pre_col <- paste0(o, "_pre"); post_col <- paste0(o, "_post")
    if (!(pre_col %in% names(d) && post_col %in% names(d))) next
    keep <- !is.na(d[[pre_col]]) & !is.na(d[[post_col]])
    if ("changed_mattress" %in% names(d)) keep <- keep & d$changed_mattress %in% "yes"
    y <- d[[pre_col]][keep]
    x <- d[[post_col]][keep]
    dd <- x - y
    n <- length(x)
    add <- function(key, value, call) out$add(ds, o, "", key, value, call)

    add("n", n, "length(x)")
    add("mean_pre", if (n >= 1) mean(y), "mean(y)")
    add("mean_post", if (n >= 1) mean(x), "mean(x)")
    tt <- attempt(t.test(x, y, paired = TRUE))
    # t.test refuses n = 1; the mean change itself is still defined then.
    add("mean_change", if (!is.null(tt)) tt$estimate else if (n >= 1) mean(dd),
        "t.test(x, y, paired = TRUE)$estimate")
    t_values <- all_or_none(list(tt$conf.int[1], tt$conf.int[2], tt$statistic, tt$parameter, tt$p.value))
    add("ci_low", t_values[[1]], "t.test(x, y, paired = TRUE)$conf.int[1]")
    add("ci_high", t_values[[2]], "t.test(x, y, paired = TRUE)$conf.int[2]")
    add("t", t_values[[3]], "t.test(x, y, paired = TRUE)$statistic")
    add("df", t_values[[4]], "t.test(x, y, paired = TRUE)$parameter")
    add("p_t", t_values[[5]], "t.test(x, y, paired = TRUE)$p.value")

    wt <- if (n >= 1) attempt(wilcox.test(x, y, paired = TRUE))
    # With every difference zero R still reports V = 0 (and p = NA): not a test; null in the contract.
    if (n == 0 || all(dd == 0)) wt <- NULL
    w_values <- all_or_none(list(wt$statistic, wt$p.value))
    add("wilcoxon_v", w_values[[1]], "wilcox.test(x, y, paired = TRUE)$statistic")
    add("p_wilcoxon", w_values[[2]], "wilcox.test(x, y, paired = TRUE)$p.value")
    add("wilcoxon_exact", if (!is.null(wt)) as.numeric(grepl("exact", wt$method)),
        "grepl(\"exact\", wilcox.test(x, y, paired = TRUE)$method)")
    add("zero_differences", sum(dd == 0), "sum(x - y == 0)")

    add("dz", if (n >= 2 && sd(dd) > 0) mean(dd) / sd(dd), "mean(x - y) / sd(x - y)")

    responders <- if (o == "sleep_quality") sum(dd >= 2 - 1e-9) else sum(dd <= -2 + 1e-9)
    add("responders", responders,
        if (o == "sleep_quality") "sum(x - y >= 2 - 1e-9)" else "sum(x - y <= -2 + 1e-9)")
    add("responder_rate", if (n >= 1) responders / n, "responders / n")
    pt <- if (n >= 1) attempt(prop.test(responders, n, correct = FALSE))
    add("responder_ci_low", pt$conf.int[1], "prop.test(responders, n, correct = FALSE)$conf.int[1]")
    add("responder_ci_high", pt$conf.int[2], "prop.test(responders, n, correct = FALSE)$conf.int[2]")
  }
}
out$write("paired-expected.tsv", "paired.R")
