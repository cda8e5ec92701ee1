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

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

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

tui-step-dns = DNS
tui-step-tcp = conexão
tui-step-tls = TLS
tui-step-greeting = saudação
tui-step-capa = CAPA
tui-step-stls = STLS
tui-step-ehlo = EHLO
tui-step-starttls = STARTTLS
tui-step-login = login
tui-step-stat = STAT
tui-step-uidl = UIDL
tui-step-mail-from = MAIL FROM
tui-step-rcpt-to = RCPT TO
tui-step-rset = RSET
tui-step-quit = QUIT
tui-step-route = rota
tui-step-proxy = proxy
tui-step-resolver = DNS local
tui-step-reach = internet
tui-step-clock = relógio
tui-step-mx = MX
tui-step-spf = SPF
tui-step-dmarc = DMARC
tui-step-dkim = DKIM
tui-step-dnsbl = lista de bloqueio

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
