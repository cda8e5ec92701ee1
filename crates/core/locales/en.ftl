# mailtriage's words in English. Keys are stable; a translation defines every key of this file
# and may use only the variables the English text uses. See the README, "Adding a language".

language-name = English

days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
