#!/usr/bin/env Rscript
# Recomputes every estimate of indicators.csv from microdata.csv with R's survey package, as the
# reference our TypeScript estimators must agree with to 1e-9 (SPEC §5, issue "Survey
# statistics you can defend"). Not run by CI: its output is committed as a test fixture.
#
#   Rscript pipeline/survey/crosscheck.R output/2020/microdata.csv \
#     pipeline/testdata/survey/r-estimates.csv
#
# Needs R with the survey package (Debian: apt-get install r-base-core r-cran-survey).
# One year:  svydesign(ids = ~1, strata = ~stratum, fpc = ~N_stratum, weights = ~weight)
# Shares:    svyciprop(method = "logit"), computed as svyciprop does it (an intercept-only
#            quasibinomial svyglm, Wald interval with t(df), expit) but with the glm iterated to
#            convergence: svyciprop's default glm.control(epsilon = 1e-8) stops early enough to
#            move a bound by up to ~3e-9. Both are written; ci_*_svyciprop is the default.
# Changes:   the two years stacked, svydesign(ids = ~panel_id, strata = ~stratum, fpc = ~fraction,
#            weights = ~weight, nest = TRUE) with fraction = the organisations' sampling fraction
#            of the stratum over both years, svyby(~y, ~year, svymean, covmat = TRUE) and
#            svycontrast(c(-1, 1)).
# Domains (groups, and the base of an indicator: non-missing ind.* values) are subsets of the
# design, so units outside a domain stay in the variance with zero influence.
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: crosscheck.R <microdata.csv> <out.csv>")
md <- read.csv(args[1], check.names = FALSE, stringsAsFactors = FALSE, na.strings = "")

indicators <- sub("^ind\\.", "", grep("^ind\\.", names(md), value = TRUE))
groups <- list(
  "alle" = function(d) rep(TRUE, nrow(d)),
  "stat" = function(d) d$sektor == "stat",
  "kommune" = function(d) d$sektor == "kommune",
  "fylkeskommune" = function(d) d$sektor == "fylkeskommune",
  "kommune-<5k" = function(d) d$size_class %in% "kommune-<5k",
  "kommune-5-20k" = function(d) d$size_class %in% "kommune-5-20k",
  "kommune-20-50k" = function(d) d$size_class %in% "kommune-20-50k",
  "kommune->50k" = function(d) d$size_class %in% "kommune->50k"
)
# A share's ind.* column holds only 0 and 1; a mean's holds the answers themselves.
is_share <- sapply(indicators, function(i) all(md[[paste0("ind.", i)]] %in% c(0, 1, NA)))

num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "" else sprintf("%.17g", x)
rows <- list()
add <- function(...) rows[[length(rows) + 1]] <<- c(...)

years <- sort(unique(md$year))
for (yr in years) {
  d <- md[md$year == yr, ]
  d$y <- NA_real_
  design <- svydesign(ids = ~1, strata = ~stratum, fpc = ~N_stratum, weights = ~weight, data = d)
  for (ind in indicators) {
    y <- d[[paste0("ind.", ind)]]
    if (all(is.na(y))) next
    design$variables$y <- y
    for (g in names(groups)) {
      inside <- groups[[g]](d) & !is.na(y)
      if (sum(inside) < 2) next
      sub <- subset(design, inside)
      m <- svymean(~y, sub)
      df <- degf(sub)
      if (is_share[[ind]]) {
        default <- suppressWarnings(confint(svyciprop(~y, sub, method = "logit")))
        fit <- suppressWarnings(svyglm(y ~ 1, sub, family = quasibinomial,
                                       control = glm.control(epsilon = 1e-15, maxit = 100)))
        ci <- plogis(confint(fit, 1, method = "Wald", ddf = df))
      } else {
        default <- ci <- confint(m, df = df)
      }
      add(kind = "level", indicator = ind, year = yr, group = g, estimate = num(coef(m)),
          se = num(SE(m)), ci_low = num(ci[1]), ci_high = num(ci[2]), df = num(df),
          n = sum(inside), ci_low_svyciprop = num(default[1]), ci_high_svyciprop = num(default[2]),
          change = "", change_se = "", change_df = "", p_value = "")
    }
  }
}

for (yr in years[-1]) {
  if (!((yr - 1) %in% years)) next
  d <- md[md$year %in% c(yr - 1, yr), ]
  # Sampling fraction of organisations over both years: respondents / frame, per stratum.
  sizes <- unique(d[, c("year", "stratum", "N_stratum")])
  respondents <- tapply(rep(1, nrow(d)), d$stratum, sum)
  frame <- tapply(sizes$N_stratum, sizes$stratum, sum)
  d$fraction <- as.vector((respondents / frame[names(respondents)])[d$stratum])
  design <- svydesign(ids = ~panel_id, strata = ~stratum, fpc = ~fraction, weights = ~weight,
                      data = d, nest = TRUE)
  for (ind in indicators) {
    y <- d[[paste0("ind.", ind)]]
    design$variables$y <- y
    for (g in names(groups)) {
      inside <- groups[[g]](d) & !is.na(y)
      if (sum(inside & d$year == yr) < 2 || sum(inside & d$year == yr - 1) < 2) next
      sub <- subset(design, inside)
      by_year <- svyby(~y, ~year, sub, svymean, covmat = TRUE)
      change <- svycontrast(by_year, c(-1, 1))
      se <- SE(change)
      df <- degf(sub)
      p <- 2 * pt(-abs(coef(change) / se), df)
      add(kind = "change", indicator = ind, year = yr, group = g, estimate = "", se = "",
          ci_low = "", ci_high = "", df = "", n = sum(inside & d$year == yr),
          ci_low_svyciprop = "", ci_high_svyciprop = "", change = num(coef(change)), change_se = num(se), change_df = num(df), p_value = num(p))
    }
  }
}

out <- do.call(rbind, rows)
write.csv(out, args[2], row.names = FALSE, quote = TRUE)
cat(sprintf("wrote %d rows (survey %s, %s)\n", nrow(out), packageVersion("survey"), R.version.string))
