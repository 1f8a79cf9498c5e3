# Reference values for the example second study (docs/examples/odi): every number of
#   sleepstat analyze --plan docs/examples/odi/plan.yaml docs/examples/odi/survey.csv --json
# computed in R from the raw CSV with R's own reading, validation, recoding and missing codes
# (independent of sleepstat's import), so that the whole chain is checked: the plan, the
# codebook, the German export, the statistics and the JSON. SecondStudyTest compares them.
#
# Rerun from the repository root (after docs/examples/odi/make-survey.R):
#   Rscript cli/src/test/resources/reference/odi-study.R
# -> cli/src/test/resources/reference/odi-study-expected.tsv
# Columns: pointer, expected (%.17g; NA for null; 0/1 for a boolean), r_call.
#
# Pointers: section/element/key, where a part that meets a JSON array selects the element whose
# "outcome", "family", "variable", "group", "name", "term", "band" or "level" equals it, a pair
# of by_position's "pairwise" is "group1|group2", and a number indexes an array of numbers
# (categorical counts).
#
# The plan (docs/examples/odi/plan.yaml): a single-arm cohort (no group variable: the paired
# analyses cover every respondent with both values); outcomes odi (0-100, lower is better,
# responders at 10 points and 30%) and sleep_quality (0-10, higher is better, responders at 2
# points, the percent rule switched off: relative_responders and its rate and interval null);
# covariates mattress_age_years + sleep_position + age_years with sleep_position's reference
# level "back"; mattress age bands [0,5) [5,10) [10,Inf); the table sleep_position x
# (odi_pre >= 40); red flag rf_leg_numbness.

file <- "docs/examples/odi/survey.csv"
POSITIONS <- c("side", "back", "stomach", "combination") # codebook order
OUTCOMES <- c("odi", "sleep_quality")                       # plan order
CODES <- c("-99", "k. A.")                                  # the plan's missing codes

# R's own reading: semicolons, UTF-8 with a byte-order mark, every cell as text.
raw <- read.csv2(file, fileEncoding = "UTF-8-BOM", colClasses = "character",
                 na.strings = character(0), strip.white = TRUE, check.names = FALSE)
# Rows whose field count differs from the header's are rejected (count.fields: one per record).
fields <- count.fields(file, sep = ";", quote = "\"", blank.lines.skip = TRUE)
ok <- fields[-1] == fields[1]

# Missing: the standard tokens (any case) for every variable, the plan's codes for the outcomes.
standard_missing <- function(v) trimws(v) == "" | toupper(trimws(v)) %in% c("NA", "N/A", ".", "NAN")
key <- function(v) gsub("[ _-]+", "_", tolower(trimws(v)))
# A number with a decimal comma (the file has one): sign, digits, comma, digits, exponent.
comma_number <- function(v) {
  plain <- grepl("^[+-]?([0-9]+,?[0-9]*|,[0-9]+)([eE][+-]?[0-9]+)?$", v)
  ifelse(plain, suppressWarnings(as.numeric(sub(",", ".", v, fixed = TRUE))), NA_real_)
}

d <- raw
RANGES <- list(age_years = c(18, 90), bmi = c(12, 80), mattress_age_years = c(0, 40),
               odi_pre = c(0, 100), odi_post = c(0, 100),
               sleep_quality_pre = c(0, 10), sleep_quality_post = c(0, 10))
INTEGERS <- c("age_years", "odi_pre", "odi_post")
for (v in names(RANGES)) {
  missing <- standard_missing(raw[[v]])
  if (grepl("^(odi|sleep_quality)_", v)) missing <- missing | raw[[v]] %in% CODES
  x <- ifelse(missing, NA_real_, comma_number(raw[[v]]))
  bad <- (!missing & is.na(x)) | (!is.na(x) & (x < RANGES[[v]][1] | x > RANGES[[v]][2]))
  if (v %in% INTEGERS) bad <- bad | (!is.na(x) & x != round(x))
  ok <- ok & !bad
  d[[v]] <- x
}
recode <- function(v, map) {
  missing <- standard_missing(v)
  out <- unname(map[key(v)])
  list(value = ifelse(missing, NA_character_, out), bad = !missing & is.na(out))
}
same <- function(levels) setNames(levels, key(levels))
CATEGORIES <- list(
  sleep_position = c(same(POSITIONS), seitenlage = "side", rückenlage = "back",
                     bauchlage = "stomach", wechselnd = "combination"),
  sex = c(same(c("female", "male", "other")), weiblich = "female", männlich = "male",
          divers = "other"),
  rf_leg_numbness = c(yes = "yes", y = "yes", true = "yes", t = "yes", "1" = "yes",
                      checked = "yes", no = "no", n = "no", false = "no", f = "no", "0" = "no",
                      unchecked = "no", ja = "yes", nein = "no"))
for (v in names(CATEGORIES)) {
  r <- recode(raw[[v]], CATEGORIES[[v]])
  d[[v]] <- r$value
  ok <- ok & !r$bad
}
id <- trimws(raw$teilnehmer)
ok <- ok & !standard_missing(id) & !duplicated(id)
d <- d[ok, ]

rows <- character(0)
add <- function(pointer, value, call) {
  v <- if (is.null(value) || length(value) != 1 || is.na(value) || !is.finite(value)) "NA"
       else sprintf("%.17g", unname(as.numeric(value)))
  rows <<- c(rows, paste(pointer, v, call, sep = "\t"))
}
add("input/rows", nrow(raw), "nrow(read.csv2(file))")
add("input/accepted", nrow(d), "rows passing the checks above")
add("input/rejected", nrow(raw) - nrow(d), "nrow(raw) - nrow(d)")
add("input/respondents", nrow(d), "nrow(d) (a wide file: one row per respondent)")

# --- paired: every respondent with both values (no group variable) ---------------------------
RESPONDER <- list(odi = list(points = 10, percent = 30, lower = TRUE),
                  sleep_quality = list(points = 2, percent = NA, lower = FALSE))
dz_interval <- function(dd) {
  n <- length(dd)
  tobs <- mean(dd) / (sd(dd) / sqrt(n))
  f <- function(ncp, target) suppressWarnings(pt(tobs, n - 1, ncp)) - target
  bound <- function(target) {
    uniroot(f, lower = tobs - 1, upper = tobs + 1, extendInt = "downX", target = target,
            tol = 1e-20, maxiter = 5000, check.conv = TRUE)$root
  }
  c(bound(0.975), bound(0.025)) / sqrt(n)
}
paired_t <- list(); paired_w <- list()
for (o in OUTCOMES) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  keep <- !is.na(pre) & !is.na(post)
  x <- post[keep]; y <- pre[keep]; dd <- x - y; n <- length(x)
  p <- paste0("paired/", o, "/")
  tt <- t.test(x, y, paired = TRUE)
  wt <- suppressWarnings(wilcox.test(x, y, paired = TRUE, conf.int = TRUE))
  paired_t[[o]] <- tt$p.value; paired_w[[o]] <- wt$p.value
  add(paste0(p, "n"), n, "length(x)")
  add(paste0(p, "mean_pre"), mean(y), "mean(y)")
  add(paste0(p, "mean_post"), mean(x), "mean(x)")
  add(paste0(p, "mean_change"), tt$estimate, "t.test(x, y, paired = TRUE)$estimate")
  add(paste0(p, "ci_low"), tt$conf.int[1], "t.test(x, y, paired = TRUE)$conf.int[1]")
  add(paste0(p, "ci_high"), tt$conf.int[2], "t.test(x, y, paired = TRUE)$conf.int[2]")
  add(paste0(p, "t"), tt$statistic, "t.test(x, y, paired = TRUE)$statistic")
  add(paste0(p, "df"), tt$parameter, "t.test(x, y, paired = TRUE)$parameter")
  add(paste0(p, "p_t"), tt$p.value, "t.test(x, y, paired = TRUE)$p.value")
  add(paste0(p, "wilcoxon_v"), wt$statistic, "wilcox.test(x, y, paired = TRUE)$statistic")
  add(paste0(p, "p_wilcoxon"), wt$p.value, "wilcox.test(x, y, paired = TRUE)$p.value")
  add(paste0(p, "wilcoxon_exact"), grepl("exact", wt$method),
      "grepl(\"exact\", wilcox.test(x, y, paired = TRUE)$method)")
  add(paste0(p, "zero_differences"), sum(dd == 0), "sum(x == y)")
  add(paste0(p, "hodges_lehmann"), wt$estimate,
      "wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$estimate")
  add(paste0(p, "hodges_lehmann_ci_low"), wt$conf.int[1],
      "wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$conf.int[1]")
  add(paste0(p, "hodges_lehmann_ci_high"), wt$conf.int[2],
      "wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$conf.int[2]")
  add(paste0(p, "hodges_lehmann_confidence"), attr(wt$conf.int, "conf.level"),
      "attr(wilcox.test(x, y, paired = TRUE, conf.int = TRUE)$conf.int, \"conf.level\")")
  add(paste0(p, "dz"), mean(dd) / sd(dd), "mean(x - y) / sd(x - y)")
  dz <- dz_interval(dd)
  add(paste0(p, "dz_ci_low"), dz[1], "uniroot(function(ncp) pt(t, n - 1, ncp) - 0.975, ...)$root / sqrt(n)")
  add(paste0(p, "dz_ci_high"), dz[2], "uniroot(function(ncp) pt(t, n - 1, ncp) - 0.025, ...)$root / sqrt(n)")
  add(paste0(p, "percent_change"), 100 * mean(dd) / mean(y), "100 * mean(x - y) / mean(y)")
  rule <- RESPONDER[[o]]
  # A change of exactly the threshold counts (1e-9 slack for decimal arithmetic, as sleepstat).
  r <- if (rule$lower) sum(dd <= -rule$points + 1e-9) else sum(dd >= rule$points - 1e-9)
  pr <- prop.test(r, n, correct = FALSE)
  add(paste0(p, "responders"), r, if (rule$lower) sprintf("sum(x - y <= -%g)", rule$points)
      else sprintf("sum(x - y >= %g)", rule$points))
  add(paste0(p, "responder_rate"), r / n, "responders / n")
  add(paste0(p, "responder_ci_low"), pr$conf.int[1], "prop.test(responders, n, correct = FALSE)$conf.int[1]")
  add(paste0(p, "responder_ci_high"), pr$conf.int[2], "prop.test(responders, n, correct = FALSE)$conf.int[2]")
  add(paste0(p, "zero_baselines"), sum(y == 0), "sum(y == 0)")
  if (is.na(rule$percent)) {
    off <- "percent: off in the plan (null)"
    for (k in c("relative_responders", "relative_responder_rate", "relative_responder_ci_low",
                "relative_responder_ci_high")) add(paste0(p, k), NA, off)
  } else {
    f <- rule$percent / 100
    k <- if (rule$lower) sum(dd <= -f * y + 1e-9 & dd < 0) else sum(dd >= f * y - 1e-9 & dd > 0)
    pk <- prop.test(k, n, correct = FALSE)
    add(paste0(p, "relative_responders"), k, sprintf("sum(x - y <= -%g * y & x - y < 0)", f))
    add(paste0(p, "relative_responder_rate"), k / n, "relative_responders / n")
    add(paste0(p, "relative_responder_ci_low"), pk$conf.int[1],
        "prop.test(relative_responders, n, correct = FALSE)$conf.int[1]")
    add(paste0(p, "relative_responder_ci_high"), pk$conf.int[2],
        "prop.test(relative_responders, n, correct = FALSE)$conf.int[2]")
  }
}

# --- by_position: baseline outcomes across sleep positions ------------------------------------
games_howell_dunn <- function(y, g, p) {
  k <- nlevels(g); lv <- levels(g); N <- length(y)
  m <- tapply(y, g, mean); v <- tapply(y, g, var); n <- tapply(y, g, length)
  r <- rank(y); mr <- tapply(r, g, mean); ties <- table(y)
  A <- N * (N + 1) / 12; C <- sum(ties^3 - ties) / (12 * (N - 1))
  pairs <- list()
  for (i in seq_len(k - 1)) for (j in (i + 1):k) {
    a <- v[[i]] / n[[i]]; b <- v[[j]] / n[[j]]
    se <- sqrt(a + b); df <- (a + b)^2 / (a^2 / (n[[i]] - 1) + b^2 / (n[[j]] - 1))
    diff <- m[[j]] - m[[i]]; t <- diff / se; q <- qtukey(0.95, k, df)
    dse <- sqrt((A - C) * (1 / n[[i]] + 1 / n[[j]])); z <- (mr[[j]] - mr[[i]]) / dse
    pairs[[paste(lv[i], lv[j], sep = "|")]] <- list(
      n1 = list(n[[i]], "sum(g == g1)"), n2 = list(n[[j]], "sum(g == g2)"),
      mean_difference = list(diff, "mean(y[g == g2]) - mean(y[g == g1])"),
      games_howell_se = list(se, "sqrt(var(y1)/n1 + var(y2)/n2)"),
      games_howell_t = list(t, "mean_difference / games_howell_se"),
      games_howell_df = list(df, "(v1/n1 + v2/n2)^2 / ((v1/n1)^2/(n1 - 1) + (v2/n2)^2/(n2 - 1))"),
      p_games_howell = list(ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE),
                            "ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE)"),
      games_howell_ci_low = list(diff - q * se * sqrt(0.5), "mean_difference - qtukey(0.95, k, df) * se / sqrt(2)"),
      games_howell_ci_high = list(diff + q * se * sqrt(0.5), "mean_difference + qtukey(0.95, k, df) * se / sqrt(2)"),
      mean_rank_difference = list(mr[[j]] - mr[[i]], "mean(rank(y)[g == g2]) - mean(rank(y)[g == g1])"),
      dunn_se = list(dse, "sqrt((N*(N+1)/12 - sum(t^3 - t)/(12*(N-1))) * (1/n1 + 1/n2))"),
      dunn_z = list(z, "mean_rank_difference / dunn_se"),
      p_dunn = list(2 * pnorm(abs(z), lower.tail = FALSE), "2 * pnorm(abs(z), lower.tail = FALSE)"))
  }
  holm <- p.adjust(vapply(pairs, function(e) e$p_dunn[[1]], 0), "holm")
  for (pair in names(pairs)) {
    pairs[[pair]]$p_dunn_holm <- list(holm[[pair]], "p.adjust(p_dunn, \"holm\") over the outcome's pairs")
    for (key in names(pairs[[pair]])) {
      add(paste0(p, "pairwise/", pair, "/", key), pairs[[pair]][[key]][[1]], pairs[[pair]][[key]][[2]])
    }
  }
}
position_p <- list(anova = list(), welch = list(), kruskal = list())
for (o in OUTCOMES) {
  col <- paste0(o, "_pre")
  keep <- !is.na(d[[col]]) & !is.na(d$sleep_position)
  y <- d[[col]][keep]; g <- factor(d$sleep_position[keep], levels = POSITIONS)
  p <- paste0("by_position/", col, "/")
  add(paste0(p, "n"), length(y), "length(y)")
  for (lv in levels(g)) {
    yy <- y[g == lv]
    add(paste0(p, "groups/", lv, "/n"), length(yy), "length(y[g == level])")
    add(paste0(p, "groups/", lv, "/mean"), mean(yy), "mean(y[g == level])")
    add(paste0(p, "groups/", lv, "/sd"), sd(yy), "sd(y[g == level])")
    add(paste0(p, "groups/", lv, "/median"), median(yy), "median(y[g == level])")
    add(paste0(p, "groups/", lv, "/q1"), quantile(yy, 0.25), "quantile(y[g == level], 0.25)")
    add(paste0(p, "groups/", lv, "/q3"), quantile(yy, 0.75), "quantile(y[g == level], 0.75)")
    add(paste0(p, "groups/", lv, "/iqr"), IQR(yy), "IQR(y[g == level])")
  }
  add(paste0(p, "groups_tested"), sum(table(g) >= 2), "sum(table(g) >= 2)")
  a <- oneway.test(y ~ g, var.equal = TRUE); w <- oneway.test(y ~ g); k <- kruskal.test(y ~ g)
  position_p$anova[[col]] <- a$p.value; position_p$welch[[col]] <- w$p.value
  position_p$kruskal[[col]] <- k$p.value
  add(paste0(p, "anova_f"), a$statistic, "oneway.test(y ~ g, var.equal = TRUE)$statistic")
  add(paste0(p, "anova_df1"), a$parameter[1], "oneway.test(y ~ g, var.equal = TRUE)$parameter[1]")
  add(paste0(p, "anova_df2"), a$parameter[2], "oneway.test(y ~ g, var.equal = TRUE)$parameter[2]")
  add(paste0(p, "p_anova"), a$p.value, "oneway.test(y ~ g, var.equal = TRUE)$p.value")
  add(paste0(p, "welch_f"), w$statistic, "oneway.test(y ~ g)$statistic")
  add(paste0(p, "welch_df1"), w$parameter[1], "oneway.test(y ~ g)$parameter[1]")
  add(paste0(p, "welch_df2"), w$parameter[2], "oneway.test(y ~ g)$parameter[2]")
  add(paste0(p, "p_welch"), w$p.value, "oneway.test(y ~ g)$p.value")
  add(paste0(p, "kruskal_h"), k$statistic, "kruskal.test(y ~ g)$statistic")
  add(paste0(p, "kruskal_df"), k$parameter, "kruskal.test(y ~ g)$parameter")
  add(paste0(p, "p_kruskal"), k$p.value, "kruskal.test(y ~ g)$p.value")
  fit <- anova(lm(y ~ g))
  add(paste0(p, "eta_squared"), fit[1, "Sum Sq"] / sum(fit[, "Sum Sq"]), "SS_between / SS_total")
  add(paste0(p, "epsilon_squared"), k$statistic / ((length(y)^2 - 1) / (length(y) + 1)),
      "kruskal.test(y ~ g)$statistic / ((n^2 - 1) / (n + 1))")
  games_howell_dunn(y, g, p)
}

# --- mattress_age: correlation of mattress_age_years with each baseline outcome ---------------
pearson_p <- list(); spearman_p <- list()
for (o in OUTCOMES) {
  col <- paste0(o, "_pre")
  keep <- !is.na(d[[col]]) & !is.na(d$mattress_age_years)
  age <- d$mattress_age_years[keep]; y <- d[[col]][keep]; n <- length(y)
  p <- paste0("mattress_age/", col, "/")
  cp <- cor.test(age, y)
  cs <- suppressWarnings(cor.test(age, y, method = "spearman", exact = FALSE))
  pearson_p[[col]] <- cp$p.value; spearman_p[[col]] <- cs$p.value
  add(paste0(p, "n"), n, "length(y)")
  add(paste0(p, "pearson_r"), cp$estimate, "cor.test(age, y)$estimate")
  add(paste0(p, "p_pearson"), cp$p.value, "cor.test(age, y)$p.value")
  add(paste0(p, "pearson_ci_low"), cp$conf.int[1], "cor.test(age, y)$conf.int[1]")
  add(paste0(p, "pearson_ci_high"), cp$conf.int[2], "cor.test(age, y)$conf.int[2]")
  add(paste0(p, "spearman_rho"), cs$estimate, "cor.test(age, y, method = \"spearman\", exact = FALSE)$estimate")
  add(paste0(p, "p_spearman"), cs$p.value, "cor.test(age, y, method = \"spearman\", exact = FALSE)$p.value")
  add(paste0(p, "spearman_ci_low"), tanh(atanh(cs$estimate) - qnorm(0.975) / sqrt(n - 3)),
      "tanh(atanh(rho) - qnorm(0.975) / sqrt(n - 3))")
  add(paste0(p, "spearman_ci_high"), tanh(atanh(cs$estimate) + qnorm(0.975) / sqrt(n - 3)),
      "tanh(atanh(rho) + qnorm(0.975) / sqrt(n - 3))")
}

# --- mattress_age_bands: the plan's bands [0,5) [5,10) [10,Inf) ------------------------------
BREAKS <- c(0, 5, 10, Inf)
for (o in OUTCOMES) {
  col <- paste0(o, "_pre")
  keep <- !is.na(d[[col]]) & !is.na(d$mattress_age_years)
  band <- cut(d$mattress_age_years[keep], BREAKS, right = FALSE)
  y <- d[[col]][keep]
  p <- paste0("mattress_age_bands/", col, "/")
  add(paste0(p, "n"), sum(!is.na(band)), "sum(!is.na(cut(age, c(0, 5, 10, Inf), right = FALSE)))")
  for (i in seq_along(levels(band))) {
    b <- levels(band)[i]; yb <- y[!is.na(band) & band == b]
    q <- paste0(p, "bands/", b, "/")
    add(paste0(q, "from_years"), BREAKS[i], "c(0, 5, 10, Inf)[i]")
    add(paste0(q, "to_years"), BREAKS[i + 1], "c(0, 5, 10, Inf)[i + 1] (Inf: null)")
    add(paste0(q, "n"), length(yb), "length(y[band == b])")
    add(paste0(q, "mean"), mean(yb), "mean(y[band == b])")
    add(paste0(q, "sd"), sd(yb), "sd(y[band == b])")
    add(paste0(q, "median"), median(yb), "median(y[band == b])")
  }
}

# --- regression: y ~ mattress_age_years + sleep_position + age_years, reference "back" -------
for (o in OUTCOMES) {
  col <- paste0(o, "_pre")
  r <- d
  r$y <- r[[col]]
  r$sleep_position <- relevel(factor(r$sleep_position, levels = POSITIONS), ref = "back")
  complete <- complete.cases(r[, c("y", "mattress_age_years", "sleep_position", "age_years")])
  m <- lm(y ~ mattress_age_years + sleep_position + age_years, data = r[complete, ])
  sm <- summary(m); ct <- coef(sm); ci <- confint(m); fs <- sm$fstatistic
  call <- paste0("lm(", col, " ~ mattress_age_years + sleep_position + age_years)")
  p <- paste0("regression/", col, "/")
  add(paste0(p, "n"), nobs(m), paste0("nobs(", call, ")"))
  add(paste0(p, "dropped_missing"), sum(!is.na(r$y) & !complete), "sum(!is.na(y) & !complete.cases(...))")
  add(paste0(p, "rank"), m$rank, paste0(call, "$rank"))
  add(paste0(p, "residual_df"), m$df.residual, paste0(call, "$df.residual"))
  for (term in rownames(ct)) {
    q <- paste0(p, "coefficients/", term, "/")
    add(paste0(q, "estimate"), ct[term, 1], paste0("coef(summary(fit))['", term, "', 1]"))
    add(paste0(q, "se"), ct[term, 2], paste0("coef(summary(fit))['", term, "', 2]"))
    add(paste0(q, "t"), ct[term, 3], paste0("coef(summary(fit))['", term, "', 3]"))
    add(paste0(q, "p"), ct[term, 4], paste0("coef(summary(fit))['", term, "', 4]"))
    add(paste0(q, "ci_low"), ci[term, 1], paste0("confint(fit)['", term, "', 1]"))
    add(paste0(q, "ci_high"), ci[term, 2], paste0("confint(fit)['", term, "', 2]"))
  }
  add(paste0(p, "r_squared"), sm$r.squared, "summary(fit)$r.squared")
  add(paste0(p, "adj_r_squared"), sm$adj.r.squared, "summary(fit)$adj.r.squared")
  add(paste0(p, "sigma"), sm$sigma, "summary(fit)$sigma")
  add(paste0(p, "f"), fs[["value"]], "summary(fit)$fstatistic['value']")
  add(paste0(p, "f_df1"), fs[["numdf"]], "summary(fit)$fstatistic['numdf']")
  add(paste0(p, "f_df2"), fs[["dendf"]], "summary(fit)$fstatistic['dendf']")
  add(paste0(p, "p_f"), pf(fs[["value"]], fs[["numdf"]], fs[["dendf"]], lower.tail = FALSE),
      "pf(f, f_df1, f_df2, lower.tail = FALSE)")
}

# --- categorical: sleep_position x (odi_pre >= 40) --------------------------------------------
x <- factor(d$sleep_position, levels = POSITIONS)
hi <- factor(ifelse(d$odi_pre >= 40, "yes", "no"), levels = c("no", "yes"))
both <- complete.cases(x, hi)
tab <- table(droplevels(x[both]), droplevels(hi[both]))
p <- "categorical/sleep_position x odi_pre >= 40/"
add(paste0(p, "n"), sum(tab), "sum(table(position, odi_pre >= 40))")
add(paste0(p, "excluded_missing"), sum(!both), "sum(!complete.cases(position, odi_pre >= 40))")
for (i in seq_len(nrow(tab))) for (j in seq_len(ncol(tab))) {
  add(sprintf("%scounts/%d/%d", p, i - 1, j - 1), tab[i, j],
      sprintf("table(position, odi_pre >= 40)[\"%s\", \"%s\"]", rownames(tab)[i], colnames(tab)[j]))
}
# R warns "Chi-squared approximation may be incorrect" (one expected count is 4.8); sleepstat
# gives the same warning in chi_square.warning.
cs <- suppressWarnings(chisq.test(tab))
add(paste0(p, "chi_square/statistic"), cs$statistic, "chisq.test(tab)$statistic")
add(paste0(p, "chi_square/df"), cs$parameter, "chisq.test(tab)$parameter")
add(paste0(p, "chi_square/p"), cs$p.value, "chisq.test(tab)$p.value")
add(paste0(p, "chi_square/yates_corrected"), grepl("Yates", cs$method), "grepl('Yates', chisq.test(tab)$method)")
add(paste0(p, "chi_square/min_expected"), min(cs$expected), "min(chisq.test(tab)$expected)")
add(paste0(p, "chi_square/cells_below_five"), sum(cs$expected < 5), "sum(chisq.test(tab)$expected < 5)")
add(paste0(p, "fisher/p"), fisher.test(tab)$p.value, "fisher.test(tab)$p.value")
for (k in c("odds_ratio", "odds_ratio_ci_low", "odds_ratio_ci_high")) {
  add(paste0(p, "fisher/", k), NA, "fisher.test(tab) gives an odds ratio only for 2 x 2 tables")
}

# --- sample: Table 1, one group (overall) -----------------------------------------------------
LEVELS <- list(sex = c("female", "male", "other"), sleep_position = POSITIONS,
               rf_leg_numbness = c("no", "yes"))
for (v in setdiff(names(raw), "teilnehmer")) {
  col <- d[[v]]; x <- col[!is.na(col)]
  p <- paste0("sample/variables/", v, "/groups/overall/")
  add(paste0(p, "n"), length(x), "sum(!is.na(x))")
  add(paste0(p, "missing"), sum(is.na(col)), "sum(is.na(x))")
  if (is.numeric(col)) {
    add(paste0(p, "mean"), mean(x), "mean(x)")
    add(paste0(p, "sd"), sd(x), "sd(x)")
    add(paste0(p, "median"), median(x), "median(x)")
    add(paste0(p, "q1"), quantile(x, 0.25), "quantile(x, 0.25)")
    add(paste0(p, "q3"), quantile(x, 0.75), "quantile(x, 0.75)")
  } else {
    add(paste0(p, "denominator"), length(x), "sum(!is.na(x))")
    counts <- table(factor(x, levels = LEVELS[[v]]))
    for (l in LEVELS[[v]]) {
      add(paste0(p, "levels/", l, "/count"), counts[[l]], "table(factor(x, levels))[level]")
      add(paste0(p, "levels/", l, "/percent"), 100 * counts[[l]] / length(x), "100 * count / n")
    }
  }
}

# --- multiplicity: Holm and BH across the outcomes of each family -----------------------------
FAMILIES <- list("paired t-test" = paired_t, "Wilcoxon signed-rank" = paired_w,
                 "one-way ANOVA by position" = position_p$anova,
                 "Welch's ANOVA by position" = position_p$welch,
                 "Kruskal-Wallis by position" = position_p$kruskal,
                 "Pearson correlation with mattress age" = pearson_p,
                 "Spearman correlation with mattress age" = spearman_p)
for (family in names(FAMILIES)) {
  ps <- unlist(FAMILIES[[family]])
  for (m in c("holm", "BH")) {
    adj <- p.adjust(ps, method = m)
    for (o in names(adj)) {
      add(paste0("multiplicity/", family, "/outcomes/", o, "/p_", tolower(m)), adj[[o]],
          paste0("p.adjust(p, \"", m, "\")"))
    }
  }
  for (o in names(ps)) add(paste0("multiplicity/", family, "/outcomes/", o, "/p"), ps[[o]], "p")
}

# --- red_flags --------------------------------------------------------------------------------
add("red_flags/respondents", sum(d$rf_leg_numbness %in% "yes"), "sum(rf_leg_numbness == \"yes\")")
add("red_flags/flags/rf_leg_numbness/yes", sum(d$rf_leg_numbness %in% "yes"), "sum(rf_leg_numbness == \"yes\")")
add("red_flags/flags/rf_leg_numbness/missing", sum(is.na(d$rf_leg_numbness)), "sum(is.na(rf_leg_numbness))")

writeLines(c(paste0("# Rscript cli/src/test/resources/reference/odi-study.R (",
                    R.version.string, ") on ", file),
             paste("pointer", "expected", "r_call", sep = "\t"), rows),
           "cli/src/test/resources/reference/odi-study-expected.tsv", useBytes = TRUE)
