# Las palabras de mailtriage en español, de «tú» en todo el producto. Las claves son las del
# archivo en inglés; un texto usa solo las variables que usa el inglés.

## ==== section: general ====
## General words shared by every part of the product.

language-name = Español

days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}

## ==== end of section: general ====


## ==== section: findings ====
## Findings: titles, explanations and fixes (crates/core/src/diagnose), working settings,
## provider notes, port-scan verdicts.

## ==== end of section: findings ====


## ==== section: reports ====
## Reports: the check's text and Markdown reports, JSON human fields, the presets table.

## ==== end of section: reports ====


## ==== section: steps ====
## Steps and transcript: step names and details from the probes, transcript notes.

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

## ==== end of section: cli ====


## ==== section: dashboard ====
## Dashboard: panels, keys, help, guide, editor, scan, demo scenarios.

## ==== end of section: dashboard ====
