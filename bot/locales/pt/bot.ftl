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

## Start, language, consent

start-welcome = Olá! Eu transformo uma selfie do celular em uma foto de passaporte, visto ou documento de identidade que segue as regras oficiais.
language-prompt = Escolha o seu idioma:
language-set = Idioma: português
language-resumed = Idioma alterado. Continue de onde parou: os botões acima continuam funcionando.
consent-card =
    <b>Antes de enviar uma foto</b>
    • Uso a sua selfie só para fazer a sua foto de documento: encontro o rosto, verifico as regras do documento, troco o fundo e recorto.
    • As suas fotos e os arquivos prontos são apagados automaticamente após { $hours } horas. /delete apaga tudo na hora.
    • As suas fotos nunca são compartilhadas nem usadas para treinar IA.
    Toque em “Concordo” para continuar.
consent-thanks = Obrigado!
consent-needed = Primeiro aceite o aviso abaixo; depois envie a sua foto novamente.
button-agree = ✅ Concordo
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
button-try-again = 🔁 Tentar de novo

check-face_size = Rosto pequeno demais na foto
check-head_cut = Cabeça cortada
check-yaw = Cabeça virada para o lado
check-pitch = Cabeça inclinada para cima ou para baixo
check-roll = Cabeça inclinada para o lado
check-eyes_closed = Olhos fechados
check-mouth_open = Boca aberta
check-smile = Sorriso
check-glasses = Óculos
check-lighting_uneven = Luz desigual no rosto
check-exposure = Escura ou clara demais
check-dynamic_range = Imagem apagada, sem contraste
check-blur = Foto desfocada
check-compression = Foto comprimida demais
check-head_covering = Cobertura na cabeça
check-no_room = Pouco espaço em volta da cabeça
check-shoulders_cut = Ombros cortados
check-background_colour = Cor do fundo

tip-face_size = chegue mais perto da câmera ou envie a foto original em vez de uma cópia recortada ou reduzida.
tip-head_cut = mantenha a cabeça inteira na imagem, com cabelo, queixo e as duas orelhas.
tip-yaw = vire o rosto de frente para a câmera.
tip-pitch = segure o celular na altura dos olhos e mantenha o queixo reto.
tip-roll = mantenha a cabeça reta, sem incliná-la para um ombro.
tip-eyes_closed = mantenha os olhos abertos e olhe para a câmera.
tip-mouth_open = feche a boca.
tip-smile = mantenha uma expressão neutra, sem sorrir.
tip-glasses = tire os óculos ou garanta que não haja reflexo e que a armação não cubra os olhos.
tip-lighting_uneven = fique de frente para uma janela ou uma luz suave, para que os dois lados do rosto fiquem igualmente iluminados.
tip-exposure = procure uma luz mais suave e uniforme: sem sol direto e não em um quarto escuro.
tip-dynamic_range = tire a foto com luz melhor e sem filtros.
tip-blur = segure o celular firme, limpe a lente e deixe a câmera focar no seu rosto.
tip-compression = envie a foto original, não uma encaminhada ou comprimida.
tip-head_covering = tire chapéus e bonés; coberturas religiosas ou médicas podem, com o rosto todo visível.
tip-no_room = dê um passo para trás, para sobrar espaço acima da cabeça e os ombros aparecerem.
tip-shoulders_cut = dê um passo para trás para os ombros aparecerem.
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
button-outfit-try = 👔 Experimentar roupas
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

checkout-soon = Os pagamentos chegam em breve. Até lá este bot não pode entregar arquivos.
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
privacy =
    <b>As suas fotos</b>
    • Uso a sua selfie só para fazer a sua foto de documento.
    • Fotos e arquivos prontos são apagados automaticamente após { $hours } horas.
    • /delete apaga na hora as suas fotos, arquivos e a conversa.
    • As fotos nunca são compartilhadas nem usadas para treinar IA.
deleted =
    { $count ->
        [0] Apagado: você não tinha fotos guardadas. Os dados da conversa também foram apagados.
        [one] Apagado: 1 arquivo e os dados da conversa.
       *[other] Apagado: { $count } arquivos e os dados da conversa.
    }
    Envie /start para começar de novo.
cancelled = Cancelado. Envie /new para uma foto de outro documento, ou /start para começar de novo.

## Hints and polite refusals

hint-start = Envie /start para começar.
hint-buttons = Use os botões acima, ou envie /new para começar de novo.
hint-document = Escreva o país e o documento, por exemplo “passaporte brasileiro”.
hint-delivered = Os seus arquivos estão acima. Precisa de outro documento? Toque em “Outro documento” ou envie /new.
stale-button = Este botão não está mais ativo. Use a mensagem mais recente, por favor.
throttled = Você está indo um pouco rápido 🙂 Espere { $seconds } s e tente de novo.
