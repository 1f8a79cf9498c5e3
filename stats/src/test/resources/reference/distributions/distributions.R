# Reference values for the distributions behind the new paired statistics (Java: NoncentralT and
# SignedRankDistribution): the noncentral t distribution function pt(q, df, ncp), which Cohen's
# dz interval inverts, and the signed-rank quantile and distribution function that give the
# exact Hodges-Lehmann interval of wilcox.test.
#
# Rerun (from this directory):  Rscript distributions.R      -> distributions-expected.tsv
#
# dataset "pt": outcome "q=..,df=..,ncp=..", key "p_lower" (pt(q, df, ncp)) and "p_upper"
# (pt(q, df, ncp, lower.tail = FALSE)). The grid covers negative and zero q, fractional df, ncp
# of either sign, |ncp| above 37.62 (R's normal approximation) and df above 4e5.
# dataset "signrank": outcome "n=..", key "qu" (qsignrank(alpha / 2, n) with alpha = 1 - 0.95,
# as wilcox.test computes it) and "p_achieved" (2 * psignrank(max(qu, 1) - 1, n)).

# Table layout as the other reference tables (tab-separated, one statistic a row):
#   dataset  outcome  group  key  expected  r_call
# expected written with sprintf("%.17g"), or NA where R gives a non-finite value.
fmt <- function(v) {
  if (is.null(v) || length(v) != 1 || !is.finite(v)) "NA" else sprintf("%.17g", unname(v))
}

new_table <- function() {
  rows <- character(0)
  list(
    add = function(dataset, outcome, group, key, value, call) {
      rows <<- c(rows, paste(dataset, outcome, group, key, fmt(value), call, sep = "\t"))
    },
    write = function(file, script) {
      header <- c(
        paste0("# Expected values produced by `cd stats/src/test/resources/reference/distributions",
               " && Rscript ", script, "` (", R.version.string, ")"),
        "# See the head of the script for the rows. Do not edit by hand.",
        paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"))
      writeLines(c(header, rows), file, useBytes = TRUE)
    })
}

out <- new_table()

grid <- expand.grid(q = c(-3.5, -1.2, 0, 0.4, 2.1, 6), df = c(1, 2.5, 7, 29, 120, 5e5),
                    ncp = c(-5, -1.3, -0.2, 0.7, 2.9, 8, 39))
grid <- rbind(grid, data.frame(q = c(38, 41, -38, 12), df = c(10, 59, 10, 4),
                               ncp = c(38.2, 40, -38.5, 11.5)))
for (i in seq_len(nrow(grid))) {
  g <- grid[i, ]
  name <- sprintf("q=%s,df=%s,ncp=%s", format(g$q), format(g$df, scientific = FALSE), format(g$ncp))
  call <- sprintf("pt(%s, %s, %s", format(g$q), format(g$df, scientific = FALSE), format(g$ncp))
  out$add("pt", name, "", "p_lower", suppressWarnings(pt(g$q, g$df, g$ncp)), paste0(call, ")"))
  out$add("pt", name, "", "p_upper", suppressWarnings(pt(g$q, g$df, g$ncp, lower.tail = FALSE)),
          paste0(call, ", lower.tail = FALSE)"))
}

alpha <- 1 - 0.95
for (n in 1:49) {
  qu <- qsignrank(alpha / 2, n)
  out$add("signrank", paste0("n=", n), "", "qu", qu, sprintf("qsignrank((1 - 0.95) / 2, %d)", n))
  out$add("signrank", paste0("n=", n), "", "p_achieved", 2 * psignrank(max(qu, 1) - 1, n),
          sprintf("2 * psignrank(max(qu, 1) - 1, %d)", n))
}
out$write("distributions-expected.tsv", "distributions.R")
