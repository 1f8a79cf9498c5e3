# Reference values for the studentized range distribution (StudentizedRange.java): R's ptukey and
# qtukey with one range (nranges = 1) on a grid of q, k = nmeans and df.
#
# Rerun (from this directory):  Rscript tukey.R      -> tukey-expected.tsv
#
# The grid covers every branch of R's algorithm (src/nmath/ptukey.c, qtukey.c): df <= 100, <= 800,
# <= 5000, <= 25000 (integration pieces of length 2, 1, 0.5, 0.25), df > 25000 and df = Inf (the
# range distribution itself); fractional df (Welch df are fractional); w/2 = q * s / 2 near and
# beyond the cut-off 8; q from the far left tail to the far right tail; the qtukey starting value
# with df < 120 and df >= 120. NaN (df < 2) is written NA.
#
# Columns: fun (ptukey, ptukey_upper, qtukey, welch_check, lgamma, pnorm), x (q, or p for qtukey), k,
# df (Inf for infinite), expected (%.17g, NA where R gives NaN).

fmt <- function(v) if (is.finite(v)) sprintf("%.17g", v) else "NA"
fmt_df <- function(df) if (is.infinite(df)) "Inf" else fmt(df)
qs <- c(0.05, 0.3, 1, 1.7, 2.5, 3.3, 4, 5.2, 6.5, 8, 11, 16.5, 25)
ks <- 2:6
dfs <- c(2, 2.5, 3, 4.7, 7, 12, 19.3, 30, 57.25, 100, 100.5, 250, 799.9, 800.1, 1000, 4999,
         5001, 24000, 25001, 1e6, Inf)
ps <- c(0.001, 0.05, 0.5, 0.9, 0.95, 0.99, 0.999)
rows <- character(0)
add <- function(fun, x, k, df, v) {
  rows <<- c(rows, paste(fun, fmt(x), k, fmt_df(df), fmt(v), sep = "\t"))
}
for (k in ks) for (df in dfs) {
  for (q in qs) {
    add("ptukey", q, k, df, ptukey(q, k, df))
    add("ptukey_upper", q, k, df, ptukey(q, k, df, lower.tail = FALSE))
  }
  for (p in ps) add("qtukey", p, k, df, qtukey(p, k, df))
}
# df < 2: R gives NaN (with a warning)
for (df in c(1, 1.99)) {
  add("ptukey", 3, 3, df, suppressWarnings(ptukey(3, 3, df)))
  add("qtukey", 0.95, 3, df, suppressWarnings(qtukey(0.95, 3, df)))
}
# Games-Howell with k = 2 is Welch's t-test: ptukey(|t| * sqrt(2), 2, df, lower.tail = FALSE)
# equals 2 * pt(-|t|, df) up to the accuracy of R's quadrature: about 1e-10 for df >= 10 (at df = 2
# R's ptukey is off the exact value by up to 7e-5, at df = 3.5 by 2e-6), so only df >= 10 here.
for (df in c(10, 41.7, 300)) for (t in c(0.5, 1.5, 2.2, 3.9)) {
  rows <- c(rows, paste("welch_check", fmt(t), 2, fmt(df),
                        fmt(2 * pt(-t, df)), sep = "\t"))
}
# log-gamma at df / 2 beyond 10, where StudentizedRange evaluates it in lgammafn's form
for (x in c(10.25, 11.5, 15, 50.125, 99.5, 400, 2499.5, 12000.5, 500000)) {
  rows <- c(rows, paste("lgamma", fmt(x), 0, 0, fmt(lgamma(x)), sep = "\t"))
}
# the normal distribution function the quadrature calls (NormalCdf.java, Cody's algorithm as in
# R's pnorm), in each of its ranges: |x| <= 0.67449, up to sqrt(32), beyond, and the cut-offs
for (x in c(0, 1e-17, 0.1, 0.5, 0.67448975, 0.6745, 1, 1.96, 2.5, 3.75, 5, 5.656, 5.6569, 6.5,
            8, 8.2923, 8.2925, 10, 20, 37.5, 37.52, 40)) for (s in c(1, -1)) {
  rows <- c(rows, paste("pnorm", fmt(s * x), 0, 0, fmt(pnorm(s * x)), sep = "\t"))
}
writeLines(c(
  paste0("# Expected values produced by `Rscript tukey.R` (", R.version.string, "). Do not edit."),
  "# welch_check rows: x = |t|, expected = 2 * pt(-|t|, df), the k = 2 identity ptukey must meet.",
  paste("fun", "x", "k", "df", "expected", sep = "\t"), rows), "tukey-expected.tsv")
