# Reference values of the `repeated` section of `sleepstat analyze FILE --json` on the four long
# files of this directory (RepeatedReferenceTest compares every row), computed from the raw CSVs
# with R's own reading, so that the whole chain is checked: the import of the waves, their order
# and labels, the group, the model, the JSON. lme4 1.1.31, lmerTest 3.1.3, emmeans 1.8.4.1, with
# the contract's reference call (docs/analysis-json.md, repeated):
#   emm_options(lmer.df = "satterthwaite", lmerTest.limit = Inf, pbkrtest.limit = 0)
#   fit <- lmerTest::lmer(y ~ wave * changed_mattress + (1 | respondent_id), REML = TRUE,
#     control = lmerControl(optCtrl = list(xtol_abs = 1e-14, ftol_abs = 1e-14, xtol_rel = 0,
#                                          ftol_rel = 1e-15, maxeval = 1e5)))
#
# Rerun (from this directory):  Rscript repeated.R  -> repeated-expected.tsv
# (make-data.R writes redcap.csv, single-arm.csv and one-observation.csv; generated.csv is
# sleepstat generate's output, see make-data.R.)
#
# Columns: file, pointer, expected, r_call. A pointer is repeated/<outcome>/<key>, or
# repeated/<outcome>/<list>/<element>/<key> where the element of fixed and anova is the term, of
# means "wave|group", of between "wave|contrast" ("week 2|yes - no"), of within "group|wave" (the
# group empty without one);
# <list>/# is the number of elements. expected is %.17g for numbers, NA for null, 0/1 for a
# boolean, and text (lists joined by "|") for the labels.
suppressPackageStartupMessages({
  library(lme4); library(lmerTest); library(emmeans)
})
emm_options(lmer.df = "satterthwaite", lmerTest.limit = Inf, pbkrtest.limit = 0)
control <- lmerControl(optCtrl = list(xtol_abs = 1e-14, ftol_abs = 1e-14, xtol_rel = 0,
                                      ftol_rel = 1e-15, maxeval = 1e5))
OUTCOMES <- c("pain_morning", "pain_night", "sleep_quality") # the built-in plan's order

# Each file as sleepstat reads it: its id and wave columns, the waves in sleepstat's order
# (baseline/pre first, then by the number in the label, then post; REDCap's _arm_1 is not a
# number), the group as it is spelled (REDCap's yes/no field as 1/0), respondent-level values on
# any one of a respondent's rows.
FILES <- list(
  generated = list(file = "generated.csv", id = "respondent_id", wave = "wave",
    waves = c("baseline", "week 2", "week 4", "week 12"), group = function(v) v),
  redcap = list(file = "redcap.csv", id = "record_id", wave = "redcap_event_name",
    waves = c("baseline_arm_1", "week_2_arm_1", "week_6_arm_1", "week_12_arm_1"),
    group = function(v) ifelse(v == 1, "yes", "no")),
  `single-arm` = list(file = "single-arm.csv", id = "respondent_id", wave = "wave",
    waves = c("pre", "week 3", "post"), group = NULL),
  # with position-plan.yaml: the group sleep_position, side treated, combination empty
  `position-groups` = list(file = "single-arm.csv", id = "respondent_id", wave = "wave",
    waves = c("pre", "week 3", "post"), group = function(v) v, variable = "sleep_position",
    levels = c("back", "side", "stomach")),
  `one-observation` = list(file = "one-observation.csv", id = "respondent_id", wave = "wave",
    waves = c("baseline", "week 1", "week 2", "week 4", "week 8", "week 12"),
    group = function(v) v))

fmt <- function(v) {
  if (is.null(v) || length(v) != 1 || is.na(v)) return("NA")
  if (is.logical(v)) return(if (v) "1" else "0")
  if (is.character(v)) return(v)
  if (!is.finite(v)) "NA" else sprintf("%.17g", unname(v))
}
rows <- character(0)
add <- function(file, pointer, value, call) {
  rows <<- c(rows, paste(file, pointer, fmt(value), call, sep = "\t"))
}
put <- function(file, base, s, r, keys, call) {
  for (k in names(keys)) add(file, paste0(base, "/", k), s[[keys[[k]]]][r], call)
}
INFER <- c(estimate = "estimate", se = "SE", df = "df", t = "t.ratio", p = "p.value",
           ci_low = "lower.CL", ci_high = "upper.CL")

for (name in names(FILES)) {
  spec <- FILES[[name]]
  raw <- read.csv(spec$file, na.strings = "", colClasses = "character", check.names = FALSE)
  d <- data.frame(respondent_id = raw[[spec$id]],
                  wave = factor(raw[[spec$wave]], levels = spec$waves))
  stopifnot(!anyNA(d$wave))
  grouped <- !is.null(spec$group)
  gvar <- if (is.null(spec$variable)) "changed_mattress" else spec$variable
  glevels <- if (is.null(spec$levels)) c("no", "yes") else spec$levels
  if (grouped) {
    # the respondent's one non-blank answer, on whichever row it stands
    answer <- tapply(raw[[gvar]], raw[[spec$id]], function(v) v[!is.na(v)][1])
    d[[gvar]] <- factor(spec$group(answer[d$respondent_id]), levels = glevels)
    d$g <- d[[gvar]]
  }
  for (outcome in OUTCOMES) {
    d$y <- as.numeric(raw[[outcome]])
    base <- paste0("repeated/", outcome)
    add(name, paste0(base, "/outcome"), outcome, "")
    add(name, paste0(base, "/waves"), paste(levels(d$wave), collapse = "|"), "levels(wave)")
    if (grouped) {
      left <- length(unique(d$respondent_id[!is.na(d$y) & is.na(d$g)]))
      add(name, paste0(base, "/group"), gvar, "")
      add(name, paste0(base, "/left_out_without_group"), left,
          paste("respondents with a value and no", gvar))
      formula <- as.formula(paste("y ~ wave *", gvar, "+ (1 | respondent_id)"))
      call <- paste0("lmerTest::lmer(", outcome, " ~ wave * ", gvar,
                     " + (1 | respondent_id), REML = TRUE)")
    } else {
      add(name, paste0(base, "/group"), NA, "")
      formula <- y ~ wave + (1 | respondent_id)
      call <- paste0("lmerTest::lmer(", outcome, " ~ wave + (1 | respondent_id), REML = TRUE)")
    }
    fit <- lmerTest::lmer(formula, data = d, REML = TRUE, control = control)
    add(name, paste0(base, "/n_respondents"), ngrps(fit)[["respondent_id"]],
        paste0(call, "; ngrps(fit)"))
    add(name, paste0(base, "/n_observations"), nobs(fit), "nobs(fit)")
    add(name, paste0(base, "/sigma"), sigma(fit), "sigma(fit)")
    add(name, paste0(base, "/sd_respondent"), as.data.frame(VarCorr(fit))$sdcor[1],
        "as.data.frame(VarCorr(fit))$sdcor[1]")
    add(name, paste0(base, "/singular"), isSingular(fit), "isSingular(fit)")

    co <- summary(fit)$coefficients
    add(name, paste0(base, "/fixed/#"), nrow(co), "nrow(summary(fit)$coefficients)")
    for (term in rownames(co)) {
      b <- paste0(base, "/fixed/", term)
      cc <- "summary(fit)$coefficients"
      add(name, paste0(b, "/estimate"), co[term, "Estimate"], cc)
      add(name, paste0(b, "/se"), co[term, "Std. Error"], cc)
      add(name, paste0(b, "/df"), co[term, "df"], cc)
      add(name, paste0(b, "/t"), co[term, "t value"], cc)
      add(name, paste0(b, "/p"), co[term, "Pr(>|t|)"], cc)
    }

    a <- anova(fit, type = 3, ddf = "Satterthwaite")
    ac <- "anova(fit, type = 3, ddf = \"Satterthwaite\")"
    add(name, paste0(base, "/anova/#"), nrow(a), ac)
    for (term in rownames(a)) {
      b <- paste0(base, "/anova/", term)
      add(name, paste0(b, "/f"), a[term, "F value"], ac)
      add(name, paste0(b, "/df1"), a[term, "NumDF"], ac)
      add(name, paste0(b, "/df2"), a[term, "DenDF"], ac)
      add(name, paste0(b, "/p"), a[term, "Pr(>F)"], ac)
    }

    used <- d[!is.na(d$y) & (if (grouped) !is.na(d$g) else TRUE), ]
    if (grouped) {
      em <- emmeans(fit, as.formula(paste("~", gvar, "| wave")))
      ec <- paste0("summary(emmeans(fit, ~ ", gvar, " | wave), infer = TRUE)")
    } else {
      em <- emmeans(fit, ~ wave)
      ec <- "summary(emmeans(fit, ~ wave), infer = TRUE)"
    }
    s <- summary(em, infer = TRUE)
    add(name, paste0(base, "/means/#"), nrow(s), ec)
    for (r in seq_len(nrow(s))) {
      g <- if (grouped) as.character(s[[gvar]][r]) else ""
      w <- as.character(s$wave[r])
      b <- paste0(base, "/means/", w, "|", g)
      cell <- used$y[used$wave == w & (if (grouped) used$g == g else TRUE)]
      add(name, paste0(b, "/n"), length(cell), "length(y[wave == w & group == g])")
      add(name, paste0(b, "/mean"), mean(cell), "mean(y[wave == w & group == g])")
      add(name, paste0(b, "/sd"), sd(cell), "sd(y[wave == w & group == g])")
      add(name, paste0(b, "/emmean"), s$emmean[r], ec)
      add(name, paste0(b, "/se"), s$SE[r], ec)
      add(name, paste0(b, "/df"), s$df[r], ec)
      add(name, paste0(b, "/ci_low"), s$lower.CL[r], ec)
      add(name, paste0(b, "/ci_high"), s$upper.CL[r], ec)
    }

    if (grouped) {
      # each level - the reference at each wave: revpairwise's contrasts with the reference
      # (with two levels its only one, "yes - no"), unadjusted as within: with more levels
      # emmeans' default would be Tukey's adjustment over all pairs, which sleepstat does not
      # make (adjust = "none" changes nothing with two levels)
      bc <- paste0("summary(contrast(emmeans(fit, ~ ", gvar, " | wave), \"revpairwise\", ",
                   "adjust = \"none\"), infer = TRUE)")
      s <- summary(contrast(em, "revpairwise", adjust = "none"), infer = TRUE)
      s <- s[endsWith(as.character(s$contrast), paste0(" - ", glevels[1])), ]
      add(name, paste0(base, "/between/#"), nrow(s), bc)
      for (r in seq_len(nrow(s))) {
        put(name, paste0(base, "/between/", s$wave[r], "|", s$contrast[r]), s, r, INFER, bc)
      }
      wc <- paste0("summary(contrast(emmeans(fit, ~ wave | ", gvar, "), \"trt.vs.ctrl\", ",
                   "ref = 1, adjust = \"none\"), infer = TRUE)")
      s <- summary(contrast(emmeans(fit, as.formula(paste("~ wave |", gvar))), "trt.vs.ctrl",
                            ref = 1, adjust = "none"), infer = TRUE)
      groups <- as.character(s[[gvar]])
    } else {
      add(name, paste0(base, "/between/#"), 0, "no group: no between-group contrasts")
      wc <- "summary(contrast(emmeans(fit, ~ wave), \"trt.vs.ctrl\", ref = 1, adjust = \"none\"), infer = TRUE)"
      s <- summary(contrast(em, "trt.vs.ctrl", ref = 1, adjust = "none"), infer = TRUE)
      groups <- rep("", nrow(s))
    }
    add(name, paste0(base, "/within/#"), nrow(s), wc)
    for (r in seq_len(nrow(s))) {
      # the contrast "week 2 - baseline" (emmeans puts a label with a minus in parentheses)
      later <- sub("^\\(", "", sub("\\) - .*$| - .*$", "", as.character(s$contrast[r])))
      put(name, paste0(base, "/within/", groups[r], "|", later), s, r, INFER, wc)
    }
  }
}
writeLines(c(paste0("# Expected values produced by `cd cli/src/test/resources/reference/repeated",
                    " && Rscript repeated.R` (", R.version.string, ", lme4 ", packageVersion("lme4"),
                    ", lmerTest ", packageVersion("lmerTest"), ", emmeans ",
                    packageVersion("emmeans"), "). Do not edit by hand."),
             paste("file", "pointer", "expected", "r_call", sep = "\t"), rows),
           "repeated-expected.tsv")
