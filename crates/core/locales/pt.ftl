# As palavras do mailtriage em português do Brasil, tratando a pessoa por «você». As chaves são
# as do arquivo em inglês; um texto usa só as variáveis que o inglês usa.

## ==== section: general ====
## General words shared by every part of the product.

language-name = Português

days = { $n ->
    [0] { $n } dias
    [one] { $n } dia
   *[other] { $n } dias
}

## Words for the values texts show: dates, lengths of time, lists, security modes, the
## servers by role, and the steps of a check named in words ("the { $step } step").

month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

# $month: a month-N word; $time: hours and minutes, 14:02.
date-time = { $day } de { $month } de { $year }, { $time } UTC

duration-seconds = { $n ->
    [0] { $n } segundos
    [one] { $n } segundo
   *[other] { $n } segundos
}
duration-minutes = { $n ->
    [0] { $n } minutos
    [one] { $n } minuto
   *[other] { $n } minutos
}
duration-hours = { $n ->
    [0] { $n } horas
    [one] { $n } hora
   *[other] { $n } horas
}

# "a, b and c", "2 hours and 30 minutes": $rest is everything before the last item.
list-and = { $rest } e { $last }

security-tls = SSL/TLS
security-starttls = STARTTLS
security-none = nenhuma

server-role-network = rede
server-role-incoming = servidor de entrada
server-role-outgoing = servidor de saída

named-step-dns = consulta do nome (DNS)
named-step-tcp = conexão
named-step-tls = criptografia (TLS)
named-step-greeting = saudação
named-step-capa = lista de recursos (CAPA)
named-step-stls = passagem para a criptografia (STLS)
named-step-ehlo = apresentação (EHLO)
named-step-starttls = passagem para a criptografia (STARTTLS)
named-step-login = login
named-step-stat = verificação da caixa de entrada (STAT)
named-step-uidl = lista de mensagens (UIDL)
named-step-mail-from = verificação do remetente (MAIL FROM)
named-step-rcpt-to = verificação do destinatário (RCPT TO)
named-step-rset = reinício (RSET)
named-step-quit = despedida (QUIT)
named-step-route = rota de rede
named-step-proxy = proxy
named-step-resolver = serviço de nomes (DNS)
named-step-reach = acesso à internet
named-step-clock = relógio
named-step-mx = domínio de e-mail (MX)
named-step-spf = registro SPF
named-step-dmarc = registro DMARC
named-step-dkim = chave DKIM
named-step-dnsbl = lista de bloqueio

## ==== end of section: general ====


## ==== section: findings ====
## Findings: titles, explanations and fixes (crates/core/src/diagnose), working settings,
## provider notes, port-scan verdicts.

finding-no-network = Este computador não está conectado à internet
    .why-1 = Todas as tentativas de encontrar um servidor ou de abrir uma conexão falharam, porque não há saída deste computador para a internet.
    .why-2 = Os servidores de e-mail não são o problema: nada consegue sair no momento.
    .fix-1 = Confira se o cabo de rede está conectado, ou se o Wi-Fi está ligado e conectado.
    .fix-2 = Abra qualquer página da web para ver se a internet funciona.
    .fix-3 = Reinicie o roteador: tire da tomada, espere trinta segundos e ligue de novo.
    .fix-4 = Se continuar sem internet, ligue para o provedor de internet.

finding-dns-resolver-down = Os nomes dos servidores não podem ser consultados
    .why-1 = Este computador não conseguiu transformar nenhum nome de servidor em endereço: o serviço de nomes (DNS) que ele usa não respondeu.
    .why-2 = Uma conexão direta ao endereço { $address } funcionou, então a rede está no ar e só as consultas de nomes falham.
    .why-3-unless-address = Ou esse serviço de nomes está falhando, ou o computador não está conectado.
    .fix-1 = Abra uma página da web pelo nome, por exemplo um site de notícias, para ver se outros programas têm o mesmo problema.
    .fix-2 = Reinicie o roteador, que também reinicia o serviço de nomes que ele oferece.
    .fix-3 = Se o problema continuar, configure este computador para usar um serviço de nomes público (por exemplo 1.1.1.1 ou 8.8.8.8), ou ligue para o provedor de internet.

finding-dns-not-found = O nome de servidor { $host } não existe
    .why-1 = O nome { $host } não está registrado na internet, então o programa de e-mail não consegue encontrar o servidor.
    .why-2 = Quase sempre é um erro de digitação no nome do servidor.
    .fix-1 = Você quis dizer { $suggestion }? Corrija o nome do servidor nas configurações da conta.
    .fix-2 = { $provider } informa o nome de servidor { $documented_host }: digite exatamente isso.
    .fix-3-unless-suggestion-documented_host = Compare o nome do servidor, letra por letra, com as instruções do provedor, e procure espaços a mais ou um ponto faltando.
    .fix-4 = A página de configurações do provedor é { $help_url }.

finding-tcp-refused = Nada responde na porta { $port } de { $host }
    .why-1 = O servidor { $host } existe, mas recusou a conexão na porta { $port }: nenhum serviço de e-mail está escutando nessa porta.
    .why-2 = Normalmente o número da porta nas configurações está errado; às vezes o serviço está fora do ar.
    .why-3 = No mesmo servidor, estas portas responderam: { $open_ports }.
    .fix-1 = Compare a porta com as instruções do provedor. As mais comuns são 995 com SSL/TLS para receber, e 587 com STARTTLS ou 465 com SSL/TLS para enviar.
    .fix-2 = A página de configurações do provedor é { $help_url }.
    .fix-3 = Se a porta estiver certa, o serviço pode estar fora do ar: espere um pouco, ou veja a página de status do provedor.

finding-tcp-timeout = Sem resposta de { $host } na porta { $port }
    .why-1 = A conexão com { $host } na porta { $port } não recebeu nenhuma resposta.
    .why-2 = Alguma coisa entre este computador e o servidor está bloqueando em silêncio: um firewall, um antivírus, uma rede de empresa ou pública, uma VPN ou o provedor de internet. Mais raramente, o servidor está fora do ar.
    .why-3-when-port25 = Muitos provedores de internet bloqueiam a porta 25 em conexões residenciais para impedir spam.
    .why-4 = No mesmo servidor, estas portas responderam: { $open_ports }. Então o servidor está no ar e só esta porta está bloqueada.
    .fix-1-when-port25 = Para enviar, use a porta 587 com STARTTLS, ou a porta 465 com SSL/TLS, em vez da porta 25.
    .fix-2 = Tente a partir de outra rede, por exemplo o roteador do celular (hotspot). Se funcionar lá, o bloqueio está na rede de sempre.
    .fix-3 = Confira o firewall e o antivírus, e permita que o programa de e-mail se conecte.
    .fix-4 = Se houver uma VPN ligada, desligue-a por um momento e tente de novo.

finding-port-25-blocked = A porta 25 está bloqueada nesta rede
    .why-1 = A porta 25 de { $host } não recebe resposta, enquanto as portas de envio do mesmo servidor respondem.
    .why-2 = Os provedores de internet costumam bloquear a porta 25 em conexões residenciais e móveis para impedir spam. A porta 25 serve para os servidores passarem e-mails entre si, não para as pessoas enviarem.
    .fix-1 = Nas configurações do servidor de saída, mude a porta para 587 e a segurança para STARTTLS.
    .fix-2 = Ou use a porta 465 com SSL/TLS.
    .fix-3 = Marque que o servidor de saída requer autenticação, com o mesmo nome de usuário e senha do recebimento.

finding-ipv6-broken = As conexões IPv6 com { $host } falham
    .why-1 = O servidor { $host } pode ser alcançado pelos dois tipos de endereço da internet. O tipo mais novo, IPv6, falha nesta rede, enquanto o tipo de sempre, IPv4, funciona.
    .why-2 = Alguns programas de e-mail esperam muito tempo pelo IPv6 antes de tentar o IPv4, e parece que o programa travou.
    .why-3-when-local_host = O servidor roda neste mesmo computador, então o roteador não tem nada a ver: o serviço de e-mail escuta só no endereço IPv4, não no IPv6.
    .fix-1-unless-local_host = Reinicie o roteador e tente de novo.
    .fix-2-unless-local_host = Se continuar acontecendo, peça ao provedor de internet para corrigir o IPv6, ou desligue o IPv6 no roteador.
    .fix-3-unless-local_host = Como solução provisória, configure este computador para preferir o IPv4.
    .fix-4-when-local_host = Use o endereço 127.0.0.1 como nome do servidor em vez de { $host }, ou configure o serviço de e-mail deste computador para escutar também no IPv6 (::1).

finding-clock-skew = A data ou a hora deste computador está errada
    .why-1 = O relógio deste computador marca { $now }.
    .why-2-when-clock_behind = Um servidor de hora informa que a hora certa é { $correct_time }: o relógio deste computador está uns { $offset } atrasado.
    .why-3-when-clock_ahead = Um servidor de hora informa que a hora certa é { $correct_time }: o relógio deste computador está uns { $offset } adiantado.
    .why-4-unless-offset = O certificado de segurança de todos os servidores parece vencido da mesma forma, e é isso que acontece quando o relógio errado é o deste computador, não o dos servidores.
    .why-5-when-clock_behind-unless-offset = O relógio parece estar atrasado em relação à data real.
    .why-6-when-clock_ahead-unless-offset = O relógio parece estar adiantado em relação à data real.
    .why-7 = Por isso o certificado de segurança de { $explained_hosts } parece vencido: na hora certa, ele é válido.
    .why-8-unless-offset = Com a data errada, toda conexão segura falha, e os e-mails não chegam nem saem.
    .why-9-when-explained_hosts = Com a data errada, toda conexão segura falha, e os e-mails não chegam nem saem.
    .why-10-when-offset-unless-explained_hosts = As conexões seguras conferem a data, então um relógio errado faz com que falhem, mais cedo ou mais tarde.
    .why-11 = Mesmo na hora certa, o certificado de segurança de { $unexplained_hosts } está vencido: verifique os e-mails de novo quando o relógio estiver certo, e esse problema vai aparecer sozinho.
    .fix-1 = Abra as configurações de data e hora do computador.
    .fix-2 = Ative o ajuste automático da hora e do fuso horário.
    .fix-3 = Confira se o dia, o mês e o ano estão certos.
    .fix-4 = Se a data voltar a ficar errada depois de reiniciar, a bateria do relógio do computador pode estar gasta: acerte a data à mão e mande trocar a bateria.
    .fix-5 = Verifique os e-mails de novo.

finding-tls-intercepted = Alguma coisa está interceptando a conexão segura
    .why-1 = O certificado apresentado para { $host } foi emitido por "{ $issuer }", e não por uma autoridade de certificação pública.
    .why-2 = Isso é típico da proteção de e-mail de um antivírus, ou de uma rede de empresa que abre as conexões seguras para inspecioná-las. O programa de e-mail não pode confiar nele.
    .fix-1 = Se houver um antivírus instalado, desative a verificação de e-mail ou de SSL dele, ou adicione uma exceção para o programa de e-mail.
    .fix-2 = Em uma rede de empresa, pergunte ao departamento de TI.
    .fix-3 = Verifique os e-mails de novo.

finding-tls-on-plaintext-port = O SSL/TLS está ligado em uma porta que não o usa
    .why-1 = O programa de e-mail começou uma conexão criptografada logo de cara, mas a porta { $port } de { $host } respondeu sem criptografia.
    .why-2 = O servidor respondeu "{ $peer_bytes }" em vez de iniciar a criptografia.
    .why-3 = Esta porta espera primeiro uma conexão sem criptografia, que depois é protegida com STARTTLS.
    .fix-1 = Mude a segurança da conexão para STARTTLS e mantenha a porta { $plain_port }.
    .fix-2 = Ou mantenha SSL/TLS e mude a porta para { $tls_port }.
    .fix-3 = Não desligue a criptografia: a senha passaria sem proteção.

finding-plaintext-on-tls-port = A porta { $port } precisa do SSL/TLS ligado
    .why-1 = A porta { $port } de { $host } espera uma conexão criptografada (SSL/TLS) desde o primeiro instante.
    .why-2 = O programa de e-mail se conectou sem criptografia e ficou esperando uma saudação que nunca chega.
    .fix-1 = Mude a segurança da conexão para SSL/TLS e mantenha a porta { $port }.
    .fix-2 = Ou mantenha a configuração atual e mude a porta para { $plain_port }, com STARTTLS.

finding-starttls-not-offered = O servidor não oferece STARTTLS
    .why-1 = A conta está configurada para proteger a conexão com STARTTLS, mas { $host } na porta { $port } não oferece isso, ou recusa quando é pedido.
    .why-2 = Muitos servidores só oferecem criptografia na porta SSL/TLS.
    .why-3 = Mas se o provedor diz que o STARTTLS funciona nesta porta, alguma coisa entre este computador e o servidor está removendo: a proteção de e-mail de um antivírus, um firewall, ou alguém na rede tentando ler os e-mails e a senha.
    .fix-1 = Mude a segurança da conexão para SSL/TLS e a porta para { $tls_port }.
    .fix-2-unless-tls_port = Mude a segurança da conexão para SSL/TLS, com a porta que o provedor indica para isso.
    .fix-3 = Não desligue a criptografia para fazer funcionar: a senha passaria sem proteção.
    .fix-4 = Se o provedor confirmar o STARTTLS nesta porta, tente a partir de outra rede e confira o antivírus e o firewall.

finding-starttls-failed = A conexão segura falhou depois do STARTTLS
    .why-1 = O servidor { $host } aceitou passar para a criptografia, mas a conexão segura não pôde ser estabelecida.
    .why-2 = O servidor pode estar desatualizado. Ou alguma coisa entre este computador e o servidor está impedindo a criptografia: a proteção de e-mail de um antivírus, um firewall, ou alguém na rede tentando ler os e-mails e a senha.
    .fix-1 = Tente SSL/TLS na porta { $tls_port }.
    .fix-2-unless-tls_port = Tente SSL/TLS, com a porta que o provedor indica para isso.
    .fix-3 = Não desligue a criptografia para fazer funcionar: a senha passaria sem proteção.
    .fix-4 = Tente a partir de outra rede, e desative por um momento a verificação de e-mail do antivírus.
    .fix-5 = Se continuar falhando, avise o provedor.

finding-starttls-injection = Dados foram enfiados na passagem para a criptografia
    .why-1 = O servidor { $host } aceitou passar para a criptografia (STARTTLS), mas chegaram mais dados sem criptografia antes de a criptografia começar.
    .why-2 = Um servidor correto não envia nada nesse momento. Alguma coisa no caminho da rede, ou o próprio servidor, inseriu dados na passagem: o tipo de ataque conhecido como injeção de comandos no STARTTLS (CVE-2011-0411).
    .why-3 = Este programa descartou esses dados, mas um programa de e-mail com essa falha poderia tratá-los como se tivessem chegado pela conexão criptografada.
    .fix-1-when-tls_port = Use SSL/TLS desde o primeiro byte (porta { $tls_port }) em vez de STARTTLS: assim não existe um momento sem criptografia para enfiar dados.
    .fix-2-unless-tls_port = Use SSL/TLS desde o primeiro byte em vez de STARTTLS: assim não existe um momento sem criptografia para enfiar dados.
    .fix-3 = Informe o provedor, ou quem administra { $host }, mostrando este relatório: o servidor ou um aparelho na frente dele precisa ser corrigido.
    .fix-4 = Se acontecer só nesta rede (a rede de um hotel ou escritório, por exemplo), não a use para e-mail até que isso seja explicado.

finding-tls-protocol-too-old = O servidor usa um tipo de criptografia ultrapassado
    .why-1 = O servidor { $host } só fala versões antigas do SSL/TLS, que os programas modernos recusam porque já não são seguras.
    .why-2-when-tls_version = A versão mais nova que o servidor fala é { $tls_version }.
    .why-3 = Não há nenhuma configuração segura para mudar neste computador.
    .fix-1 = Avise o provedor, ou quem administra { $host }, que o servidor precisa aceitar TLS 1.2 ou mais novo.
    .fix-2 = Enquanto isso, use o webmail do provedor.

finding-cert-expired = O certificado do servidor expirou em { $date }
    .why-1 = O certificado de segurança de { $host } expirou em { $date }. Não dá para confiar na conexão, então a verificação parou antes de enviar a senha.
    .why-2 = O erro é do provedor, não de uma configuração deste computador.
    .why-3 = O relógio deste computador marca { $now }. Se isso estiver errado, acerte o relógio primeiro.
    .fix-1 = Confira se a data e a hora deste computador estão certas.
    .fix-2 = Avise o provedor que o certificado de { $host } expirou em { $date }.
    .fix-3 = Até ele ser renovado, use o webmail. Não aceite o certificado expirado no programa de e-mail.

finding-cert-not-yet-valid = O certificado do servidor ainda não é válido
    .why-1 = O certificado de segurança de { $host } só vale a partir de { $date }, mas o relógio deste computador marca { $now }.
    .why-2 = Isso quase sempre quer dizer que a data ou a hora deste computador está errada.
    .fix-1 = Abra as configurações de data e hora e ative o ajuste automático da hora e do fuso horário.
    .fix-2 = Confira se o dia, o mês e o ano estão certos.
    .fix-3 = Verifique os e-mails de novo.

finding-cert-expiring-soon = O certificado do servidor expira em { $days }
    .why-1 = O certificado de segurança de { $host } é válido hoje, mas expira em { $date }.
    .why-2 = Se não for renovado a tempo, os programas de e-mail vão deixar de se conectar.
    .fix-1 = Não é preciso mudar nada neste computador.
    .fix-2 = Avise o provedor, ou quem administra { $host }, que o certificado expira em { $date }.

finding-cert-hostname-mismatch = O certificado não corresponde ao nome { $host }
    .why-1 = O certificado do servidor cobre { $names }, mas não { $host }.
    .why-2 = Isso costuma acontecer quando as configurações usam um apelido do seu próprio domínio em um servidor compartilhado, cujo certificado leva o nome da empresa de hospedagem.
    .fix-1 = Mude o nome do servidor nas configurações para { $best }.
    .fix-2-unless-best = Mude o nome do servidor para um dos nomes que o certificado cobre: { $names }.
    .fix-3 = Mantenha a mesma porta e a mesma segurança, e verifique os e-mails de novo.

finding-cert-untrusted = O certificado do servidor não é confiável
    .why-1 = O certificado de { $host } foi emitido por "{ $issuer }", em quem este computador não confia.
    .why-2 = Isso é normal em um servidor com um certificado próprio, feito em casa, mas também pode significar que alguma coisa na rede está interceptando a conexão.
    .fix-1 = Se este for o servidor da sua própria organização, peça ao administrador o arquivo da autoridade de certificação e passe-o para a verificação: o campo de arquivo CA do editor (e) no painel, ou --ca-file.
    .fix-2 = Caso contrário, não aceite o certificado: tente a partir de outra rede, e confira a verificação de e-mail do antivírus.

finding-cert-chain-invalid = A cadeia de certificados do servidor está montada errado
    .why-1 = O servidor { $host } enviou { $chain_length } certificados que não formam uma cadeia que possa ser conferida: a cadeia é longa demais, ou um certificado dela é usado de um jeito que não é permitido.
    .why-2 = É um erro na configuração do servidor. Não significa que a empresa que emitiu o certificado não seja confiável, e não há nada para mudar neste computador.
    .fix-1 = Avise o provedor, ou quem administra { $host }, que o servidor envia uma cadeia de certificados defeituosa: ele deve enviar o próprio certificado e os certificados intermediários que a autoridade de certificação fornece, nada mais.
    .fix-2 = Enquanto isso, use o webmail do provedor.

finding-tls-answer-invalid = A resposta do servidor à conexão segura não é TLS válido
    .why-1 = O programa de e-mail iniciou uma conexão criptografada com a porta { $port } de { $host }, e o que voltou não é TLS válido.
    .why-2-when-peer_bytes = O servidor enviou "{ $peer_bytes }".
    .why-3 = Ou o servidor está com defeito, ou alguma coisa entre este computador e o servidor (um antivírus, um firewall, um proxy) responde no lugar dele, ou a porta é de outro serviço.
    .fix-1 = Confira o nome do servidor e a porta com as configurações do provedor.
    .fix-2 = Tente a partir de outra rede, e desative por um momento a verificação de e-mail do antivírus.
    .fix-3 = Se continuar acontecendo, avise o provedor e mostre este relatório.

finding-auth-failed = O servidor recusou o nome de usuário ou a senha
    .why-1 = O { $role } { $host } recusou o login.
    .why-2-when-both_refused = O servidor de saída também recusou o mesmo nome de usuário e senha, então o problema está neles, e não em um dos servidores.
    .why-3-when-same_refusal = É o mesmo nome de usuário e senha que o servidor de entrada recusou: corrija uma vez só, como diz aquele diagnóstico.
    .why-4-unless-same_refusal = Ou o nome de usuário ou a senha não é o que o servidor espera.
    .fix-1-when-same_refusal = Siga os passos do diagnóstico sobre o servidor de entrada: o mesmo nome de usuário e senha são usados aqui.
    .fix-2-when-user_missing_domain-unless-same_refusal = Falta o domínio no nome de usuário "{ $user }": { $provider } espera o endereço de e-mail completo.
    .fix-3-when-user_form_full-unless-user_missing_domain-same_refusal = { $provider } espera o endereço de e-mail completo como nome de usuário.
    .fix-4-when-user_form_local-unless-same_refusal = { $provider } espera como nome de usuário só a parte antes do @.
    .fix-5-unless-user_form_full-user_form_local-same_refusal = Confira o nome de usuário "{ $user }": alguns provedores querem o endereço de e-mail completo, outros só a parte antes do @.
    .fix-6-unless-same_refusal = Confira se o Caps Lock está desligado e digite a senha de novo.
    .fix-7-unless-same_refusal = Se a senha foi trocada há pouco tempo, coloque a nova no programa de e-mail também.
    .fix-8-unless-same_refusal = Entre no webmail com o mesmo nome de usuário e senha. Se lá também falhar, redefina a senha com o provedor.
    .fix-9-when-microsoft-unless-same_refusal = Se a senha funcionar no webmail, a Microsoft pode ter desativado o login com senha vindo de programas de e-mail nesta caixa de correio: pergunte ao administrador se os logins POP, IMAP e SMTP são permitidos.

finding-auth-app-password-required = É preciso uma senha de app
    .why-1 = A conta tem verificação em duas etapas, então os programas de e-mail não podem usar a senha normal.
    .why-2 = { $provider } pede uma senha de app separada para cada programa de e-mail.
    .fix-1 = Crie uma senha de app em { $app_password_url }.
    .fix-2-unless-app_password_url = Crie uma senha de app nas configurações de segurança da conta de { $provider }.
    .fix-3-unless-app_password_url-provider = Crie uma senha de app nas configurações de segurança da conta do provedor de e-mail.
    .fix-4 = No programa de e-mail, troque a senha normal pela senha de app, para o recebimento e para o envio.
    .fix-5 = Verifique os e-mails de novo.

finding-auth-basic-disabled = O login com senha está desativado para esta conta
    .why-1 = O provedor, ou o administrador da organização, desativou o login com senha simples para programas de e-mail nesta conta.
    .why-2-when-microsoft = A Microsoft agora espera que os programas de e-mail entrem por uma janela do navegador (autenticação moderna, OAuth2).
    .fix-1 = Use um programa de e-mail compatível com o login moderno (OAuth2), como um Outlook ou Thunderbird atual, e adicione a conta de novo.
    .fix-2-when-microsoft = Em uma conta de trabalho ou escola, o administrador pode reativar o POP e o SMTP autenticado para esta caixa de correio, se a organização permitir.
    .fix-3-unless-microsoft = Em uma conta de trabalho, peça ao administrador para permitir o login POP e SMTP nesta caixa de correio.
    .fix-4 = Para verificar daqui que o login com OAuth2 funciona antes de adicionar a conta de novo: obtenha um token (por exemplo com mailtriage oauth2 login) e rode mailtriage check com --oauth2-token-env VARIAVEL.

finding-auth-web-login-required = O provedor quer primeiro um login pelo navegador
    .why-1 = O provedor bloqueou este login por achar incomum e quer que o dono confirme primeiro em um navegador.
    .fix-1 = Neste computador e nesta rede, entre no webmail pelo navegador.
    .fix-2 = Se um alerta de segurança disser que um login foi bloqueado, confirme que foi você.
    .fix-3 = Espere alguns minutos e verifique os e-mails de novo.

finding-pop3-disabled = O acesso POP está desativado para esta conta
    .why-1 = A conta existe, mas o download de e-mails por POP está desativado nas configurações dela.
    .why-2 = Alguns provedores, como o Gmail e o Outlook.com, deixam o POP desativado até o dono ativá-lo.
    .fix-1 = Ative o POP nas configurações de { $provider }: { $pop_settings_url }.
    .fix-2-unless-pop_settings_url = Entre no webmail de { $provider } e ative o POP nas configurações (procure "POP e IMAP" ou "Encaminhamento e POP").
    .fix-3-unless-pop_settings_url-provider = Entre no webmail e ative o POP nas configurações (procure "POP e IMAP" ou "Encaminhamento e POP").
    .fix-4 = Salve a alteração, espere alguns minutos e verifique os e-mails de novo.

finding-imap-disabled = O acesso IMAP está desativado para esta conta
    .why-1 = A senha pode muito bem estar certa: o provedor recusou o login porque esta conta não tem permissão para ler os e-mails por IMAP.
    .why-2 = Alguns provedores deixam o IMAP desativado até o dono ativá-lo; em um endereço de trabalho ou escola, o administrador da organização pode ter desativado para todos.
    .why-3-when-alert = As palavras do próprio servidor: "{ $alert }".
    .fix-1 = Entre no webmail de { $provider }, abra as configurações e ative o acesso IMAP (procure "POP e IMAP" ou "Encaminhamento e POP/IMAP").
    .fix-2-unless-provider = Entre no webmail, abra as configurações e ative o acesso IMAP (procure "POP e IMAP" ou "Encaminhamento e POP/IMAP").
    .fix-3 = Se a opção não aparecer ou estiver bloqueada, peça ao administrador do domínio de e-mail para permitir o IMAP nesta conta.
    .fix-4 = Espere alguns minutos depois da alteração e verifique os e-mails de novo.

finding-password-expired = A senha expirou
    .why-1 = O servidor { $host } reconheceu a conta, mas a senha dela passou da data limite: nenhum programa de e-mail pode entrar com ela até que seja trocada.
    .why-2-when-alert = As palavras do próprio servidor: "{ $alert }".
    .fix-1 = Entre no webmail (ou na página da conta do provedor) e defina uma senha nova quando for pedido.
    .fix-2 = Coloque a senha nova no programa de e-mail em todos os aparelhos que usam esta conta.
    .fix-3 = Verifique os e-mails de novo.

finding-auth-plaintext-disallowed = O servidor só aceita senhas por uma conexão criptografada
    .why-1 = O { $role } { $host } se recusa a receber uma senha por uma conexão sem criptografia, para protegê-la.
    .fix-1-when-starttls_offered = Mude a segurança da conexão para STARTTLS: o servidor oferece isso na porta { $port }.
    .fix-2-unless-starttls_offered = Mude a segurança da conexão para SSL/TLS e a porta para { $tls_port }.
    .fix-3-unless-starttls_offered-tls_port = Ative SSL/TLS ou STARTTLS nas configurações da conta, com a porta que o provedor indica.
    .fix-4 = Verifique os e-mails de novo.

finding-auth-refused-insecure = A senha não foi enviada: a conexão não é criptografada
    .why-1 = A conexão com { $host } na porta { $port } não é criptografada, então esta verificação não enviou a senha, para mantê-la segura.
    .why-2 = O login ainda não foi testado.
    .fix-1-when-starttls_offered = Mude a segurança da conexão para STARTTLS: o servidor oferece isso.
    .fix-2-unless-starttls_offered = Mude a segurança da conexão para SSL/TLS e a porta para { $tls_port }.
    .fix-3-unless-starttls_offered-tls_port = Ative SSL/TLS ou STARTTLS, com a porta que o provedor indica.
    .fix-4 = Só em uma rede de confiança, e só se o provedor não oferecer nenhuma criptografia, rode a verificação de novo permitindo a senha sem criptografia (--allow-plaintext-auth).

finding-auth-mechanism-unsupported = O servidor não deixa este programa entrar com senha
    .why-1-unless-reply = O servidor { $host } oferece estes métodos de login: { $mechanisms }. Nenhum deles aceita uma senha.
    .why-2-when-offered_refused = O servidor { $host } lista { $mechanism } entre os métodos de login ({ $mechanisms }), mas recusou quando foi usado: "{ $reply }".
    .why-3-when-offered_refused = Um servidor que recusa o que oferece está mal configurado, ou alguma coisa entre este computador e o servidor muda a lista. A sua senha e as suas configurações não são a causa.
    .why-4-when-reply-unless-offered_refused = O servidor { $host } recusou o método de login { $mechanism }: "{ $reply }".
    .why-5-unless-mechanisms-mechanism = O servidor { $host } não aceita o jeito como este programa entra com senha.
    .why-6-when-oauth = Em vez disso, ele espera um login por uma janela do navegador (OAuth2).
    .fix-1-when-oauth = Use um programa de e-mail compatível com login OAuth2, e adicione a conta de novo.
    .fix-2-when-offered_refused = Envie ao provedor, ou a quem administra { $host }, a resposta do servidor mostrada acima: o servidor lista { $mechanism }, mas recusa.
    .fix-3-when-offered_refused = Tente de novo mais tarde: um servidor em manutenção pode responder assim por um tempo.
    .fix-4-unless-offered_refused = Veja se o provedor oferece senhas de app para programas de e-mail.
    .fix-5-unless-offered_refused = Se for o servidor da sua organização, pergunte ao administrador qual método de login usar.

finding-smtp-auth-not-offered = O servidor de saída não oferece login
    .why-1 = O servidor de saída { $host } na porta { $port } não oferece login, então não vai aceitar os seus e-mails para enviar.
    .why-2-when-starttls_offered = Muitos servidores só oferecem o login depois que a conexão é criptografada com STARTTLS.
    .fix-1-when-starttls_offered = Ative o STARTTLS no servidor de saída.
    .fix-2 = Use a porta 587 com STARTTLS, ou a porta 465 com SSL/TLS, conforme o provedor indicar.
    .fix-3 = Marque a opção "Meu servidor de saída (SMTP) requer autenticação".

finding-smtp-auth-required = O servidor de saída precisa de login
    .why-1 = O servidor de saída { $host } só envia e-mails de quem faz login, e o programa de e-mail não fez login.
    .fix-1 = Nas configurações do servidor de saída, marque a opção "Meu servidor de saída (SMTP) requer autenticação".
    .fix-2 = Use o mesmo nome de usuário e senha do recebimento.
    .fix-3 = Envie uma mensagem de teste para você mesmo.

finding-too-many-logins = Logins demais: a conta está em pausa
    .why-1 = O servidor { $host } recusou o login porque a conta entrou vezes demais, ou porque há aparelhos demais conectados ao mesmo tempo.
    .why-2 = Isso costuma ser temporário.
    .fix-1 = Espere de 15 a 30 minutos antes de tentar de novo.
    .fix-2 = Em todos os aparelhos que usam esta conta, faça o programa de e-mail verificar os e-mails com menos frequência, a cada 10 minutos ou mais.
    .fix-3 = Feche o programa de e-mail nos aparelhos que não estão em uso.

finding-receive-ok-send-fails = O recebimento funciona, o envio não
    .why-1 = O servidor de entrada funciona, então a conta em si está bem: a falha é só no lado do envio.
    .why-2-when-password_ok = O mesmo nome de usuário e senha entraram no servidor de entrada, então a senha está certa, mesmo que o servidor de saída a tenha recusado.
    .fix-1-when-password_ok-microsoft = A Microsoft pode desativar o envio a partir de programas de e-mail (SMTP autenticado) em uma caixa de correio: o administrador pode reativá-lo.
    .fix-2-when-password_ok-unless-microsoft = O provedor pode ter desativado o envio a partir de programas de e-mail nesta caixa de correio: confira as configurações da conta ou pergunte ao provedor.
    .fix-3-when-password_ok = Confira o nome de usuário configurado no servidor de saída: normalmente tem de ser o endereço de e-mail completo.
    .fix-4-when-port25 = Use a porta 587 com STARTTLS em vez da porta 25.
    .fix-5-when-other_title-unless-password_ok = Siga o diagnóstico "{ $other_title }" sobre o servidor de saída.
    .fix-6-unless-port25 = Use a porta 587 com STARTTLS, ou a porta 465 com SSL/TLS, conforme o provedor indicar.

finding-mailbox-in-use = A caixa de correio está ocupada por outro aparelho
    .why-1 = Outro aparelho ou programa está baixando desta caixa de correio agora mesmo, e o servidor só deixa um fazer isso de cada vez.
    .fix-1 = Feche o programa de e-mail nos outros computadores, celulares e tablets que usam esta conta.
    .fix-2 = Espere alguns minutos e verifique os e-mails de novo.
    .fix-3 = Se continuar acontecendo, faça os aparelhos verificarem os e-mails com menos frequência.

finding-server-temporary-failure = O servidor está com um problema temporário
    .why-1 = O { $role } { $host } informou um problema temporário do lado dele.
    .why-2 = As configurações não são a causa.
    .fix-1 = Espere de 15 a 30 minutos e tente de novo.
    .fix-2 = Veja a página de status ou as notícias do provedor para saber se há uma interrupção.

finding-server-permanent-failure = O servidor se recusa a atender esta conta
    .why-1 = O { $role } { $host } informou um problema permanente do lado dele: tentar de novo não vai adiantar.
    .fix-1 = Entre no webmail e procure um aviso sobre a conta, como uma suspensão.
    .fix-2 = Entre em contato com o provedor e leia para ele a mensagem do servidor mostrada abaixo.

finding-mailbox-empty = A caixa de correio no servidor está vazia
    .why-1 = O login funcionou, e o servidor não tem nenhuma mensagem agora.
    .why-2 = Se estiverem faltando e-mails, outro aparelho pode tê-los baixado e removido do servidor.
    .fix-1 = Em todos os aparelhos que usam esta conta, ative a opção de deixar uma cópia das mensagens no servidor.
    .fix-2 = Procure as mensagens que faltam no webmail, inclusive na pasta de spam.

finding-no-uidl = O servidor não consegue controlar quais mensagens já foram baixadas
    .why-1 = O servidor { $host } não dá às mensagens identificadores permanentes (UIDL), então os programas de e-mail não conseguem saber quais já baixaram.
    .why-2 = Com a opção de deixar uma cópia no servidor ativada, as mesmas mensagens podem chegar de novo e de novo.
    .fix-1 = Avise o provedor, ou quem administra o servidor.
    .fix-2 = Enquanto isso, mantenha os e-mails em um só aparelho, e desative nele a opção de deixar uma cópia no servidor.

finding-smtp-relay-denied = O servidor de saída não vai repassar esta mensagem
    .why-1 = O servidor de saída { $host } se recusou a entregar e-mails a este destinatário para esta conta.
    .fix-1 = Marque que o servidor de saída requer autenticação, com o mesmo nome de usuário e senha do recebimento.
    .fix-2 = Confira se o endereço do remetente é o endereço da própria conta.
    .fix-3 = Se os dois estiverem certos, entre em contato com o provedor.

finding-smtp-sender-rejected = O endereço do remetente não é permitido
    .why-1 = O servidor de saída { $host } não deixa esta conta enviar com esse endereço de remetente.
    .fix-1 = Coloque como endereço do remetente o próprio endereço de e-mail da conta.
    .fix-2 = Para enviar como outro endereço, peça antes ao provedor ou ao administrador permissão para enviar como esse endereço.

finding-smtp-sending-limit = A conta chegou ao limite de envio
    .why-1 = O provedor está recusando mais e-mails desta conta por enquanto: ela enviou mensagens demais, ou para destinatários demais de uma vez.
    .fix-1 = Espere o limite ser zerado, muitas vezes depois de 24 horas.
    .fix-2 = Envie para menos destinatários de cada vez.
    .fix-3 = Se a conta não enviou tanto assim, outra pessoa pode estar usando: troque a senha e olhe a pasta de enviados.

finding-smtp-blocklisted = O endereço de internet está em uma lista de bloqueio de spam
    .why-1-unless-client_address-server_address = O servidor de saída { $host } recusou o e-mail porque o endereço de internet em uso, ou o próprio servidor, está em uma lista de bloqueio de spam.
    .why-2-unless-host-client_address-server_address = O endereço de internet deste computador, ou o do servidor de saída, está em uma lista de bloqueio de spam.
    .why-3 = O endereço público de internet deste computador, { $client_address }, está na lista de bloqueio de spam { $client_zones }.
    .why-4 = O endereço do servidor de saída, { $server_address }, está na lista de bloqueio de spam { $server_zones }: outros servidores podem recusar os e-mails que ele repassa.
    .why-5 = A lista dá este motivo: "{ $listing }".
    .why-6-when-policy_listing = Esse tipo de registro só diz que o endereço é de uma conexão residencial ou móvel, que não deveria entregar e-mails direto a outros servidores. Enviar pelo servidor do provedor na porta 587, com login, não é afetado.
    .fix-1 = Envie pelo próprio servidor de saída do provedor, na porta 587, com login.
    .fix-2-unless-policy_listing = Procure nos computadores desta rede algum vírus que envie spam.
    .fix-3-unless-client_address-server_address = Peça para ser removido da lista de bloqueio indicada na mensagem do servidor abaixo, ou peça ajuda ao provedor de internet.
    .fix-4-when-client_address-unless-policy_listing = Depois de resolver a causa, peça a { $client_zones } para remover { $client_address }: o site deles explica como. O provedor de internet também pode ajudar.
    .fix-5 = Avise o provedor de e-mail que o servidor { $server_address } dele está na lista de bloqueio { $server_zones }.

finding-smtp-helo-rejected = O servidor de saída recusou o nome deste computador
    .why-1 = Ao se conectar, o programa de e-mail se apresenta com um nome, e { $host } recusou esse nome como inválido.
    .fix-1 = Nas configurações avançadas do programa de e-mail, coloque um nome completo para este computador, como o domínio do seu endereço de e-mail.
    .fix-2 = Ou envie pela porta de envio 587 do provedor, com login, que normalmente não confere esse nome.

finding-smtp-server-busy = O servidor de saída está ocupado
    .why-1 = O servidor de saída { $host } está sobrecarregado ou em manutenção, ou há conexões demais vindas deste endereço.
    .fix-1 = Espere alguns minutos e tente de novo.
    .fix-2 = Feche outros programas de e-mail que enviam por esta conta.

finding-wrong-port-for-submission = A porta 25 é para servidores, não para enviar os seus e-mails
    .why-1 = O servidor de saída está configurado na porta { $port }, onde { $host } repassa e-mails entre servidores e não oferece login para pessoas.
    .why-2 = Os programas de e-mail devem enviar pela porta 587 ou 465.
    .fix-1 = Mude a porta de saída para 587, com STARTTLS.
    .fix-2 = Ou use a porta 465, com SSL/TLS.
    .fix-3 = Marque que o servidor de saída requer autenticação, com o mesmo nome de usuário e senha do recebimento.

finding-spf-missing = O domínio { $domain } não tem registro SPF
    .why-1 = Os servidores que recebem leem o registro SPF de um domínio para saber quais servidores podem enviar e-mails em nome de { $domain }.
    .why-2 = Sem ele, os e-mails de { $domain } podem ser recusados ou cair no spam.
    .fix-1 = Nas configurações de DNS do domínio, adicione um registro TXT que comece com v=spf1, com o include que o provedor de e-mail indica.
    .fix-2 = As instruções do provedor estão em { $help_url }.

finding-spf-invalid = O registro SPF de { $domain } está com defeito
    .why-1 = { $domain } publica { $spf_records } registros SPF, e quem recebe trata mais de um como erro.
    .why-2 = Conferir o registro SPF de { $domain } exige { $lookups } consultas DNS, mais do que as dez que os servidores que recebem permitem.
    .why-3-unless-spf_records-lookups = O registro SPF de { $domain } tem um erro, então os servidores que recebem não podem usá-lo.
    .why-4 = Um domínio deve ter exatamente um registro SPF, e conferi-lo pode exigir no máximo dez consultas DNS. Se não, quem recebe o ignora, e os e-mails podem ser recusados ou cair no spam.
    .fix-1-when-spf_records = Junte todos os registros SPF de { $domain } em um único registro TXT que comece com v=spf1.
    .fix-2-when-lookups = Remova os includes que não são mais necessários, para que o registro fique dentro de dez consultas.
    .fix-3-unless-spf_records-lookups = Corrija o registro SPF de { $domain } nas configurações de DNS do domínio: os problemas encontrados estão listados abaixo.

finding-dmarc-missing = O domínio { $domain } não tem um registro DMARC que funcione
    .why-1 = { $domain } publica { $dmarc_records } registros DMARC, então quem recebe não aplica nenhum deles.
    .why-2-when-dmarc_invalid = O registro DMARC de { $domain } tem um erro, então quem recebe o ignora.
    .why-3 = Grandes serviços de e-mail, como o Gmail e o Yahoo, esperam um registro DMARC para o domínio que envia.
    .why-4 = Sem ele, os e-mails de { $domain } podem cair no spam.
    .fix-1-when-dmarc_records = Mantenha um único registro TXT chamado _dmarc.{ $domain } e apague os outros.
    .fix-2 = Publique um registro TXT chamado _dmarc.{ $domain }, por exemplo: v=DMARC1; p=none; rua=mailto:postmaster@{ $domain }.
    .fix-3 = Quando os relatórios mostrarem que todos os seus e-mails passam, torne a política mais rígida.

finding-dkim-not-found = Os e-mails de { $domain } não são assinados (DKIM)
    .why-1 = Nenhuma chave DKIM foi encontrada para { $domain }, então quem recebe não consegue conferir se os e-mails vêm mesmo de lá.
    .why-2 = A chave foi procurada com estes nomes (seletores): { $selector }.
    .why-3 = Uma chave foi publicada em { $dkim_revoked }, mas foi retirada.
    .why-4-when-selectors_guessed = O provedor de e-mail não é conhecido, então só alguns nomes comuns foram tentados: a chave pode muito bem existir com outro nome, e isto é só uma pista.
    .fix-1-when-selectors_guessed = Pergunte ao provedor de e-mail qual nome de seletor as assinaturas DKIM dele usam, e confira esse nome.
    .fix-2 = Ative a assinatura DKIM nas configurações de administração do provedor de e-mail.
    .fix-3 = Publique a chave DKIM que ele fornecer nas configurações de DNS do domínio.

finding-mx-mismatch = Os e-mails do domínio vão para outro provedor
    .why-1 = Os e-mails para { $domain } são entregues a { $mx_host }, e não aos servidores configurados no programa de e-mail.
    .why-2 = Esse servidor pertence a { $mx_provider }.
    .why-3 = Isso acontece muitas vezes depois de mudar os e-mails para um provedor novo, enquanto o programa de e-mail ainda aponta para o antigo.
    .fix-1 = Use os servidores de entrada e de saída de { $mx_provider }.
    .fix-2-unless-mx_provider = Use os servidores do provedor que administra { $mx_host }.
    .fix-3 = Pergunte a quem administra o domínio qual provedor cuida dos e-mails dele.

finding-host-near-miss = Você quis dizer { $suggestion } em vez de { $host }?
    .why-1 = O { $role } está configurado como { $host }, que fica a apenas uma ou duas letras de { $suggestion }, um nome conhecido de servidor de e-mail.
    .why-2 = Um erro de digitação tão pequeno passa fácil despercebido, e aí o programa de e-mail fala com o servidor errado, ou com nenhum.
    .fix-1 = Nas configurações da conta, mude o nome do servidor para { $suggestion }, conferindo letra por letra.
    .fix-2 = A página de configurações do provedor é { $help_url }.

finding-username-form-mismatch = O nome de usuário deveria ser { $expected_user }
    .why-1-unless-provider-from_autoconfig = O programa de e-mail entra como { $user }, mas este provedor espera o nome de usuário { $expected_user }.
    .why-2-when-provider-unless-from_autoconfig = O programa de e-mail entra como { $user }, mas { $provider } espera o nome de usuário { $expected_user }.
    .why-3-when-from_autoconfig = O programa de e-mail entra como { $user }, mas as configurações publicadas para este endereço pedem o nome de usuário { $expected_user }.
    .why-4-when-login_failed = O servidor recusou o login, muito provavelmente por causa disso.
    .why-5-unless-login_failed = A maioria dos provedores recusa o login quando o nome de usuário tem o formato errado, mesmo com a senha certa.
    .fix-1 = Nas configurações da conta, mude o nome de usuário para { $expected_user }, exatamente como está escrito aqui.
    .fix-2 = Mantenha a mesma senha.
    .fix-3 = A página de configurações do provedor é { $help_url }.

finding-pop3-not-offered = Não existe serviço POP3 para esta conta
    .why-1 = { $provider } não oferece POP3: os e-mails dele só podem ser lidos por IMAP, ou no próprio aplicativo e no webmail.
    .why-2-when-from_srv-unless-provider = O domínio { $domain } declara nos registros DNS (SRV) que não oferece serviço POP3.
    .why-3-unless-provider-from_srv = Este provedor não oferece POP3: os e-mails dele só podem ser lidos por IMAP.
    .why-4 = Então o servidor de entrada { $host }, configurado para POP3, não tem como funcionar, mude-se o que for.
    .fix-1 = Configure a conta de novo com IMAP em vez de POP3: a maioria dos programas de e-mail encontra sozinha as configurações IMAP a partir do endereço de e-mail.
    .fix-2 = A página de configurações do provedor é { $help_url }.

finding-pop3-and-imap-offered = Só um entre POP3 e IMAP foi verificado
    .why-1 = { $provider } oferece duas formas de buscar os e-mails: POP3 e IMAP.
    .why-2-unless-provider = Este provedor oferece duas formas de buscar os e-mails: POP3 e IMAP.
    .why-3-when-checked_pop3 = Esta verificação usou POP3, em { $host }.
    .why-4-when-checked_imap = Esta verificação usou IMAP, em { $host }.
    .why-5 = O POP3 baixa os e-mails para um aparelho e normalmente os apaga do servidor, então os outros aparelhos deixam de vê-los.
    .why-6 = O IMAP mantém os e-mails no servidor, então o celular, o computador e o webmail veem as mesmas pastas.
    .fix-1-when-checked_pop3 = Para verificar o IMAP também, rode a verificação de novo com --incoming both (ou --incoming imap só para o IMAP).
    .fix-2-when-checked_imap = Para verificar o POP3 também, rode a verificação de novo com --incoming both (ou --incoming pop3 só para o POP3).
    .fix-3 = Escolha IMAP quando você lê os e-mails em mais de um aparelho, e POP3 quando os e-mails devem ficar só neste computador.

finding-oauth2-only = Este provedor não aceita senha vinda de programas de e-mail
    .why-1-when-provider-unless-from_autoconfig = { $provider } desativou o login com senha a partir de programas de e-mail: só conseguem se conectar os programas que entram pela própria página de login de { $provider } (OAuth2).
    .why-2-when-from_autoconfig = As configurações publicadas para este endereço permitem só uma forma de login: pela própria página de login do provedor (OAuth2), e não com uma senha digitada no programa de e-mail.
    .why-3-unless-provider-from_autoconfig = Este provedor desativou o login com senha a partir de programas de e-mail: só conseguem se conectar os programas que entram pela própria página de login do provedor (OAuth2).
    .why-4-when-login_failed = Por isso o servidor recusou o login, mesmo que a senha esteja certa.
    .fix-1 = Use um programa de e-mail que entre com OAuth2 (por exemplo Thunderbird, Outlook ou Apple Mail), e escolha o login pela página do provedor quando ele pedir.
    .fix-2-when-microsoft = Em uma conta de empresa ou escola, o administrador também pode permitir o login com senha (SMTP AUTH) nesta caixa de correio.
    .fix-3 = A página de configurações do provedor é { $help_url }.
    .fix-4 = Para verificar daqui que o login com OAuth2 funciona: obtenha um token (por exemplo com mailtriage oauth2 login) e rode mailtriage check com --oauth2-token-env VARIAVEL.

finding-wrong-protocol-on-port = A porta { $port } de { $host } fala { $answered }, não { $intended }
    .why-1 = O { $role } está configurado como { $host } na porta { $port }, mas quem responde ali é { $answered }, não { $intended }: essa porta é de outro serviço.
    .why-2-when-answered_sending = SMTP é o protocolo para enviar e-mails: esta porta é de um servidor de saída.
    .why-3-when-answered_receiving = { $answered } é um protocolo para receber e-mails: esta porta é de um servidor de entrada.
    .why-4-when-swapped-other_role = O { $other_role } recebeu a resposta que este espera, então as configurações dos dois servidores parecem trocadas.
    .why-5-unless-swapped = Na maioria das vezes as configurações de entrada e de saída foram misturadas, ou uma porta foi copiada da linha errada das instruções do provedor.
    .fix-1-when-swapped = Troque entre si as configurações dos servidores de entrada e de saída: nome do servidor, porta e segurança.
    .fix-2 = Para { $intended }, as portas padrão são { $standard_ports }: use a que o provedor indicar.
    .fix-3-when-imap = Se a ideia era usar IMAP, escolha IMAP como tipo de conta no programa de e-mail (porta 993 com SSL/TLS ou 143 com STARTTLS) em vez de POP3.
    .fix-4 = A página de configurações do provedor é { $help_url }.

finding-server-not-responding = { $host } aceita a conexão na porta { $port }, mas não responde
    .why-1-unless-stopped_at-tls_handshake = A conexão com { $host } na porta { $port } abriu, mas depois o servidor não enviou nem um byte: nenhuma saudação chegou antes do tempo limite.
    .why-2-when-tls_handshake = A conexão com { $host } na porta { $port } abriu, mas o servidor nunca respondeu ao pedido para iniciar a criptografia (SSL/TLS).
    .why-3-when-stopped_at = O servidor respondeu no começo, depois parou de responder na etapa de { $stopped_at } e não enviou mais nada antes do tempo limite.
    .why-4 = Alguma coisa aceita a conexão sem repassá-la: uma "proteção de e-mail" de antivírus ou um firewall, um proxy, um servidor sobrecarregado, ou um serviço que espera o outro lado falar primeiro.
    .fix-1 = Tente de novo daqui a alguns minutos.
    .fix-2 = Tente a partir de outra rede, por exemplo o roteador do celular (hotspot): se funcionar lá, o antivírus, o firewall ou a rede local está atrapalhando.
    .fix-3 = Desative por um momento a verificação de e-mail do antivírus e teste de novo.
    .fix-4 = Confira a porta e a segurança da conexão com as instruções do provedor.
    .fix-5 = A página de configurações do provedor é { $help_url }.

finding-not-a-mail-server = O que responde na porta { $port } de { $host } não é um servidor de e-mail
    .why-1 = O servidor { $host } respondeu na porta { $port } com dados que não são nenhum protocolo de e-mail (dados binários, sem linhas de texto).
    .why-2 = Começava com "{ $peer_bytes }".
    .why-3 = O nome e a porta levam a outra coisa: outro serviço, um aparelho, ou uma página de login da rede.
    .fix-1 = Confira o nome do servidor e a porta, letra por letra, com as instruções do provedor.
    .fix-2 = { $provider } informa o nome de servidor { $documented_host }.
    .fix-3 = Se você estiver em uma rede de hotel, aeroporto ou visitantes, abra primeiro uma página da web: ela pode pedir que você entre antes de qualquer outra coisa funcionar.
    .fix-4 = A página de configurações do provedor é { $help_url }.

finding-connection-closed-by-server = { $host } fechou a conexão sem dizer por quê
    .why-1-when-at_once = O servidor { $host } aceitou a conexão na porta { $port } e a fechou na hora, antes de dizer qualquer coisa.
    .why-2-when-during_tls = O servidor { $host } fechou a conexão na porta { $port } enquanto a criptografia (SSL/TLS) estava sendo estabelecida. Ou a porta não usa SSL/TLS, ou o servidor só fala versões antigas dele.
    .why-3-when-closed_at-unless-at_once-during_tls = O servidor { $host } fechou a conexão no meio da sessão, na etapa de { $closed_at }, sem uma resposta que explique.
    .why-4 = Os servidores fazem isso quando um endereço ou uma conta abre conexões demais, depois de várias tentativas de login erradas (o endereço fica bloqueado por um tempo), ou quando um antivírus ou proxy corta a sessão.
    .fix-1 = Espere alguns minutos e tente mais uma vez.
    .fix-2 = Feche os outros programas de e-mail e aparelhos que usam esta conta, e tente de novo.
    .fix-3 = Tente a partir de outra rede, por exemplo o roteador do celular (hotspot).
    .fix-4-when-during_tls = Confira a segurança da conexão: a porta { $port } pode precisar de STARTTLS ou de nenhuma criptografia em vez de SSL/TLS.
    .fix-5 = Se continuar acontecendo, pergunte ao provedor se o seu endereço está bloqueado.

finding-server-reply-invalid = { $host } enviou uma resposta que quebra o protocolo de e-mail
    .why-1-unless-bad_at = O servidor { $host } na porta { $port } respondeu com algo que o protocolo de e-mail não permite.
    .why-2-when-bad_at = Na etapa de { $bad_at }, o servidor { $host } na porta { $port } respondeu com algo que o protocolo de e-mail não permite.
    .why-3-when-too_long = A resposta era muito mais longa do que qualquer servidor de e-mail envia.
    .why-4-when-incomplete = Chegaram dados, mas nunca uma resposta completa.
    .why-5 = Ele disse "{ $peer_bytes }".
    .why-6 = O servidor, ou alguma coisa entre este computador e o servidor, está com defeito ou não é o serviço esperado.
    .fix-1 = Confira o nome do servidor, a porta e a segurança com as instruções do provedor.
    .fix-2 = Tente a partir de outra rede, para descartar um antivírus ou proxy que altere o tráfego.
    .fix-3 = Se as configurações estiverem certas, envie ao provedor a transcrição desta verificação (o relatório em Markdown ou a saída de mailtriage check --json).

finding-server-busy = O servidor { $host } recusou a conexão
    .why-1 = O { $role } { $host } respondeu, mas se recusou a atender esta conexão antes de qualquer login: está sobrecarregado, reiniciando para manutenção, ou só permite poucas conexões de um mesmo endereço ou de uma mesma conta.
    .why-2 = Pelo que se vê aqui, não há nada de errado com as configurações nem com a senha.
    .why-3-when-reply = O servidor disse: "{ $reply }".
    .fix-1 = Espere alguns minutos e verifique os e-mails de novo.
    .fix-2 = Feche o programa de e-mail nos outros computadores e celulares que usam esta conta, e faça os que sobrarem verificarem os e-mails com menos frequência.
    .fix-3 = Se durar mais de uma hora, pergunte ao provedor se o servidor está com algum problema.

finding-preauth-session = O servidor deixou a conexão entrar sem senha
    .why-1 = O { $role } { $host } tratou esta conexão como já autenticada desde a primeira linha (IMAP PREAUTH), então a senha nunca foi pedida e não foi testada.
    .why-2 = Os servidores fazem isso de propósito para conexões em que confiam, como as da própria rede; um programa de e-mail em outro lugar vai ter que fazer login mesmo assim.
    .fix-1 = Não há nada a corrigir se essa configuração for intencional.
    .fix-2 = Para testar a senha, rode a verificação a partir da rede que o programa de e-mail usa de verdade.

finding-login-not-tested = O login em { $host } não foi testado
    .why-1-when-password_given-no_user = Foi informada uma senha, mas nenhum nome de usuário, então o login foi pulado.
    .why-2-when-no_password-unless-no_user = Nenhuma senha foi informada, então o login foi pulado.
    .why-3-when-no_user-unless-password_given = Nenhum nome de usuário nem senha foi informado, então o login foi pulado.
    .why-4 = A conexão com o { $role } funciona, mas ainda não se sabe se a conta consegue entrar.
    .fix-1 = Informe o nome de usuário (com --user) e a senha (pedida na hora, ou com --password-env), e rode a verificação de novo.
    .fix-2 = O nome de usuário normalmente é o endereço de e-mail completo; as instruções do provedor dizem qual é.

finding-unexplained-failure = A etapa de { $step } falhou; a causa não é certa
    .why-1 = A etapa de { $step } com o { $role } falhou, e nenhuma das causas conhecidas corresponde ao que aconteceu.
    .why-2-when-reply = O servidor respondeu "{ $reply }".
    .why-3-when-timeout = O servidor não respondeu antes do tempo limite.
    .why-4-when-closed = O servidor fechou a conexão.
    .why-5-when-reset = A conexão foi cortada de repente (reset).
    .why-6-when-tls_failed = A conexão criptografada (SSL/TLS) não pôde ser estabelecida.
    .why-7-when-declined = O mailtriage não fez esta etapa, para proteger a senha.
    .why-8-when-apop_refused = O servidor recusou o login APOP. Ele também oferece outras formas de login, e o APOP muitas vezes precisa de um segredo separado no servidor, então isso não prova que a senha esteja errada.
    .why-9-when-detail = Em termos técnicos: "{ $detail }".
    .fix-1 = Confira o nome do servidor, a porta e a segurança com as instruções do provedor.
    .fix-2-when-apop_refused = Entre no webmail com a mesma senha: se funcionar, a senha está certa e o problema é o APOP no servidor.
    .fix-3 = Tente de novo daqui a alguns minutos, e a partir de outra rede, se puder.
    .fix-4 = Se continuar falhando, envie ao provedor a transcrição desta verificação (o relatório em Markdown ou a saída de mailtriage check --json).

## Working settings found by trying other ports: the fix step that names one, and the facts
## about ports that answer only without encryption or not at all.

advice-working-setting = Testado agora mesmo: a porta { $port } com { $security } funciona em { $host }. Coloque exatamente isso no programa de e-mail.
advice-unencrypted-only = Testado agora mesmo em { $host }: a porta { $port } só responde sem criptografia: não a use com senha.
advice-tls-port-failed = Testado agora mesmo: a porta { $port } com SSL/TLS também não funciona em { $host }. Pergunte ao provedor qual porta e qual segurança usar, e mantenha a criptografia ligada.

## Provider notes: one sentence each, shown with the provider's settings.

advice-note-app-password-required = Os programas de e-mail não podem usar a senha normal aqui: crie uma senha de app nas configurações de segurança da conta e digite essa.
advice-note-app-password-with-2fa = Se a verificação em duas etapas estiver ativada nesta conta, os programas de e-mail precisam de uma senha de app no lugar da senha normal.
advice-note-pop-must-be-enabled = O acesso POP vem desativado: ative-o nas configurações do webmail antes que um programa possa baixar os e-mails.
advice-note-oauth2-only = Este provedor não aceita mais uma senha simples vinda de programas de e-mail: use um programa que entre pela página de login do próprio provedor (OAuth2).
advice-note-admin-controls-access = Em uma conta de empresa ou escola, o administrador pode desativar o POP e o envio a partir de programas: pergunte a ele se o login for recusado.
advice-note-no-pop3 = Este provedor não oferece POP3: configure o programa de e-mail com IMAP.
advice-note-self-signed-certificate = O certificado do servidor não é de uma autoridade pública, por isso os programas mostram um aviso até ele ser aceito ou importado.
advice-note-local-bridge = Os servidores de e-mail rodam em um programa auxiliar neste computador: ele precisa estar instalado, conectado à conta e aberto.
advice-note-polling-limit = Verificar os e-mails com muita frequência é recusado: configure o programa para verificar a cada 15 minutos ou menos.
advice-note-disconnects-after-bad-password = O servidor derruba a conexão depois de uma senha errada em vez de responder com um erro: uma queda na hora do login geralmente indica a senha.
advice-note-port-25-blocked = Conexões residenciais neste país não podem enviar pela porta 25: use a porta 587 ou 465 com autenticação.
advice-note-regional-servers = Os nomes dos servidores dependem da região onde a conta foi aberta (por exemplo .eu ou .in em vez de .com).
advice-note-paid-plan-required = O acesso por programas de e-mail só existe nos planos pagos: confira o plano da conta.

## Port-scan verdicts: why a setting is recommended, or why none is.

advice-scan-configured-works = a configuração atual funciona
advice-scan-closest = a que funciona mais parecida com a configurada
advice-scan-withheld-lower-security = só funcionaram configurações sem criptografia, e elas reduziriam a segurança configurada
advice-scan-withheld-password = só funcionaram configurações sem criptografia, e a senha passaria sem proteção

## -- evidence: the lines behind a finding --
evidence-step-at = { $step } { $target }
evidence-sent-reply = { $step }: { $sent } -> { $reply }
evidence-reply = { $step }: { $reply }
evidence-io = { $step }: { $failure }
evidence-io-after = { $step }: { $failure } após { $time }
evidence-with-detail = { $line } ({ $detail })
evidence-peer-sent = { $line }; o servidor enviou "{ $bytes }"
evidence-speaks-tls = { $step }: a porta respondeu com TLS ({ $how })
evidence-declined = { $step }: não tentado: { $reason }
evidence-skipped = { $step }: pulado ({ $detail })
evidence-io-refused = conexão recusada
evidence-io-timeout = sem resposta (tempo esgotado)
evidence-io-reset = conexão interrompida
evidence-io-closed = o servidor fechou a conexão
evidence-io-unreachable = rede ou servidor inalcançável
evidence-io-not-found = o nome não existe
evidence-io-resolver-failed = a consulta do nome falhou
evidence-io-too-long = resposta longa demais
evidence-io-incomplete = resposta incompleta
evidence-io-protocol = erro de protocolo
evidence-io-other = erro
evidence-tls-not-tls = o servidor respondeu sem criptografia, não com TLS
evidence-tls-malformed = a resposta TLS do servidor está malformada
evidence-tls-unexpected-bytes = o servidor respondeu com dados que não são TLS
evidence-tls-alert = alerta TLS
evidence-tls-protocol-version = nenhuma versão de TLS em comum
evidence-tls-certificate = certificado recusado
evidence-tls-eof = conexão fechada durante a negociação TLS
evidence-tls-timeout = a negociação TLS esgotou o tempo
evidence-tls-other = erro de TLS
evidence-certificate = certificado { $subject } emitido por { $issuer }, válido de { $from } até { $to }
evidence-certificate-check = verificação do certificado de { $host }: { $verdict }
evidence-capabilities = recursos de { $command }: { $list }
evidence-local-clock = relógio deste computador: { $time }
evidence-chain-length = { $count ->
    [one] o servidor enviou 1 certificado
   *[other] o servidor enviou { $count } certificados, o dele primeiro
}
evidence-standard-tls-port = a porta { $port } é a padrão de { $protocol } com SSL/TLS desde o primeiro byte
evidence-mechanisms = métodos de login oferecidos: { $list }
evidence-no-messages = STAT: 0 mensagens
evidence-no-uidl = UIDL: não suportado
evidence-outgoing-server = servidor de saída: { $line }
evidence-incoming-login-with = servidor de entrada { $host }: o login com { $method } funcionou com os mesmos dados
evidence-incoming-login = servidor de entrada { $host }: o login funcionou com os mesmos dados
evidence-incoming-healthy = servidor de entrada { $host }: todas as etapas deram certo
evidence-first-words = primeiras palavras do servidor: { $words }
evidence-first-bytes = primeiros bytes do servidor: { $bytes }
evidence-other-submission-port = tcp (a outra porta de envio)
evidence-connected-in = conectado em { $time }
evidence-no-connection = sem conexão
evidence-connect = { $what } { $host } { $family } { $address }: { $outcome }
evidence-clock-offset = relógio { $server }: diferença de { $offset }
evidence-correct-time = hora certa segundo { $server }: { $time }
evidence-valid-at-correct-time = { $line }; válido na hora certa
evidence-invalid-at-correct-time = { $line }; fora da validade mesmo na hora certa
evidence-this-machine = o endereço público deste computador
evidence-the-outgoing-server = o servidor de saída
evidence-blocklisted = lista de bloqueio { $zone }: { $address } ({ $who }) aparece com { $codes }
evidence-because = { $line }: { $reason }
evidence-txt = TXT { $name }: { $record }
evidence-problem = problema: { $problem }
evidence-txt-missing = TXT { $name }: não há registro { $record }
evidence-spf-lookups = SPF de { $name }: { $count } consultas DNS, e no máximo 10 são permitidas
evidence-dkim-no-key = sem chave
evidence-dkim-revoked = chave retirada (p= vazio)
evidence-dkim-invalid = a chave não pode ser usada
evidence-dkim-provider-selectors = seletores de { $provider }
evidence-dkim-provider-selectors-unnamed = seletores do provedor
evidence-dkim-given-selectors = seletores informados
evidence-dkim-common-selectors = seletores comuns: o provedor não é conhecido
evidence-dkim-basis = DKIM de { $name }: { $basis }
evidence-mx-records = registros MX de { $domain }: { $records } ({ $provider })
evidence-documented-incoming = { $provider } indica o servidor de entrada { $documented }; o configurado é { $host }
evidence-server-configured = servidor { $protocol } configurado: { $host }
evidence-known-server = nome de servidor conhecido: { $host }
evidence-who-autoconfig = o arquivo de configuração automática do domínio
evidence-who-ispdb = o banco de dados de provedores do Thunderbird (ISPDB)
evidence-who-provider = o provedor
evidence-who-published = as configurações publicadas de { $domain }
evidence-user-configured = nome de usuário configurado: { $user }
evidence-user-expected = { $who } espera { $form }: { $expected }
evidence-form-full = o endereço completo
evidence-form-local = a parte antes do @
evidence-srv-no-pop3 = registros SRV de { $domain }: _pop3s._tcp / _pop3._tcp apontam para "." (serviço não oferecido)
evidence-no-pop3 = { $provider }: não oferece POP3 (só IMAP)
evidence-lists-both = { $who } indica POP3{ $pop3 } e IMAP{ $imap }; esta verificação usou { $checked }
evidence-autoconfig-oauth2-only = o arquivo de configuração automática { $url } só indica login com OAuth2
evidence-ispdb-oauth2-only = a entrada do banco de dados de provedores do Thunderbird (ISPDB) para { $domain } só indica login com OAuth2
evidence-provider-oauth2-only = { $provider }: o login com senha em programas de e-mail está desativado (só OAuth2)
evidence-oauth2-error-challenge = desafio de erro: { $json }
evidence-oauth2-token-expiry = o campo exp do token: { $seconds } ({ $date })
evidence-oauth2-token-for = o token foi emitido para { $accounts }; o login era para { $user }
## -- oauth2-sasl --
finding-oauth2-token-rejected = O servidor recusou o token OAuth2
    .why-1-when-reply = O servidor { $host } recusou o login com o token OAuth2: "{ $reply }".
    .why-2-when-status = O relatório de erro dele indicou o status "{ $status }".
    .why-3 = Um servidor recusa um token expirado ou revogado, emitido para um serviço diferente do e-mail ou de outra conta. Este servidor não diz qual é o caso.
    .fix-1 = Obtenha um token novo e verifique de novo: os tokens de acesso duram cerca de uma hora.
    .fix-2 = Confira se o token foi emitido para acesso ao e-mail e para esta conta: no Google, a permissão de acesso completo ao Gmail; no Microsoft 365, a permissão POP, IMAP ou SMTP do Outlook.
    .fix-3 = Em uma conta de trabalho ou escola, pergunte ao administrador se POP, IMAP ou SMTP autenticado estão ativados para esta caixa de correio.

finding-oauth2-token-expired = O token OAuth2 expirou
    .why-1-when-expired = O token diz que era válido até { $expired }, por isso o servidor { $host } o recusou.
    .why-2 = Os tokens de acesso duram pouco, cerca de uma hora; um programa de e-mail renova o dele sozinho.
    .fix-1 = Obtenha um token novo (por exemplo com mailtriage oauth2 login) e verifique de novo.
    .fix-2 = Se o programa de e-mail mostra a mesma recusa, ele não consegue mais renovar o login: remova a conta do programa e adicione de novo, entrando pela página do provedor.
    .fix-3 = Se um token recém-emitido já aparece expirado, confira o relógio deste computador.

finding-oauth2-scope-missing = O token OAuth2 não permite este acesso ao e-mail
    .why-1-when-reply = O servidor { $host } recusou o token: "{ $reply }".
    .why-2-when-scope = Ele indica a permissão de que precisa: { $scope }.
    .why-3-when-scopes = O token tem estas permissões: { $scopes }.
    .why-4-when-needed = Este servidor precisa da permissão { $needed }.
    .why-5 = Um token só abre aquilo para que foi emitido: permissões somente leitura ou outras permissões do Gmail, ou as do Microsoft Graph, não permitem entrar nos servidores de e-mail.
    .fix-1 = Obtenha um token que peça acesso completo ao e-mail: no Google, a permissão de acesso completo ao Gmail; no Microsoft 365, a permissão POP, IMAP ou SMTP do Outlook (outlook.office.com).
    .fix-2-unless-scopes = Se a permissão estava certa, confira se o token é desta conta: o Google responde do mesmo jeito a um token de outra conta.

finding-oauth2-wrong-user = O token OAuth2 é de outra conta
    .why-1-when-accounts-user = O token foi emitido para { $accounts }, mas o login era para { $user }.
    .why-2 = Um servidor aceita um token só para a conta para a qual ele foi emitido.
    .fix-1 = Use o nome de usuário para o qual o token foi emitido, ou obtenha um token novo com o login feito na conta que você está verificando.

finding-oauth2-app-blocked = As regras da organização bloqueiam este login
    .why-1-when-reply = O servidor { $host } recusou o token com uma resposta que menciona as regras da organização: "{ $reply }".
    .why-2 = No Microsoft 365 o administrador decide se o SMTP autenticado é permitido (mesmo com OAuth2), se um programa de e-mail precisa de aprovação antes e quais condições um login deve cumprir (padrões de segurança, acesso condicional).
    .fix-1 = Peça ao administrador para permitir SMTP autenticado (SMTP AUTH), POP ou IMAP nesta caixa de correio, e para aprovar o programa de e-mail na organização.
    .fix-2 = Depois da mudança, obtenha um token novo e verifique de novo.

finding-oauth2-not-offered = O servidor não oferece login OAuth2
    .why-1-when-mechanisms = O servidor { $host } oferece estes métodos de login: { $mechanisms }. Nenhum é OAuth2 (XOAUTH2 nem OAUTHBEARER), então o token não foi enviado, e nenhuma senha foi tentada no lugar dele.
    .why-2-unless-mechanisms = O servidor { $host } não anuncia nenhum método de login OAuth2 (XOAUTH2 nem OAUTHBEARER), então o token não foi enviado, e nenhuma senha foi tentada no lugar dele.
    .fix-1 = Confira o nome e a porta do servidor: os provedores que aceitam tokens fazem isso nos próprios servidores, como outlook.office365.com ou imap.gmail.com.
    .fix-2 = Se este servidor aceita senhas, verifique com a senha em vez do token.

## ==== end of section: findings ====


## ==== section: reports ====
## Reports: the check's text and Markdown reports, JSON human fields, the presets table.

## The text report of `check`.

# Panel headings. $protocol: POP3 or IMAP; $server: host:port.
report-panel-network = REDE
report-panel-incoming = ENTRADA ({ $protocol })
report-panel-outgoing = SAÍDA (SMTP)
report-panel-server-security = { $name }  { $server }  segurança { $security }

# Short words: a panel named in a finding's heading, a security mode, a step's status, and a
# certificate's verdict.
report-panel-word-network = rede
report-panel-word-incoming = entrada
report-panel-word-imap-beside = entrada IMAP
report-panel-word-outgoing = saída
report-security-tls = SSL/TLS
report-security-starttls = STARTTLS
report-security-none = nenhuma
report-status-pending = pendente
report-status-running = em andamento
report-status-ok = ok
report-status-warn = aviso
report-status-failed = falhou
report-status-skipped = pulado
report-cert-valid = válido
report-cert-expired = expirado
report-cert-not-yet-valid = ainda não válido
report-cert-name-mismatch = nome diferente
report-cert-untrusted = não confiável
report-cert-chain-invalid = cadeia mal montada
report-cert-unknown = não verificado

# What a server said, under a failed step; $sent is the command, $reply the server's words.
report-server-said-after = depois de "{ $sent }" o servidor disse: { $reply }
report-server-said = o servidor disse: { $reply }
report-certificate = certificado: { $verdict } ({ $detail })

# A finding's heading word, by severity; the line before each piece of evidence.
report-severity-error = ERRO
report-severity-warn = AVISO
report-severity-info = NOTA
report-evidence-line = evidência:

report-a-step-failed = Uma etapa falhou; veja a etapa que falhou acima.
report-no-problems = Nenhum problema encontrado.
report-works-instead = Funciona no lugar ({ $panel }): { $server } segurança { $security }
report-result = Resultado: { $symbol } { $status }

## The support report in Markdown (check --report, the dashboard's save key).

report-md-title = relatório de suporte do mailtriage
report-md-result = Resultado
report-md-tool = Ferramenta
report-md-os = Sistema operacional
report-md-made = Feito em
report-md-recorded = O que é registrado: cada comando que este computador enviou, com as partes que levam o login (senha, respostas de login codificadas, resumo APOP) mostradas como `***`; cada resposta dos servidores, inclusive as respostas de login, como chegou. A senha em si nunca é registrada: onde um servidor a repetiu, ela aparece como `***`.
report-md-private = Relatório privado: os nomes e endereços próprios do usuário (nome de usuário, endereços de e-mail, um domínio e servidores próprios, o nome e os endereços deste computador) são substituídos por marcadores, o mesmo nome sempre pelo mesmo marcador. Os nomes e endereços públicos dos servidores de um provedor conhecido são mantidos.
report-md-settings = Configurações
# $label: a server's role; $host: its name as code.
report-md-endpoint = { $label }: servidor { $host }, porta { $port }, segurança { $security }
report-md-endpoint-none = { $label }: não configurado
report-md-panel-network = Rede
report-md-panel-incoming = Entrada ({ $protocol })
report-md-panel-outgoing = Saída (SMTP)
report-md-user = Nome de usuário
report-md-not-given = não informado
report-md-smtp-user = Nome de usuário para o envio
report-md-password = Senha
report-md-given-not-shown = informada (não mostrada)
report-md-dry-run-sender = Remetente do envio de teste (MAIL FROM)
report-md-dry-run-recipient = Destinatário do envio de teste (RCPT TO)
report-md-pinned = Endereço fixado: { $host } porta { $port } → { $address }
report-md-extra-ca = Certificados de CA confiáveis adicionados
report-md-yes = sim
report-md-no = não
report-md-step-deadline = Prazo de cada etapa
report-md-plaintext-allowed = Senha permitida por uma conexão sem criptografia
report-md-errors = Erros
report-md-no-errors = Nenhuma etapa falhou nem deu aviso.
report-md-sent-reply =
    enviado: { $sent }
    resposta:
    { $reply }
report-md-reply =
    resposta:
    { $reply }
report-md-network-error = erro de rede ({ $failure }): { $message }
report-md-tls-error = erro de TLS ({ $failure }): { $message }
report-md-sent-instead = o servidor enviou no lugar: { $bytes }
report-md-speaks-tls = a porta fala TLS: { $how }
report-md-not-tried = não tentado: { $reason }
report-md-findings = Diagnósticos
report-md-how-to-fix = Como resolver:
report-md-evidence = Evidências:
report-md-works-instead = Configurações que funcionam no lugar
report-md-works-instead-intro = A conexão configurada falhou; uma varredura do mesmo servidor encontrou estas funcionando:
report-md-at-address = em { $address }
report-md-security = segurança { $security }
report-md-took = em { $ms } ms
report-md-steps = Etapas
report-md-no-panel = Nenhum painel foi executado.
report-md-no-steps = (nenhuma etapa)
report-md-checked-against = Conferido com
report-md-tls-version = Versão
report-md-cipher-suite = Conjunto de cifras
report-md-certificate = Certificado
report-md-chain-certificate = Certificado { $n }: titular { $subject }, emissor { $issuer }, nomes { $names }, válido de { $from } a { $until }
report-md-fingerprint = Impressão digital SHA-256
report-md-facts = O que o servidor disse sobre si mesmo:
report-md-greeting = Saudação
report-md-apop-offered = APOP oferecido
report-md-capabilities = Recursos
report-md-mechanisms-offered = Métodos de login oferecidos
report-md-login-method = Método de login
report-md-login = Login
report-md-accepted = aceito
report-md-refused = recusado
report-md-works = funciona
report-md-mailbox = Caixa de correio
report-md-mailbox-size = { $messages } mensagens, { $octets } octetos
report-md-uidl = UIDL
report-md-client-address-seen = O servidor vê este computador como
report-md-transcripts = Transcrições
report-md-transcripts-intro = `C:` o que este computador enviou, `S:` o que o servidor enviou, `--` notas da ferramenta. Os tempos estão em milissegundos desde o início do painel.

# Kinds of network and TLS failure, in parentheses after the error.
report-io-refused = recusada
report-io-timeout = sem resposta a tempo
report-io-reset = cortada
report-io-closed = fechada
report-io-unreachable = inalcançável
report-io-not-found = nome inexistente
report-io-resolver-failed = falha do serviço de nomes
report-io-too-long = resposta longa demais
report-io-incomplete = resposta incompleta
report-io-protocol = protocolo
report-io-other = outro
report-tls-not-tls = não é TLS
report-tls-malformed = malformado
report-tls-unexpected-bytes = dados inesperados
report-tls-alert = alerta
report-tls-protocol-version = versão do protocolo
report-tls-certificate = certificado
report-tls-eof = encerramento
report-tls-timeout = sem resposta a tempo
report-tls-other = outro

## The scan command's matrix. $seconds: the step deadline; $port, $security: a setting.

report-scan-title = VARREDURA DE PORTAS  todas as combinações ao mesmo tempo, prazo por etapa { $seconds } s, sem login
report-scan-port = porta
report-scan-configured = configurado: { $port } { $security }
report-scan-certificate = certificado { $verdict }
report-scan-unencrypted-only = { $port } { $security }: esta porta só responde sem criptografia: não a use com senha
# $why: advice-scan-configured-works or advice-scan-closest.
report-scan-recommended = Recomendado: { $protocol } { $port } { $security } ({ $why })
report-scan-nothing = Recomendado: nada para { $protocol }: { $why }
report-scan-none-worked = nenhuma combinação funcionou em { $host }
# A cell's verdict, short (about 11 characters) so the matrix keeps its columns.
report-verdict-works = funciona
report-verdict-needs-tls = pede TLS
report-verdict-not-tls = não é TLS
report-verdict-no-starttls = sem STARTTLS
report-verdict-certificate = certificado
report-verdict-refused = recusado
report-verdict-timeout = esgotado
report-verdict-other = outro

## The providers table of `mailtriage presets`: column headings and the word for a preset.

report-presets-from = ORIGEM
report-presets-id = ID
report-presets-name = NOME
report-presets-incoming = ENTRADA
report-presets-outgoing = SAÍDA
report-presets-from-preset = predefinido

## Where the servers came from, at the top of the text report.

report-source-the-domain = o domínio
report-source-options = as opções da linha de comando
report-source-profile = o perfil salvo
report-source-preset = a configuração predefinida de { $provider }
report-source-a-preset = uma configuração predefinida
report-source-mx-preset = a configuração predefinida de { $provider } (os registros MX de { $domain } apontam para { $mx })
report-source-mx-provider = a configuração predefinida do provedor de e-mail do domínio
report-source-ispdb = a entrada do banco de dados de provedores do Thunderbird (ISPDB) para { $domain }
report-source-srv = os registros SRV de { $domain }
report-source-autoconfig = o arquivo de configuração automática { $url }
report-source-guess-found = um palpite: { $answered }
report-source-guess = um palpite
report-source-nowhere = lugar nenhum
# $from: one of the report-source texts above.
report-source-incoming = Servidor de entrada obtido de { $from }
report-source-imap-beside = Servidor IMAP ao lado obtido de { $from }
report-source-imap = Servidor IMAP obtido de { $from }
report-source-outgoing = Servidor de saída obtido de { $from }
report-source-mx-of = MX de { $domain }: { $mx }
report-source-mx-of-provider = MX de { $domain }: { $mx } ({ $provider })
report-source-domain-missing = { $domain } não existe no DNS
report-source-lookup-failed = Uma consulta falhou: { $problem }
# $security: tls, starttls or none.
report-source-answered = { $host } respondeu { $protocol } na porta { $port } { $security ->
    [tls] com SSL/TLS
    [starttls] com STARTTLS
   *[none] sem criptografia
}

## -- monitoring --
## A saída de plugin para a família Nagios (`check --format nagios`).
nagios-ok = todas as verificações passaram: { $servers }
nagios-more = (+{ $count } a mais)
nagios-step-failed = { $panel }: a etapa { $step } falhou
nagios-step-warned = { $panel }: a etapa { $step } deu um aviso
nagios-no-panel = nenhuma verificação foi executada
## -- oauth2-sasl --
report-md-oauth2-token = Token OAuth2

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

## -- details: the probe's words on why a step ended as it did --
detail-certificate-bad-signature = a assinatura do certificado não confere com a do emissor
detail-certificate-expired = o certificado venceu
detail-certificate-expired-at = o certificado venceu em { $date }
detail-certificate-for = o certificado é para { $names }, não para { $name }
detail-certificate-for-more = o certificado é para { $names } e mais { $more } nomes, não para { $name }
detail-certificate-names-no-host = o certificado não indica nenhum servidor, nem { $name }
detail-certificate-not-checked-old = o certificado não foi verificado: o servidor só fala { $version }
detail-certificate-not-judged = a negociação TLS não terminou, então o certificado não foi avaliado
detail-certificate-not-valid-until = o certificado só é válido a partir de { $date }
detail-certificate-not-valid-yet = o certificado ainda não é válido
detail-certificate-rejected = certificado recusado: { $error }
detail-certificate-revoked = o certificado foi revogado
detail-certificate-self-signed = o certificado é autoassinado ({ $subject }) e não é confiável
detail-certificate-unknown-issuer = o certificado é emitido por { $issuer }, que não é uma autoridade confiável
detail-certificate-unsupported-algorithm = o certificado é assinado com um algoritmo que não pode ser verificado
detail-certificate-untrusted-issuer = o certificado não é emitido por uma autoridade confiável
detail-certificate-valid = certificado válido para { $name }
detail-certificate-valid-until = certificado válido para { $name } até { $until }, emitido por { $issuer }
detail-certificate-wrong-purpose = o certificado não é para um servidor TLS
detail-chain-ca-as-server = o servidor apresenta o certificado da própria autoridade certificadora
detail-chain-certificate-expired-at = um certificado da cadeia venceu em { $date }
detail-chain-certificate-not-valid-until = um certificado da cadeia só é válido a partir de { $date }
detail-chain-server-as-ca = um certificado de servidor da cadeia é usado para assinar outros
detail-chain-too-deep = uma autoridade certificadora da cadeia assina em mais níveis do que pode
detail-chain-too-long = a cadeia de certificados é mais longa do que o permitido: nenhum caminho até uma autoridade confiável é curto o bastante
detail-chain-too-many = a cadeia tem mais certificados do que é possível verificar
detail-check-interrupted = a verificação foi interrompida ({ $signal }) antes de esta etapa terminar
detail-check-limit = o limite de { $seconds } s da verificação foi atingido
detail-connect-timeout = sem resposta de { $address } em { $seconds } s
detail-handshake-stalled = a negociação TLS depois de { $command } travou: não terminou após { $ms } ms, enquanto { $how }; use TLS direto na porta { $port }
detail-key-not-proven = o servidor não provou ter a chave privada do certificado ({ $error })
detail-no-address = { $host } não tem endereço
detail-no-answer-before-deadline = o servidor não respondeu dentro do prazo
detail-no-certificate-presented = a negociação terminou antes de o servidor apresentar um certificado
detail-no-default-route = a tabela de rotas não tem rota padrão
detail-old-hello-showed-nothing = { $line }; um hello TLS 1.0/1.1 também não mostrou nada ({ $why })
detail-only-old-tls = o servidor fechou a conexão diante de um hello TLS 1.2/1.3 sem alerta; numa segunda conexão respondeu a um hello TLS 1.1 com um ServerHello de { $version } ({ $code }): só fala { $version }
detail-resolver-silent = o servidor DNS não respondeu sobre { $host } dentro do prazo
detail-server-closed = o servidor fechou a conexão
detail-session-limit = o limite da sessão de { $seconds } s foi atingido (--session-timeout)
detail-declined-plaintext = a conexão não está criptografada, então a senha não foi enviada (use SSL/TLS ou STARTTLS)
detail-declined-plaintext-token = a conexão não está criptografada, então o token OAuth2 não foi enviado (use SSL/TLS ou STARTTLS)
## -- oauth2-sasl --
step-login-oauth2-not-offered = o servidor não oferece login OAuth2 (XOAUTH2 nem OAUTHBEARER), então o token não foi enviado e nenhuma senha foi tentada no lugar dele
step-login-oauth2-not-offered-but = o servidor não oferece login OAuth2 (XOAUTH2 nem OAUTHBEARER), apenas { $offered }, então o token não foi enviado e nenhuma senha foi tentada no lugar dele

## -- replies out of line: what came instead of an answer, and why it is not believed --
detail-expected-smtp-one = { $code } ou uma recusa 4xx/5xx
detail-expected-smtp-two = { $first } ou { $second } ou uma recusa 4xx/5xx
detail-expected-pop3-status = +OK ou -ERR
detail-expected-pop3-challenge = um desafio "+ " ou -ERR
detail-expected-pop3-any = +OK, um desafio "+ " ou -ERR
detail-unfinished-lines = { $lines ->
    [one] chegou 1 linha
   *[other] chegaram { $lines } linhas
} da resposta, mas não o seu fim
detail-unfinished-lines-first = { $lines ->
    [one] chegou 1 linha
   *[other] chegaram { $lines } linhas
} da resposta (a primeira, { $first }), mas não o seu fim
detail-unfinished-bytes = { $bytes ->
    [one] chegou 1 byte
   *[other] chegaram { $bytes } bytes
} sem fim de linha: { $text }
detail-unfinished-bytes-bare-cr = { $bytes ->
    [one] chegou 1 byte
   *[other] chegaram { $bytes } bytes
} sem fim de linha (as linhas terminam só com um retorno de carro, não com CR LF): { $text }
detail-unfinished-then = { $first }; depois, { $then }
detail-answer-incomplete = { $deadline } terminou sem uma resposta completa para { $command }: { $arrived }
detail-answer-line-too-long = resposta para { $command }: chegou uma linha com mais de { $limit } bytes; a leitura parou aí
detail-answer-line-too-long-bare-cr = resposta para { $command }: chegaram mais de { $limit } bytes sem quebra de linha (as linhas terminam só com um retorno de carro, não com CR LF); a leitura parou aí
detail-answer-too-many-lines = resposta para { $command }: não tinha terminado depois de { $limit } linhas; a leitura parou aí
detail-answer-malformed = resposta para { $command }: o servidor respondeu algo inesperado: { $line }
detail-answer-too-many-responses = resposta para { $command }: chegaram mais de { $limit } respostas sem a que a encerra; a leitura parou aí
detail-answer-literal-too-long = resposta para { $command }: o servidor anunciou um literal de { $bytes } bytes; nunca se leem mais de { $limit }, então a leitura parou aí
detail-answer-literal-huge = resposta para { $command }: o servidor anunciou um literal com mais bytes do que cabem num número de 64 bits; a leitura parou aí
detail-answer-response-too-long = resposta para { $command }: uma resposta passou de { $limit } bytes; a leitura parou aí
detail-injected-before-handshake = { $bytes ->
    [one] chegou 1 byte
   *[other] chegaram { $bytes } bytes
} sem criptografia depois da resposta para { $command } e antes da negociação TLS, onde nada pode chegar; foram descartados sem ser lidos: { $text }
detail-reply-status-in-capa = a lista de capacidades (a resposta para CAPA) traz a linha de status { $reply }: as respostas do servidor já não correspondem aos comandos
detail-reply-before-command = o servidor enviou { $reply } antes que { $command } pudesse chegar até ele: não responde a nenhum comando; as respostas já não correspondem aos comandos
detail-reply-before-command-second-greeting = o servidor enviou { $reply } antes que { $command } pudesse chegar até ele: não responde a nenhum comando (parece uma segunda saudação); as respostas já não correspondem aos comandos
detail-reply-before-authenticate = o servidor enviou { $reply } antes que AUTHENTICATE pudesse chegar até ele: as respostas já não correspondem aos comandos
detail-reply-success-before-password = o servidor respondeu { $reply } para { $command } antes de receber a senha: sem ela não pode haver login, então a resposta não é aceita
detail-reply-not-a-greeting = o servidor saudou com { $reply }, que não é uma saudação (esperava-se { $expected })
detail-reply-cannot-answer = o servidor respondeu { $reply } para { $command }, e isso não pode ser resposta para { $command } (esperava-se { $expected })
detail-reply-quoted-lines = { $reply } ({ $lines } linhas)
detail-reply-continuation-unasked = o servidor pediu mais ({ $reply }) em resposta para { $command }, que não leva mais nada: as respostas já não correspondem aos comandos
detail-reply-wrong-tag = o servidor encerrou a etiqueta { $tag } ({ $reply }) quando se esperava { $command } com a etiqueta { $awaited }: as respostas já não correspondem aos comandos
detail-reply-completed-early = o servidor encerrou { $command } ({ $reply }) antes que o comando pudesse chegar até ele
detail-challenge-not-answered = desafio { $number } ({ $bytes } bytes de desafios no total) sem resposta: { $challenge }

## -- connections and TLS handshakes: why they broke, with the system's or library's own text --
detail-tls-refused-versions = o servidor recusou TLS 1.2 e 1.3 (alerta protocol_version)
detail-tls-alert = o servidor enviou o alerta TLS { $alert }
detail-tls-alert-number = número { $number }
detail-tls-certificate-rejected = o certificado do servidor foi recusado: { $error }
detail-tls-handshake-failed = a negociação TLS falhou: { $error }
detail-tls-answer-binary = o servidor respondeu com dados que não são nem TLS nem texto: { $bytes }
detail-tls-record-too-long = o registro TLS do servidor diz ter { $claimed } bytes, mais do que o TLS permite ({ $limit })
detail-tls-answer-malformed = a resposta TLS do servidor não segue o protocolo: { $error }
detail-tls-only-old-version = o servidor só fala { $version } (o ServerHello dele escolheu a versão { $hex })
detail-tls-only-older-versions = o servidor só fala versões do TLS anteriores à 1.2
detail-tls-not-tls = o servidor não respondeu com TLS
detail-tls-not-tls-sent = o servidor não respondeu com TLS; enviou { $text }
detail-tls-closed = o servidor fechou a conexão durante a negociação TLS
detail-tls-reset = o servidor derrubou a conexão durante a negociação TLS
detail-tls-timed-out = o tempo da conexão esgotou durante a negociação TLS
detail-tls-bad-server-name = { $name } não é um nome de servidor nem um endereço IP
detail-tls-setup-failed = não foi possível preparar o TLS: { $error }
detail-tls-handshake-deadline = a negociação TLS não terminou em { $ms } ms
detail-name-not-known = { $host }: o nome não existe
detail-name-lookup-failed = { $host }: { $error }
detail-socket-refused = { $what }: conexão recusada
detail-socket-timed-out = { $what }: o tempo esgotou
detail-socket-reset = { $what }: conexão derrubada
detail-socket-closed = { $what }: conexão fechada
detail-socket-unreachable = { $what }: não há caminho até essa rede ou esse computador
detail-socket-error = { $what }: { $error }

## -- loader and accounts --
## Por que o teste com um hello TLS 1.0/1.1 não mostrou nada; vai dentro de
## detail-old-hello-showed-nothing e transcript-tls-old-hello-nothing.
old-hello-no-reconnect = não foi possível conectar de novo a { $address }
old-hello-no-random = não há bytes aleatórios para o hello
old-hello-unoffered-version = o servidor escolheu a versão { $version }, que o hello não oferecia
old-hello-alert = o servidor respondeu com o alerta TLS número { $alert }
old-hello-other-record = o servidor respondeu com um registro TLS do tipo { $content_type }, e não com um ServerHello
old-hello-not-tls = a resposta do servidor não é TLS
old-hello-closed = o servidor também fechou essa conexão
old-hello-timed-out = nenhuma resposta antes do prazo
old-hello-io-failed = a leitura ou a escrita falhou: "{ $error }"
old-hello-send-broke = a conexão caiu durante o envio
old-hello-send-deadline = não sobrou tempo para enviar antes do prazo
old-hello-no-upgrade = desta vez o servidor não aceitou passar para TLS
old-hello-closed-before-upgrade = o servidor fechou a conexão antes de passar para TLS
old-hello-broke-before-upgrade = a conexão caiu antes de passar para TLS
old-hello-plain-deadline = a parte em texto puro não terminou antes do prazo

## -- the time server --
detail-time-kiss-code = o servidor enviou o código de recusa { $code } em vez da hora
detail-time-unsynchronized = o servidor diz que o próprio relógio não está sincronizado
detail-time-none = o servidor não enviou nenhuma hora
detail-time-no-socket = não foi possível abrir um socket UDP: { $error }
detail-time-unusable = { $server }: { $why }
detail-time-no-answer = o servidor de hora { $server } não respondeu em { $seconds } s

## -- dns and domain --

dns-record-of = { $kind } de { $name }
dns-resolver-at = resolvedor DNS { $server }
dns-failure-no-such-name = { $what }: o nome não existe (NXDOMAIN)
dns-failure-no-records = { $what }: não há nenhum registro desse tipo
dns-failure-timeout = { $what }: o resolvedor DNS não respondeu a tempo
dns-failure-refused = { $what }: o resolvedor DNS respondeu { $code }
dns-failure-other = { $what }: { $message }
dns-no-resolver = { $host }: nenhum resolvedor DNS utilizável neste computador
dns-host-no-address = { $host } não tem endereço (nenhum registro A nem AAAA)
record-problems = { $detail }: { $problems }
spf-not-spf1 = o registro não começa com v=spf1
spf-modifier-repeated = o modificador { $modifier }= aparece { $count } vezes
spf-bad-character = '{ $term }' contém o caractere { $character }
spf-term-problem = { $term }: { $problem }
spf-all-takes-no-argument = o mecanismo "all" não leva argumento
spf-not-ptr = '{ $term }' não é um termo ptr válido
spf-needs-address = { $mechanism } precisa de um endereço
spf-not-mechanism = '{ $term }' não é um mecanismo SPF
spf-needs-domain = '{ $term }' precisa de um domínio
spf-unexpected = '{ $text }' inesperado
spf-bad-prefix-length = '/{ $length }' não é um comprimento de prefixo de 0 a { $max }
spf-not-address = '{ $text }' não é um endereço
spf-empty-domain = o domínio está vazio
spf-not-domain = '{ $text }' não é um nome de domínio
spf-bad-macro = '{ $macro }' não é uma macro válida
spf-stray-percent = um '%' que não inicia nenhuma macro
spf-multiple-records = { $count } registros SPF: os destinatários consideram erro ter mais de um
spf-macro-not-counted = { $term } usa uma macro; o registro dele não é contado
spf-too-deep = os include se aninham mais de { $max } níveis em { $domain }
spf-lookup-failed = a consulta de { $term } falhou ({ $reason }); a contagem pode ficar curta
spf-include-no-record = { $term } não tem registro SPF (os destinatários reprovam a verificação)
spf-problem-in = em { $term }: { $problem }
spf-include-multiple = { $term } tem { $count } registros SPF
spf-too-many-lookups = mais de { $max } consultas DNS por meio de include e redirect
dmarc-multiple-records = { $count } registros DMARC: assim os destinatários não aplicam nenhum
dmarc-not-policy = { $tag }={ $value } não é uma política (none, quarantine ou reject)
dmarc-not-percentage = pct={ $value } não é uma porcentagem
dmarc-rua-not-mailto = rua { $uri } não é um endereço mailto:; poucos destinatários enviam relatórios para lá
dmarc-not-alignment = { $tag }={ $value } não é nem r nem s
dmarc-not-tag = '{ $text }' não é um par etiqueta=valor
dmarc-no-policy = falta a etiqueta de política p=
dmarc-no-policy-reports = falta a etiqueta p=: os destinatários tratam o registro como p=none
dkim-not-a-key = há um registro TXT, mas não é uma chave DKIM
dkim-several-keys = { $count } registros de chave no mesmo seletor; os verificadores não conseguem escolher
dkim-weak-key = uma chave RSA de { $bits } bits: os verificadores ignoram chaves com menos de 1024 bits
dkim-withdrawn = a chave foi retirada (p= vazio)
dkim-v-not-first = v= deve ser a primeira etiqueta
dkim-not-dkim1 = v={ $value } não é DKIM1
dkim-unknown-type = tipo de chave desconhecido k={ $value }
dkim-no-p = falta a etiqueta p=
dkim-not-base64 = p= não está em base64
dkim-ed25519-size = uma chave ed25519 de { $bytes } bytes
dkim-not-rsa = p= não é uma chave pública RSA
dkim-selector-problem = { $selector }: { $problem }
dnsbl-loopback = um endereço de loopback (a própria máquina)
dnsbl-private = um endereço privado
dnsbl-carrier-nat = um endereço de NAT da operadora (CGNAT)
dnsbl-link-local = um endereço de link local
dnsbl-not-host = um endereço que não corresponde a nenhum computador
dnsbl-unique-local = um endereço local único (privado)
dnsbl-zone-wrong = o nome da zona está errado
dnsbl-public-resolver = a lista recusa consultas feitas por resolvedores públicos ou abertos
dnsbl-too-many-queries = o resolvedor enviou consultas demais para a lista
dnsbl-error-code = a lista respondeu com um código de erro
dnsbl-not-a-listing = a resposta não indica que o endereço esteja na lista
dns-config-unreadable = não foi possível ler a configuração de DNS: { $error }
dns-no-server-configured = nenhum servidor DNS está configurado neste computador
dns-resolver-setup-failed = não foi possível preparar o resolvedor DNS: { $error }
step-no-resolver = nenhum resolvedor DNS a quem perguntar
autoconfig-not-xml = não é um arquivo autoconfig válido: { $error }
autoconfig-wrong-root = não é um arquivo autoconfig: o documento é <{ $element }>, não <clientConfig>
autoconfig-no-provider = o arquivo autoconfig não tem <emailProvider>
autoconfig-no-server = o arquivo autoconfig não indica nenhum servidor POP3, SMTP ou IMAP
autoconfig-problem = autoconfig { $url }: { $problem }
discovery-runtime-failed = não foi possível iniciar a busca: { $error }
discovery-stopped = a busca dos servidores de e-mail parou de forma inesperada
https-no-complete-answer-in-time = nenhuma resposta completa em { $seconds } s
https-no-address = { $host } não tem endereço
https-tls = TLS: { $error }
https-send-failed = ao enviar a requisição: { $error }
https-read-failed = ao ler a resposta: { $error }
https-too-large = a resposta passa de { $kib } KiB
https-incomplete = o servidor não enviou uma resposta HTTP completa
https-no-status = o servidor não enviou linha de status HTTP
https-not-http = não é uma resposta HTTP: "{ $line }"
https-ended-early = a resposta terminou depois de { $got } de { $length } bytes
https-not-utf8 = a resposta não é texto UTF-8
https-chunk-ended-early = uma resposta em partes (chunked) terminou antes da hora
https-bad-chunk-size = uma resposta em partes (chunked) tem um tamanho de parte inválido
https-answered = o servidor respondeu HTTP { $status } { $reason }
https-answered-redirect = o servidor respondeu HTTP { $status } { $reason } (para { $location })

## ==== end of section: steps ====


## ==== section: cli ====
## Command line: errors, usage messages and summaries.

## As mensagens da própria linha de comando. O `--help` está na subseção `help`, no fim.
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
cli-not-a-zone = --dnsbl: '{ $value }' não é um nome de zona DNS
cli-incoming-contradicts = --incoming { $asked } contradiz { $given }: tire um dos dois, ou use --incoming both
cli-incoming-no-server = --incoming { $choice }: nenhum servidor { $protocol } é conhecido para esta conta (nem a predefinição, nem o endereço, nem o perfil indicam um): informe { $flag } SERVIDOR
cli-imap-security-without-imap = --imap-security precisa de um servidor IMAP: --imap SERVIDOR, ou --incoming imap ou both com uma predefinição ou um endereço
cli-no-provider-matches = nenhum provedor corresponde a '{ $search }'

## -- monitoring --
cli-format-conflicts = --json e --format { $format } se contradizem: mantenha só um
cli-serve-listening = escutando em http://{ $address }/ para { $count } contas; uma sonda faz login no máximo uma vez a cada { $seconds } s por conta
cli-serve-not-loopback = atenção: { $address } não é um endereço local: quem chegar a ele pode fazer esta máquina verificar as contas (no máximo uma vez a cada { $seconds } s cada uma)
cli-serve-cannot-listen = --listen { $address }: { $error }
cli-serve-min-interval-range = --min-interval: informe um número de segundos entre 1 e 86400
cli-serve-unknown-account = nenhuma conta chamada '{ $name }' no arquivo de contas
cli-serve-no-account = informe a conta a verificar: /probe?account=NOME
cli-serve-check-failed = não foi possível verificar '{ $name }': { $error }
cli-serve-not-found = não encontrado; este exportador responde em /probe?account=NOME, /metrics e /
cli-nagios-needs-one-account = --format nagios responde por uma só conta: acrescente --account NOME
cli-serve-check-timeout = a verificação não terminou em { $seconds } s
cli-serve-stopping = o exportador está parando
cli-serve-get-only = só pedidos GET são respondidos
cli-serve-query-too-long = a consulta é longa demais
cli-serve-front-page = mailtriage { $version }: um exportador para o Prometheus das verificações do arquivo de contas.
    /probe?account=NOME  verifica a conta NOME (no máximo uma vez a cada { $seconds } s) e responde com suas métricas
    /metrics             as métricas do próprio exportador

## -- accounts --
## `check --accounts FILE`: muitas caixas de correio em uma só execução.
accounts-password-env-unset = "password_env": a variável de ambiente { $variable } não está definida
accounts-password-command-failed = "password_command": { $error }
accounts-status-not-checked = não verificada
accounts-not-started = o prazo da execução acabou antes da vez desta conta (--deadline)
accounts-cut-by-deadline = o prazo da execução acabou enquanto esta conta era verificada (--deadline)
accounts-interrupted-before = a execução foi interrompida ({ $signal }) antes da vez desta conta
accounts-column-name = CONTA
accounts-column-status = ESTADO
accounts-column-problem = PRIMEIRO PROBLEMA
accounts-summary = { $total } contas: { $ok } ok, { $warn } com avisos, { $failed } falharam, { $not_checked } não verificadas ({ $seconds } s)
accounts-option-not-allowed = --accounts: as entradas do arquivo indicam seus próprios servidores, usuários e senhas; tire { $options }
accounts-unknown-name = --account: { $path } não tem nenhuma entrada chamada '{ $name }'; suas entradas: { $names }
accounts-report-needs-one = --report escreve o relatório de uma só conta: adicione --account NOME
accounts-run-interrupted = interrompido ({ $signal }); o resumo acima mostra as contas verificadas até então
## -- oauth2-device --
oauth2-unknown-provider = --provider { $provider }: esse provedor não existe; use microsoft, google ou o id de uma predefinição (mailtriage presets lista todas)
oauth2-provider-without-oauth2 = a predefinição { $provider } não tem bloco oauth2:, então o serviço de entrada dela não é conhecido; acrescente um numa predefinição sua (veja o README)
oauth2-bad-value = { $flag }: só letras, algarismos, pontos, hifens e sublinhados
oauth2-no-client-id = não há id de cliente para { $provider }: registre um aplicativo no provedor (um cliente público autorizado a usar o fluxo de código de dispositivo) e informe o id com --client-id, ou coloque-o no bloco oauth2: de uma predefinição sua
oauth2-client-secret-env-unset = --client-secret-env: a variável de ambiente { $variable } não está definida
oauth2-client-secret-needed = { $provider } exige o segredo do cliente de dispositivo ao pedir o token: coloque-o numa variável de ambiente e informe-a com --client-secret-env
oauth2-bad-url = não é um endereço de entrada utilizável: { $url }
oauth2-error-http = não foi possível falar com o serviço de entrada em { $url }: { $error }
oauth2-error-denied = a entrada foi recusada no outro dispositivo (access_denied): nada foi concedido
oauth2-error-expired = o código expirou antes de a entrada terminar: execute o comando de novo para ter um código novo
oauth2-error-mail-scope = o Google recusou a permissão de e-mail para uma entrada com código (invalid_scope), como documenta: o fluxo dele para dispositivos concede só uma lista curta de permissões e o e-mail não está nela. Teste a conta num programa de e-mail que entre com um navegador neste computador, ou com uma senha de app se o administrador permitir
oauth2-error-mail-scope-because = { oauth2-error-mail-scope } (o Google disse: { $description })
oauth2-error-refused = o serviço de entrada recusou: { $error }
oauth2-error-refused-because = o serviço de entrada recusou: { $error } ({ $description })
oauth2-error-unreadable = a resposta do serviço de entrada não é a que o OAuth2 espera (no campo { $field })
oauth2-error-other = a resposta do serviço de entrada não pode ser usada: { $detail }
oauth2-saved-missing = nenhum token salvo em { $path }: entre antes com mailtriage oauth2 login --save (e o mesmo --user)
oauth2-saved-too-open = outros usuários podem ler { $path } (modo { $mode }), então o token nele pode ser conhecido por outros: recusado. Apague o arquivo e entre de novo com --save
oauth2-saved-io = não foi possível usar { $path }: { $error }
oauth2-saved-unreadable = { $path } não é um token salvo ({ $error })
oauth2-saved-unsupported = tokens só são salvos em sistemas com permissões de arquivo do Unix
oauth2-saved-no-folder = não há pasta para os tokens salvos: nem XDG_DATA_HOME nem HOME têm um caminho absoluto
oauth2-saved-expired-no-refresh = o token salvo de { $provider } expirou e veio sem token de renovação: entre de novo com mailtriage oauth2 login --save
oauth2-google-scope-warning = Aviso: a entrada do Google para dispositivos concede só uma lista curta de permissões e não documenta nenhuma de e-mail entre elas; o esperado é o Google recusar com invalid_scope. A tentativa é feita mesmo assim para você ver a resposta do próprio Google.
oauth2-login-intro = Entre em { $provider } em qualquer dispositivo com navegador (um celular serve):
oauth2-login-open = Abra:
oauth2-login-type = Digite:
oauth2-login-spelled = Soletrado:
oauth2-login-direct = Ou abra este endereço, que já leva o código: { $url }
oauth2-login-waiting = O código vale por { $time }. Aguardando a entrada (Ctrl+C para parar).
oauth2-login-time-left = faltam { $time }
oauth2-login-signed-in-as = Entrada feita: o token é de { $account }.
oauth2-login-signed-in = Entrada feita (o serviço não disse de qual conta).
oauth2-login-memory-only = O token ficou só na memória e se perde quando este comando termina. Para testar a conta com uma entrada nova: mailtriage check --email ENDEREÇO --oauth2-login { $provider }. Para guardar o token para outras verificações, acrescente --save.
oauth2-login-saved = Token salvo em { $path } (só você pode lê-lo). Use-o com: mailtriage check --email ENDEREÇO --oauth2-saved { $provider }
oauth2-check-saved-used = usando o token salvo { $path }
## -- oauth2-sasl --
cli-oauth2-token-env-unset = --oauth2-token-env: a variável de ambiente { $variable } não está definida ou está vazia
cli-oauth2-token-command-failed = --oauth2-token-command: nenhum token obtido: { $error }

## -- loader and accounts --
## O carregador do arquivo de contas, os comandos de senha e o que `check --accounts`, `serve` e
## `oauth2 login` dizem deles. Caminhos, nomes de campo e as palavras do analisador de YAML são
## dados e vão entre aspas.
accounts-file-missing = { $path }: o arquivo não existe
accounts-file-too-large = { $path }: o arquivo tem mais de { $limit } bytes
accounts-file-not-text = { $path }: o arquivo não é texto UTF-8 (byte inválido na posição { $offset })
accounts-file-unreadable = { $path }: não foi possível ler o arquivo: "{ $error }"
accounts-file-not-yaml = { $place }: { $at }não é um arquivo de contas válido; o analisador de YAML diz: "{ $message }"
accounts-file-unknown-field = { $place }: { $at }o campo "{ $field }" não existe; os campos possíveis aqui: "{ $expected }"
accounts-file-unknown-field-here = { $place }: { $at }o campo "{ $field }" não existe; aqui não cabe nenhum campo
profile-file-not-yaml = { $place }: { $at }não é um perfil válido; o analisador de YAML diz: "{ $message }"
preset-file-not-yaml = { $place }: { $at }não é uma predefinição válida; o analisador de YAML diz: "{ $message }"
preset-file-unreadable = { $path }: não foi possível ler: { $problem }
preset-file-rule = { $file }: predefinição "{ $id }": { $problem }
preset-file-duplicate-id = { $second }: o identificador de predefinição "{ $id }" já é usado por { $first }
preset-rule-no-smtp = smtp não indica nenhum servidor; todo provedor daqui envia e-mail
preset-rule-no-pop3 = pop3 não indica nenhum servidor; adicione um, ou marque o provedor com a nota no-pop3
preset-rule-pop3-despite-note = pop3 indica servidores, mas as notas dizem no-pop3
preset-rule-not-findable = não há domains nem mx_suffixes: a predefinição nunca seria encontrada a partir de um endereço
preset-rule-name-twice = { $field } indica "{ $value }" duas vezes
preset-rule-server-twice = { $field } indica { $host }:{ $port } duas vezes
preset-rule-note-twice = notes indica "{ $note }" duas vezes
preset-rule-no-scope = oauth2.scopes não indica nenhum escopo
preset-rule-bad-scope = oauth2.scopes: "{ $scope }" não é um escopo (sem espaços)
preset-rule-no-tenant = oauth2: os endereços contêm {"{"}tenant{"}"}, mas nenhum tenant foi informado
preset-rule-bad-token = oauth2.{ $field }: "{ $value }" só pode ter letras, dígitos, pontos, hifens ou sublinhados
accounts-file-literal-password = { $place }: { $at }um arquivo de contas nunca guarda senhas ("password:"); indique de onde ela vem com "password_env: VARIAVEL" ou "password_command: COMANDO"
accounts-file-too-open = { $path }: o arquivo tem um "password_command" e outros usuários, além do dono, podem lê-lo ou alterá-lo (permissões { $mode }); um comando pode conter um segredo e decide o que roda em seu nome. Deixe-o privado: chmod 600 { $path }
accounts-file-no-account = { $path }: "accounts" não lista nenhuma conta
accounts-file-too-many = { $path }: { $count } contas; o máximo é { $limit }
accounts-file-name-twice = { $path }: { $at }: o nome "{ $name }" aparece duas vezes; os nomes não podem se repetir
accounts-file-name-empty = { $path }: { $at }: o nome está vazio
accounts-file-name-too-long = { $path }: { $at }: o nome tem mais de { $limit } caracteres
accounts-file-name-bad = { $path }: { $at }: "{ $name }" não pode ser um nome: use só letras, dígitos e '.', '_', '-', '@', '+'
accounts-file-both-sources = { $path }: { $at } ({ $name }): indique "password_env" ou "password_command", não os dois
accounts-file-bad-env = { $path }: { $at } ({ $name }): "password_env" precisa ser o nome de uma variável de ambiente
accounts-file-bad-command = { $path }: { $at } ({ $name }): "password_command" precisa ser uma linha de comando de no máximo { $limit } bytes
accounts-file-no-server = { $path }: { $at } ({ $name }): nenhum servidor: indique "incoming", "outgoing" ou um "preset" (aqui ou em "defaults")
accounts-number-range = { $flag }: indique um número de 1 a { $max }
accounts-check-crashed = a verificação parou de forma inesperada (uma falha do mailtriage)
secret-command-unparsable = o comando está vazio ou uma das aspas não foi fechada
secret-command-not-found = não foi possível iniciar "{ $program }": esse programa não existe
secret-command-not-allowed = não foi possível iniciar "{ $program }": permissão negada
secret-command-not-started = não foi possível iniciar "{ $program }": "{ $error }"
secret-command-exit-code = "{ $program }" falhou (código de saída { $code })
secret-command-signal = "{ $program }" falhou (foi parado pelo sinal { $signal })
secret-command-empty = "{ $program }" imprimiu uma primeira linha vazia
secret-command-too-slow = "{ $program }" não terminou em { $seconds } s e foi parado
secret-command-not-text = "{ $program }" imprimiu algo que não é texto
secret-command-too-much = "{ $program }" imprimiu mais de { $kib } KiB, e um segredo é uma linha só
oauth2-http-not-https = não é um endereço https: { $url }
oauth2-http-plain-not-loopback = http sem criptografia só é usado com o endereço de loopback deste computador: { $url }
oauth2-http-connect = não foi possível conectar: "{ $error }"
oauth2-http-tls = o TLS falhou: "{ $error }"
oauth2-http-deadline = nenhuma resposta em { $seconds } s
oauth2-http-too-large = a resposta tem mais de { $limit } bytes
oauth2-http-malformed = não é uma resposta HTTP: { $problem }
oauth2-http-request-header-not-text = um cabeçalho da requisição não é texto
oauth2-http-headers-not-text = os cabeçalhos não são texto
oauth2-http-no-status-line = falta a linha de status HTTP/1.x
oauth2-http-no-status-code = falta o código de status
oauth2-http-header-without-colon = uma linha de cabeçalho sem dois-pontos
oauth2-http-bad-header-name = um nome de cabeçalho não é válido
oauth2-http-bad-header-value = um valor de cabeçalho não é válido
oauth2-http-ended-in-headers = a resposta terminou no meio dos cabeçalhos
oauth2-http-broken-chunks = um corpo em partes (chunked) quebrado
oauth2-error-answer = uma resposta de erro
oauth2-saved-too-large = tem mais de { $limit } bytes
oauth2-saved-position = linha { $line }, coluna { $column }

## -- saved profiles --
profile-no-folder = não há pasta para os perfis: coloque em XDG_CONFIG_HOME ou em HOME um caminho absoluto
profile-bad-name = "{ $name }" não serve como nome de perfil: { $reason }
profile-not-found = não há nenhum perfil chamado "{ $name }" ({ $path } não existe)
profile-unreadable = { $path }: { $error }
profile-name-empty = está vazio
profile-name-too-long = tem mais de { $limit } caracteres
profile-name-starts-badly = começa com um ponto ou um hífen
profile-name-bad-characters = use só letras, algarismos, ".", "_" e "-"

## -- the system's file and socket errors --
io-not-found = esse arquivo ou pasta não existe
io-permission-denied = permissão negada
io-already-exists = já existe
io-is-a-folder = é uma pasta
io-not-a-folder = uma parte do caminho não é uma pasta
io-read-only = o sistema de arquivos é somente leitura
io-no-space = não há espaço livre no disco
io-address-in-use = o endereço já está em uso
io-address-not-here = o endereço não é deste computador
io-other = { $error }

## -- help --
## `--help` do programa e de cada comando. Opções, comandos e marcadores que são sintaxe
## (HOST[:PORT], tls|starttls|none) ficam como se digitam.
help-about = Por que o e-mail não chega ou não sai, e como resolver
help-check-about = Testa os servidores uma vez e mostra o resultado (sem painel)
help-presets-about = Lista os provedores que o mailtriage conhece: suas predefinições e as entradas do banco de dados de provedores do Thunderbird (ISPDB), com a origem de cada uma
help-scan-about = Testa ao mesmo tempo as portas usuais dos servidores em cada modo de segurança razoável e recomenda a configuração que funciona mais parecida com a configurada (nunca faz login)
help-demo-about = Inicia servidores de demonstração neste computador para um cenário e abre o painel neles; `demo --list` mostra os cenários, `demo CENÁRIO -- check --json` verifica sem painel
help-serve-about = Responde às coletas do Prometheus: `/probe?account=NOME` verifica uma conta do arquivo de contas (no máximo uma vez por --min-interval) e responde com as métricas dela; `/metrics` traz as do próprio exportador
help-oauth2-about = Login OAuth2 para as contas que não aceitam mais senha: `oauth2 login` obtém um token com um código digitado em outro dispositivo
help-oauth2-login-about = Obtém um token com um código digitado em outro dispositivo (autorização de dispositivo do OAuth2)
help-pop3 = Servidor de entrada (POP3)
help-pop3-security = Segurança da conexão POP3 [padrão: tls; porta 995, ou 110 com starttls/none]
help-imap = Servidor de entrada acessado por IMAP, em vez de POP3
help-imap-security = Segurança da conexão IMAP [padrão: tls; porta 993, ou 143 com starttls/none]
help-incoming = Qual servidor de entrada verificar quando os servidores vêm de --preset, --email ou --profile: pop3 (o e-mail é baixado para um só dispositivo), imap (o e-mail fica no servidor) ou both, os dois [padrão: pop3 quando o provedor oferece; se não, imap]
help-smtp = Servidor de saída (SMTP)
help-smtp-security = Segurança da conexão SMTP [padrão: starttls; porta 587, ou 465 com tls]
help-user = Nome de usuário para o login
help-smtp-user = Nome de usuário para o servidor de saída (SMTP), quando não é o de --user
help-password-env = Lê a senha desta variável de ambiente (`MAILTRIAGE_PASSWORD` também é lida; se não houver, a senha é pedida no terminal)
help-oauth2-token-env = Faz login com o token de acesso OAuth2 desta variável de ambiente (XOAUTH2 ou OAUTHBEARER, conforme o servidor oferecer) em vez de uma senha; nenhuma senha é pedida
help-oauth2-token-command = Faz login com o token de acesso OAuth2 que este comando escreve na primeira linha (executado sem shell) em vez de uma senha; nenhuma senha é pedida
help-from = Endereço do remetente para o ensaio SMTP (MAIL FROM; nada é enviado)
help-to = Endereço do destinatário para o ensaio SMTP (RCPT TO; nada é enviado)
help-resolve = Conecta em ADDRESS para HOST:PORT, mas confere o certificado com HOST
help-ca-file = Confia também nos certificados de CA deste arquivo PEM
help-timeout = Prazo de cada etapa de rede, em segundos
help-session-timeout = Prazo total de cada sessão de e-mail, em segundos [padrão: o prazo de cada etapa × (etapas + 3) / 3, conforme as etapas que a sessão pede]
help-allow-plaintext-auth = Permite enviar a senha, ou um resumo APOP dela, por uma conexão sem criptografia
help-preset = Pega os servidores desta predefinição de provedor (`mailtriage presets` lista todas)
help-email = O endereço de e-mail da conta: escolhe a predefinição do provedor e o nome de usuário
help-profile = Parte deste perfil salvo
help-save-profile = Salva a conta (servidores, nome de usuário, remetente; nunca a senha) como este perfil
help-lang = Idioma das explicações [padrão: o das configurações regionais]
help-dns-server = Servidor DNS para as consultas do próprio mailtriage (os endereços dos hosts do painel de rede, os registros do domínio e as listas de bloqueio; os registros MX, SRV e de autoconfiguração do domínio do e-mail) em vez do servidor do sistema [porta padrão: 53]
help-sntp-server = Servidor de hora com que comparar o relógio local [padrão: pool.ntp.org:123]
help-public-ip = O endereço público deste computador, para as consultas às listas de bloqueio [padrão: o endereço que o servidor SMTP diz ver]
help-dnsbl = Zona de lista de bloqueio DNS onde procurar os endereços (pode repetir) [padrão: zen.spamhaus.org]
help-reach = Destino na internet ao qual conectar para ver se há saída (pode repetir) [padrão: 1.1.1.1:443, 8.8.8.8:443 e [2606:4700:4700::1111]:443]
help-dkim-selector = Seletor DKIM a consultar além dos do provedor (pode repetir)
help-oauth2-login = Faz antes o login OAuth2 (microsoft, google ou o id de uma predefinição): aparece um código para digitar em qualquer dispositivo com navegador; depois a verificação faz login com o token, mantido só na memória
help-oauth2-saved = Faz login com o token que `oauth2 login --save` salvou para este provedor e o --user informado (renovado antes se expirar em menos de dois minutos)
help-client-id = O id do aplicativo (cliente) registrado no provedor para este login [padrão: o `oauth2.client_id` da predefinição; nenhum vem embutido]
help-tenant = Microsoft: o diretório (locatário) onde fazer login: um id de locatário, um domínio, `organizations` (contas corporativas e de estudante) ou `consumers` (contas pessoais) [padrão: o da predefinição]
help-client-secret-env = Lê o segredo do cliente desta variável de ambiente (os clientes de dispositivo do Google precisam dele; nunca é lido da linha de comando nem de um arquivo)
help-oauth2-device-url = O endereço de autorização de dispositivos, em vez do da predefinição
help-oauth2-token-url = O endereço para obter tokens, em vez do da predefinição
help-ascii = Símbolos ASCII simples, para terminais sem Unicode
help-interval = Segundos entre cada nova verificação da conexão no painel
help-report-dir = Pasta dos relatórios que o painel salva (`w`). Padrão: a pasta de dados XDG, `$XDG_DATA_HOME/mailtriage/reports` ou `~/.local/share/mailtriage/reports`
help-json = Escreve um documento JSON em vez de texto
help-only = Executa só estes painéis (pode repetir)
help-report = Escreve também um relatório de suporte (Markdown) neste arquivo: configuração, erros exatos, constatações, cada etapa com seu tempo e as transcrições. Nunca contém a senha
help-private = No relatório de suporte, troca os nomes e endereços do próprio usuário (nome de usuário, endereços de e-mail, um domínio próprio, o nome e os endereços deste computador) por marcadores, para poder compartilhá-lo em público; os nomes de servidores de provedores conhecidos ficam
help-format = Formato da saída: text (padrão), json (como --json), nagios (a linha de status de um plugin de monitoramento, dados de desempenho e código de saída 0/1/2/3) ou openmetrics (para o Prometheus)
help-format-text = O relatório para pessoas (o padrão)
help-format-json = Um documento JSON (o mesmo que `--json`)
help-format-nagios = A interface dos plugins de monitoramento: saída 0/1/2/3, uma linha de status com dados de desempenho, correções
help-format-openmetrics = Uma exposição OpenMetrics, para o coletor de arquivos de texto do node_exporter ou qualquer outro leitor
help-output = Escreve a saída neste arquivo em vez da saída padrão, de forma atômica (um arquivo temporário ao lado, que depois o substitui): o que o coletor de arquivos de texto do node_exporter precisa
help-account-label = O nome da conta nas saídas nagios e openmetrics (o rótulo `account`). Padrão: o nome de usuário; se não houver, o endereço de e-mail; se não, o nome do primeiro servidor
help-accounts = Verifica cada conta deste arquivo YAML (veja «Many accounts» no README). Junto com ele, estas opções valem para cada entrada: --to, --resolve, --ca-file, --timeout, --session-timeout, --allow-plaintext-auth, --lang, --dns-server, --sntp-server, --public-ip, --dnsbl, --reach, --dkim-selector, --only, --json. Cada entrada informa seus próprios servidores, nomes de usuário e senhas
help-account-name = Com --accounts: verifica só esta entrada e escreve o mesmo que uma verificação avulsa (para os motores da família do Nagios, que executam um plugin por serviço)
help-parallel = Com --accounts: quantas contas são verificadas ao mesmo tempo [padrão: 16]
help-per-host = Com --accounts: quantas contas são verificadas ao mesmo tempo contra um mesmo servidor [padrão: 4]
help-deadline = Com --accounts: prazo da execução inteira, em segundos; as contas que não tiverem começado até lá aparecem como não verificadas [padrão: o bastante para cada conta usar o próprio prazo]
help-search = Só os provedores cujo id, nome, algum domínio ou algum nome de servidor contém esta palavra
help-scenario = O cenário a mostrar [padrão: healthy]; `--list` mostra todos
help-list = Lista os cenários, um por linha
help-then = Depois de `--`: `check [--json] [--lang LANG]` faz a verificação sem painel no cenário em vez de abrir o painel
help-listen = Endereço e porta onde escutar. Um endereço diferente do local (loopback) só é usado quando informado
help-min-interval = Uma conta verificada há menos segundos que isto é respondida com a última verificação, sem fazer login de novo, não importa quantas vezes seja consultada
help-max-checks = Máximo de verificações em andamento ao mesmo tempo
help-provider = O provedor: microsoft (Microsoft 365), google (Google Workspace) ou o id de uma predefinição (outlook, gmail ou uma das suas próprias predefinições com um bloco `oauth2:`)
help-save = Guarda os tokens num arquivo que só você pode ler, na pasta de dados XDG (`$XDG_DATA_HOME/mailtriage/oauth2/`), para `check --oauth2-saved`
help-oauth2-login-lang = Idioma das mensagens [padrão: o das configurações regionais]
help-oauth2-login-timeout = Prazo de cada pedido ao serviço de login, em segundos [padrão: 20]
help-oauth2-login-user = A conta que faz login (dá nome ao arquivo salvo; a página de login não fica sabendo)
help-presets-json = Escreve uma lista JSON (cada servidor com sua porta e sua segurança) em vez da tabela
help-scan-json = Escreve um documento JSON em vez da matriz
help-serve-accounts = O arquivo de contas (YAML) cujas contas podem ser verificadas; cada pedido nomeia uma, nunca um servidor
help-serve-dns-server = Servidor DNS para as consultas do próprio mailtriage em vez do servidor do sistema [porta padrão: 53]
help-serve-lang = Idioma das palavras das constatações nas respostas [padrão: o das configurações regionais]
help-serve-only = Executa só estes painéis (pode repetir) [padrão: entrada e saída; o painel de rede pergunta o mesmo para todas as contas]
help-heading-usage = Uso
help-heading-options = Opções
help-heading-arguments = Argumentos
help-heading-commands = Comandos
help-heading-possible-values = Valores possíveis
help-heading-many-accounts = Várias contas
help-word-options-placeholder = OPÇÕES
help-word-default = padrão
help-word-possible-values = valores possíveis
help-word-help = Mostra a ajuda
help-word-help-more = Mostra a ajuda (mais detalhes com '--help')
help-word-help-summary = Mostra a ajuda (um resumo com '-h')
help-word-version = Mostra a versão
help-word-help-command = Mostra esta mensagem ou a ajuda dos comandos indicados
help-word-help-for = Mostra a ajuda dos comandos indicados
help-value-command = COMANDO
help-value-address = ENDEREÇO
help-value-cmd = COMANDO
help-value-dir = PASTA
help-value-file = ARQUIVO
help-value-file-md = ARQUIVO.md
help-value-format = FORMATO
help-value-id = ID
help-value-name = NOME
help-value-panel = PAINEL
help-value-pem = PEM
help-value-provider = PROVEDOR
help-value-scenario = CENÁRIO
help-value-search = PALAVRA
help-value-seconds = SEGUNDOS
help-value-selector = SELETOR
help-value-tenant = LOCATÁRIO
help-value-url = URL
help-value-var = VARIÁVEL
help-value-zone = ZONA

## -- the --ca-file --
ca-file-not-pem = o arquivo de CA não é um PEM válido: { $error }
ca-file-not-an-authority = o certificado { $number } do arquivo de CA não pode servir de autoridade confiável: { $error }
ca-file-empty = o arquivo de CA não traz nenhum certificado (esperavam-se blocos "-----BEGIN CERTIFICATE-----")

## -- values typed on the command line or in the editor --
value-unknown-security = segurança desconhecida "{ $value }": use tls, starttls ou none
value-unknown-incoming = protocolo desconhecido "{ $value }": use pop3, imap ou both
value-no-host = falta o nome do servidor em "{ $spec }"
value-no-port = falta a porta em "{ $spec }": escreva SERVIDOR:PORTA
value-bad-port = "{ $port }" não é um número de porta (1-65535) em "{ $spec }"
value-no-closing-bracket = falta o "]" de fechamento em "{ $spec }"
value-after-bracket = "{ $after }" sobra depois de "]" em "{ $spec }"
value-not-resolve = "{ $spec }" não tem a forma SERVIDOR:PORTA:ENDEREÇO
value-not-an-address-in = "{ $address }" não é um endereço IP em "{ $spec }"
value-not-an-address = "{ $address }" não é um endereço IP

## -- command-line mistakes (what clap refuses) --
usage-see-help = { $error } (veja --help)
usage-unknown-argument = argumento inesperado "{ $argument }"
usage-unknown-command = comando desconhecido "{ $command }"
usage-invalid-value = valor inválido "{ $value }" para "{ $argument }"
usage-value-missing = falta o valor de "{ $argument }"
usage-missing-arguments = faltam estes argumentos obrigatórios: { $arguments }
usage-conflict = "{ $argument }" não pode ser usado junto com "{ $other }"
usage-needs-equals = "{ $argument }" leva o valor depois de um sinal de igual
usage-too-many-values = valor que sobra "{ $value }" para "{ $argument }"
usage-with-similar = { $error }; existe um parecido: "{ $similar }"
usage-with-valid = { $error }; valores possíveis: { $valid }

## -- an address no source knows, and what the guess tried --
source-domain-missing = --email: o domínio { $domain } não existe (o DNS não conhece esse nome): confira se o endereço tem algum erro de digitação
source-no-settings = --email: { $domain } não publica as configurações de e-mail (nenhum provedor que as predefinições ou a base de provedores do Thunderbird conheçam pelo nome ou pelos registros MX, nenhum registro SRV, nenhum arquivo autoconfig)
source-no-settings-failed = --email: { $domain } não publica as configurações de e-mail (nenhum provedor que as predefinições ou a base de provedores do Thunderbird conheçam pelo nome ou pelos registros MX, nenhum registro SRV, nenhum arquivo autoconfig) (uma consulta falhou: { $problem })
source-then-guessed = { $looked }; { $guessed }
source-give-servers = { $looked }: informe --pop3 ou --imap SERVIDOR e/ou --smtp SERVIDOR
source-no-preset = nenhuma predefinição conhece o provedor de "{ $email }": informe --pop3 ou --imap SERVIDOR e/ou --smtp SERVIDOR
guess-port = { $protocol } { $port } ({ $security })
guess-no-encryption = sem criptografia
guess-nothing-answered = o mailtriage então tentou como os programas de e-mail fazem: os nomes { $names } nas portas { $ports }, só conectando (sem enviar a senha), durante { $seconds } s, e nenhum respondeu como servidor de e-mail
guess-names-missing = {" "}({ $names } não existem no DNS)
guess-plain-only = ; { $places } responderam só sem criptografia, algo que o mailtriage nunca recomenda
guess-ask-provider = . Peça ao provedor o nome, a porta e a segurança (SSL/TLS ou STARTTLS) do servidor de entrada e os do de saída e depois informe-os com --pop3 ou --imap SERVIDOR:PORTA e --smtp SERVIDOR:PORTA

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

## -- oauth2-device --
tui-context-sign-in = Entrada com OAuth2
tui-action-sign-in = entrar com OAuth2 (um código digitado em outro dispositivo)
tui-action-short-sign-in = entrar
tui-sign-in-title = Entrar em { $provider } (OAuth2)
tui-sign-in-starting = Pedindo um código ao serviço de entrada…
tui-sign-in-read-out = Em qualquer dispositivo com navegador (um celular serve), abra o endereço e digite o código:
tui-sign-in-waiting = Aguardando a entrada: faltam { $time }. Quando terminar, a conta é verificada de novo com o token. Esc interrompe.
tui-sign-in-no-provider = nenhum provedor OAuth2 informado: abra o painel com --oauth2-login microsoft (ou google, ou o id de uma predefinição)

## ==== end of section: dashboard ====
