# mailtriage's words in English. Keys are stable; a translation defines every key of this file
# and may use only the variables the English text uses. See the README, "Adding a language".

## ==== section: general ====
## General words shared by every part of the product.

language-name = English

days = { $n ->
    [one] { $n } day
   *[other] { $n } days
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
