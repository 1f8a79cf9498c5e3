# Reference values for baseline outcomes across sleep positions.
#
# Rerun (from this directory):  Rscript groups.R      -> groups-expected.tsv
#
# Per data set and baseline outcome (<outcome>_pre): respondents with a value, grouped by
# sleep_position. Every position with at least one value is described (n, mean, sd, median);
# the tests and eta squared use only the positions with n >= 2 (oneway.test refuses smaller
# groups) and are NA when fewer than two such positions exist.

source("common.R")
out <- new_table()

for (ds in DATASETS) {
  d <- read_survey(ds)
  for (o in OUTCOMES) {
    col <- paste0(o, "_pre")
    if (!(col %in% names(d))) next
    y_all <- d[[col]]
    g_all <- factor(d$sleep_position, levels = POSITIONS)
    keep <- !is.na(y_all) & !is.na(g_all)
    y_all <- y_all[keep]; g_all <- g_all[keep]
    add <- function(group, key, value, call) out$add(ds, col, group, key, value, call)

    add("", "n", length(y_all), "length(y)")
    n_i <- table(g_all)
    for (p in POSITIONS) {
      v <- y_all[g_all == p]
      if (length(v) == 0) next
      add(p, "n", length(v), "length(y[g == p])")
      add(p, "mean", mean(v), "mean(y[g == p])")
      add(p, "sd", if (length(v) >= 2) sd(v), "sd(y[g == p])")
      add(p, "median", median(v), "median(y[g == p])")
    }

    tested <- names(n_i)[n_i >= 2]
    add("", "groups_tested", length(tested), "sum(table(g) >= 2)")
    sub <- g_all %in% tested
    y <- y_all[sub]; g <- droplevels(g_all[sub])
    enough <- length(tested) >= 2
    a <- if (enough) attempt(oneway.test(y ~ g, var.equal = TRUE))
    w <- if (enough) attempt(oneway.test(y ~ g))
    k <- if (enough) attempt(kruskal.test(y ~ g))
    av <- all_or_none(list(a$statistic, a$parameter[1], a$parameter[2], a$p.value))
    wv <- all_or_none(list(w$statistic, w$parameter[1], w$parameter[2], w$p.value))
    kv <- all_or_none(list(k$statistic, k$parameter, k$p.value))
    add("", "anova_f", av[[1]], "oneway.test(y ~ g, var.equal = TRUE)$statistic")
    add("", "anova_df1", av[[2]], "oneway.test(y ~ g, var.equal = TRUE)$parameter[1]")
    add("", "anova_df2", av[[3]], "oneway.test(y ~ g, var.equal = TRUE)$parameter[2]")
    add("", "p_anova", av[[4]], "oneway.test(y ~ g, var.equal = TRUE)$p.value")
    add("", "welch_f", wv[[1]], "oneway.test(y ~ g)$statistic")
    add("", "welch_df1", wv[[2]], "oneway.test(y ~ g)$parameter[1]")
    add("", "welch_df2", wv[[3]], "oneway.test(y ~ g)$parameter[2]")
    add("", "p_welch", wv[[4]], "oneway.test(y ~ g)$p.value")
    add("", "kruskal_h", kv[[1]], "kruskal.test(y ~ g)$statistic")
    add("", "kruskal_df", kv[[2]], "kruskal.test(y ~ g)$parameter")
    add("", "p_kruskal", kv[[3]], "kruskal.test(y ~ g)$p.value")
    eta <- if (enough) {
      ss_total <- sum((y - mean(y))^2)
      ss_between <- sum(tapply(y, g, function(v) length(v) * (mean(v) - mean(y))^2))
      ss_between / ss_total
    }
    add("", "eta_squared", eta, "sum(n_i * (mean_i - mean(y))^2) / sum((y - mean(y))^2)")
  }
}
out$write("groups-expected.tsv", "groups.R")
