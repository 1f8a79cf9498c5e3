# Reference values for the comparisons between sleep positions added to PositionResult:
# quartiles and IQR per position, epsilon squared of Kruskal-Wallis, and the pairwise
# comparisons (Games-Howell; Dunn with Holm's adjustment).
#
# Rerun (from this directory):  Rscript pairwise.R      -> pairwise-expected.tsv
#
# Inputs: every survey in ../data (written by ../datasets.R), data/pairwise_edge.csv and
# worked-examples.csv (both written by datasets.R here). R 4.2 with base packages only: rstatix,
# FSA, PMCMRplus and effectsize are not installed, so Games-Howell and Dunn are written below in
# plain R from their textbook formulas, and checked (stopifnot) against published output.
#
# Per data set and baseline outcome, as groups.R: respondents with a value, grouped by
# sleep_position; quartiles for every position with a value; everything else over the positions
# with n >= 2 only ("tested"; k of them), NA when fewer than two exist. Pairs (i, j) of tested
# positions in level order; "group" is "group1|group2" and differences are group2 - group1
# (rstatix's orientation).
#
# Games-Howell (Games & Howell 1976), as rstatix::games_howell_test computes it:
#   se = sqrt(var1/n1 + var2/n2)  (rstatix's se column is se * sqrt(0.5)),
#   df = (var1/n1 + var2/n2)^2 / ((var1/n1)^2/(n1 - 1) + (var2/n2)^2/(n2 - 1)),
#   t = (mean2 - mean1) / se, p = ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE),
#   95% CI = (mean2 - mean1) -/+ qtukey(0.95, k, df) * se * sqrt(0.5).
# Dunn (1964) with the tie correction, as FSA::dunnTest and rstatix::dunn_test compute it:
#   ranks r = rank(y) over the tested positions (N values), A = N (N + 1) / 12,
#   C = sum(t^3 - t) / (12 (N - 1)) over groups of t tied values,
#   z = (mean(r2) - mean(r1)) / sqrt((A - C) (1/n1 + 1/n2)), p = 2 pnorm(-|z|),
#   p_holm = p.adjust(p, "holm") over all pairs of the outcome.
# Epsilon squared: H / ((N^2 - 1) / (N + 1)), H = kruskal.test(y ~ g)$statistic (tie-corrected),
#   the definition of effectsize::rank_epsilon_squared and rcompanion::epsilonSquared (Tomczak &
#   Tomczak 2014); not rstatix::kruskal_effsize's (H - k + 1) / (N - k).
#
# Undefined (NA, with the conventions of ../common.R: a pair's Games-Howell values are all NA
# together, and so are its Dunn values):
#   Games-Howell when se = 0 (both positions constant), or when df < 2 (ptukey and qtukey give
#   NaN); Dunn when every tested value is equal (A - C is 0 in exact arithmetic: tested here on
#   the values, since in floating point A - C may come out as a rounding residue).

source("../common.R") # POSITIONS, OUTCOMES, fmt, attempt, all_or_none
SURVEYS <- c(sub("\\.csv$", "", sort(list.files("../data", pattern = "\\.csv$"))), "pairwise_edge")

read_one <- function(name) {
  dir <- if (file.exists(file.path("data", paste0(name, ".csv")))) "data" else "../data"
  read.csv(file.path(dir, paste0(name, ".csv")), na.strings = "", stringsAsFactors = FALSE,
           colClasses = c(respondent_id = "character", sleep_position = "character"))
}

rows <- character(0)
add <- function(dataset, outcome, group, key, value, call) {
  rows <<- c(rows, paste(dataset, outcome, group, key, fmt(value), call, sep = "\t"))
}

games_howell <- function(y, g) {
  k <- nlevels(g); lv <- levels(g)
  m <- tapply(y, g, mean); v <- tapply(y, g, var); n <- tapply(y, g, length)
  out <- list()
  for (i in seq_len(k - 1)) for (j in (i + 1):k) {
    a <- v[[i]] / n[[i]]; b <- v[[j]] / n[[j]]
    se <- sqrt(a + b)
    df <- (a + b)^2 / (a^2 / (n[[i]] - 1) + b^2 / (n[[j]] - 1))
    d <- m[[j]] - m[[i]]
    t <- d / se
    p <- suppressWarnings(ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE))
    q <- suppressWarnings(qtukey(0.95, k, df))
    vals <- all_or_none(list(se, t, df, p, d - q * se * sqrt(0.5), d + q * se * sqrt(0.5)))
    out[[paste(lv[i], lv[j], sep = "|")]] <- c(list(mean_diff = d), setNames(vals,
      c("gh_se", "gh_t", "gh_df", "p_games_howell", "gh_ci_low", "gh_ci_high")))
  }
  out
}

dunn <- function(y, g) {
  k <- nlevels(g); lv <- levels(g)
  N <- length(y)
  r <- rank(y)
  mr <- tapply(r, g, mean); n <- tapply(y, g, length)
  ties <- table(y)
  A <- N * (N + 1) / 12
  C <- sum(ties^3 - ties) / (12 * (N - 1))
  constant <- length(unique(y)) == 1
  out <- list()
  for (i in seq_len(k - 1)) for (j in (i + 1):k) {
    d <- mr[[j]] - mr[[i]]
    se <- if (constant) NA_real_ else sqrt((A - C) * (1 / n[[i]] + 1 / n[[j]]))
    z <- d / se
    out[[paste(lv[i], lv[j], sep = "|")]] <- list(mean_rank_diff = d, dunn_se = se, dunn_z = z,
                                                  p_dunn = 2 * pnorm(abs(z), lower.tail = FALSE))
  }
  holm <- p.adjust(vapply(out, function(o) o$p_dunn, 0), "holm")
  for (pair in names(out)) out[[pair]]$p_dunn_holm <- holm[[pair]]
  out
}

GH_CALLS <- c(
  mean_diff = "mean(y[g == g2]) - mean(y[g == g1])",
  gh_se = "sqrt(var(y1)/n1 + var(y2)/n2)",
  gh_t = "mean_diff / gh_se",
  gh_df = "(v1/n1 + v2/n2)^2 / ((v1/n1)^2/(n1 - 1) + (v2/n2)^2/(n2 - 1))",
  p_games_howell = "ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE)",
  gh_ci_low = "mean_diff - qtukey(0.95, k, df) * gh_se * sqrt(0.5)",
  gh_ci_high = "mean_diff + qtukey(0.95, k, df) * gh_se * sqrt(0.5)")
DUNN_CALLS <- c(
  mean_rank_diff = "mean(rank(y)[g == g2]) - mean(rank(y)[g == g1])",
  dunn_se = "sqrt((N*(N+1)/12 - sum(t^3 - t)/(12*(N-1))) * (1/n1 + 1/n2))",
  dunn_z = "mean_rank_diff / dunn_se",
  p_dunn = "2 * pnorm(abs(z), lower.tail = FALSE)",
  p_dunn_holm = "p.adjust(p_dunn, \"holm\") over all pairs")

# Adds the tested-group statistics of y ~ g (g with only the tested levels) under `dataset`.
add_comparisons <- function(dataset, outcome, y, g) {
  kw <- attempt(kruskal.test(y ~ g))
  h <- all_or_none(list(kw$statistic))[[1]]
  N <- length(y)
  add(dataset, outcome, "", "epsilon_squared", if (!is.na(h)) h / ((N^2 - 1) / (N + 1)),
      "kruskal.test(y ~ g)$statistic / ((N^2 - 1) / (N + 1))")
  add(dataset, outcome, "", "pairs", choose(nlevels(g), 2), "choose(k, 2)")
  gh <- games_howell(y, g)
  dn <- dunn(y, g)
  for (pair in names(gh)) {
    p <- strsplit(pair, "|", fixed = TRUE)[[1]]
    add(dataset, outcome, pair, "n1", sum(g == p[1]), "sum(g == g1)")
    add(dataset, outcome, pair, "n2", sum(g == p[2]), "sum(g == g2)")
    for (key in names(GH_CALLS)) {
      add(dataset, outcome, pair, key, gh[[pair]][[key]], GH_CALLS[[key]])
    }
    for (key in names(DUNN_CALLS)) {
      add(dataset, outcome, pair, key, dn[[pair]][[key]], DUNN_CALLS[[key]])
    }
  }
  invisible(list(gh = gh, dunn = dn, h = h))
}

for (ds in SURVEYS) {
  d <- read_one(ds)
  for (o in OUTCOMES) {
    col <- paste0(o, "_pre")
    if (!(col %in% names(d))) next
    y_all <- d[[col]]
    g_all <- factor(d$sleep_position, levels = POSITIONS)
    keep <- !is.na(y_all) & !is.na(g_all)
    y_all <- y_all[keep]; g_all <- g_all[keep]
    for (p in POSITIONS) {
      v <- y_all[g_all == p]
      if (length(v) == 0) next
      qs <- quantile(v, c(0.25, 0.75), type = 7, names = FALSE)
      add(ds, col, p, "q1", qs[1], "quantile(y[g == p], 0.25, type = 7)")
      add(ds, col, p, "q3", qs[2], "quantile(y[g == p], 0.75, type = 7)")
      add(ds, col, p, "iqr", IQR(v), "IQR(y[g == p])")
    }
    n_i <- table(g_all)
    tested <- names(n_i)[n_i >= 2]
    if (length(tested) < 2) {
      add(ds, col, "", "epsilon_squared", NA, "fewer than two positions with n >= 2")
      add(ds, col, "", "pairs", 0, "choose(k, 2) with k < 2")
      next
    }
    sub <- g_all %in% tested
    add_comparisons(ds, col, y_all[sub], droplevels(g_all[sub]))
  }
}

# --- published worked examples -----------------------------------------------------------------
ex <- read.csv("worked-examples.csv", stringsAsFactors = FALSE, colClasses = c(group = "character"))
for (name in unique(ex$example)) {
  e <- ex[ex$example == name, ]
  r <- add_comparisons(name, "value", e$value, factor(e$group, levels = unique(e$group)))
  if (name == "toothgrowth") {
    gh <- r$gh
    est <- vapply(gh, function(o) o$mean_diff, 0)
    lo <- vapply(gh, function(o) o$gh_ci_low, 0)
    hi <- vapply(gh, function(o) o$gh_ci_high, 0)
    p <- vapply(gh, function(o) o$p_games_howell, 0)
    stopifnot(all.equal(signif(est, 3), c(9.13, 15.5, 6.37), check.attributes = FALSE),
              all.equal(signif(lo, 3), c(5.69, 12.3, 3.19), check.attributes = FALSE),
              all.equal(signif(hi, 3), c(12.6, 18.7, 9.54), check.attributes = FALSE),
              all.equal(signif(p[c(1, 3)], 3), c(3.76e-7, 5.57e-5), check.attributes = FALSE),
              p[2] < 1e-12)
  } else {
    z <- vapply(r$dunn, function(o) o$dunn_z, 0)
    pu <- vapply(r$dunn, function(o) o$p_dunn, 0)
    # FSA orders the pairs Piglet - Pooh, Piglet - Tigger, Pooh - Tigger; ours are group2 - group1
    # over Pooh|Piglet, Pooh|Tigger, Piglet|Tigger.
    stopifnot(all.equal(round(z, 7), c(-3.7702412, -0.4813074, 3.2889338),
                        check.attributes = FALSE),
              all.equal(signif(pu, 7), c(0.0001630898, 0.6302980, 0.001005677),
                        check.attributes = FALSE),
              all.equal(round(r$h, 3), 16.842, check.attributes = FALSE))
  }
}

# k = 2 cross-checks on no_change_column (two positions): Dunn's z^2 is the tie-corrected
# Kruskal-Wallis H of the same two groups, and Games-Howell's p is Welch's t-test p (up to the
# 1e-10 accuracy of R's ptukey at these df).
d <- read_one("no_change_column")
keep <- !is.na(d$pain_morning_pre)
y <- d$pain_morning_pre[keep]; g <- factor(d$sleep_position[keep], levels = c("side", "back"))
stopifnot(abs(dunn(y, g)[[1]]$dunn_z^2 - unname(kruskal.test(y ~ g)$statistic)) < 1e-12,
          abs(games_howell(y, g)[[1]]$p_games_howell - t.test(y ~ g)$p.value) < 1e-9)

writeLines(c(
  paste0("# Expected values produced by `Rscript pairwise.R` (", R.version.string, ")"),
  "# from ../data/*.csv, data/pairwise_edge.csv and worked-examples.csv; see pairwise.R for the",
  "# formulas and ../common.R for the conventions. Do not edit by hand.",
  paste("dataset", "outcome", "group", "key", "expected", "r_call", sep = "\t"), rows),
  "pairwise-expected.tsv", useBytes = TRUE)
