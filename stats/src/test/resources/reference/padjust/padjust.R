# Reference values for PAdjust: R's p.adjust with Holm and Benjamini-Hochberg.
# Rerun: cd stats/src/test/resources/reference/padjust && Rscript padjust.R
families <- list(
  simple = c(0.01, 0.04, 0.03, 0.005),
  ties = c(0.02, 0.02, 0.5, 0.01, 0.02),
  large = c(0.9, 0.8, 0.95, 0.7),
  tiny = c(1e-12, 3e-8, 0.049, 0.051, 0.2, 0.2, 0.6),
  single = c(0.3),
  with_na = c(0.04, NA, 0.01, 0.03)
)
rows <- character(0)
for (name in names(families)) {
  p <- families[[name]]
  for (method in c("holm", "BH")) {
    adj <- p.adjust(p, method = method)
    rows <- c(rows, paste(name, method,
      paste(ifelse(is.na(p), "NA", sprintf("%.17g", p)), collapse = " "),
      paste(ifelse(is.na(adj), "NA", sprintf("%.17g", adj)), collapse = " "), sep = "\t"))
  }
}
writeLines(c(paste0("# Rscript padjust.R (", R.version.string, "): p.adjust(p, method)"),
             paste("family", "method", "p", "adjusted", sep = "\t"), rows), "padjust-expected.tsv")
