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
step-name-dns = DNS
step-name-tcp = conexão
step-name-tls = TLS
step-name-greeting = saudação
step-name-capa = CAPA
step-name-stls = STLS
step-name-ehlo = EHLO
step-name-starttls = STARTTLS
step-name-login = login
step-name-stat = STAT
step-name-uidl = UIDL
step-name-mail-from = MAIL FROM
step-name-rcpt-to = RCPT TO
step-name-rset = RSET
step-name-quit = QUIT
step-name-route = rota
step-name-proxy = proxy
step-name-resolver = DNS local
step-name-reach = internet
step-name-clock = relógio
step-name-mx = MX
step-name-spf = SPF
step-name-dmarc = DMARC
step-name-dkim = DKIM
step-name-dnsbl = lista de bloqueio

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
transcript-tls-race-at-once = a porta { $port } costuma esperar TLS desde o primeiro byte: um handshake TLS numa segunda conexão a { $address } começou ao mesmo tempo (sem login)
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

### Chrome: panels, states, titles, notices.

tui-app-title = mailtriage
tui-network = Rede
tui-incoming = Entrada (POP3)
tui-incoming-imap = Entrada (IMAP)
tui-outgoing = Saída (SMTP)
tui-pending = pendente
tui-running = testando
tui-ok = ok
tui-warn = aviso
tui-failed = falhou
tui-skipped = pulado
tui-error = erro
tui-info = nota
tui-not-configured = sem servidor: aperte e para informar
tui-not-run-yet = ainda não testado
tui-last-run = última vez
tui-latency = ms conexão
tui-earlier-login = do último teste de login
tui-login-unchecked = login ainda não testado com estes dados: r testa
tui-transcript = Diálogo
tui-transcript-empty = Nada trocado ainda.
tui-hints-all = Dicas (todos)
tui-hints-focused = Dicas (este painel)
tui-hints-waiting = Esperando os testes terminarem.
tui-hints-failed-elsewhere = Uma etapa falhou aqui: a causa aparece nas dicas de todos os painéis.
tui-hints-none = Nenhum problema encontrado.
tui-works-instead = Funciona no lugar
tui-every = a cada
tui-paused = pausado
tui-probing-full = testando login
tui-probing-connection = testando conexão
tui-login-held = o login falhou com estes dados: não tenta de novo sozinho (r tenta de novo)
tui-login-held-short = login retido: r tenta de novo
tui-setup-title = Configure a conta que você quer testar
tui-editor-title = Dados da conta
tui-editor-intro = Deixe um servidor vazio para não testar esse lado. A senha fica só na memória.
tui-host = servidor
tui-port = porta
tui-security = segurança
tui-user = usuário
tui-password = senha
tui-empty-side = (não testado)
tui-no-server = informe pelo menos um servidor
tui-picker-title = Escolha um provedor
tui-picker-filter = filtro
tui-picker-none = Nenhum provedor corresponde.
tui-help-title = Teclas
tui-help-typing = as outras teclas digitam no campo
tui-guided-title = Verificação guiada
tui-guided-say = Diga à pessoa
tui-guided-found = O que os testes encontraram
tui-guided-step = etapa
tui-scan-title = Busca de portas
tui-scan-running = Testando as portas e modos de segurança de costume...
tui-scan-pick = Enter usa a porta e a segurança escolhidas.
tui-scan-needs-mail-panel = Escolha o painel de entrada ou de saída para buscar portas.
tui-scan-unencrypted = Esta configuração não tem criptografia: não use com senha.
tui-scan-unencrypted-applied = Agora sem criptografia: a senha e os e-mails trafegam sem proteção. Não use com senha.
tui-report-saved = Relatório salvo (Markdown para ler, JSON para programas):
tui-report-failed = Não foi possível salvar o relatório
tui-nothing-to-save = Nada para salvar ainda: nenhuma conta configurada.
tui-mark-pass = confirmado
tui-mark-warn = verificar
tui-mark-fail = problema
tui-mark-unknown = não testado
tui-too-small = Terminal pequeno demais: deixe com pelo menos 60x16.
tui-no-security = nenhuma

### Keys: where they are read, what they do, how keyboards name them.

tui-context-global = Em todo lugar
tui-context-dashboard = Painel principal
tui-context-help = Esta ajuda
tui-context-editor = Dados da conta
tui-context-picker = Lista de provedores
tui-context-guided = Verificação guiada
tui-context-scan = Busca de portas
tui-context-steps = Todas as etapas de um painel
tui-context-help-search = Buscando nesta ajuda
tui-context-search = Buscar texto no diálogo

tui-action-quit = sair
tui-action-help = ajuda: todas as teclas
tui-action-close = fechar
tui-action-next-panel = próximo painel
tui-action-prev-panel = painel anterior
tui-action-select-network = painel de rede
tui-action-select-incoming = painel de entrada
tui-action-select-imap-beside = painel IMAP, ao lado do POP3
tui-action-select-outgoing = painel de saída
tui-action-switch-pane = alternar diálogo / dicas
tui-action-scroll-up = subir
tui-action-scroll-down = descer
tui-action-page-up = página acima
tui-action-page-down = página abaixo
tui-action-scroll-top = ao início
tui-action-scroll-bottom = ao fim (acompanhar)
tui-action-toggle-hint-scope = dicas: todos / este painel
tui-action-toggle-lang = próximo idioma
tui-action-rerun = testar de novo, com login
tui-action-toggle-pause = pausar / retomar os testes
tui-action-interval-up = testar com menos frequência
tui-action-interval-down = testar com mais frequência
tui-action-edit = editar dados
tui-action-presets = escolher provedor
tui-action-scan = buscar portas deste servidor
tui-action-guided = verificação guiada
tui-action-save-report = salvar relatório
tui-action-next-field = próximo campo
tui-action-prev-field = campo anterior
tui-action-cycle-back = opção anterior
tui-action-cycle-forward = próxima opção
tui-action-delete-char = apagar um caractere
tui-action-clear-field = limpar o campo
tui-action-apply = aplicar e testar
tui-action-pick = usar o escolhido
tui-action-up = subir
tui-action-down = descer
tui-action-guide-next = próxima etapa
tui-action-guide-prev = etapa anterior
tui-action-details = todas as etapas deste painel, completas, e o diálogo
tui-action-search = buscar uma tecla
tui-action-search-done = ficar com o que você digitou
tui-action-search-clear = limpar a busca
tui-action-discover = buscar os servidores do endereço de e-mail
tui-action-search-start = buscar texto no diálogo
tui-action-search-find = buscar
tui-action-search-next = próxima ocorrência
tui-action-search-prev = ocorrência anterior
tui-action-copy-line = copiar a linha escolhida do diálogo (OSC 52)
tui-action-short-quit = sair
tui-action-short-help = ajuda
tui-action-short-close = fechar
tui-action-short-next-panel = painel
tui-action-short-switch-pane = diálogo/dicas
tui-action-short-toggle-hint-scope = alcance
tui-action-short-rerun = repetir
tui-action-short-toggle-pause = pausa
tui-action-short-edit = editar
tui-action-short-presets = provedores
tui-action-short-scan = portas
tui-action-short-guided = guia
tui-action-short-save-report = salvar
tui-action-short-next-field = campo
tui-action-short-cycle-forward = mudar
tui-action-short-apply = aplicar
tui-action-short-pick = usar
tui-action-short-up = acima
tui-action-short-down = abaixo
tui-action-short-guide-next = próxima
tui-action-short-guide-prev = voltar
tui-action-short-details = etapas
tui-action-short-search = buscar
tui-action-short-search-done = ficar
tui-action-short-search-clear = limpar
tui-action-short-search-start = buscar
tui-action-short-copy-line = copiar

tui-key-right = Direita
tui-key-left = Esquerda
tui-key-up = Cima
tui-key-down = Baixo
tui-key-enter = Enter
tui-key-space = Espaço
tui-key-backspace = Backspace
tui-key-page-up = PgUp
tui-key-page-down = PgDn
tui-key-home = Home
tui-key-end = End
tui-key-shift-tab = Shift-Tab

### Guided check: the steps' words, and the checks only the person can make.
### A "-say" text is read line by line, in the order the person acts.

tui-guide-incoming = E-mail de entrada
tui-guide-outgoing = E-mail de saída
tui-guide-network = Rede
tui-guide-side-in = (entrada)
tui-guide-side-out = (saída)
tui-guide-not-checked = não testado
tui-guide-failed = não passou no teste.
tui-guide-failed-see = não passou no teste. Veja "{ $title }".
tui-guide-nothing-to-ask = Nada a perguntar aqui: o teste confirmou.
tui-guide-seen-internet = { $host } respondeu na porta { $port }.
tui-guide-seen-internet-any = Um servidor de e-mail respondeu.
tui-guide-seen-name = o servidor { $host } foi encontrado.
tui-guide-seen-port = a porta { $port } responde como servidor de e-mail.
tui-guide-seen-encryption = a conexão criptografada funciona e o certificado é válido.
tui-guide-seen-no-encryption = configurado sem criptografia.
tui-guide-seen-login = o servidor aceitou o nome de usuário e a senha.
tui-guide-messages-on-server = { $n ->
    [one] Agora há { $n } mensagem no servidor.
   *[other] Agora há { $n } mensagens no servidor.
}
tui-guide-label-app-password = Senha de app
tui-guide-label-sign-in = Login
tui-guide-label-password = Senha
tui-guide-label-pop = POP
tui-guide-label-imap = IMAP
tui-guide-label-sending = Envio
tui-guide-label-swapped-ports = Portas trocadas
tui-guide-label-certificate = Certificado
tui-guide-label-domain = Domínio
tui-guide-label-mailbox = Caixa de entrada
tui-guide-label-clock = Relógio
tui-guide-label-problem = Problema

tui-check-internet-label = Internet
tui-check-internet-title = Conexão com a internet
tui-check-internet-say =
    Abra uma página da web, por exemplo um site de notícias.
    Se não abrir, confira o cabo ou o Wi-Fi e reinicie o roteador.
tui-check-server-name-label = Servidor
tui-check-server-name-title = Nome do servidor
tui-check-server-name-say =
    No programa de e-mail, procure o servidor de entrada e o servidor de saída.
    Leia os nomes para mim, letra por letra.
tui-check-port-label = Porta
tui-check-port-title = Porta
tui-check-port-say =
    Ao lado de cada servidor há um número: a porta.
    Leia os dois números para mim.
tui-check-encryption-label = Criptografia
tui-check-encryption-title = Criptografia
tui-check-encryption-say =
    Procure a opção chamada segurança, criptografia ou SSL.
    Leia para mim o que aparece, para a entrada e para a saída.
tui-check-sign-in-label = Senha
tui-check-sign-in-title = Usuário e senha
tui-check-sign-in-say =
    Leia para mim o nome de usuário que está no programa de e-mail.
    Entre no webmail com o mesmo usuário e a mesma senha.
tui-check-outgoing-auth-label = Login envio
tui-check-outgoing-auth-title = Autenticação para enviar
tui-check-outgoing-auth-say =
    Nos dados do servidor de saída, procure "Meu servidor de saída (SMTP) requer autenticação" ou algo parecido.
    Essa opção deve estar marcada, com o mesmo usuário e senha da entrada.
tui-check-leave-copy-label = Deixar cópia
tui-check-leave-copy-title = Deixar uma cópia no servidor
tui-check-leave-copy-say =
    Em cada um dos outros aparelhos que recebem estes e-mails, abra os dados da conta.
    Marque "Deixar uma cópia das mensagens no servidor".
tui-check-firewall-label = Antivírus
tui-check-firewall-title = Firewall e antivírus
tui-check-firewall-say =
    Desative por um momento a "proteção de e-mail" ou a "verificação de e-mail" do antivírus.
    Teste o e-mail de novo.
    Ative a proteção de novo.
tui-check-other-network-label = Outra rede
tui-check-other-network-title = Outra rede
tui-check-other-network-say =
    Compartilhe a internet do celular (hotspot) e conecte o computador nela.
    Teste o e-mail de novo.
    Se funcionar assim, a rede de costume bloqueia o e-mail: o roteador, um firewall da empresa ou o provedor de internet.

### Account settings form.

tui-editor-email = e-mail
tui-editor-email-empty = (Ctrl-D busca os servidores)
tui-editor-smtp-user = usuário SMTP
tui-editor-smtp-user-empty = (o mesmo usuário)
tui-editor-from = de (teste)
tui-editor-to = para (teste)
tui-editor-no-dry-run = (sem teste de envio)
tui-editor-ca-file = arquivo CA
tui-editor-ca-file-empty = (só as CAs do sistema)
tui-editor-ca-file-from-start = (o informado no início)
tui-editor-looking-up = buscando { $address }…
tui-editor-servers-from = servidores segundo { $origin }
tui-editor-servers-from-each = servidores segundo: entrada { $incoming }; saída { $outgoing }
tui-editor-servers-from-incoming = servidores segundo: entrada { $incoming }
tui-editor-servers-from-outgoing = servidores segundo: saída { $outgoing }
tui-editor-no-servers-found = nenhum servidor encontrado para este endereço
tui-origin-options = o que foi digitado aqui
tui-origin-profile = o perfil salvo
tui-origin-preset = os dados conhecidos de { $provider }
tui-origin-mx = { $provider }, para onde aponta o MX de { $domain }
tui-origin-srv = os registros SRV de { $domain }
tui-origin-ispdb = a base de provedores do Thunderbird (ISPDB)
tui-origin-autoconfig = o arquivo autoconfig de { $domain }
tui-origin-guess = um palpite (respondeu um nome comum de { $domain })
tui-form-bad-port = { $side ->
    [incoming] Entrada
   *[outgoing] Saída
}: a porta deve ser um número de 1 a 65535
tui-form-bad-host = Servidor de { $side ->
    [incoming] entrada
   *[outgoing] saída
}: { $why }
tui-form-host-characters = um servidor é um nome como mail.example.org ou um endereço, sem espaços, @ nem /
tui-form-host-brackets = escreva um endereço IPv6 entre colchetes: [2001:db8::1]:995
tui-form-host-port = a porta depois de ':' deve ser um número de 1 a 65535
tui-form-bad-email = O endereço de e-mail deve ter a forma nome@example.org
tui-form-bad-dry-run = Os endereços do teste devem ser de e-mail (nome@dominio), ou vazios para não testar o envio

### Help: what the symbols mean.

tui-help-no-match = Nenhuma tecla corresponde: { $backspace } apaga, Esc limpa a busca.
tui-legend-title = O que os símbolos significam
tui-legend-ok = a etapa funcionou
tui-legend-warn = funcionou, mas há algo para olhar
tui-legend-failed = a etapa falhou: as dicas dizem por quê e como resolver
tui-legend-running = testando agora
tui-legend-pending = esperando a vez
tui-legend-skipped = não feita: uma etapa anterior falhou, ou não se aplica
tui-legend-guided = guiada
tui-legend-guided-unknown = na verificação guiada: a pessoa confere, nenhum teste podia
tui-legend-sparkline = tempo de conexão em cada teste, o mais recente à direita
tui-legend-sparkline-absent = no gráfico: esse teste não conseguiu conectar
tui-legend-sent = no diálogo: o que o mailtriage enviou (segredos como ***)
tui-legend-received = no diálogo: o que o servidor respondeu
tui-legend-info = no diálogo: uma nota do próprio mailtriage

### Panels, hints pane, transcript and the view of every step.

tui-hints-more = mais { $n } ({ $key })
tui-cut-short-focused = … Enter mostra cada detalhe
tui-cut-short = … Tab até aqui e Enter: cada detalhe
tui-more-rows = … mais { $n }: Enter mostra tudo
tui-more-rows-short = … mais { $n } (Enter)
tui-transcript-together = { $n ->
    [one] { $n } enviado sem esperar:
   *[other] { $n } enviados de uma vez, sem esperar:
}
tui-transcript-answers = (responde a { $command })
tui-search-typing-keys = Enter buscar · Esc cancelar
tui-search-found-keys = n/N próx./ant. · y copiar
tui-every-step = todas as etapas

### The verdict above the panels. $side is incoming, outgoing or network; $protocol is POP3 or
### IMAP when both incoming servers are checked, else none; $step is a step's name.

tui-side-works = { $side ->
    [incoming] { $protocol ->
        [none] o recebimento funciona
       *[other] o recebimento por { $protocol } funciona
    }
    [outgoing] o envio funciona
   *[network] a rede funciona
}
tui-side-warns = { $side ->
    [incoming] { $protocol ->
        [none] o recebimento funciona, com um aviso em { $step }
       *[other] o recebimento por { $protocol } funciona, com um aviso em { $step }
    }
    [outgoing] o envio funciona, com um aviso em { $step }
   *[network] a rede tem um aviso em { $step }
}
tui-side-fails = { $side ->
    [incoming] { $protocol ->
        [none] o recebimento falha em { $step }
       *[other] o recebimento por { $protocol } falha em { $step }
    }
    [outgoing] o envio falha em { $step }
   *[network] o teste de rede falha em { $step }
}
tui-side-checking = { $side ->
    [incoming] { $protocol ->
        [none] testando o recebimento
       *[other] testando o recebimento por { $protocol }
    }
    [outgoing] testando o envio
   *[network] testando a rede
}
tui-side-not-checked = { $side ->
    [incoming] { $protocol ->
        [none] recebimento não testado
       *[other] recebimento por { $protocol } não testado
    }
    [outgoing] envio não testado
   *[network] rede não testada
}
tui-side-both-work = O recebimento e o envio funcionam

### Step names in panel rows and the verdict: short, the panel's column is narrow.


### Port scan rows.

tui-scan-works-unencrypted = funciona, mas só sem criptografia
tui-scan-works-recommended = funciona, recomendado
tui-scan-works = funciona
tui-scan-certificate = funciona, mas este computador não confia no certificado
tui-scan-needs-tls = não funciona: esta porta espera SSL/TLS
tui-scan-not-tls = não funciona: esta porta responde sem criptografia
tui-scan-no-starttls = não funciona: o servidor não oferece STARTTLS aqui
tui-scan-refused = não funciona: nada escuta nesta porta
tui-scan-timeout = não funciona: sem resposta a tempo
tui-scan-other = não funciona

### Provider list: the note under the selected provider.

tui-picker-note = { $username ->
    [full-address] nome de usuário: o endereço completo
    [local-part] nome de usuário: a parte antes do @
   *[unknown] nome de usuário: o que o provedor indicar
}{ $count ->
    [0] {""}
   *[other] ; { $notes }
}
tui-note-app-password-required = precisa de uma senha de app
tui-note-app-password-with-2fa = senha de app se a verificação em duas etapas estiver ativa
tui-note-pop-must-be-enabled = é preciso ativar o POP no webmail
tui-note-oauth2-only = não aceita senha (só OAuth2)
tui-note-admin-controls-access = o administrador decide quem pode entrar
tui-note-no-pop3 = sem POP3: use IMAP
tui-note-self-signed-certificate = o certificado não é de uma autoridade pública
tui-note-local-bridge = os servidores rodam em um programa deste computador
tui-note-polling-limit = recusa verificar e-mails com muita frequência
tui-note-disconnects-after-bad-password = derruba a conexão após uma senha errada
tui-note-port-25-blocked = a porta 25 é bloqueada: envie pela 587 ou 465
tui-note-regional-servers = os nomes dos servidores dependem da região
tui-note-paid-plan-required = programas de e-mail só nos planos pagos

### What new settings changed, read aloud: "Outgoing port 587 → 465, security STARTTLS → SSL/TLS".

tui-change-server = servidor
tui-change-port = porta
tui-change-security = segurança
tui-change-not-checked = não é mais testado
tui-change-none = (nenhum)
tui-change-incoming = Entrada:
tui-change-outgoing = Saída:
tui-change-user = Nome de usuário
tui-change-smtp-user = Usuário SMTP
tui-change-password = Senha alterada
tui-change-from = Remetente do teste
tui-change-to = Destinatário do teste
tui-change-email = Endereço de e-mail
tui-change-ca = Arquivo de CA confiável
tui-change-ca-loaded = carregado
tui-change-ca-removed = removido

### Finding text in the transcript, copying a line.

tui-search-nothing = Nada para buscar ainda: aperte / e digite o texto.
tui-search-not-found = "{ $query }" não aparece neste diálogo.
tui-copy-empty = O diálogo está vazio: nada para copiar.
tui-copy-sent = Linha enviada para a área de transferência do seu terminal (OSC 52; as senhas continuam como ***). Se nada chegar, o seu terminal não permite.

### Notices.

tui-ca-unusable = O arquivo de CA { $path } não pode ser usado: { $why }

### Demonstration: the title-bar notice, `demo --list` and its messages.

demo-banner-long = DEMO: servidores de demonstração neste computador
demo-banner-medium = DEMO: servidores neste computador
demo-banner-short = DEMO: servidores locais
demo-banner-tiny = DEMO
demo-list-heading = Cenários de demonstração (mailtriage demo CENÁRIO):
demo-unknown-scenario = cenário desconhecido '{ $name }': mailtriage demo --list mostra os nomes
demo-usage-after-dashes = depois de -- só pode vir 'check' com --json ou --lang IDIOMA
demo-runtime-failed = não foi possível iniciar o ambiente de execução: { $why }

demo-scenario-healthy = tudo funciona: os e-mails chegam e saem
demo-scenario-imap-healthy = tudo funciona, com IMAP para o recebimento
demo-scenario-receive-ok-send-fails = os e-mails chegam, mas o servidor de saída recusa a mesma senha
demo-scenario-tls-on-starttls-port = a entrada está em SSL/TLS numa porta que espera STARTTLS
demo-scenario-starttls-on-tls-port = a saída está em STARTTLS numa porta que espera SSL/TLS
demo-scenario-swapped-ports = as portas de entrada e de saída estão trocadas
demo-scenario-cert-expired = o certificado do servidor de entrada expirou
demo-scenario-cert-wrong-name = o certificado do servidor de saída é de outro nome
demo-scenario-app-password = o Gmail recusa a senha normal: é preciso uma senha de app
demo-scenario-basic-auth-disabled = a Microsoft desativou o login com senha para enviar
demo-scenario-pop3-disabled = o POP está desativado nas configurações do webmail (texto do Gmail)
demo-scenario-imap-disabled = o IMAP está desativado nas configurações do webmail (texto do Gmail)
demo-scenario-pop3-works-imap-disabled = o POP3 funciona e o IMAP está desativado no webmail: os dois lado a lado
demo-scenario-mailbox-locked = outro aparelho está baixando da caixa de entrada agora mesmo
demo-scenario-silent-server = a proteção de e-mail de um antivírus aceita a conexão de saída e não diz nada

### When the dashboard cannot run: said on the terminal after it is restored.

tui-error-runtime = não foi possível iniciar o ambiente de execução: { $why }
tui-error-open = não foi possível abrir o terminal: { $why }
tui-error-restore = não foi possível restaurar o terminal: { $why }
tui-error-draw = não foi possível desenhar a tela: { $why }
tui-error-read = não foi possível ler o terminal: { $why }

## ==== end of section: dashboard ====
