# Reference values for firmness along the advice (issue 14, item 4; Java: FirmnessAnalysis).
#
# Rerun (from this directory):  Rscript firmness.R  -> firmness-expected.tsv
# Data: ../props/data/*.csv (written by ../props/datasets.R): in advice_full the level soft of
# mattress_firmness has no respondents and firm has one; among the changers, medium of
# new_mattress_firmness has none and firm has one; missing values throughout.
#
# baseline (group "<level>", "trend", "advised" or ""), per <outcome>_pre, over respondents with
# the value and mattress_firmness, f = factor(mattress_firmness, levels = LEVELS):
#   per level with respondents: n, mean, sd (NA for n = 1), median
#   tests over the levels with n >= 2: oneway.test(y ~ f, var.equal = TRUE), oneway.test(y ~ f),
#     kruskal.test(y ~ f)
#   trend: fit <- lm(y ~ score), score <- as.integer(f) (1..4 over the codebook's levels):
#     summary(fit)$coefficients["score", ], confint(fit)["score", ], fit$df.residual
#   advised: t.test(y[f == "medium_firm"], y[f != "medium_firm"])
# change (per outcome with both columns), over changed_mattress == "yes" with pre, post and
# new_mattress_firmness, g = droplevels(factor(new_mattress_firmness, levels = LEVELS)):
#   fit <- lm(post ~ pre + g): per level (group = level) summary(fit)$coefficients, confint(fit);
#   anova(lm(post ~ pre), fit) F, Df, Res.Df, Pr(>F); n per level;
#   adv <- new_mattress_firmness == "medium_firm": lm(post ~ pre + adv), coefficient "advTRUE".
source("../common.R")
LEVELS <- c("soft", "medium", "medium_firm", "firm")
ADVISED <- "medium_firm"
out <- new_table()
for (ds in sub("\\.csv$", "", sort(list.files("../props/data", pattern = "\\.csv$")))) {
  d <- read.csv(file.path("../props/data", paste0(ds, ".csv")), stringsAsFactors = FALSE)
  for (o in OUTCOMES) {
    pre <- paste0(o, "_pre"); post <- paste0(o, "_post")
    if (!(pre %in% names(d)) || !("mattress_firmness" %in% names(d))) next
    keep <- !is.na(d[[pre]]) & !is.na(d$mattress_firmness)
    y <- d[[pre]][keep]
    f <- factor(d$mattress_firmness[keep], levels = LEVELS)
    add <- function(group, key, value, call) out$add(ds, pre, group, key, value, call)
    for (l in LEVELS) {
      v <- y[f == l]
      if (length(v) == 0) next
      add(l, "n", length(v), "length(y[f == level])")
      add(l, "mean", mean(v), "mean(y[f == level])")
      add(l, "sd", if (length(v) > 1) sd(v), "sd(y[f == level])")
      add(l, "median", median(v), "median(y[f == level])")
    }
    big <- names(which(table(f) >= 2))
    s <- f %in% big
    ys <- y[s]; fs <- droplevels(f[s])
    a <- attempt(oneway.test(ys ~ fs, var.equal = TRUE))
    w <- attempt(oneway.test(ys ~ fs))
    k <- attempt(kruskal.test(ys ~ fs))
    add("", "anova_f", a$statistic, "oneway.test(y ~ f, var.equal = TRUE)$statistic")
    add("", "p_anova", a$p.value, "oneway.test(y ~ f, var.equal = TRUE)$p.value")
    add("", "welch_f", w$statistic, "oneway.test(y ~ f)$statistic")
    add("", "welch_df2", w$parameter[2], "oneway.test(y ~ f)$parameter[2]")
    add("", "p_welch", w$p.value, "oneway.test(y ~ f)$p.value")
    add("", "kruskal_h", k$statistic, "kruskal.test(y ~ f)$statistic")
    add("", "p_kruskal", k$p.value, "kruskal.test(y ~ f)$p.value")
    score <- as.integer(f)
    fit <- lm(y ~ score)
    cf <- summary(fit)$coefficients["score", ]
    ci <- confint(fit)["score", ]
    add("trend", "n", length(y), "nobs(lm(y ~ score))")
    add("trend", "estimate", cf[1], "coef(lm(y ~ score))[\"score\"]")
    add("trend", "se", cf[2], "summary(lm(y ~ score))$coefficients[\"score\", 2]")
    add("trend", "t", cf[3], "summary(lm(y ~ score))$coefficients[\"score\", 3]")
    add("trend", "p_trend", cf[4], "summary(lm(y ~ score))$coefficients[\"score\", 4]")
    add("trend", "ci_low", ci[1], "confint(lm(y ~ score))[\"score\", 1]")
    add("trend", "ci_high", ci[2], "confint(lm(y ~ score))[\"score\", 2]")
    add("trend", "df", fit$df.residual, "lm(y ~ score)$df.residual")
    at <- y[f == ADVISED]; rest <- y[f != ADVISED]
    tt <- attempt(t.test(at, rest))
    call <- "t.test(y[f == \"medium_firm\"], y[f != \"medium_firm\"])"
    add("advised", "n_advised", length(at), "length(y[f == \"medium_firm\"])")
    add("advised", "n_rest", length(rest), "length(y[f != \"medium_firm\"])")
    add("advised", "difference", mean(at) - mean(rest), "mean(y[advised]) - mean(y[rest])")
    add("advised", "ci_low", tt$conf.int[1], paste0(call, "$conf.int[1]"))
    add("advised", "ci_high", tt$conf.int[2], paste0(call, "$conf.int[2]"))
    add("advised", "t", tt$statistic, paste0(call, "$statistic"))
    add("advised", "df", tt$parameter, paste0(call, "$parameter"))
    add("advised", "p_t", tt$p.value, paste0(call, "$p.value"))
  }
  if (!("new_mattress_firmness" %in% names(d)) || !("changed_mattress" %in% names(d))) next
  for (o in OUTCOMES) {
    pre <- paste0(o, "_pre"); post <- paste0(o, "_post")
    if (!(pre %in% names(d) && post %in% names(d))) next
    keep <- d$changed_mattress %in% "yes" & !is.na(d[[pre]]) & !is.na(d[[post]]) &
      !is.na(d$new_mattress_firmness)
    dat <- data.frame(pre = d[[pre]][keep], post = d[[post]][keep],
                      g = droplevels(factor(d$new_mattress_firmness[keep], levels = LEVELS)))
    add <- function(group, key, value, call) out$add(ds, o, group, key, value, call)
    add("change", "n", nrow(dat), "nrow(complete cases of the treated)")
    for (l in levels(dat$g)) add(l, "n", sum(dat$g == l), "sum(g == level)")
    fit <- lm(post ~ pre + g, data = dat)
    s <- summary(fit)$coefficients
    ci <- confint(fit)
    for (l in levels(dat$g)[-1]) {
      term <- paste0("g", l)
      add(l, "estimate", s[term, 1], paste0("coef(lm(post ~ pre + g))[\"", term, "\"]"))
      add(l, "se", s[term, 2], paste0("summary(lm(post ~ pre + g))$coefficients[\"", term, "\", 2]"))
      add(l, "t", s[term, 3], paste0("summary(lm(post ~ pre + g))$coefficients[\"", term, "\", 3]"))
      add(l, "p_coef", s[term, 4],
          paste0("summary(lm(post ~ pre + g))$coefficients[\"", term, "\", 4]"))
      add(l, "ci_low", ci[term, 1], paste0("confint(lm(post ~ pre + g))[\"", term, "\", 1]"))
      add(l, "ci_high", ci[term, 2], paste0("confint(lm(post ~ pre + g))[\"", term, "\", 2]"))
    }
    add("change", "df", fit$df.residual, "lm(post ~ pre + g)$df.residual")
    av <- anova(lm(post ~ pre, data = dat), fit)
    add("change", "f", av$F[2], "anova(lm(post ~ pre), lm(post ~ pre + g))$F[2]")
    add("change", "df1", av$Df[2], "anova(lm(post ~ pre), lm(post ~ pre + g))$Df[2]")
    add("change", "df2", av$Res.Df[2], "anova(lm(post ~ pre), lm(post ~ pre + g))$Res.Df[2]")
    add("change", "p_f", av$`Pr(>F)`[2], "anova(lm(post ~ pre), lm(post ~ pre + g))$`Pr(>F)`[2]")
    dat$adv <- dat$g == ADVISED
    fa <- lm(post ~ pre + adv, data = dat)
    sa <- summary(fa)$coefficients["advTRUE", ]
    ca <- confint(fa)["advTRUE", ]
    call <- "lm(post ~ pre + adv)"
    add("advised", "n_advised", sum(dat$adv), "sum(adv)")
    add("advised", "estimate", sa[1], paste0("coef(", call, ")[\"advTRUE\"]"))
    add("advised", "se", sa[2], paste0("summary(", call, ")$coefficients[\"advTRUE\", 2]"))
    add("advised", "t", sa[3], paste0("summary(", call, ")$coefficients[\"advTRUE\", 3]"))
    add("advised", "p_coef", sa[4], paste0("summary(", call, ")$coefficients[\"advTRUE\", 4]"))
    add("advised", "ci_low", ca[1], paste0("confint(", call, ")[\"advTRUE\", 1]"))
    add("advised", "ci_high", ca[2], paste0("confint(", call, ")[\"advTRUE\", 2]"))
    add("advised", "df", fa$df.residual, paste0(call, "$df.residual"))
  }
}
out$write("firmness-expected.tsv", "firmness.R")
