# As palavras do mailtriage em português do Brasil, tratando a pessoa por «você». As chaves são
# as do arquivo em inglês; um texto usa só as variáveis que o inglês usa.

## ==== section: general ====
## General words shared by every part of the product.

language-name = Português (Brasil)

days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
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

## Nomes curtos das etapas, como aparecem na linha de cada etapa.
step-name-dns = dns
step-name-tcp = tcp
step-name-tls = tls
step-name-greeting = saudação
step-name-capa = recursos
step-name-stls = stls
step-name-ehlo = ehlo
step-name-starttls = starttls
step-name-login = login
step-name-stat = caixa
step-name-uidl = uidl
step-name-mail-from = remetente
step-name-rcpt-to = destinatário
step-name-rset = rset
step-name-quit = saída
step-name-route = rota
step-name-proxy = proxy
step-name-resolver = resolvedor
step-name-reach = internet
step-name-clock = relógio
step-name-mx = mx
step-name-spf = spf
step-name-dmarc = dmarc
step-name-dkim = dkim
step-name-dnsbl = listas de bloqueio

step-list = { $items }

step-command-greeting = a saudação
step-command-cancel = o * que cancela

step-deadline = o prazo
step-deadline-session = o limite da sessão de { $seconds } s (--session-timeout)

step-dns-pinned = { $addresses } (fixado)
step-dns-not-found = não foi possível encontrar o endereço de { $host }
step-tcp-connected = { $address } em { $ms } ms
step-tcp-port-failures = porta { $port }: { $failures }
step-tcp-address-refused = { $address } recusou a conexão
step-tcp-address-no-answer = { $address } não responde
step-tcp-address-unreachable = { $address } inacessível
step-tcp-address-failed = { $address } falhou
step-port-expects-tls = sem saudação { $protocol }: esta porta espera TLS desde o primeiro byte
step-connection-broke = a conexão caiu
step-connection-broke-sending = a conexão caiu durante o envio
step-send-timeout = o servidor não aceitou os dados dentro do prazo

step-tls-negotiated = { $negotiated }, { $certificate }
step-tls-certificate-valid = certificado válido para { $name } até { $until }
step-tls-plain-text = o servidor respondeu em texto sem criptografia, não em TLS
step-tls-malformed = a resposta TLS do servidor está malformada
step-tls-not-tls-data = o servidor respondeu com dados que não são TLS
step-tls-certificate-refused = o certificado do servidor não foi aceito
step-tls-stalled = a negociação TLS travou, enquanto o TLS implícito no mesmo servidor funciona
step-tls-timeout = a negociação TLS não terminou dentro do prazo
step-tls-no-common-version = nenhuma versão de TLS em comum com o servidor
step-tls-failed = a negociação TLS falhou
step-upgrade-agreed = o servidor aceitou { $command }
step-upgrade-injected = o servidor aceitou { $command }, mas enfiou texto sem criptografia antes da negociação TLS (descartado)
step-upgrade-refused = o servidor recusou { $command }
step-upgrade-not-offered = o servidor não oferece { $command }
step-answered-with-tls = o servidor respondeu com TLS, não com uma saudação { $protocol }
step-starttls-after-preauth = o servidor considerou a conexão autenticada já na saudação (PREAUTH), sem criptografia, então o STARTTLS não pode mais ser usado

step-reply-unreadable = não foi possível ler a resposta do servidor
step-reply-unasked = o servidor enviou uma resposta que ninguém pediu
step-reply-does-not-fit = a resposta do servidor não corresponde a { $command }
step-not-a-greeting = isto não é uma saudação { $protocol }
step-reply-not-protocol = a resposta do servidor não é { $protocol }
step-reply-to-not-protocol = a resposta do servidor a { $command } não é { $protocol }
step-answer-incomplete = a resposta a { $command } ainda estava incompleta quando se esgotou { $deadline }
step-no-answer = o servidor não respondeu dentro do prazo
step-server-closed = o servidor fechou a conexão
step-server-ended-session = o servidor encerrou a sessão
step-session-limit-reached = a sessão atingiu o tempo máximo antes de esta etapa terminar
step-check-limit-reached = a verificação atingiu o tempo máximo antes de esta etapa terminar
step-network-limit-reached = o painel de rede atingiu o tempo máximo antes de esta verificação terminar
step-interrupted = interrompido antes de terminar

step-greeting-refused = o servidor recusou a conexão
step-capa-missing = o servidor não informa seus recursos (sem CAPA)
step-capa-unlisted = o servidor não informa seus recursos
step-capa-from-greeting = da saudação: { $capabilities }
step-ehlo-closed = o servidor encerrou a sessão
step-ehlo-helo-only = EHLO recusado, HELO aceito: o servidor não oferece extensões
step-ehlo-refused = o servidor recusou tanto EHLO quanto HELO

step-login-ok = login feito com senha
step-login-ok-with = login feito com { $method }
step-auth-ok = autenticado com senha
step-auth-ok-with = autenticado com { $method }
step-login-refused = o servidor recusou o login
step-login-refused-code = o servidor recusou o login [{ $code }]
step-login-no-method = nenhum método de login em comum com o servidor
step-login-no-method-imap = nenhum método de login em comum com o servidor (LOGINDISABLED, sem AUTH=PLAIN)
step-login-no-method-offered = nenhum método de login em comum: o servidor só oferece { $offered }
step-login-not-tried-unencrypted = login não tentado: a conexão não tem criptografia
step-auth-not-tried-unencrypted = autenticação não tentada: a conexão não tem criptografia
step-login-not-tried-logindisabled = login não tentado: o servidor recusa logins em conexão sem criptografia (LOGINDISABLED)
step-login-not-tried-unquotable = login não tentado: o nome de usuário ou a senha contém uma quebra de linha ou um NUL, que o LOGIN não consegue enviar a este servidor (sem AUTH=PLAIN, sem LITERAL+)
step-login-no-credentials = nome de usuário e senha não informados: login não testado
step-auth-no-credentials = nome de usuário e senha não informados: autenticação não testada
step-login-preauth = o servidor considerou a conexão autenticada já na saudação (PREAUTH): a senha não foi testada
step-login-sasl-ir-ignored = não foi possível testar o login: o servidor pediu mais depois da resposta inicial (SASL-IR) e tomou o comando seguinte como resposta
step-login-kept-asking = o servidor continuou pedindo dados depois de receber a senha
step-login-challenge-too-long = o desafio de login do servidor era longo demais para um login com senha, então o login foi cancelado
step-auth-credentials-ignored = o servidor ignorou as credenciais enviadas com AUTH PLAIN; login não confirmado
step-auth-not-offered = o servidor não oferece autenticação nesta conexão

step-stat-mailbox = { $messages ->
    [one] { $messages } mensagem
   *[other] { $messages } mensagens
}, { $octets } bytes
step-stat-unreadable = a resposta ao STAT não é "quantidade tamanho"
step-command-refused = o servidor recusou { $command }
step-not-tried-login-refused = não tentado: o login foi recusado
step-not-tried-login-cancelled = não tentado: o login foi cancelado
step-not-tried-login-untested = não tentado: não foi possível testar o login
step-uidl-available = identificadores únicos de mensagem disponíveis
step-uidl-listed = identificadores únicos de { $messages ->
    [one] { $messages } mensagem
   *[other] { $messages } mensagens
}
step-uidl-unsupported = o servidor não suporta UIDL
step-inbox = { $messages ->
    [one] { $messages } mensagem
   *[other] { $messages } mensagens
} na INBOX
step-inbox-unseen = { $messages ->
    [one] { $messages } mensagem
   *[other] { $messages } mensagens
} na INBOX, { $unseen } não lidas
step-inbox-examined = { $messages ->
    [one] { $messages } mensagem
   *[other] { $messages } mensagens
} na INBOX (EXAMINE, somente leitura)
step-with-uidvalidity = { $text } (UIDVALIDITY { $uidvalidity })
step-status-without-count = o servidor respondeu ao STATUS sem dizer quantas mensagens há na INBOX
step-examine-without-count = o servidor abriu a INBOX sem dizer quantas mensagens ela tem
step-examine-refused = o servidor se recusou a abrir a INBOX

step-sender-accepted = remetente aceito
step-sender-refused = o servidor recusou o remetente
step-not-tried-sender-refused = não tentado: o remetente foi recusado
step-recipient-accepted = destinatário aceito
step-recipient-deferred = o servidor adiou o destinatário
step-recipient-refused = o servidor recusou o destinatário
step-rset-done = teste de envio desfeito
step-quit-closed = o servidor fechou a conexão
step-quit-no-reply = sem resposta ao QUIT
step-quit-incomplete = resposta incompleta ao QUIT
step-quit-not-accepted = QUIT não foi aceito
step-logout-not-accepted = LOGOUT não foi aceito

step-route-unreadable = não é possível ler as rotas deste sistema aqui
step-route-none = sem rota padrão: este computador não está conectado a nenhuma rede
step-route-via = { $family } via { $gateway } ({ $interface })
step-route-on = { $family } em { $interface }
step-route-default = rota padrão { $routes }
step-route-default-addresses = rota padrão { $routes }; endereços { $addresses }
step-proxy-none = sem proxy, sem VPN
step-proxy-tunnels = interfaces de túnel: { $interfaces }
step-proxy-route-through = a rota padrão { $family } passa por { $interface }
step-resolver-answered = respondeu em { $ms } ms
step-resolver-silent = o resolvedor DNS { $server } não responde
step-clock-right = o relógio do computador está certo
step-clock-behind = o relógio do computador está { $by } atrasado
step-clock-ahead = o relógio do computador está { $by } adiantado
step-clock-measured = { $how } (diferença { $offset } s, ida e volta { $ms } ms)
step-clock-unchecked = { $server } não informou a hora: o relógio não foi verificado

transcript-connected = conectado a { $address }
transcript-truncated = (transcrição cortada depois de { $lines } linhas)
transcript-more-lines-hidden = (mais { $lines } linhas não exibidas)
transcript-literal-hidden = ({ $bytes } bytes de dados literais não exibidos)
transcript-line-after-last-command = o servidor enviou uma linha depois do último comando da sessão
transcript-reply-after-last-command = o servidor enviou uma resposta depois do último comando da sessão: { $reply }
transcript-injected-discarded = as linhas acima chegaram sem criptografia depois da resposta a { $command } e antes da negociação TLS; foram descartadas sem ser lidas
transcript-bare-lf = o servidor termina as linhas só com LF em vez de CR LF; lidas mesmo assim
transcript-untagged-skipped = a resposta sem tag acima não é IMAP do jeito que o cliente lê; ignorada
transcript-preauth = o servidor considerou esta conexão autenticada já na saudação (PREAUTH), sem senha
transcript-sasl-ir-ignored = o servidor pediu mais depois da resposta inicial (SASL-IR): ele toma o STATUS enviado depois do AUTHENTICATE como resposta
transcript-no-sasl-ir = o servidor não oferece SASL-IR: as credenciais vão depois do sinal dele
transcript-status-refused-examine = STATUS foi recusado; o EXAMINE abre a INBOX somente para leitura para contar as mensagens
transcript-tls-handshake = negociação TLS: { $details }
transcript-tls-handshake-failed = a negociação TLS falhou: { $message }
transcript-tls-old-hello = o servidor fechou a conexão diante de um hello TLS 1.2/1.3 sem nenhum alerta; perguntando mais uma vez a { $address } com um hello TLS 1.0/1.1 (sem login)
transcript-tls-stalled-trying-implicit = a negociação TLS não terminou depois de { $ms } ms; tentando TLS implícito em { $address }
transcript-no-greeting-trying-tls = sem saudação depois de { $ms } ms; tentando TLS numa segunda conexão a { $address }
transcript-no-answer-within = sem resposta em { $seconds } s
transcript-incomplete-answer-within = sem resposta completa em { $seconds } s (chegaram { $bytes } bytes)
transcript-session-limit = limite da sessão de { $seconds } s atingido: fechando a conexão
transcript-network-limit = o limite do painel de rede de { $seconds } s foi atingido
transcript-check-interrupted = verificação interrompida ({ $signal }): o que foi visto até agora é informado
transcript-check-limit = limite da verificação de { $seconds } s atingido: o painel foi parado

step-address-pinned = (fixado)
step-address-given = (endereço informado)
step-address-this-machine = (este computador)
step-connected-in = conectado em { $ms } ms
step-connect-refused = recusada: nada escuta nessa porta
step-connect-timeout = sem resposta: a tentativa de conexão esgotou o tempo
step-connect-unreachable = inacessível: não há rota até esse endereço
step-connect-failed = sem conexão
step-connect-other-family-works = { $failure }; a outra família de endereços conecta na porta { $port }
step-not-tried-no-ipv6-route = não tentado: este computador não tem rota IPv6 padrão
step-trust-store-unreadable = não foi possível carregar os certificados confiáveis
transcript-other-submission-port = outra porta de envio, para comparar: { $target }: { $outcome }

step-mx-null = { $domain } diz que não recebe e-mail (MX nulo)
step-mx-missing = { $domain } não tem registro MX: o e-mail para ele não tem um destino claro
step-mx-lookup-failed = a consulta MX de { $domain } falhou
step-spf-valid = { $lookups } consultas DNS de { $max }
step-spf-valid-ends = { $lookups } consultas DNS de { $max }, termina em { $all }
step-spf-missing = { $domain } não tem registro SPF
step-spf-multiple = { $domain } tem { $records } registros SPF; deve ter um só
step-spf-invalid = o registro SPF de { $domain } está quebrado
step-spf-too-many-lookups = o registro SPF de { $domain } precisa de { $lookups } consultas DNS; os destinatários param em { $max }
step-txt-lookup-failed = a consulta TXT de { $domain } falhou
step-dmarc-policy = política { $policy }
step-dmarc-policy-percent = política { $policy } para { $percent }% dos e-mails
step-dmarc-missing = nenhum registro DMARC em { $name }
step-dmarc-multiple = { $records } registros DMARC em { $name }; deve haver um só
step-dmarc-invalid = o registro DMARC em { $name } está quebrado
step-lookup-failed = a consulta de { $name } falhou
step-dkim-provider-domain = { $domain } é o domínio do próprio provedor ({ $provider }); as chaves de assinatura são problema dele
step-dkim-key = { $selector }: chave { $kind } de { $bits } bits
step-dkim-lookups-failed = as consultas DKIM falharam (seletores { $selectors })
step-dkim-none = nenhuma chave DKIM utilizável nos seletores { $selectors }
step-dkim-none-problems = nenhuma chave DKIM utilizável nos seletores { $selectors } ({ $problems })

step-dnsbl-client-not-address = o servidor SMTP informou { $named }, que não é um endereço
step-dnsbl-client-unknown = o servidor SMTP não disse qual endereço vê; informe-o com --public-ip
step-dnsbl-not-public = { $address } é { $reason }; listas de bloqueio só têm endereços públicos
step-dnsbl-not-listed = não consta em { $zone }
step-dnsbl-lookup-failed = a consulta em { $zone } falhou
step-dnsbl-listed = { $address } consta em { $zone } ({ $codes })
step-dnsbl-unusable-answer = { $zone } respondeu { $codes }: { $meaning }; nada se sabe

step-scan-ended-before-greeting = o teste terminou antes da saudação
step-scan-failed = { $step } falhou: { $detail }
step-scan-failed-why = { $step } falhou: { $detail }: { $why }
step-scan-after = depois de { $sent }: { $reply }
step-scan-timeout = não terminou em { $seconds } s
step-scan-trust-store = não foi possível carregar os certificados confiáveis: { $message }
step-guess-timeout = sem resposta nos { $seconds } s do teste
transcript-implicit-tls-works = o TLS implícito em { $address } funciona: conectou e concluiu uma negociação TLS em { $ms } ms ({ $details })
transcript-tls-handshake-succeeded = uma negociação TLS com { $address } deu certo ({ $details })
transcript-tls-answered = { $address } respondeu a uma negociação TLS ({ $message })
transcript-tls-old-version-seen = o servidor respondeu a um hello TLS 1.1 com um ServerHello de { $version } ({ $hex })
transcript-tls-old-hello-nothing = o teste com um hello TLS 1.0/1.1 não mostrou nada: { $why }
step-tls-cert-expired = o certificado expirou em { $date }
step-tls-cert-not-yet-valid = o certificado só é válido a partir de { $date }
step-tls-cert-other-name = o certificado é de { $names }, não de { $name }
step-tls-cert-untrusted = o certificado não foi emitido por uma autoridade em que este computador confia
step-tls-plain-text-sent = o servidor não respondeu com TLS; enviou "{ $sent }"

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

## As mensagens da própria linha de comando. O `--help` continua em inglês (quem escreve é o clap).
cli-no-server = nenhum servidor informado: use --pop3 ou --imap SERVIDOR e/ou --smtp SERVIDOR
cli-password-prompt = Senha de { $user }:
cli-password-env-unset = --password-env: a variável de ambiente { $variable } não está definida
cli-profile-saved = perfil '{ $name }' salvo em { $path }
cli-cannot-read = { $flag }: não foi possível ler { $path }: { $error }
cli-cannot-write = { $flag }: não foi possível gravar { $path }: { $error }
cli-cannot-write-list = não foi possível gravar a lista: { $error }
cli-runtime-failed = não foi possível iniciar o ambiente de execução: { $error }
cli-interrupted = interrompido ({ $signal }); o relatório acima mostra o que foi visto até então
cli-interval-range = --interval: informe um número de segundos entre 1 e 86400
cli-seconds-out-of-range = { $flag }: { $value } não é um número de segundos entre 0 e { $max }
cli-not-an-ip = { $flag }: '{ $value }' não é um endereço IP
cli-not-a-selector = --dkim-selector: '{ $value }' não é um nome de seletor
cli-incoming-contradicts = --incoming { $asked } contradiz { $given }: tire um dos dois, ou use --incoming both
cli-incoming-no-server = --incoming { $choice }: nenhum servidor { $protocol } é conhecido para esta conta (nem a predefinição, nem o endereço, nem o perfil indicam um): informe { $flag } SERVIDOR
cli-imap-security-without-imap = --imap-security precisa de um servidor IMAP: --imap SERVIDOR, ou --incoming imap ou both com uma predefinição ou um endereço
cli-no-provider-matches = nenhum provedor corresponde a '{ $search }'

## ==== end of section: cli ====


## ==== section: dashboard ====
## Dashboard: panels, keys, help, guide, editor, scan, demo scenarios.

## ==== end of section: dashboard ====
