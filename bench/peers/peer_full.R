# Peer for the benchmark (issue 16): the work of `sleepstat analyze FILE --json` done in R, on a
# wide survey in the built-in sleep-back-pain v1 schema with the built-in study plan, so that
# bench/run can compare sleepstat with R doing the same work. peer.R does a small part of that
# work (paired tests, tests by position, correlation with mattress age); this script does every
# section of docs/analysis-json.md except `repeated` (which needs a long file; peer_waves.R is its
# peer), with the R calls the JSON contract and the reference scripts name
# (cli/src/test/resources/reference/sample-analysis.R, analysis/src/test/resources/reference/).
#
# It is a benchmark peer, not a reference for tests: it prints a small JSON summary (a few key
# numbers per section; `input` and `paired` in peer.R's shape, so that bench/run's check that
# both read the same rows still works), not sleepstat's document, and where R's own defaults and
# sleepstat's "undefined" rules differ at the edges (a constant group, an essentially perfect
# fit) it leaves R's answer. Per-section wall times go to standard error.
#
# Usage:   Rscript peer_full.R FILE.csv > out.json
#          PEER_FULL_DUMP=all.json Rscript peer_full.R FILE.csv > out.json
#            (also writes every statistic computed, keyed as in sleepstat's JSON, to all.json)
# Needs:   Debian's r-base-core r-cran-data.table r-cran-jsonlite (base R stats for the rest)
#
# Rows are kept as sleepstat's import keeps them for such files (docs/schema.md): a respondent
# id, present and not a repeat of an earlier row's; a known sleep position (its spellings
# accepted); every number a number within its range (age and exercise days whole); every level
# one of its variable's levels or spellings; missing values the tokens empty, NA, N/A, "." and
# NaN. Known differences, none of which occurs in the files bench/run writes: a record whose
# field count differs from the header's (sleepstat rejects the row, fread stops or fills);
# numbers R's as.numeric reads and sleepstat does not ("Inf", "0x1A", " 1e5 " inside quotes); a
# quoted cell spanning lines (red_flags' `line` counts one line a record); a repeated id whose
# first row is rejected for another reason (here the later row is rejected too).
#
# At large n this does what R does, in R's time, except for Fisher's exact test of the r x c
# table (position x high morning pain): sleepstat enumerates the tables with the observed
# margins only within fixed limits (FisherExactRxC: 5e6 stored x 6e7 visited partial tables)
# and reports null beyond them (a million rows are far beyond, and R's fisher.test stops there
# too: "FEXACT error 40. Out of workspace", or error 501 with workspace = 2e8); this script
# applies the same limit, so both do the test on small files and both leave it out on large ones. Everything else (the Hodges-Lehmann intervals by uniroot over
# a million ranks included) is the plain R call, however long it takes.

suppressMessages({library(data.table); library(jsonlite)})
args <- commandArgs(TRUE)
if (length(args) != 1) stop("usage: Rscript peer_full.R FILE.csv > out.json")
file <- args[1]
t_start <- t_last <- proc.time()[["elapsed"]]
timing <- function(section) {
  now <- proc.time()[["elapsed"]]
  message(sprintf("peer_full: %-22s %7.2f s", section, now - t_last))
  t_last <<- now
}

# ---- the built-in codebook and plan ---------------------------------------------------------
OUTCOMES <- c("pain_morning", "pain_night", "sleep_quality")
HIGHER_IS_BETTER <- c(pain_morning = FALSE, pain_night = FALSE, sleep_quality = TRUE)
POINTS <- 2; PERCENT <- 0.3; SLACK <- 1e-9 # responder rules; a change of exactly 2 counts
PRIMARY <- "pain_morning"; HIGH_AT <- 4
POSITIONS <- c("side", "back", "stomach", "combination")
FIRMNESS <- c("soft", "medium", "medium_firm", "firm")
ADVISED <- "medium_firm"
TYPES <- c("innerspring", "memory_foam", "latex", "hybrid", "air", "water", "other")
SEXES <- c("female", "male", "other", "unknown")
COVARIATES <- c("mattress_age_years", "sleep_position", "mattress_firmness", "age_years", "bmi",
                "exercise_days_week")
RED_FLAGS <- c("rf_leg_numbness", "rf_weight_loss_fever", "rf_bladder_bowel", "rf_after_injury",
               "rf_worsening")
PROPS <- list(side = "pillow_between_knees", back = c("pillow_under_knees", "lumbar_roll"),
              stomach = "pillow_under_hips")
AGE_LIMITS <- c(0, 6, 8, 10)      # bands: mattress_age_years
WEEK_LIMITS <- c(0, 4, 12)        # bands: weeks_since_change
PRE_BANDS <- c(0, 4, 7)           # baseline_band of a 0-10 outcome: low, middle, high
PERSISTENT_AFTER <- 6             # pain_duration_weeks > 6

# Variables in codebook order: type, range or levels.
RANGES <- list(age_years = c(16, 110), bmi = c(12, 80), mattress_age_years = c(0, 40),
               exercise_days_week = c(0, 7), weeks_since_change = c(0, 520),
               pain_morning_pre = c(0, 10), pain_morning_post = c(0, 10),
               pain_night_pre = c(0, 10), pain_night_post = c(0, 10),
               sleep_quality_pre = c(0, 10), sleep_quality_post = c(0, 10),
               pain_duration_weeks = c(0, 2600))
WHOLE <- c("age_years", "exercise_days_week")
BOOLEANS <- c("pillow_between_knees", "pillow_under_knees", "lumbar_roll", "pillow_under_hips",
              "changed_mattress", RED_FLAGS)
LEVELS <- c(list(sex = SEXES, sleep_position = POSITIONS, mattress_firmness = FIRMNESS,
                 mattress_type = TYPES, new_mattress_firmness = FIRMNESS, new_mattress_type = TYPES),
            setNames(rep(list(c("no", "yes")), length(BOOLEANS)), BOOLEANS))
CODEBOOK <- c("respondent_id", "age_years", "sex", "bmi", "sleep_position", "mattress_age_years",
              "mattress_firmness", "mattress_type", "pillow_between_knees", "pillow_under_knees",
              "lumbar_roll", "pillow_under_hips", "exercise_days_week", "changed_mattress",
              "weeks_since_change", "new_mattress_firmness", "new_mattress_type",
              "pain_morning_pre", "pain_morning_post", "pain_night_pre", "pain_night_post",
              "sleep_quality_pre", "sleep_quality_post", "pain_duration_weeks", RED_FLAGS)
TYPE <- setNames(ifelse(CODEBOOK %in% WHOLE, "integer",
                 ifelse(CODEBOOK %in% names(RANGES), "decimal",
                 ifelse(CODEBOOK %in% BOOLEANS, "boolean",
                 ifelse(CODEBOOK %in% c("mattress_firmness", "new_mattress_firmness"), "ordinal",
                        "category")))), CODEBOOK)

# Spellings (docs/schema.md), compared after key(): trimmed, lower case, runs of separators as one.
key <- function(v) gsub("[ \t_-]+", "_", tolower(trimws(v)))
same <- function(lv) setNames(lv, lv)
SPELLINGS <- list(
  sex = c(same(SEXES), f = "female", m = "male"),
  sleep_position = c(same(POSITIONS), lateral = "side", left_side = "side", right_side = "side",
    side_sleeper = "side", on_my_side = "side", supine = "back", back_sleeper = "back",
    on_my_back = "back", prone = "stomach", front = "stomach", belly = "stomach",
    stomach_sleeper = "stomach", on_my_stomach = "stomach", combo = "combination",
    mixed = "combination", varies = "combination", it_varies = "combination",
    changes = "combination", multiple = "combination"),
  firmness = same(FIRMNESS), type = same(TYPES),
  boolean = c(yes = "yes", y = "yes", true = "yes", t = "yes", "1" = "yes", checked = "yes",
              no = "no", n = "no", false = "no", f = "no", "0" = "no", unchecked = "no"))
SPELLING_OF <- c(sex = "sex", sleep_position = "sleep_position", mattress_firmness = "firmness",
                 new_mattress_firmness = "firmness", mattress_type = "type",
                 new_mattress_type = "type", setNames(rep("boolean", length(BOOLEANS)), BOOLEANS))
MISSING_KEYS <- c("na", "n/a", "nan", ".") # besides empty; any case

# ---- helpers --------------------------------------------------------------------------------
attempt <- function(expr) tryCatch(suppressWarnings(expr), error = function(e) NULL)
num <- function(v) if (is.null(v) || length(v) != 1 || !is.finite(v)) NA_real_ else unname(as.numeric(v))
lm_row <- function(fit, term, ci = TRUE) {
  # a coefficient of an lm fit as sleepstat reports it: estimate, se, t, p, df and 95% CI
  cf <- coef(summary(fit))
  if (!(term %in% rownames(cf)) || fit$df.residual == 0) {
    return(list(estimate = num(coef(fit)[term]), se = NA_real_, t = NA_real_, p = NA_real_,
                df = fit$df.residual, ci_low = NA_real_, ci_high = NA_real_))
  }
  q <- qt(0.975, fit$df.residual) # confint.lm's interval, from the same row
  list(estimate = cf[term, 1], se = cf[term, 2], t = cf[term, 3], p = cf[term, 4],
       df = fit$df.residual, ci_low = cf[term, 1] - q * cf[term, 2],
       ci_high = cf[term, 1] + q * cf[term, 2])
}
ci_of <- function(fit, term) confint(fit)[term, ] # used where the reference calls confint()
responders_of <- function(change, pre, higher) {
  if (higher) list(points = sum(change >= POINTS - SLACK),
                   percent = sum(change >= PERCENT * pre - SLACK & change > 0))
  else list(points = sum(change <= -POINTS + SLACK),
            percent = sum(change <= -PERCENT * pre + SLACK & change < 0))
}
wilson <- function(k, n) if (n > 0) prop.test(k, n, correct = FALSE)$conf.int else c(NA, NA)
group_stats <- function(v) {
  if (!length(v)) return(list(n = 0L, mean = NA_real_, sd = NA_real_, median = NA_real_))
  list(n = length(v), mean = mean(v), sd = if (length(v) > 1) sd(v) else NA_real_,
       median = median(v))
}
oneway_all <- function(y, g) {
  # ANOVA, Welch and Kruskal-Wallis over the groups with n >= 2 (as by_position)
  n_g <- table(g); tested <- names(n_g)[n_g >= 2]
  out <- list(groups_tested = length(tested))
  if (length(tested) < 2) return(out)
  k <- g %in% tested; y <- y[k]; g <- droplevels(g[k])
  a <- attempt(oneway.test(y ~ g, var.equal = TRUE)); w <- attempt(oneway.test(y ~ g))
  kw <- attempt(kruskal.test(y ~ g))
  c(out, list(anova_f = num(a$statistic), anova_df1 = num(a$parameter[1]),
              anova_df2 = num(a$parameter[2]), p_anova = num(a$p.value),
              welch_f = num(w$statistic), welch_df1 = num(w$parameter[1]),
              welch_df2 = num(w$parameter[2]), p_welch = num(w$p.value),
              kruskal_h = num(kw$statistic), kruskal_df = num(kw$parameter),
              p_kruskal = num(kw$p.value)))
}
# Cohen's dz interval: the noncentrality parameters with pt(t, n - 1, ncp) = 0.975 and 0.025
# (uniroot to full precision), divided by sqrt(n); reference arms/paired-extra.R.
dz_interval <- function(dd) {
  n <- length(dd)
  if (n < 2 || sd(dd) == 0) return(c(NA_real_, NA_real_))
  tobs <- mean(dd) / (sd(dd) / sqrt(n))
  f <- function(ncp, target) suppressWarnings(pt(tobs, n - 1, ncp)) - target
  bound <- function(target) uniroot(f, lower = tobs - 1, upper = tobs + 1, extendInt = "downX",
                                    target = target, tol = 1e-20, maxiter = 5000)$root
  c(bound(0.975), bound(0.025)) / sqrt(n)
}
# wilcox.test with conf.int = TRUE gives W (or V), its p-value and the Hodges-Lehmann estimate
# and interval in one call; where R cannot give the interval, the test alone.
wilcox_hl <- function(...) {
  w <- attempt(wilcox.test(..., conf.int = TRUE))
  if (is.null(w)) w <- attempt(wilcox.test(...))
  w
}

# ---- input: read and keep rows as sleepstat does --------------------------------------------
header <- names(fread(file, nrows = 0))
hkey <- function(v) gsub("[ \t_-]", "", tolower(trimws(v)))
canonical <- CODEBOOK[match(hkey(header), hkey(CODEBOOK))]
id_col <- header[which(canonical == "respondent_id")]
if (!length(id_col) || !("sleep_position" %in% canonical)) stop(file, ": needs respondent_id and sleep_position")
d <- fread(file, na.strings = c("", "NA", "N/A", "."),
           colClasses = setNames("character", id_col), showProgress = FALSE)
setnames(d, header[!is.na(canonical)], canonical[!is.na(canonical)])
rows <- nrow(d)
ok <- rep(TRUE, rows)
for (v in intersect(names(RANGES), names(d))) {
  s <- d[[v]]
  if (is.character(s)) { # a column with something fread did not read as a number
    x <- suppressWarnings(as.numeric(s))
    bad <- !is.na(s) & is.na(x) & !(key(s) %in% MISSING_KEYS)
  } else {
    x <- as.numeric(s); bad <- FALSE
  }
  x[is.nan(x)] <- NA
  bad <- bad | (!is.na(x) & (x < RANGES[[v]][1] | x > RANGES[[v]][2]))
  if (v %in% WHOLE) bad <- bad | (!is.na(x) & x != round(x))
  ok <- ok & !bad
  set(d, j = v, value = x)
}
for (v in intersect(names(SPELLING_OF), names(d))) {
  s <- as.character(d[[v]]); u <- unique(s); k <- key(u)
  lv <- unname(SPELLINGS[[SPELLING_OF[[v]]]][k])   # the level of each distinct value
  missing <- is.na(u) | k %in% MISSING_KEYS
  i <- match(s, u)
  ok <- ok & !(!missing & is.na(lv))[i]
  set(d, j = v, value = lv[i])
}
id <- trimws(d$respondent_id)
ok <- ok & !is.na(id) & id != "" & !(tolower(id) %in% MISSING_KEYS) & !duplicated(id) &
  !is.na(d$sleep_position)
d[, respondent_id := id]
line <- which(ok) + 1L # the file line of each kept row (header on line 1, one line a record)
d <- d[ok]
n_acc <- nrow(d)
res <- list(input = list(rows = rows, accepted = n_acc, rejected = rows - n_acc))
full <- res
has <- function(v) v %in% names(d)
outcomes <- OUTCOMES[paste0(OUTCOMES, "_pre") %in% names(d) & paste0(OUTCOMES, "_post") %in% names(d)]
pres <- paste0(OUTCOMES, "_pre")[paste0(OUTCOMES, "_pre") %in% names(d)]
grp <- if (has("changed_mattress")) d$changed_mattress else rep(NA_character_, n_acc)
treated <- if (has("changed_mattress")) grp %in% "yes" else rep(TRUE, n_acc)
pos <- factor(d$sleep_position, levels = POSITIONS)
timing("read and check")

# ---- paired: the change after a mattress change ---------------------------------------------
# t.test(x, y, paired = TRUE); wilcox.test(x, y, paired = TRUE, conf.int = TRUE) (V, p and the
# Hodges-Lehmann estimate); dz and its interval; responders with Wilson intervals.
paired_of <- function(rows, o, hl = TRUE) {
  y <- d[[paste0(o, "_pre")]]; x <- d[[paste0(o, "_post")]]
  k <- rows & !is.na(x) & !is.na(y); x <- x[k]; y <- y[k]; dd <- x - y; n <- length(x)
  tt <- if (n >= 2) attempt(t.test(x, y, paired = TRUE))
  wt <- if (any(dd != 0)) { if (hl) wilcox_hl(x, y, paired = TRUE) else attempt(wilcox.test(x, y, paired = TRUE)) }
  r <- responders_of(dd, y, HIGHER_IS_BETTER[[o]])
  list(outcome = o, n = n, mean_pre = mean(y), mean_post = mean(x), mean_change = num(mean(dd)),
       ci_low = num(tt$conf.int[1]), ci_high = num(tt$conf.int[2]), t = num(tt$statistic),
       df = num(tt$parameter), p_t = num(tt$p.value), wilcoxon_v = num(wt$statistic),
       p_wilcoxon = num(wt$p.value), zero_differences = sum(dd == 0),
       hodges_lehmann = num(wt$estimate), hodges_lehmann_ci_low = num(wt$conf.int[1]),
       hodges_lehmann_ci_high = num(wt$conf.int[2]),
       hodges_lehmann_confidence = num(attr(wt$conf.int, "conf.level")),
       dz = num(mean(dd) / sd(dd)), dz_ci = if (hl) dz_interval(dd),
       percent_change = num(100 * mean(dd) / mean(y)),
       responders = r$points, responder_rate = r$points / n,
       responder_ci = wilson(r$points, n), relative_responders = r$percent,
       zero_baselines = sum(y == 0), relative_responder_rate = r$percent / n,
       relative_responder_ci = wilson(r$percent, n))
}
full$paired <- lapply(outcomes, function(o) {
  p <- paired_of(treated, o)
  p$dz_ci_low <- p$dz_ci[1]; p$dz_ci_high <- p$dz_ci[2]
  p$responder_ci_low <- p$responder_ci[1]; p$responder_ci_high <- p$responder_ci[2]
  p$relative_responder_ci_low <- p$relative_responder_ci[1]
  p$relative_responder_ci_high <- p$relative_responder_ci[2]
  p[c("dz_ci", "responder_ci", "relative_responder_ci")] <- NULL
  p
})
timing("paired")

# ---- by_position: baseline outcomes across sleep positions ----------------------------------
# per position n, mean, sd, median, quartiles (type 7), IQR; oneway.test (equal variances and
# Welch), kruskal.test over the positions with n >= 2; eta squared from anova(lm(y ~ g));
# epsilon squared; Games-Howell and Dunn (tie-corrected, Holm) per pair, from their formulas as
# analysis/src/test/resources/reference/pairwise/pairwise.R writes them (rstatix and FSA are not
# in Debian).
pairwise_of <- function(y, g) {
  k <- nlevels(g); lv <- levels(g)
  m <- tapply(y, g, mean); v <- tapply(y, g, var); n <- tapply(y, g, length)
  N <- length(y); r <- rank(y); mr <- tapply(r, g, mean)
  ties <- tabulate(match(y, sort(unique(y)))) # sizes of the groups of tied values
  A <- N * (N + 1) / 12; C <- sum(ties^3 - ties) / (12 * (N - 1))
  out <- list()
  for (i in seq_len(k - 1)) for (j in (i + 1):k) {
    a <- v[[i]] / n[[i]]; b <- v[[j]] / n[[j]]; se <- sqrt(a + b)
    df <- (a + b)^2 / (a^2 / (n[[i]] - 1) + b^2 / (n[[j]] - 1))
    diff <- m[[j]] - m[[i]]; t <- diff / se
    q <- suppressWarnings(qtukey(0.95, k, df))
    dse <- sqrt((A - C) * (1 / n[[i]] + 1 / n[[j]])); z <- (mr[[j]] - mr[[i]]) / dse
    out[[length(out) + 1]] <- list(group1 = lv[i], group2 = lv[j], n1 = n[[i]], n2 = n[[j]],
      mean_difference = diff, games_howell_se = se, games_howell_t = t, games_howell_df = df,
      p_games_howell = num(suppressWarnings(ptukey(abs(t) * sqrt(2), k, df, lower.tail = FALSE))),
      games_howell_ci_low = num(diff - q * se * sqrt(0.5)),
      games_howell_ci_high = num(diff + q * se * sqrt(0.5)),
      mean_rank_difference = mr[[j]] - mr[[i]], dunn_se = dse, dunn_z = z,
      p_dunn = 2 * pnorm(abs(z), lower.tail = FALSE))
  }
  holm <- p.adjust(vapply(out, function(o) o$p_dunn, 0), "holm")
  for (i in seq_along(out)) out[[i]]$p_dunn_holm <- holm[i]
  out
}
full$by_position <- lapply(pres, function(col) {
  y <- d[[col]]; k <- !is.na(y) & !is.na(pos); y <- y[k]; g <- pos[k]
  split_y <- split(y, g)
  groups <- lapply(Filter(length, split_y), function(v) {
    q <- quantile(v, c(0.25, 0.75), names = FALSE)
    c(group_stats(v), list(q1 = q[1], q3 = q[2], iqr = IQR(v)))
  })
  out <- c(list(outcome = col, n = length(y), groups = groups), oneway_all(y, g))
  if (out$groups_tested >= 2) {
    tested <- names(groups)[vapply(groups, function(s) s$n >= 2, TRUE)]
    s <- g %in% tested; ys <- y[s]; gs <- droplevels(g[s])
    av <- anova(lm(ys ~ gs))
    out$eta_squared <- av[1, "Sum Sq"] / sum(av[, "Sum Sq"])
    out$epsilon_squared <- out$kruskal_h / ((length(ys)^2 - 1) / (length(ys) + 1))
    out$pairwise <- pairwise_of(ys, gs)
  }
  out
})
timing("by_position")

# ---- mattress_age: mattress age against baseline outcomes -----------------------------------
full$mattress_age <- if (has("mattress_age_years")) lapply(pres, function(col) {
  k <- !is.na(d[[col]]) & !is.na(d$mattress_age_years)
  age <- d$mattress_age_years[k]; y <- d[[col]][k]; n <- length(y)
  cp <- attempt(cor.test(age, y)); cs <- attempt(cor.test(age, y, method = "spearman", exact = FALSE))
  rho <- num(cs$estimate)
  list(outcome = col, n = n, pearson_r = num(cp$estimate), p_pearson = num(cp$p.value),
       pearson_ci_low = num(cp$conf.int[1]), pearson_ci_high = num(cp$conf.int[2]),
       spearman_rho = rho, p_spearman = num(cs$p.value),
       spearman_ci_low = num(tanh(atanh(rho) - qnorm(0.975) / sqrt(n - 3))),
       spearman_ci_high = num(tanh(atanh(rho) + qnorm(0.975) / sqrt(n - 3))))
}) else list()
timing("mattress_age")

# ---- red_flags: respondents to follow up ----------------------------------------------------
rf <- intersect(RED_FLAGS, names(d))
yes_rf <- if (length(rf)) as.matrix(d[, lapply(.SD, function(v) v %in% "yes"), .SDcols = rf]) else matrix(FALSE, n_acc, 0)
flagged <- rowSums(yes_rf) > 0
full$red_flags <- list(
  respondents = sum(flagged), ids = d$respondent_id[flagged],
  flags = lapply(rf, function(f) list(name = f, yes = sum(yes_rf[, f]), missing = sum(is.na(d[[f]])),
                                      ids = I(d$respondent_id[yes_rf[, f]]))),
  flagged = lapply(which(flagged), function(i) list(id = d$respondent_id[i], line = line[i],
                                                    flags = I(rf[yes_rf[i, ]]))))
timing("red_flags")

# ---- changed_vs_unchanged: the change, changed against not changed --------------------------
# ANCOVA lm(post ~ pre + changed), coefficient changedyes; Welch t.test(change[yes], change[no]).
full$changed_vs_unchanged <- if (has("changed_mattress")) lapply(outcomes, function(o) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  k <- !is.na(pre) & !is.na(post) & !is.na(grp)
  a <- data.frame(pre = pre[k], post = post[k], changed = factor(grp[k], levels = c("no", "yes")))
  a$change <- a$post - a$pre
  arm <- function(l) { s <- a[a$changed == l, ]; list(n = nrow(s), mean_pre = mean(s$pre),
                       mean_post = mean(s$post), mean_change = mean(s$change)) }
  fit <- lm(post ~ pre + changed, data = a); cf <- lm_row(fit, "changedyes")
  ci <- ci_of(fit, "changedyes")
  tt <- attempt(t.test(a$change[a$changed == "yes"], a$change[a$changed == "no"]))
  list(outcome = o, n = nrow(a), changed = arm("yes"), unchanged = arm("no"),
       ancova_difference = cf$estimate, ancova_se = cf$se, ancova_t = cf$t, ancova_df = cf$df,
       p_ancova = cf$p, ancova_ci_low = ci[[1]], ancova_ci_high = ci[[2]],
       ancova_r_squared = summary(fit)$r.squared,
       welch_difference = num(tt$estimate[1] - tt$estimate[2]), welch_t = num(tt$statistic),
       welch_df = num(tt$parameter), p_welch = num(tt$p.value),
       welch_ci_low = num(tt$conf.int[1]), welch_ci_high = num(tt$conf.int[2]))
}) else list()
timing("changed_vs_unchanged")

# ---- adjusted: the change adjusted for the plan's covariates --------------------------------
# lm(post ~ pre + changed_mattress + mattress_age_years + sleep_position + mattress_firmness +
# age_years + bmi + exercise_days_week), complete cases; a factor left with one level is taken
# out (lm would stop), as sleepstat does.
as_model_frame <- function(rows, o, covariates) {
  a <- data.frame(post = d[[paste0(o, "_post")]][rows], pre = d[[paste0(o, "_pre")]][rows],
                  changed_mattress = factor(grp[rows], levels = c("no", "yes")))
  for (v in covariates) a[[v]] <- d[[v]][rows]
  if ("sleep_position" %in% covariates) a$sleep_position <- factor(a$sleep_position, levels = POSITIONS)
  if ("mattress_firmness" %in% covariates) a$mattress_firmness <- factor(a$mattress_firmness, levels = FIRMNESS)
  a[complete.cases(a), , drop = FALSE]
}
adjusted_of <- function(rows, o) {
  covariates <- intersect(COVARIATES, names(d))
  a <- as_model_frame(rows, o, covariates)
  terms <- c("pre", "changed_mattress", covariates)
  one <- vapply(terms, function(v) is.factor(a[[v]]) && length(unique(a[[v]])) < 2, TRUE)
  if (nrow(a) == 0 || one[["changed_mattress"]]) return(list(outcome = o, n = nrow(a)))
  f <- reformulate(terms[!one], response = "post")
  fit <- lm(f, data = a)
  c(list(outcome = o, n = nobs(fit), covariates = covariates), lm_row(fit, "changed_mattressyes"))
}
full$adjusted <- if (has("changed_mattress")) lapply(outcomes, function(o) adjusted_of(rep(TRUE, n_acc), o)) else list()
timing("adjusted")

# ---- subgroups: does the effect differ between subgroups? ------------------------------------
# per level lm(post ~ pre + changed_mattress, subset = sub == level); interaction
# anova(lm(post ~ pre + changed_mattress + sub), lm(post ~ pre + changed_mattress * sub)).
subgroup_of <- function(o, name, sub) {
  a <- data.frame(post = d[[paste0(o, "_post")]], pre = d[[paste0(o, "_pre")]],
                  changed_mattress = factor(grp, levels = c("no", "yes")), sub = sub)
  a <- a[complete.cases(a), ]; a$sub <- droplevels(a$sub)
  levels_out <- lapply(split(a, a$sub), function(s) {
    fit <- attempt(lm(post ~ pre + changed_mattress, data = s))
    est <- !is.null(fit) && !is.na(coef(fit)["changed_mattressyes"]) && fit$df.residual > 0
    c(list(n = nrow(s), n_treated = sum(s$changed_mattress == "yes")),
      if (est) lm_row(fit, "changed_mattressyes"))
  })
  levels_out <- Map(function(l, v) c(list(level = l), v), names(levels_out), levels_out)
  out <- list(outcome = o, subgroup = name, levels = unname(levels_out))
  if (nlevels(a$sub) >= 2 && nlevels(droplevels(a$changed_mattress)) == 2) {
    reduced <- lm(post ~ pre + changed_mattress + sub, data = a)
    fullfit <- lm(post ~ pre + changed_mattress * sub, data = a)
    t <- anova(reduced, fullfit)
    if (!is.na(t$Df[2]) && t$Df[2] > 0 && fullfit$df.residual > 0)
      out <- c(out, list(interaction_f = t$F[2], interaction_df1 = t$Df[2],
                         interaction_df2 = fullfit$df.residual, p_interaction = t[["Pr(>F)"]][2]))
  }
  out
}
full$subgroups <- list()
if (has("changed_mattress")) for (o in outcomes) {
  if (has("sleep_position")) full$subgroups[[length(full$subgroups) + 1]] <- subgroup_of(o, "sleep_position", pos)
  if (has("sex")) full$subgroups[[length(full$subgroups) + 1]] <- subgroup_of(o, "sex", factor(d$sex, levels = SEXES))
  full$subgroups[[length(full$subgroups) + 1]] <- subgroup_of(o, "baseline_band",
    cut(d[[paste0(o, "_pre")]], c(PRE_BANDS, Inf), right = FALSE, labels = c("low", "middle", "high")))
}
timing("subgroups")

# ---- props: the sleep props the advice names, position by position ---------------------------
# with (y) against without (n) the prop: t.test(y, n); wilcox.test(y, n, conf.int = TRUE)
# (W, p and the Hodges-Lehmann shift; at a million rows each takes R 5-25 s: uniroot over ranks).
prop_compare <- function(v, rows, with) {
  y <- v[rows & with %in% "yes" & !is.na(v)]; n <- v[rows & with %in% "no" & !is.na(v)]
  tt <- attempt(t.test(y, n)); w <- if (length(y) && length(n)) wilcox_hl(y, n)
  list(n_with = length(y), n_without = length(n), mean_with = num(mean(y)),
       mean_without = num(mean(n)), difference = num(mean(y) - mean(n)),
       ci_low = num(tt$conf.int[1]), ci_high = num(tt$conf.int[2]), t = num(tt$statistic),
       df = num(tt$parameter), p_t = num(tt$p.value), w = num(w$statistic), p_w = num(w$p.value),
       exact = if (!is.null(w)) grepl("exact", w$method), hl_estimate = num(w$estimate),
       hl_ci_low = num(w$conf.int[1]), hl_ci_high = num(w$conf.int[2]),
       hl_level = num(attr(w$conf.int, "conf.level")))
}
full$props <- list()
for (p in names(PROPS)) for (prop in PROPS[[p]]) {
  if (!has(prop)) next
  at <- d$sleep_position %in% p
  full$props[[length(full$props) + 1]] <- list(position = p, prop = prop,
    baseline = lapply(pres, function(col) c(list(outcome = col), prop_compare(d[[col]], at, d[[prop]]))),
    change = lapply(outcomes, function(o) c(list(outcome = o),
      prop_compare(d[[paste0(o, "_post")]] - d[[paste0(o, "_pre")]], at & treated, d[[prop]]))))
}
timing("props")

# ---- firmness: outcomes by mattress firmness, and the new mattress's firmness ----------------
firm_baseline <- if (has("mattress_firmness")) lapply(pres, function(col) {
  k <- !is.na(d[[col]]) & !is.na(d$mattress_firmness)
  y <- d[[col]][k]; f <- factor(d$mattress_firmness[k], levels = FIRMNESS)
  groups <- lapply(Filter(length, split(y, f)), group_stats)
  score <- as.integer(f); fit <- lm(y ~ score)
  ci <- ci_of(fit, "score")
  at <- y[f == ADVISED]; rest <- y[f != ADVISED]; tt <- attempt(t.test(at, rest))
  c(list(outcome = col, n = length(y), groups = groups), oneway_all(y, f),
    list(trend = c(list(n = nobs(fit)), lm_row(fit, "score")[1:5], list(ci_low = ci[[1]], ci_high = ci[[2]])),
         advised = list(level = ADVISED, n_advised = length(at), n_rest = length(rest),
                        mean_advised = num(mean(at)), mean_rest = num(mean(rest)),
                        difference = num(mean(at) - mean(rest)), ci_low = num(tt$conf.int[1]),
                        ci_high = num(tt$conf.int[2]), t = num(tt$statistic),
                        df = num(tt$parameter), p = num(tt$p.value))))
}) else list()
firm_change <- if (has("new_mattress_firmness")) lapply(outcomes, function(o) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  k <- treated & !is.na(pre) & !is.na(post) & !is.na(d$new_mattress_firmness)
  a <- data.frame(pre = pre[k], post = post[k],
                  new_mattress_firmness = droplevels(factor(d$new_mattress_firmness[k], levels = FIRMNESS)))
  out <- list(outcome = o, n = nrow(a), reference = levels(a$new_mattress_firmness)[1],
              levels = lapply(levels(a$new_mattress_firmness), function(l)
                list(level = l, n = sum(a$new_mattress_firmness == l))))
  if (nlevels(a$new_mattress_firmness) < 2) return(out)
  fit <- lm(post ~ pre + new_mattress_firmness, data = a)
  terms <- paste0("new_mattress_firmness", levels(a$new_mattress_firmness)[-1])
  av <- anova(lm(post ~ pre, data = a), fit)
  a$advised <- a$new_mattress_firmness == ADVISED
  fa <- lm(post ~ pre + advised, data = a)
  c(out, list(coefficients = lapply(terms, function(t) c(list(term = t), lm_row(fit, t))),
              df = fit$df.residual, f = av$F[2], f_df1 = av$Df[2], f_df2 = av$Res.Df[2],
              p_f = av[["Pr(>F)"]][2],
              advised = c(list(n_advised = sum(a$advised)), lm_row(fa, "advisedTRUE"))))
}) else list()
full$firmness <- list(variable = "mattress_firmness", new_variable = "new_mattress_firmness",
                      advised = ADVISED, baseline = firm_baseline, change = firm_change)
timing("firmness")

# ---- mattress_age_bands: baseline outcomes by mattress age band ------------------------------
# band <- cut(age, c(0, 6, 8, 10, Inf), right = FALSE); lm(y ~ as.integer(band)); for the
# primary outcome the share >= 4 per band (prop.test Wilson intervals) and prop.trend.test.
full$mattress_age_bands <- if (has("mattress_age_years")) lapply(pres, function(col) {
  k <- !is.na(d[[col]]) & !is.na(d$mattress_age_years)
  band <- cut(d$mattress_age_years[k], c(AGE_LIMITS, Inf), right = FALSE)
  y <- d[[col]][k]; y <- y[!is.na(band)]; band <- band[!is.na(band)]
  bands <- Map(function(b, v) c(list(band = b), group_stats(v)), levels(band), split(y, band))
  score <- as.integer(band)
  out <- list(outcome = col, n = length(y), bands = unname(bands), trend_bands = length(unique(score)))
  if (out$trend_bands >= 2) {
    fit <- lm(y ~ score); r <- lm_row(fit, "score"); ci <- ci_of(fit, "score")
    out <- c(out, list(trend_slope = r$estimate, trend_se = r$se, trend_t = r$t, trend_df = r$df,
                       p_trend = r$p, trend_ci_low = ci[[1]], trend_ci_high = ci[[2]]))
  }
  if (col == paste0(PRIMARY, "_pre")) {
    x <- as.vector(tapply(y >= HIGH_AT, band, sum)); n <- as.vector(table(band)); x[n == 0] <- 0
    filled <- n > 0
    tt <- if (sum(filled) >= 2 && sum(x) > 0 && sum(x) < sum(n))
      prop.trend.test(x[filled], n[filled], score = seq_along(n)[filled])
    out$high_share <- list(threshold = HIGH_AT,
      bands = lapply(seq_along(n), function(i) { ci <- wilson(x[i], n[i])
        list(band = levels(band)[i], x = x[i], n = n[i], share = num(x[i] / n[i]),
             ci_low = num(ci[1]), ci_high = num(ci[2])) }),
      chi_squared = num(tt$statistic), df = num(tt$parameter), p = num(tt$p.value))
  }
  out
}) else list()
timing("mattress_age_bands")

# ---- regression: baseline outcomes on mattress and respondent --------------------------------
# lm(y ~ mattress_age_years + sleep_position + mattress_firmness + age_years + bmi +
# exercise_days_week), complete cases, factors in codebook order (unused levels dropped by lm).
full$regression <- lapply(pres, function(col) {
  present <- intersect(COVARIATES, names(d))
  a <- data.frame(y = d[[col]])
  for (v in present) a[[v]] <- d[[v]]
  if ("sleep_position" %in% present) a$sleep_position <- factor(a$sleep_position, levels = POSITIONS)
  if ("mattress_firmness" %in% present) a$mattress_firmness <- factor(a$mattress_firmness, levels = FIRMNESS)
  complete <- complete.cases(a); cc <- a[complete, , drop = FALSE]
  used <- Filter(function(v) !is.factor(cc[[v]]) || length(unique(cc[[v]])) >= 2, present)
  fit <- lm(reformulate(if (length(used)) used else "1", response = "y"), data = cc)
  s <- summary(fit); ci <- suppressWarnings(confint(fit)); fs <- s$fstatistic
  list(outcome = col, covariates = used, n = nobs(fit), dropped_missing = sum(!is.na(a$y) & !complete),
       rank = fit$rank, residual_df = fit$df.residual,
       coefficients = lapply(names(coef(fit)), function(t) c(list(term = t), lm_row(fit, t)[1:4],
                             list(ci_low = ci[t, 1], ci_high = ci[t, 2]))),
       r_squared = s$r.squared, adj_r_squared = s$adj.r.squared, sigma = s$sigma,
       f = num(fs[["value"]]), f_df1 = num(fs[["numdf"]]), f_df2 = num(fs[["dendf"]]),
       p_f = num(pf(fs[["value"]], fs[["numdf"]], fs[["dendf"]], lower.tail = FALSE)))
})
timing("regression")

# ---- categorical: tests of independence -----------------------------------------------------
# chisq.test(tab) (Yates on 2 x 2) and fisher.test(tab). For the r x c table sleepstat enumerates
# the tables with the observed margins within FisherExactRxC's limits and reports null beyond
# them; the same bound decides here whether fisher.test runs (with a larger workspace when R's
# default is too small, as the reference categorical.R does for 10,000 respondents).
fisher_within_limits <- function(tab) {
  if (ncol(tab) > nrow(tab)) tab <- t(tab)
  rs <- rowSums(tab); cs <- colSums(tab); VISITED <- 6e7; STORED <- 5e6
  compositions <- function(s) { # ways to split s over the columns, each at most its total
    big <- sort(cs, decreasing = TRUE)
    two <- max(0, min(s, big[1]) - max(0, s - big[2]) + 1)
    if (length(cs) == 2 || two > VISITED) return(two)
    ways <- c(1, rep(0, s))
    for (cap in cs) ways <- vapply(0:s, function(x) sum(ways[(max(0, x - cap):x) + 1]), 0)
    ways[s + 1]
  }
  bound <- function(rows) prod(vapply(rs[rows], compositions, 0))
  r <- length(rs)
  costs <- vapply(seq_len(r - 1), function(h) max(bound(seq_len(h)), bound((h + 1):r)), 0)
  h <- which.min(costs)
  halves <- c(bound(seq_len(h)), bound((h + 1):r))
  min(halves) <= STORED && max(halves) <= VISITED && prod(cs + 1) <= 2^63
}
categorical_of <- function(name, x, y) {
  ok <- !is.na(x) & !is.na(y)
  tab <- table(droplevels(x[ok]), droplevels(y[ok]))
  out <- list(name = name, counts = unclass(tab), n = sum(ok), excluded_missing = sum(!ok))
  if (nrow(tab) < 2 || ncol(tab) < 2) return(out)
  warned <- FALSE
  ct <- withCallingHandlers(chisq.test(tab), warning = function(w) { warned <<- TRUE; invokeRestart("muffleWarning") })
  out$chi_square <- list(statistic = num(ct$statistic), df = num(ct$parameter), p = num(ct$p.value),
                         yates_corrected = grepl("Yates", ct$method), min_expected = min(ct$expected),
                         cells_below_five = sum(ct$expected < 5), warning = warned)
  two <- nrow(tab) == 2 && ncol(tab) == 2
  ft <- NULL
  if (two) ft <- fisher.test(tab)
  else if (fisher_within_limits(tab)) for (ws in c(2e5, 2e7, 2e8)) {
    ft <- attempt(fisher.test(tab, workspace = ws)); if (!is.null(ft)) break
  }
  out$fisher <- list(p = num(ft$p.value), odds_ratio = if (two) num(ft$estimate),
                     odds_ratio_ci_low = if (two) num(ft$conf.int[1]),
                     odds_ratio_ci_high = if (two) num(ft$conf.int[2]),
                     skipped = !two && is.null(ft))
  out
}
full$categorical <- list()
pm_pre <- paste0(PRIMARY, "_pre"); pm_post <- paste0(PRIMARY, "_post")
if (has(pm_pre)) full$categorical[[1]] <- categorical_of(
  paste0("sleep_position x ", pm_pre, " >= ", HIGH_AT), pos,
  factor(ifelse(d[[pm_pre]] >= HIGH_AT, "yes", "no"), levels = c("no", "yes")))
if (has("changed_mattress") && has(pm_post)) {
  change <- d[[pm_post]] - d[[pm_pre]]
  full$categorical[[length(full$categorical) + 1]] <- categorical_of(
    paste0("changed_mattress x responder (", PRIMARY, " change <= -", POINTS, ")"),
    factor(grp, levels = c("no", "yes")),
    factor(ifelse(change <= -POINTS + SLACK, "yes", "no"), levels = c("no", "yes")))
}
timing("categorical")

# ---- sample: the sample description (Table 1) -----------------------------------------------
# per variable (codebook order, but the id) and group (overall, changed yes, changed no):
# n, missing, and mean, sd, median, quantile(v, c(.25, .75)) or the level counts and percents.
groups <- list(overall = rep(TRUE, n_acc))
if (has("changed_mattress")) groups <- c(groups, list("changed_mattress = yes" = grp %in% "yes",
                                                      "changed_mattress = no" = grp %in% "no"))
full$sample <- list(groups = names(groups), variables = lapply(intersect(CODEBOOK[-1], names(d)), function(v) {
  col <- d[[v]]
  list(variable = v, type = TYPE[[v]], groups = lapply(names(groups), function(g) {
    vals <- col[groups[[g]]]; x <- vals[!is.na(vals)]
    out <- list(group = g, n = length(x), missing = sum(is.na(vals)))
    if (v %in% names(RANGES)) {
      q <- if (length(x)) quantile(x, c(0.25, 0.75), names = FALSE) else c(NA, NA)
      c(out, list(mean = num(mean(x)), sd = num(sd(x)), median = num(median(x)), q1 = q[1], q3 = q[2]))
    } else {
      counts <- tabulate(match(x, LEVELS[[v]]), length(LEVELS[[v]]))
      c(out, list(denominator = length(x), levels = lapply(seq_along(counts), function(i)
        list(level = LEVELS[[v]][i], count = counts[i],
             percent = if (length(x)) 100 * counts[i] / length(x) else NA_real_))))
    }
  }))
}))
timing("sample")

# ---- multiplicity: adjusted p-values across outcomes ----------------------------------------
# p.adjust(p, "holm") and p.adjust(p, "BH") within each family of tests over the outcomes.
pick <- function(section, key) vapply(full[[section]], function(r) num(r[[key]]), 0)
families <- list(
  "paired t-test" = pick("paired", "p_t"), "Wilcoxon signed-rank" = pick("paired", "p_wilcoxon"),
  "one-way ANOVA by position" = pick("by_position", "p_anova"),
  "Welch's ANOVA by position" = pick("by_position", "p_welch"),
  "Kruskal-Wallis by position" = pick("by_position", "p_kruskal"),
  "Pearson correlation with mattress age" = pick("mattress_age", "p_pearson"),
  "Spearman correlation with mattress age" = pick("mattress_age", "p_spearman"),
  "ANCOVA, changed vs not" = pick("changed_vs_unchanged", "p_ancova"),
  "Welch t on change, changed vs not" = pick("changed_vs_unchanged", "p_welch"))
full$multiplicity <- lapply(names(families), function(f) {
  p <- families[[f]]
  list(family = f, p = p, p_holm = p.adjust(p, "holm"), p_bh = p.adjust(p, "BH"))
})
timing("multiplicity")

# ---- time_since_change: the change against the weeks since the change -----------------------
# change <- signif(post - pre, 12); lm(change ~ weeks); cor.test(weeks, change, method =
# "spearman", exact = FALSE); band <- cut(weeks, c(0, 4, 12, Inf), right = FALSE): per band mean,
# sd, t.test(change[band == b])$conf.int; oneway.test (both) and kruskal.test across the bands.
full$time_since_change <- list(weeks = "weeks_since_change", outcomes = if (has("weeks_since_change")) lapply(outcomes, function(o) {
  pre <- d[[paste0(o, "_pre")]]; post <- d[[paste0(o, "_post")]]
  k <- treated & !is.na(pre) & !is.na(post) & !is.na(d$weeks_since_change)
  change <- signif(post[k] - pre[k], 12); weeks <- d$weeks_since_change[k]
  fit <- lm(change ~ weeks); r <- lm_row(fit, "weeks"); ci <- ci_of(fit, "weeks")
  sp <- attempt(cor.test(weeks, change, method = "spearman", exact = FALSE))
  band <- cut(weeks, c(WEEK_LIMITS, Inf), right = FALSE)
  bands <- Map(function(b, x) { tt <- if (length(x) >= 2) attempt(t.test(x))
    list(band = b, n = length(x), mean_change = num(mean(x)), sd = num(sd(x)),
         ci_low = num(tt$conf.int[1]), ci_high = num(tt$conf.int[2])) },
    levels(band), split(change, band))
  tests <- oneway_all(change, band)
  names(tests)[1] <- "bands_tested"
  c(list(outcome = o, n = length(change), intercept = coef(fit)[[1]], slope = r$estimate,
         slope_se = r$se, slope_t = r$t, slope_df = r$df, p_slope = r$p,
         slope_ci_low = ci[[1]], slope_ci_high = ci[[2]],
         spearman_rho = num(sp$estimate), p_spearman = num(sp$p.value), bands = unname(bands)),
    tests)
}) else list())
timing("time_since_change")

# ---- sensitivity: the main results without red flags and for persistent pain -----------------
# the paired analysis (t.test, wilcox.test p, responders) and the adjusted difference on each
# part; `main` is the whole survey, whose results paired and adjusted above already hold.
rf_missing <- if (length(rf)) rowSums(is.na(as.matrix(d[, ..rf]))) > 0 else rep(FALSE, n_acc)
duration <- if (has("pain_duration_weeks")) d$pain_duration_weeks else rep(NA_real_, n_acc)
persistent <- !is.na(duration) & duration > PERSISTENT_AFTER
subsets <- list(without_red_flags = !flagged, persistent_only = persistent)
full$sensitivity <- list(
  subsets = list(
    list(subset = "main", respondents = n_acc, left_out = 0, left_out_missing = 0,
         kept_with_missing = 0),
    list(subset = "without_red_flags", respondents = sum(!flagged), left_out = sum(flagged),
         left_out_missing = 0, kept_with_missing = sum(!flagged & rf_missing)),
    list(subset = "persistent_only", respondents = sum(persistent), left_out = sum(!persistent),
         left_out_missing = sum(is.na(duration)), kept_with_missing = 0)),
  outcomes = lapply(outcomes, function(o) {
    main_p <- full$paired[[match(o, outcomes)]]; main_a <- full$adjusted[[match(o, outcomes)]]
    part <- function(rows) {
      p <- paired_of(treated & rows, o, hl = FALSE)
      list(paired = p[c("n", "mean_change", "ci_low", "ci_high", "t", "df", "p_t", "p_wilcoxon",
                        "responders", "responder_rate")],
           adjusted = if (has("changed_mattress")) adjusted_of(rows, o))
    }
    list(outcome = o,
         main = list(paired = main_p[c("n", "mean_change", "ci_low", "ci_high", "t", "df", "p_t",
                                       "p_wilcoxon", "responders", "responder_rate")],
                     adjusted = main_a),
         without_red_flags = part(subsets$without_red_flags),
         persistent_only = part(subsets$persistent_only))
  }))
timing("sensitivity")

# ---- the summary on standard output ---------------------------------------------------------
by_outcome <- function(section, f, key = "outcome") {
  l <- full[[section]]; setNames(lapply(l, f), vapply(l, function(r) r[[key]], ""))
}
res$paired <- by_outcome("paired", function(p) list(n = p$n, t = p$t, p_t = p$p_t, v = p$wilcoxon_v,
  p_w = p$p_wilcoxon, hodges_lehmann = p$hodges_lehmann, dz_ci_low = p$dz_ci_low,
  responders = p$responders, responder_ci_low = p$responder_ci_low))
res$by_position <- by_outcome("by_position", function(b) list(n = b$n, f = b$anova_f,
  welch = b$welch_f, h = b$kruskal_h, eta_squared = b$eta_squared,
  p_games_howell_side_back = b$pairwise[[1]]$p_games_howell, dunn_z_side_back = b$pairwise[[1]]$dunn_z))
res$mattress_age <- by_outcome("mattress_age", function(m) list(n = m$n, r = m$pearson_r,
  rho = m$spearman_rho, spearman_ci_low = m$spearman_ci_low))
res$red_flags <- list(respondents = full$red_flags$respondents,
  yes = setNames(lapply(full$red_flags$flags, function(f) f$yes), rf),
  first_ids = head(full$red_flags$ids, 3))
res$changed_vs_unchanged <- by_outcome("changed_vs_unchanged", function(c) list(n = c$n,
  ancova_difference = c$ancova_difference, ancova_t = c$ancova_t, welch_t = c$welch_t))
res$adjusted <- by_outcome("adjusted", function(a) list(n = a$n, estimate = a$estimate, se = a$se, df = a$df))
res$subgroups <- lapply(split(full$subgroups, vapply(full$subgroups, function(s) s$outcome, "")),
  function(l) setNames(lapply(l, function(s) list(levels = length(s$levels),
    first_level_estimate = s$levels[[1]]$estimate, interaction_f = num(s$interaction_f),
    interaction_df1 = num(s$interaction_df1), interaction_df2 = num(s$interaction_df2))),
    vapply(l, function(s) s$subgroup, "")))
res$props <- setNames(lapply(full$props, function(p) list(
  baseline_t = p$baseline[[1]]$t, baseline_w = p$baseline[[1]]$w, baseline_hl = p$baseline[[1]]$hl_estimate,
  change_t = p$change[[1]]$t, change_w = p$change[[1]]$w)),
  vapply(full$props, function(p) paste0(p$position, "/", p$prop), ""))
res$firmness <- list(
  baseline = setNames(lapply(firm_baseline, function(b) list(n = b$n, anova_f = b$anova_f,
    kruskal_h = b$kruskal_h, trend = b$trend$estimate, advised_t = b$advised$t)),
    vapply(firm_baseline, function(b) b$outcome, "")),
  change = setNames(lapply(firm_change, function(c) list(n = c$n, f = num(c$f),
    advised_estimate = num(c$advised$estimate))), vapply(firm_change, function(c) c$outcome, "")))
res$mattress_age_bands <- by_outcome("mattress_age_bands", function(b) list(n = b$n,
  trend_slope = b$trend_slope, trend_t = b$trend_t,
  high_share_chi_squared = if (!is.null(b$high_share)) b$high_share$chi_squared))
res$regression <- by_outcome("regression", function(r) list(n = r$n, rank = r$rank,
  r_squared = r$r_squared, f = r$f, mattress_age_years = r$coefficients[[2]]$estimate))
res$categorical <- setNames(lapply(full$categorical, function(c) list(n = c$n,
  chi_squared = c$chi_square$statistic, p_fisher = c$fisher$p, odds_ratio = c$fisher$odds_ratio,
  fisher_skipped = c$fisher$skipped)), vapply(full$categorical, function(c) c$name, ""))
res$sample <- list(variables = length(full$sample$variables),
  overall = setNames(lapply(full$sample$variables, function(v) { g <- v$groups[[1]]
    if (is.null(g$mean)) g$levels[[1]]$count else g$mean }),
    vapply(full$sample$variables, function(v) v$variable, "")))
res$multiplicity <- setNames(lapply(full$multiplicity, function(m) as.list(setNames(m$p_holm, outcomes))),
                             vapply(full$multiplicity, function(m) m$family, ""))
res$time_since_change <- setNames(lapply(full$time_since_change$outcomes, function(t) list(n = t$n,
  slope = t$slope, spearman_rho = t$spearman_rho, anova_f = t$anova_f, kruskal_h = t$kruskal_h)),
  vapply(full$time_since_change$outcomes, function(t) t$outcome, ""))
res$sensitivity <- list(
  respondents = setNames(lapply(full$sensitivity$subsets, function(s) s$respondents),
                         vapply(full$sensitivity$subsets, function(s) s$subset, "")))
res$sensitivity$outcomes <- setNames(lapply(full$sensitivity$outcomes, function(s)
  lapply(s[c("main", "without_red_flags", "persistent_only")], function(p)
    list(paired_n = p$paired$n, paired_t = p$paired$t, adjusted_estimate = p$adjusted$estimate))),
  vapply(full$sensitivity$outcomes, function(s) s$outcome, ""))
res$seconds <- round(proc.time()[["elapsed"]] - t_start, 2)
dump <- Sys.getenv("PEER_FULL_DUMP")
if (nzchar(dump)) writeLines(toJSON(full, auto_unbox = TRUE, digits = NA, na = "null", null = "null"), dump)
cat(toJSON(res, auto_unbox = TRUE, digits = NA, na = "null", null = "null"), "\n")
timing("summary")
