# Writes docs/examples/odi/survey.csv: the simulated survey of the example second study (new
# bedding and low back disability, plan.yaml), as a German Excel user's export looks: semicolons,
# decimal commas ("24,7"), UTF-8 with a byte-order mark, Windows line ends, German answers
# ("Seitenlage", "weiblich", "ja"), participant codes "P-0001". No real person's answers.
#
# Rerun from the repository root:  Rscript docs/examples/odi/make-survey.R
#
# 305 participants (P-0001 to P-0305) and one duplicate row: 306 rows, of which 300 are good.
# All participants got new bedding (single arm). The ODI (0-100, lower is better) falls by about
# 10 points on average, more where it was higher; sleep quality (0-10, one decimal, a week's
# diary mean) rises by about 1.3. Missing answers are written three ways:
# an empty cell, "-99" and "k. A." (keine Angabe; the two codes are declared in plan.yaml for
# the four outcome columns only). Six rows are deliberately bad and must be rejected on import:
#   odi_pre "120"             above the scale (0-100)
#   sleep_position "Hängematte" no such position
#   a second row "P-0042"     duplicate participant code
#   bmi "24,7,1"              not a number
#   age_years "17"            below the codebook's 18
#   odi_post "35,5"           not a whole number (the ODI is an integer)
# The first 50 rows are clean, so that the delimiter and the decimal mark are read from
# unremarkable data. No thousands separators anywhere.

set.seed(20240612)
n <- 305

age <- pmin(90, pmax(18, round(rnorm(n, 52, 13))))
sex <- sample(c("weiblich", "männlich", "divers", ""), n, replace = TRUE,
              prob = c(0.53, 0.42, 0.025, 0.025))
bmi <- pmin(45, pmax(16, round(rnorm(n, 26.8, 4.3), 1)))
position <- sample(c("Seitenlage", "Rückenlage", "Bauchlage", "wechselnd"), n, replace = TRUE,
                   prob = c(0.50, 0.22, 0.13, 0.15))
mattress_age <- pmin(30, pmax(0.3, round(rgamma(n, shape = 2.4, scale = 3.6), 1)))
stomach <- position == "Bauchlage"
odi_pre <- round(21 + 0.7 * mattress_age + 5 * stomach - 2 * (position == "Rückenlage") +
                   0.12 * (age - 52) + rnorm(n, 0, 10))
odi_pre <- pmin(78, pmax(2, odi_pre))
odi_post <- round(odi_pre - 11 - 0.2 * (odi_pre - 30) + rnorm(n, 0, 8))
odi_post <- pmin(100, pmax(0, odi_post))
sq_pre <- pmin(9.5, pmax(0.5, round(6.3 - 0.05 * odi_pre - 0.06 * mattress_age +
                                       rnorm(n, 0, 1.3), 1)))
sq_post <- pmin(10, pmax(0, round(sq_pre + 1.3 + rnorm(n, 0, 1.4), 1)))
numbness <- sample(c("ja", "nein", ""), n, replace = TRUE, prob = c(0.07, 0.9, 0.03))

comma <- function(x) sub(".", ",", format(x, trim = TRUE, nsmall = 1), fixed = TRUE)
d <- data.frame(teilnehmer = sprintf("P-%04d", seq_len(n)),
                age_years = as.character(age),
                sex = sex,
                bmi = comma(bmi),
                sleep_position = position,
                mattress_age_years = comma(mattress_age),
                odi_pre = as.character(odi_pre),
                odi_post = as.character(odi_post),
                sleep_quality_pre = comma(sq_pre),
                sleep_quality_post = comma(sq_post),
                rf_leg_numbness = numbness,
                stringsAsFactors = FALSE)

# Missing answers (after the first 50 rows): empty, "-99" and "k. A." in the outcomes, empty
# elsewhere.
later <- 51:n
for (v in c("odi_pre", "odi_post", "sleep_quality_pre", "sleep_quality_post")) {
  gone <- sample(later, 9)
  d[[v]][gone] <- rep(c("", "-99", "k. A."), 3)
}
d$mattress_age_years[sample(later, 8)] <- ""
d$bmi[sample(later, 5)] <- ""
d$age_years[sample(later, 3)] <- ""
d$sleep_position[sample(later, 3)] <- ""

# The bad rows, each with one problem.
d$odi_pre[61] <- "120"
d$sleep_position[112] <- "Hängematte"
d$bmi[188] <- "24,7,1"
d$age_years[233] <- "17"
d$odi_post[271] <- "35,5"
duplicate <- d[42, ]
duplicate$odi_post <- "3"
d <- rbind(d[1:150, ], duplicate, d[151:n, ])

lines <- capture.output(write.csv2(d, stdout(), row.names = FALSE, quote = FALSE, na = ""))
out <- file("docs/examples/odi/survey.csv", "wb")
writeBin(as.raw(c(0xef, 0xbb, 0xbf)), out)
writeBin(charToRaw(enc2utf8(paste0(paste(lines, collapse = "\r\n"), "\r\n"))), out)
close(out)
cat(sprintf("wrote docs/examples/odi/survey.csv: %d rows\n", nrow(d)))
