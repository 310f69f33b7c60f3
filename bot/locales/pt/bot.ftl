# idphoto bot — português.

language-name = Português

## Commands (the "/" menu)

cmd-start = Começar de novo
cmd-new = Foto para outro documento
cmd-help = Como funciona
cmd-language = Mudar o idioma
cmd-privacy = O que acontece com as suas fotos
cmd-delete = Apagar agora minhas fotos e dados
cmd-cancel = Cancelar a etapa atual
cmd-balance = Meus créditos
cmd-buy = Comprar créditos
cmd-history = Meus pedidos e arquivos
cmd-referral = Convide amigos e ganhe créditos
cmd-paysupport = Ajuda com um pagamento
cmd-support = Falar com uma pessoa

## Start, language, consent

start-welcome = Olá! Eu transformo uma selfie do celular em uma foto de passaporte, visto ou documento de identidade que segue as regras oficiais.
language-prompt = Escolha o seu idioma:
language-set = Idioma: português
language-resumed = Idioma alterado. Continue de onde parou: os botões acima continuam funcionando.
consent-card =
    <b>Antes de enviar uma foto: o que você autoriza</b>
    • <b>Finalidade</b>: só fazer a sua foto de documento: encontro o seu rosto, confiro a foto com as regras do documento, troco o fundo e recorto.
    • <b>O que é tratado</b>: a foto que você envia e a geometria do seu rosto medida nela (onde ficam os olhos, o queixo e o alto da cabeça). Esses dados faciais são sensíveis: servem só para isso, nunca para identificar quem você é.
    • <b>Quem</b>: só o operador deste bot, nos próprios servidores. A sua foto nunca é compartilhada com ninguém nem usada para treinar IA.
    • <b>Por quanto tempo</b>: a foto, as medidas e os arquivos prontos são apagados automaticamente após { $hours } horas. Seus pedidos e pagamentos (sem fotos) ficam guardados para a contabilidade.
    • <b>Revogação</b>: /delete apaga na hora as suas fotos e dados; você também pode simplesmente parar. Dúvidas: /support.
    Toque em “Concordo” para consentir com isso e, de forma específica, com o tratamento dos seus dados faciais.
consent-thanks = Obrigado!
consent-needed = Primeiro aceite o aviso abaixo; depois envie a sua foto novamente.
button-agree = ✅ Concordo, com dados faciais
button-language = 🌐 Idioma

## Choosing the document

document-prompt = Para qual documento é a foto? Escreva o país e o documento, por exemplo “passaporte brasileiro”, “visto Schengen” ou “35x45 mm”, ou escolha abaixo.
document-another = Qual é o próximo documento? Vou usar a mesma selfie.
photo-which-document = Ótima foto! Para qual documento ela é? Escreva o país e o documento, ou escolha abaixo.
document-results = Foi isto que encontrei. Toque no seu documento:
document-none = Não encontrei esse documento. Tente outras palavras (o país e o tipo de documento) ou procure por país.
document-countries = Escolha o país (página { $page } de { $pages }):
document-country = Documentos de { $country }:
country-generic = Tamanhos padrão
button-browse = 🌍 Procurar por país
button-back = ⬅️ Voltar
button-previous = ⬅️ Anterior
button-next = Próxima ➡️
button-other-document = 📄 Outro documento

## Taking the selfie

capture-example = Onde a cabeça e os olhos devem ficar em uma foto de { $document }.
capture-guide =
    <b>{ $document }</b> ({ $size })
    Como tirar a selfie:
    • Fique de frente para uma janela, com luz do dia suave e uniforme, sem sombras no rosto.
    • Segure o celular na altura dos olhos, com o braço esticado, ou peça para alguém tirar a foto.
    • Olhe direto para a câmera. A cabeça inteira e os ombros devem aparecer.
    • Cabelo longe do rosto; nada na cabeça, a não ser por motivo religioso ou médico.
capture-glasses-off = • Tire os óculos.
capture-glasses-ok = • Óculos podem, se as lentes forem transparentes, sem reflexo, e a armação não cobrir os olhos.
capture-expression-neutral = • Expressão neutra: boca fechada, olhos abertos, sem sorrir.
capture-expression-smile = • Uma expressão natural está ótima: boca fechada, olhos abertos.
capture-background-any = • Qualquer fundo liso serve: eu troco pela cor que as regras exigem.
capture-background-real = • Este documento não aceita fotos editadas, então o fundo real é mantido: fique na frente de uma parede lisa ({ $colours }).
capture-send = Depois envie a foto aqui, como foto ou como arquivo.
capture-retake = Envie uma foto nova. Olhe de frente para a câmera, com luz uniforme, com a cabeça inteira e os ombros na imagem.
capture-waiting = Estou esperando a sua selfie: envie como foto ou como arquivo. Quer outro documento? Toque abaixo.
capture-sticker = Isso é uma figurinha 🙂 Preciso de uma foto real do seu rosto. Envie uma selfie, por favor.
capture-video = Não consigo usar vídeos nem GIFs. Envie uma foto, por favor.
capture-voice = Não consigo usar mensagens de voz ou áudio. Envie uma selfie, por favor.
capture-pdf = Isso é um PDF. Envie a própria foto: JPEG, PNG, WebP ou HEIC.
capture-file = Não consigo usar esse tipo de arquivo. Envie uma foto: JPEG, PNG, WebP ou HEIC.
capture-too-big = Este arquivo tem { $size } MB; aceito no máximo { $limit } MB. Envie como foto normal ou mande uma cópia menor.
capture-album = Você enviou várias fotos, então vou usar a primeira.
capture-download-failed = Não consegui baixar a foto. Envie de novo, por favor.

## Checks

checks-running = 🔎 Verificando a sua foto com as regras de { $document }…
still-working = ⏳ Ainda trabalhando, quase pronto…
checks-passed = ✅ Todas as verificações aprovadas.
checks-blocking = É preciso corrigir algumas coisas antes de fazer a foto de { $document }:
checks-warnings = A foto pode ser usada, mas algumas coisas podem melhorar:
checks-line = • { $title }: { $tip }
checks-retake-hint = Tire uma foto nova e envie aqui, por favor.
job-timeout = Está demorando mais do que o normal. Tente de novo daqui a pouco.
button-retake = 📷 Tirar de novo
button-continue = Continuar assim mesmo ➡️
button-continue-headwear = É religiosa ou médica ➡️
button-try-again = 🔁 Tentar de novo

check-face_size = Rosto pequeno demais na foto
check-head_cut = Cabeça cortada
check-yaw = Cabeça virada para o lado
check-pitch = Cabeça inclinada para cima ou para baixo
check-roll = Cabeça inclinada para o lado
check-gaze = Não está olhando para a câmera
check-eyes_closed = Olhos fechados
check-mouth_open = Boca aberta
check-smile = Sorriso
check-glasses = Óculos
check-lighting_uneven = Luz desigual no rosto
check-exposure = Escura ou clara demais
check-dynamic_range = Imagem apagada, sem contraste
check-colour_photo = Foto em preto e branco
check-blur = Foto desfocada
check-compression = Foto comprimida demais
check-head_covering = Cobertura na cabeça
check-hands = Mãos na foto
check-no_room = Pouco espaço em volta da cabeça
check-shoulders_cut = Ombros cortados
check-cutout = Não foi possível remover o fundo de forma limpa
check-background_colour = Cor do fundo

tip-face_size = chegue mais perto da câmera ou envie a foto original em vez de uma cópia recortada ou reduzida.
tip-head_cut = mantenha a cabeça inteira na imagem, com cabelo, queixo e as duas orelhas.
tip-yaw = vire o rosto de frente para a câmera.
tip-pitch = segure o celular na altura dos olhos e mantenha o queixo reto.
tip-roll = mantenha a cabeça reta, sem incliná-la para um ombro.
tip-gaze = olhe direto para a lente da câmera, não para a tela nem para o lado.
tip-eyes_closed = mantenha os olhos abertos e olhe para a câmera.
tip-mouth_open = feche a boca.
tip-smile = mantenha uma expressão neutra, sem sorrir.
tip-glasses = tire os óculos ou garanta que não haja reflexo e que a armação não cubra os olhos.
tip-lighting_uneven = fique de frente para uma janela ou uma luz suave, para que os dois lados do rosto fiquem igualmente iluminados.
tip-exposure = procure uma luz mais suave e uniforme: sem sol direto e não em um quarto escuro.
tip-dynamic_range = tire a foto com luz melhor e sem filtros.
tip-colour_photo = tire a foto em cores: desligue os filtros de preto e branco ou de cor da câmera.
tip-blur = segure o celular firme, limpe a lente e deixe a câmera focar no seu rosto.
tip-compression = envie a foto original, não uma encaminhada ou comprimida.
tip-head_covering = tire chapéus e bonés; coberturas religiosas ou médicas podem, com o rosto todo visível.
tip-hands = abaixe as mãos e os braços: na foto devem aparecer apenas a cabeça e os ombros.
tip-no_room = dê um passo para trás, para sobrar espaço acima da cabeça e os ombros aparecerem.
tip-shoulders_cut = dê um passo para trás para os ombros aparecerem.
tip-cutout = fique diante de uma parede lisa e clara, sem nada atrás da cabeça, e afaste-se um pouco.
tip-background_colour = fique na frente de uma parede lisa e clara.

## Errors from the engine

error-empty_file = O arquivo está vazio. Envie a foto de novo, por favor.
error-not_an_image = Esse arquivo não é uma imagem. Envie uma foto: JPEG, PNG, WebP ou HEIC.
error-corrupt_image = A imagem está danificada ou incompleta. Envie a foto original de novo, por favor.
error-too_many_pixels = A imagem é grande demais. Envie uma foto normal do celular ou uma cópia menor.
error-extreme_aspect = A imagem é comprida e estreita demais. Envie uma foto comum, não um panorama nem uma captura de tela.
error-too_small = A imagem é pequena demais. Envie a foto original, não uma miniatura nem uma prévia.
error-unsupported_format = Não consigo ler esse formato de imagem. Envie uma foto JPEG, PNG, WebP ou HEIC.
error-no_face = Não encontrei um rosto. Olhe para a câmera, com a cabeça inteira na imagem.
error-multiple_faces = Há mais de uma pessoa na foto. Só você pode aparecer: peça para os outros saírem.
error-face_not_measurable = Encontrei um rosto, mas não consegui medi-lo. Olhe direto para a câmera, sem nada cobrindo o rosto.
error-edit_not_allowed = As regras deste documento não aceitam fotos editadas. Tire a foto na frente de uma parede lisa de uma cor permitida.
error-retouch_not_allowed = As regras deste documento não aceitam fotos retocadas.
error-background_not_allowed = Essa cor de fundo não é permitida para este documento. Escolha outra, por favor.
error-file_size_unreachable = Não consegui deixar o arquivo no tamanho que o portal deste documento exige. Tente outra foto.
error-model_missing = Desculpe, uma parte do meu motor de fotos não está disponível agora. Tente mais tarde.
error-internal = Desculpe, algo deu errado do meu lado. Tente de novo, por favor.
error-bad_input = Não consigo usar esta foto. Tire outra, por favor.
error-checks_failed = A foto ainda não segue as regras. Tire de novo, por favor.
error-selfie_missing = A sua foto não está mais guardada (as fotos são apagadas depois de um tempo). Envie de novo, por favor.
error-unknown_document = Não conheço mais este documento. Escolha de novo, por favor.
error-unknown_outfit = Esta roupa não está disponível. Escolha outra, por favor.
error-outfit_not_allowed = As regras deste documento não permitem trocar a roupa. Tire a foto com a roupa que quiser usar.
error-outfit_needs_new_background = Trocar a roupa também repinta o fundo, o que este documento não permite. Mantenha a sua própria roupa.
error-unexpected = Desculpe, algo deu errado do meu lado. Tente de novo; se continuar, envie /new.

## Background and outfit

style-choose = Escolha a cor do fundo. Estas são as cores que as regras de { $document } permitem:
style-single = Fundo: { $colour } (a única cor que as regras permitem).
style-real-background = Este documento não aceita fotos editadas, então mantenho o seu fundo real.
button-outfit-keep = 👕 Manter minha roupa
button-outfit-try-men = 👔 Masculino
button-outfit-try-women = 👚 Feminino
button-outfit-try-child = 🧒 Infantil
outfit-offer = Quer se ver de terno, blazer ou camisa? Posso mostrar a sua foto com algumas roupas, ou você pode ficar com a sua própria roupa.
outfit-making = 👔 Vestindo a sua foto com algumas roupas…
outfit-sheet-caption = A sua foto com algumas roupas (uma prévia com marca-d'água). Toque no número da que você preferir, ou fique com a sua própria roupa.
outfit-own-clothes = A sua própria roupa
colour-white = Branco
colour-near-white = Quase branco
colour-off-white = Branco gelo
colour-light-grey = Cinza-claro
colour-grey = Cinza
colour-light-blue = Azul-claro
colour-sky-blue = Azul-celeste
colour-cream = Creme

## Preview

preview-making = 🎨 Preparando a sua prévia…
preview-caption = Prévia da sua foto de { $document } (com marca-d'água e menor que o arquivo real). Ajuste ou receba os seus arquivos.
preview-synthesised-outfit = ⚠️ A roupa desta foto é sintética: foi desenhada, não fotografada.
preview-synthesised-body = ⚠️ Parte desta foto é sintética: a linha dos ombros foi completada onde a selfie a cortava.
preview-limit = As regras não permitem ir além disso.
button-head-higher = ⬆️ Cabeça mais alta
button-head-lower = ⬇️ Cabeça mais baixa
button-bigger = ➕ Maior
button-smaller = ➖ Menor
button-brighter = ☀️ Mais clara
button-darker = 🌙 Mais escura
button-reset = ↩️ Redefinir
button-get-files = ✅ Ficou bom: quero meus arquivos

## Checkout and delivery

checkout-card =
    <b>A sua foto de { $document } está pronta.</b>
    Você recebe o arquivo da foto para envio, folhas para impressão e o relatório de verificação. A prévia continua grátis.
    { $balance ->
        [0] Pague com Estrelas do Telegram ⭐:
        [one] Você tem 1 crédito: use-o ou pague com Estrelas ⭐.
       *[other] Você tem { $balance } créditos: use um ou pague com Estrelas ⭐.
    }
button-pay-credit = 🎟 Usar 1 crédito (você tem { $balance })
button-buy-document = ⭐ { $stars }: este documento
button-buy-family = ⭐ { $stars }: este + mais { $credits } (família)
button-buy-credits_5 = ⭐ { $stars }: { $credits } créditos
button-buy-credits_15 = ⭐ { $stars }: { $credits } créditos
button-buy-monthly = ⭐ { $stars } / 30 dias: { $credits } créditos
button-subscribe = ⭐ Assinar
product-document-title = Arquivos da foto de documento
product-document-description = { $document }: o arquivo da foto, folhas para impressão e o relatório de verificação.
product-family-title = Família: +{ $credits ->
        [one] 1 crédito
       *[other] { $credits } créditos
    }
product-family-description = { $document } agora, mais { $credits ->
        [one] 1 crédito para mais um documento.
       *[other] { $credits } créditos para mais { $credits } documentos.
    } Os créditos não expiram.
product-credits_5-title = { $credits } créditos
product-credits_5-description = { $credits } créditos: cada um paga os arquivos de um documento. Créditos comprados não expiram.
product-credits_15-title = { $credits } créditos
product-credits_15-description = { $credits } créditos: cada um paga os arquivos de um documento. Créditos comprados não expiram.
product-monthly-title = Plano de 30 dias
product-monthly-description = { $credits } créditos a cada 30 dias, para estúdios e quem usa com frequência. Os créditos do plano não usados em 30 dias expiram.
checkout-decline-invalid = Esta fatura não é válida para a sua conta. Abra o bot e peça uma nova.
checkout-decline-expired = Esta fatura expirou. Peça uma nova no bot.
checkout-decline-price = O preço mudou. O bot enviou uma fatura atualizada para você.
checkout-decline-state = Este pedido já foi pago ou encerrado. Veja /history.
checkout-decline-banned = Pagamentos não estão disponíveis para esta conta. Fale com /paysupport.
checkout-price-changed = O preço mudou desde que esta fatura foi criada. Aqui está uma atualizada:
credits-not-enough = Você não tem mais créditos. Pague com Estrelas, por favor.
payment-thanks = Obrigado! Pagamento recebido ✅
credits-added =
    Obrigado! { $credits ->
        [one] { $credits } crédito foi adicionado.
       *[other] { $credits } créditos foram adicionados.
    } O seu saldo: { $balance }.
subscription-offer = O plano de 30 dias dá { $credits } créditos a cada 30 dias por { $stars } ⭐. Os créditos do plano não usados em 30 dias expiram; você pode cancelar quando quiser no Telegram. Toque para assinar:
order-failed = Você já pagou, então nada está perdido: tente de novo ou receba o seu dinheiro de volta.
button-refund = ↩️ Quero reembolso
button-files-again = ⬇️ Arquivos do pedido #{ $order } de novo
button-try-again-order = 🔄 Tentar o pedido #{ $order } de novo
refund-done =
    { $stars ->
        [0] Reembolsado: o seu crédito voltou para o seu saldo.
       *[other] Reembolsado: { $stars } ⭐ estão voltando para você.
    }
refund-out-of-spec =
    Medi a sua foto pronta e ela não segue as regras oficiais, então não a enviei e reembolsei você. { $stars ->
        [0] O seu crédito voltou para o seu saldo.
       *[other] { $stars } ⭐ estão voltando para você.
    } Tente outra selfie: olhe para a câmera com luz uniforme e deixe um pouco de espaço em volta da cabeça.
refund-failed = Não foi possível concluir o reembolso agora. Fale com /paysupport; o seu pedido está seguro.
refund-refused-not_found = Não encontro esse pedido.
refund-refused-not_paid = Esse pedido nunca foi pago.
refund-refused-refunded = Esse pedido já foi reembolsado.
refund-refused-window = Esse pedido é antigo demais para um reembolso automático. Fale com /paysupport.
refund-refused-delivered = Esse pedido já foi entregue. Se algo estiver errado com ele, fale com /paysupport.
payment-returned-unmatched = Este pagamento não pertence a nenhum dos seus pedidos, então eu o devolvi. Nada foi cobrado.
payment-returned-double = Você já tinha pago este pedido, então devolvi o segundo pagamento.
delivery-making = 📦 Preparando os seus arquivos…
delivery-photo = A sua foto de { $document } ({ $size }). Envie este arquivo ou imprima.
delivery-sheet = Folha para impressão. Imprima em 100 % (“tamanho real”), sem “ajustar à página”.
delivery-report = O relatório de verificação.
delivery-done = Pronto! ✅ Os seus arquivos estão acima. Precisa de uma foto para outro documento? Posso fazer com a mesma selfie.
delivery-already = Já enviei estes arquivos acima.
button-another = 📄 Outro documento, mesma selfie
button-new-photo = 📷 Foto nova

## Account

help =
    <b>Como funciona</b>
    1. Diga para qual documento é a foto.
    2. Envie uma selfie: verifico as regras oficiais e digo o que corrigir.
    3. Escolha o fundo e, se quiser, uma roupa; veja a prévia e ajuste.
    4. Receba o arquivo da foto, uma folha para impressão e um relatório de verificação.
    /new: uma foto para outro documento
    /language: mudar o idioma
    /privacy: o que acontece com as suas fotos
    /delete: apagar agora as suas fotos e dados
    /cancel: cancelar a etapa atual
    /balance, /buy, /history: créditos, pedidos e os seus arquivos de novo
    /referral: convide amigos e ganhe créditos
    /paysupport: ajuda com um pagamento
    /support: falar com uma pessoa
privacy =
    <b>As suas fotos</b>
    • Uso a sua selfie e a geometria do rosto medida nela só para fazer a sua foto de documento.
    • Só o operador deste bot as trata, nos próprios servidores; nunca são compartilhadas nem usadas para treinar IA.
    • Fotos, medidas e arquivos prontos são apagados automaticamente após { $hours } horas.
    • /delete apaga na hora as suas fotos, arquivos e conversa e revoga o seu consentimento.
    • Dúvidas sobre os seus dados: /support.
deleted =
    { $count ->
        [0] Apagado: você não tinha fotos guardadas. Os dados da conversa também foram apagados.
        [one] Apagado: 1 arquivo e os dados da conversa.
       *[other] Apagado: { $count } arquivos e os dados da conversa.
    }
    Envie /start para começar de novo.
cancelled = Cancelado. Envie /new para uma foto de outro documento, ou /start para começar de novo.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] Você não tem créditos.
        [one] Você tem 1 crédito.
       *[other] Você tem { $balance } créditos.
    } Um crédito paga os arquivos de um documento. /buy para comprar mais, /referral para ganhar créditos.
buy-card = <b>Créditos</b>: um crédito paga os arquivos de um documento. Créditos comprados não expiram.
history-title = <b>Os seus pedidos</b>
history-empty = Nenhum pedido ainda.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits ->
            [one] { $credits } crédito
           *[other] { $credits } créditos
        }
       *[other] { $stars } ⭐
    }
order-status-created = aguardando pagamento
order-status-paid = pago
order-status-delivering = em preparação
order-status-delivered = entregue
order-status-failed = ainda não entregue
order-status-refunded = reembolsado
order-status-cancelled = cancelado
order-refunded = Este pedido foi reembolsado, então os arquivos dele não estão mais disponíveis.
referral-welcome = Boas-vindas! Você entrou pelo link de um amigo: { $credits ->
        [one] { $credits } crédito grátis já está
       *[other] { $credits } créditos grátis já estão
    } no seu saldo.
referral-earned =
    🎉 Um amigo que você convidou concluiu o primeiro pedido: { $credits ->
        [one] { $credits } crédito foi adicionado ao seu saldo.
       *[other] { $credits } créditos foram adicionados ao seu saldo.
    } O seu saldo: { $balance }.
referral-card =
    <b>Convide amigos</b>
    Compartilhe o seu link: { $link }
    Quem entrar por ele ganha { $invitee ->
        [one] { $invitee } crédito grátis
       *[other] { $invitee } créditos grátis
    }; você ganha { $inviter ->
        [one] { $inviter } crédito
       *[other] { $inviter } créditos
    } quando o primeiro pedido pago dessa pessoa for concluído.
    Entraram: { $joined } · Créditos ganhos: { $earned }
paysupport =
    <b>Ajuda com um pagamento</b>
    • Pagou e não recebeu os arquivos? Abra /history e toque em “Tentar o pedido de novo” nesse pedido.
    • Prefere o dinheiro de volta? A mensagem que avisou da falha na entrega tem o botão “Quero reembolso”. Ele funciona por { $hours } horas após o pagamento, e as estrelas voltam na hora. Depois disso, escreva para nós.
    • Se a nossa própria verificação descobrir que uma foto paga não cumpre as regras, eu não a envio e devolvo o dinheiro na hora, sem você precisar pedir.
    • Qualquer outra coisa: escreva para nós aqui e uma pessoa vai responder. O suporte do Telegram não pode ajudar com compras feitas neste bot.

## Support desk

button-support = 🙋 Falar com uma pessoa
button-back-to-bot = 🤖 Voltar para o bot
support-opened = 🙋 Uma pessoa da nossa equipe vai responder aqui em breve. Escreva a sua pergunta e mande fotos ou arquivos, se ajudarem. As etapas automáticas esperam até você terminar.
support-back = 🤖 Você voltou para o bot. Continue de onde parou ou envie /new.
support-done = ✅ A nossa equipe terminou de ajudar você. Você voltou para o bot: continue de onde parou ou envie /new.
support-unavailable = Desculpe, no momento não é possível falar com uma pessoa. Tente /paysupport ou /help.
support-credited =
    🎁 A nossa equipe adicionou { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    } ao seu saldo. Saldo atual: { $balance }.

## Hints and polite refusals

hint-start = Envie /start para começar.
hint-buttons = Use os botões acima, ou envie /new para começar de novo.
hint-document = Escreva o país e o documento, por exemplo “passaporte brasileiro”.
hint-delivered = Os seus arquivos estão acima. Precisa de outro documento? Toque em “Outro documento” ou envie /new.
stale-button = Este botão não está mais ativo. Use a mensagem mais recente, por favor.
throttled = Você está indo um pouco rápido 🙂 Espere { $seconds } s e tente de novo.
delivery-delayed = ⏳ Seus arquivos estão demorando mais do que o normal. Você já pagou, então nada está perdido: vou enviá-los assim que estiverem prontos. Não é preciso pagar de novo.
delivery-refunded =
    Não consegui fazer seus arquivos depois de várias tentativas, então devolvi o seu dinheiro. { $stars ->
        [0] Seu crédito voltou para o seu saldo.
       *[other] { $stars } ⭐ estão voltando para você.
    } Se quiser, fale com uma pessoa:
error-temporary = Desculpe, algo deu errado do meu lado. Tente de novo daqui a pouco. O que você pagou está seguro: seus arquivos ainda vão chegar.

## Regras da autoridade antes da selfie (issue 15)

unverified-mark = não verificado
capture-unverified = { $count ->
        [8] ⚠️ Não verificado: nenhuma página oficial que lemos confirma as medidas deste documento; elas vêm de fontes secundárias. Confirme com o órgão emissor antes de imprimir.
       *[other] ⚠️ Algumas medidas deste documento ({ $count }) não foram verificadas: só fontes secundárias as indicam. Confirme com o órgão emissor antes de imprimir.
    }
capture-glasses-not-recommended = • Melhor sem óculos: a autoridade recomenda tirá-los. Se ficar com eles, as lentes devem ser transparentes, sem reflexos, e a armação não pode cobrir os olhos.
capture-edit-unaltered = • A autoridade quer uma foto sem alterações: fique diante de uma parede lisa e clara ({ $colours }) para que o seu próprio fundo possa ser mantido. Um fundo trocado pode ser recusado.
capture-edit-office-only = ⚠️ { $document }: o órgão só aceita fotos tiradas lá ou enviadas por um fotógrafo credenciado, então uma foto feita aqui será recusada. { $count ->
        [0] Escolha outro documento se precisar de uma foto para ele.
       *[other] A nossa foto serve para: { $documents }.
    }
document-missing = { $kind ->
        [passport] { $country }: ainda não tenho o passaporte.
        [visa] { $country }: ainda não tenho o visto.
        [evisa] { $country }: ainda não tenho o visto eletrônico.
        [id_card] { $country }: ainda não tenho a carteira de identidade.
        [residence_permit] { $country }: ainda não tenho a autorização de residência.
        [driving_licence] { $country }: ainda não tenho a carteira de motorista.
       *[other] { $country }: ainda não tenho este documento.
    } Abaixo estão outros documentos que podem ajudar; se nenhum servir, navegue por país: os tamanhos genéricos ficam no fim.
preview-edit-unaltered = ⚠️ { $document }: a autoridade quer uma foto sem alterações, e esta prévia tem o fundo trocado. Por segurança, refaça a selfie diante de uma parede lisa e clara ({ $colours }) para eu manter o seu próprio fundo.
style-keep-unaltered = O seu próprio fundo já cumpre as regras de { $document }. A autoridade quer uma foto sem alterações, então mantê-lo é a escolha segura: eu só recorto e endireito a foto. Você também pode trocá-lo por uma cor permitida ({ $colours }).
style-keep-or-colour = O seu próprio fundo já cumpre as regras de { $document }: posso mantê-lo (a foto é só recortada e endireitada) ou trocá-lo por uma cor permitida ({ $colours }).
style-wall-not-kept = ⚠️ O seu fundo não pode ser mantido para { $document }: não é uma parede lisa de uma cor permitida ({ $colours }), ou a foto não mostra espaço suficiente ao seu redor. A autoridade quer uma foto sem alterações, e um fundo trocado pode ser recusado. O mais seguro: tire a selfie de novo diante de uma parede lisa e clara. Ou troque o fundo mesmo assim.
button-keep-background = ✅ Manter meu próprio fundo
button-retake-plain-wall = 📷 Tirar de novo diante de parede lisa
button-replace-background = 🎨 Trocar por: { $colour }
preview-keep-failed = ⚠️ Com este enquadramento o seu próprio fundo não preenche a foto, por isso ele foi trocado. Para mantê-lo, desfaça os ajustes ou tire a selfie de novo com mais espaço ao seu redor.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Abrir guia da câmera
webapp-title = Guia da câmera
webapp-loading = Iniciando a câmera…
webapp-camera-denied = Não consigo abrir a câmera. Permita o acesso à câmera para o Telegram, ou feche isto e envie uma foto no chat.
webapp-switch = Trocar câmera
webapp-capture = Tirar foto
webapp-retake = Tirar de novo
webapp-send = Enviar esta foto
webapp-sending = Enviando…
webapp-sent = Enviada! Volte ao chat: a verificação já vem.
webapp-failed = A foto não chegou. Tente de novo ou envie no chat.
webapp-expired = Este guia da câmera expirou. Feche e abra de novo pelo chat.
webapp-consent = Primeiro aceite os termos no chat e depois abra o guia da câmera de novo.
webapp-slow-down = Fotos demais seguidas. Espere um minuto e tente de novo.
webapp-too-big = Esta foto é grande demais para enviar. Tire de novo ou envie no chat.
webapp-hint-no-face = Não vejo seu rosto. Olhe para a câmera.
webapp-hint-closer = Chegue mais perto
webapp-hint-back = Afaste-se um pouco
webapp-hint-raise = Levante um pouco o celular
webapp-hint-lower = Abaixe um pouco o celular
webapp-hint-centre = Coloque o rosto no meio do oval
webapp-hint-straighten = Endireite a cabeça
webapp-hint-look = Olhe direto para a câmera
webapp-hint-light = Procure uma luz mais uniforme no rosto
webapp-hint-dark = Procure mais luz
webapp-hint-glasses = Tire os óculos
webapp-hint-good = Ótimo: fique parado
