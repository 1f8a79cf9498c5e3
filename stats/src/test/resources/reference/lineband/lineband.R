# Reference values for LineBand: the 95% confidence band of the mean of y on a least-squares line,
# predict(lm(y ~ x), data.frame(x = at), interval = "confidence").
# Rerun: cd stats/src/test/resources/reference/lineband && Rscript lineband.R
sets <- list(
  small = list(x = c(1, 2, 3, 4, 5), y = c(2, 4, 5, 4, 5), at = c(0, 1, 3, 5, 10)),
  scores = list(x = c(0, 2, 3, 3, 5, 7, 8, 8, 10, 12, 15, 20),
                y = c(3, 2, 4, 5, 4, 6, 5, 7, 6, 6, 8, 9), at = c(0, 7.5, 10, 25)),
  three = list(x = c(1, 2, 4), y = c(1, 3, 2), at = c(2, 3))
)
rows <- character(0)
for (name in names(sets)) {
  s <- sets[[name]]
  p <- predict(lm(y ~ x, data = data.frame(x = s$x, y = s$y)), data.frame(x = s$at),
               interval = "confidence")
  for (i in seq_along(s$at)) {
    rows <- c(rows, paste(name, paste(sprintf("%.17g", s$x), collapse = " "),
      paste(sprintf("%.17g", s$y), collapse = " "), sprintf("%.17g", s$at[i]),
      sprintf("%.17g", p[i, "fit"]), sprintf("%.17g", p[i, "lwr"]), sprintf("%.17g", p[i, "upr"]),
      sep = "\t"))
  }
}
writeLines(c(paste0("# Rscript lineband.R (", R.version.string, "): predict(lm(y ~ x), ",
                    "data.frame(x = at), interval = \"confidence\")"),
             paste("set", "x", "y", "at", "fit", "lwr", "upr", sep = "\t"), rows),
           "lineband-expected.tsv")
