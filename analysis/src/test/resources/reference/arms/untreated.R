# Reference values for the untreated arm's pairs (issue 13: charts that show both arms).
#
# Rerun (from this directory):  Rscript untreated.R      -> untreated-expected.tsv
#
# Per data set with a changed_mattress column and per outcome with _pre and _post: the
# respondents with changed_mattress = "no" and both values; x = post, y = pre, d = x - y.
# Responders by the built-in plan's rules, as ../paired.R and paired-extra.R count them for the
# changers: 2 points (pain d <= -2, sleep quality d >= 2, with the 1e-9 slack) and 30% of the own
# baseline (pain d <= -0.3 * y and d < 0; sleep quality d >= 0.3 * y and d > 0). Their rates with
# the Wilson interval prop.test(k, n, correct = FALSE)$conf.int. NA without pairs.

source("common.R")
out <- new_arm_table()

for (ds in ALL_DATASETS) {
  d <- read_arm_survey(ds)
  if (!("changed_mattress" %in% names(d))) next
  for (o in OUTCOMES) {
    pre_col <- paste0(o, "_pre"); post_col <- paste0(o, "_post")
    if (!(pre_col %in% names(d) && post_col %in% names(d))) next
    keep <- !is.na(d[[pre_col]]) & !is.na(d[[post_col]]) & d$changed_mattress %in% "no"
    y <- d[[pre_col]][keep]
    x <- d[[post_col]][keep]
    dd <- x - y
    n <- length(x)
    add <- function(key, value, call) out$add(ds, o, "no", key, value, call)

    add("n", n, "length(x)")
    add("mean_pre", if (n >= 1) mean(y), "mean(y)")
    add("mean_post", if (n >= 1) mean(x), "mean(x)")
    if (o == "sleep_quality") {
      k <- sum(dd >= 2 - 1e-9)
      k30 <- sum(dd >= 0.3 * y - 1e-9 & dd > 0)
    } else {
      k <- sum(dd <= -2 + 1e-9)
      k30 <- sum(dd <= -0.3 * y + 1e-9 & dd < 0)
    }
    for (r in list(list("responder", k), list("relative_responder", k30))) {
      key <- r[[1]]; count <- r[[2]]
      call <- sprintf("prop.test(%ss, n, correct = FALSE)$conf.int", key)
      add(paste0(key, "s"), count, paste0("sum(", key, ")"))
      add(paste0(key, "_rate"), if (n >= 1) count / n, paste0(key, "s / n"))
      pt <- if (n >= 1) attempt(prop.test(count, n, correct = FALSE))
      add(paste0(key, "_ci_low"), pt$conf.int[1], paste0(call, "[1]"))
      add(paste0(key, "_ci_high"), pt$conf.int[2], paste0(call, "[2]"))
    }
  }
}
out$write("untreated-expected.tsv", "untreated.R")
