#!/usr/bin/env Rscript
# Recomputes every estimate of indicators.csv from microdata.csv with R's survey package, as the
# reference our TypeScript estimators must agree with to 1e-9 (SPEC §5). Not run by CI: its
# output is committed as a test fixture.
#
#   Rscript pipeline/survey/crosscheck.R output/2020/microdata.csv \
#     pipeline/testdata/survey/r-estimates.csv
#
# Needs R with the survey package (Debian: apt-get install r-base-core r-cran-survey).
# Every number is computed twice, once per weighting (column `weights`), from the same file:
#   sector      svydesign(ids = ~1, strata = ~stratum, fpc = ~N_stratum, weights = ~design_weight)
#   calibrated  that design raked to the frame's totals of the calibration cells in microdata.csv:
#               calibrate(design, ~ 0 + <one 0/1 column per cal_class cell> + <one per cal_fylke
#               cell but the first>, population = <N_cal_class, N_cal_fylke of those cells>,
#               calfun = "raking"), iterated to 1e-13 (the default 1e-7 stops early enough to
#               move a weight by ~1e-8). Its weights must equal microdata's `weight`; the script
#               stops if they differ by more than 1e-9. Variances then come from svyrecvar's
#               residuals of the calibration model, as for any calibrated design.
#   (with microdata from `itip build --weights sector` the cal_* columns are blank and only the
#   sector rows are written.)
# Shares:    svyciprop(method = "logit"), computed as svyciprop does it (an intercept-only
#            quasibinomial svyglm, Wald interval with t(df), expit) but with the glm started at
#            the estimate and iterated to convergence: svyciprop's default glm.control(epsilon =
#            1e-8) stops early enough to move a bound by up to ~3e-9, and from glm's default
#            start the fit diverges in some small domains of the calibrated design (ci_*_svyciprop
#            then shows an interval of zero width). Both are written; ci_*_svyciprop is the
#            default.
# Changes:   the two years stacked, svydesign(ids = ~panel_id, strata = ~stratum, fpc = ~fraction,
#            weights = ~design_weight, nest = TRUE) with fraction = the organisations' sampling
#            fraction of the stratum over both years; calibrated: raked with year-specific
#            columns (each year's cells × that year), which gives each year exactly its own
#            calibrated weights and residuals. The two years' means of the domain are ratios,
#            svyratio(~y_now + y_before, ~in_now + in_before, covmat = TRUE) with y and the
#            domain indicator of each year, and the change is svycontrast(y_now/in_now −
#            y_before/in_before). (svyby(..., covmat = TRUE) would say the same for the sector
#            weights, but survey 4.1 cannot subset a calibrated design inside svyby.)
# Domains (groups, and the base of an indicator: non-missing ind.* values) are subsets of the
# design, so units outside a domain stay in the variance with zero influence (and, calibrated,
# with their residual from the calibration model).
suppressMessages(library(survey))
options(survey.lonely.psu = "fail")

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 2) stop("usage: crosscheck.R <microdata.csv> <out.csv>")
md <- read.csv(args[1], check.names = FALSE, stringsAsFactors = FALSE, na.strings = "",
               colClasses = c(cal_fylke = "character", cal_class = "character"))

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
weightings <- if (all(is.na(md$cal_class))) "sector" else c("sector", "calibrated")

num <- function(x) if (is.null(x) || length(x) == 0 || is.na(x)) "" else sprintf("%.17g", x)
rows <- list()
add <- function(...) rows[[length(rows) + 1]] <<- c(...)

# The calibration model of the rows of one year: 0/1 columns added to d, named by year and cell,
# and the population total of each (from microdata's N_cal_* of the cell).
calibration_model <- function(d, yr) {
  this <- d$year == yr
  classes <- sort(unique(d$cal_class[this]))
  fylker <- sort(unique(d$cal_fylke[this & !is.na(d$cal_fylke)]))[-1]
  columns <- character(0)
  population <- numeric(0)
  for (i in seq_along(classes)) {
    name <- sprintf("cal_%d_class_%d", yr, i)
    inside <- this & d$cal_class == classes[i]
    d[[name]] <- as.numeric(inside)
    columns <- c(columns, name)
    population <- c(population, unique(d$N_cal_class[inside]))
  }
  for (i in seq_along(fylker)) {
    name <- sprintf("cal_%d_fylke_%d", yr, i)
    inside <- this & d$cal_fylke %in% fylker[i]
    d[[name]] <- as.numeric(inside)
    columns <- c(columns, name)
    population <- c(population, unique(d$N_cal_fylke[inside]))
  }
  names(population) <- columns
  list(data = d, columns = columns, population = population)
}

# The design weighted as asked: the sector design itself, or raked to every year's totals.
weighted <- function(design, d, weighting) {
  if (weighting == "sector") return(design)
  columns <- character(0)
  population <- numeric(0)
  for (yr in sort(unique(d$year))) {
    model <- calibration_model(d, yr)
    d <- model$data
    columns <- c(columns, model$columns)
    population <- c(population, model$population)
  }
  for (name in columns) design$variables[[name]] <- d[[name]]
  calibrated <- calibrate(design, reformulate(columns, intercept = FALSE), population,
                          calfun = "raking", epsilon = 1e-13, maxit = 100)
  gap <- max(abs(weights(calibrated) - d$weight))
  if (gap > 1e-9) stop(sprintf("calibrated weights differ from microdata's by %g", gap))
  calibrated
}

years <- sort(unique(md$year))
for (weighting in weightings) {
  for (yr in years) {
    d <- md[md$year == yr, ]
    design <- weighted(
      svydesign(ids = ~1, strata = ~stratum, fpc = ~N_stratum, weights = ~design_weight, data = d),
      d, weighting)
    for (ind in indicators) {
      y <- d[[paste0("ind.", ind)]]
      if (all(is.na(y))) next
      # Outside the base y does not count (weight 0 in the subset); 0 keeps R's sums defined.
      design$variables$y <- ifelse(is.na(y), 0, y)
      for (g in names(groups)) {
        inside <- groups[[g]](d) & !is.na(y)
        if (sum(inside) < 2) next
        sub <- subset(design, inside)
        m <- svymean(~y, sub)
        df <- degf(sub)
        if (is_share[[ind]]) {
          default <- suppressWarnings(confint(svyciprop(~y, sub, method = "logit")))
          # Started at the estimate: from glm's own start, the fit diverges in some small
          # domains of a calibrated design (most weights zero), and svyciprop with it.
          start <- if (coef(m) > 0 && coef(m) < 1) qlogis(coef(m)) else NULL
          fit <- suppressWarnings(svyglm(y ~ 1, sub, family = quasibinomial, start = start,
                                         control = glm.control(epsilon = 1e-15, maxit = 100)))
          ci <- plogis(confint(fit, 1, method = "Wald", ddf = df))
        } else {
          default <- ci <- confint(m, df = df)
        }
        add(weights = weighting, kind = "level", indicator = ind, year = yr, group = g,
            estimate = num(coef(m)), se = num(SE(m)), ci_low = num(ci[1]), ci_high = num(ci[2]),
            df = num(df), n = sum(inside), ci_low_svyciprop = num(default[1]),
            ci_high_svyciprop = num(default[2]), change = "", change_se = "", change_df = "",
            p_value = "")
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
    design <- weighted(
      svydesign(ids = ~panel_id, strata = ~stratum, fpc = ~fraction, weights = ~design_weight,
                data = d, nest = TRUE),
      d, weighting)
    for (ind in indicators) {
      y <- d[[paste0("ind.", ind)]]
      design$variables$y <- ifelse(is.na(y), 0, y)
      for (g in names(groups)) {
        inside <- groups[[g]](d) & !is.na(y)
        if (sum(inside & d$year == yr) < 2 || sum(inside & d$year == yr - 1) < 2) next
        now <- inside & d$year == yr
        before <- inside & d$year == yr - 1
        design$variables$y_now <- ifelse(now, y, 0)
        design$variables$y_before <- ifelse(before, y, 0)
        design$variables$in_now <- as.numeric(now)
        design$variables$in_before <- as.numeric(before)
        # Ratios y_now/in_now, y_before/in_now, y_now/in_before, y_before/in_before.
        ratios <- svyratio(~y_now + y_before, ~in_now + in_before, design, covmat = TRUE)
        change <- svycontrast(ratios, c(1, 0, 0, -1))
        se <- SE(change)
        df <- degf(subset(design, inside))
        p <- 2 * pt(-abs(coef(change) / se), df)
        add(weights = weighting, kind = "change", indicator = ind, year = yr, group = g,
            estimate = "", se = "", ci_low = "", ci_high = "", df = "",
            n = sum(inside & d$year == yr), ci_low_svyciprop = "", ci_high_svyciprop = "",
            change = num(coef(change)), change_se = num(se), change_df = num(df),
            p_value = num(p))
      }
    }
  }
}

out <- do.call(rbind, rows)
write.csv(out, args[2], row.names = FALSE, quote = TRUE)
cat(sprintf("wrote %d rows (survey %s, %s)\n", nrow(out), packageVersion("survey"),
            R.version.string))
