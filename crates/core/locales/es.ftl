# Las palabras de mailtriage en español, de «tú» en todo el producto.

language-name = Español

days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
