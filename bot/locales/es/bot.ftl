# idphoto bot — español.

language-name = Español

## Commands (the "/" menu)

cmd-start = Empezar de nuevo
cmd-new = Foto para otro documento
cmd-help = Cómo funciona
cmd-language = Cambiar el idioma
cmd-privacy = Qué pasa con tus fotos
cmd-delete = Borrar ahora mis fotos y datos
cmd-cancel = Cancelar el paso actual
cmd-balance = Mis créditos
cmd-buy = Comprar créditos
cmd-history = Mis pedidos y archivos
cmd-referral = Invita a amigos y gana créditos
cmd-paysupport = Ayuda con un pago
cmd-support = Hablar con una persona

## Start, language, consent

start-welcome = ¡Hola! Convierto un selfie del celular en una foto de pasaporte, visa o documento de identidad que cumple las normas oficiales.
language-prompt = Elige tu idioma:
language-set = Idioma: español
language-resumed = Idioma cambiado. Sigue donde lo dejaste: los botones de arriba siguen funcionando.
consent-card =
    <b>Antes de enviar una foto: lo que aceptas</b>
    • <b>Para qué</b>: solo para hacer tu foto de documento: busco tu cara, compruebo la foto con las normas del documento, cambio el fondo y recorto.
    • <b>Qué se procesa</b>: la foto que envías y la geometría de tu cara medida en ella (dónde están los ojos, la barbilla y la parte de arriba de la cabeza). Estos datos faciales son sensibles: se usan solo para esto, nunca para saber quién eres.
    • <b>Quién</b>: solo el operador de este bot, en sus propios servidores. Tu foto nunca se comparte con nadie ni se usa para entrenar IA.
    • <b>Cuánto tiempo</b>: la foto, las medidas y los archivos terminados se borran automáticamente tras { $hours } horas. Tus pedidos y pagos (sin fotos) se guardan para la contabilidad.
    • <b>Retirar el consentimiento</b>: /delete borra al instante tus fotos y datos; también puedes simplemente dejar de usar el bot. Dudas: /support.
    Toca «Acepto» para dar tu consentimiento a esto y, por separado, al tratamiento de tus datos faciales.
consent-thanks = ¡Gracias!
consent-needed = Primero acepta la nota de abajo; después vuelve a enviar tu foto.
button-agree = ✅ Acepto, con datos faciales
button-language = 🌐 Idioma

## Choosing the document

document-prompt = ¿Para qué documento es la foto? Escribe el país y el documento, por ejemplo «pasaporte mexicano», «visa Schengen» o «35x45 mm», o elige uno abajo.
document-another = ¿Qué documento ahora? Usaré el mismo selfie.
photo-which-document = ¡Buena foto! ¿Para qué documento es? Escribe el país y el documento, o elige uno abajo.
document-results = Esto es lo que encontré. Toca tu documento:
document-none = No encontré ese documento. Prueba con otras palabras (el país y el tipo de documento) o busca por país.
document-countries = Elige el país (página { $page } de { $pages }):
document-country = Documentos de { $country }:
country-generic = Tamaños estándar
button-browse = 🌍 Buscar por país
button-back = ⬅️ Atrás
button-previous = ⬅️ Anterior
button-next = Siguiente ➡️
button-other-document = 📄 Otro documento

## Taking the selfie

capture-example = Dónde deben quedar la cabeza y los ojos en una foto de { $document }.
capture-guide =
    <b>{ $document }</b> ({ $size })
    Cómo hacer el selfie:
    • Ponte de cara a una ventana, con luz de día suave y uniforme, sin sombras en la cara.
    • Sostén el celular a la altura de los ojos, con el brazo estirado, o pide a alguien que te tome la foto.
    • Mira directamente a la cámara. Que se vean toda la cabeza y los hombros.
    • El cabello fuera de la cara; nada en la cabeza salvo por motivos religiosos o médicos.
capture-glasses-off = • Quítate los lentes.
capture-glasses-ok = • Puedes usar lentes si no tienen tinte ni reflejos y el armazón no tapa los ojos.
capture-expression-neutral = • Expresión neutra: boca cerrada, ojos abiertos, sin sonreír.
capture-expression-smile = • Una expresión natural está bien: boca cerrada, ojos abiertos.
capture-background-any = • Sirve cualquier fondo liso: lo cambio por el color que exigen las normas.
capture-background-real = • Este documento no admite fotos editadas, así que se mantiene el fondo real: ponte delante de una pared lisa ({ $colours }).
capture-send = Después envía aquí la foto, como foto o como archivo.
capture-retake = Envía una foto nueva. Mira de frente a la cámara, con luz uniforme, con toda la cabeza y los hombros en la imagen.
capture-waiting = Estoy esperando tu selfie: envíalo como foto o como archivo. ¿Quieres otro documento? Toca abajo.
capture-sticker = Eso es un sticker 🙂 Necesito una foto real de tu cara. Envía un selfie, por favor.
capture-video = No puedo usar videos ni GIF. Envía una foto, por favor.
capture-voice = No puedo usar mensajes de voz ni de audio. Envía un selfie, por favor.
capture-pdf = Eso es un PDF. Envía la foto en sí: JPEG, PNG, WebP o HEIC.
capture-file = No puedo usar este tipo de archivo. Envía una foto: JPEG, PNG, WebP o HEIC.
capture-too-big = Este archivo ocupa { $size } MB; admito como máximo { $limit } MB. Envíalo como foto normal o manda una copia más pequeña.
capture-album = Enviaste varias fotos, así que uso la primera.
capture-download-failed = No pude descargar la foto. Envíala de nuevo, por favor.

## Checks

checks-running = 🔎 Comprobando tu foto con las normas de { $document }…
still-working = ⏳ Sigo trabajando, ya casi está…
checks-passed = ✅ Todas las comprobaciones superadas.
checks-blocking = Hay que corregir algunas cosas antes de hacer la foto de { $document }:
checks-warnings = La foto sirve, pero algunas cosas podrían mejorar:
checks-line = • { $title }: { $tip }
checks-retake-hint = Toma una foto nueva y envíala aquí, por favor.
job-timeout = Esto está tardando más de lo normal. Inténtalo de nuevo dentro de un momento.
button-retake = 📷 Repetir foto
button-continue = Continuar igualmente ➡️
button-continue-headwear = Es religiosa o médica ➡️
button-try-again = 🔁 Reintentar

check-face_size = Cara demasiado pequeña en la foto
check-head_cut = Cabeza cortada
check-yaw = Cabeza girada hacia un lado
check-pitch = Cabeza inclinada hacia arriba o hacia abajo
check-roll = Cabeza ladeada
check-gaze = No mira a la cámara
check-eyes_closed = Ojos cerrados
check-mouth_open = Boca abierta
check-smile = Sonrisa
check-glasses = Lentes
check-lighting_uneven = Luz desigual en la cara
check-exposure = Demasiado oscura o demasiado clara
check-dynamic_range = Imagen apagada, sin contraste
check-colour_photo = Foto en blanco y negro
check-blur = Foto borrosa
check-compression = Foto demasiado comprimida
check-head_covering = Prenda en la cabeza
check-hands = Manos en la foto
check-no_room = Poco espacio alrededor de la cabeza
check-shoulders_cut = Hombros cortados
check-cutout = No se pudo quitar bien el fondo
check-background_colour = Color del fondo

tip-face_size = acércate a la cámara o envía la foto original en lugar de una copia recortada o reducida.
tip-head_cut = que se vea toda la cabeza, con el cabello, la barbilla y las dos orejas.
tip-yaw = gira la cara de frente a la cámara.
tip-pitch = sostén el celular a la altura de los ojos y mantén la barbilla recta.
tip-roll = mantén la cabeza recta, sin inclinarla hacia un hombro.
tip-gaze = mira directamente al objetivo de la cámara, no a la pantalla ni hacia un lado.
tip-eyes_closed = mantén los ojos abiertos y mira a la cámara.
tip-mouth_open = cierra la boca.
tip-smile = mantén una expresión neutra, sin sonreír.
tip-glasses = quítate los lentes o asegúrate de que no haya reflejos y de que el armazón no tape los ojos.
tip-lighting_uneven = ponte de cara a una ventana o a una luz suave, para que los dos lados de la cara estén igual de iluminados.
tip-exposure = busca una luz más suave y uniforme: sin sol directo y no en una habitación oscura.
tip-dynamic_range = toma la foto con mejor luz y sin filtros.
tip-colour_photo = haz la foto en color: desactiva los filtros de blanco y negro o de color de la cámara.
tip-blur = sostén el celular quieto, limpia el objetivo y deja que la cámara enfoque tu cara.
tip-compression = envía la foto original, no una reenviada o comprimida.
tip-head_covering = quítate gorros y gorras; las prendas religiosas o médicas se permiten si se ve toda la cara.
tip-hands = baja las manos y los brazos: en la foto solo deben verse la cabeza y los hombros.
tip-no_room = retrocede un poco, para que quede espacio sobre la cabeza y se vean los hombros.
tip-shoulders_cut = retrocede un poco para que se vean los hombros.
tip-cutout = colócate frente a una pared lisa y clara, sin nada detrás de la cabeza, y aléjate un poco.
tip-background_colour = ponte delante de una pared lisa y clara.

## Errors from the engine

error-empty_file = El archivo está vacío. Envía la foto de nuevo, por favor.
error-not_an_image = Ese archivo no es una imagen. Envía una foto: JPEG, PNG, WebP o HEIC.
error-corrupt_image = La imagen está dañada o incompleta. Envía de nuevo la foto original, por favor.
error-too_many_pixels = La imagen es demasiado grande. Envía una foto normal del celular o una copia más pequeña.
error-extreme_aspect = La imagen es demasiado larga y estrecha. Envía una foto normal, no una panorámica ni una captura de pantalla.
error-too_small = La imagen es demasiado pequeña. Envía la foto original, no una miniatura ni una vista previa.
error-unsupported_format = No puedo leer este formato de imagen. Envía una foto JPEG, PNG, WebP o HEIC.
error-no_face = No encontré ninguna cara. Mira a la cámara, con toda la cabeza en la imagen.
error-multiple_faces = Hay más de una persona en la foto. Solo puedes salir tú: pide a los demás que se aparten.
error-face_not_measurable = Encontré una cara, pero no pude medirla. Mira de frente a la cámara, sin nada que te tape la cara.
error-edit_not_allowed = Las normas de este documento no admiten fotos editadas. Tómate la foto delante de una pared lisa de un color permitido.
error-retouch_not_allowed = Las normas de este documento no admiten fotos retocadas.
error-background_not_allowed = Este color de fondo no está permitido para este documento. Elige otro, por favor.
error-file_size_unreachable = No pude ajustar el archivo al tamaño que exige el portal de este documento. Prueba con otra foto.
error-model_missing = Lo siento, una parte de mi motor de fotos no está disponible ahora. Inténtalo más tarde.
error-internal = Lo siento, algo falló de mi parte. Inténtalo de nuevo, por favor.
error-bad_input = No puedo usar esta foto. Toma otra, por favor.
error-checks_failed = La foto todavía no cumple las normas. Repítela, por favor.
error-selfie_missing = Tu foto ya no está guardada (las fotos se borran pasado un tiempo). Envíala de nuevo, por favor.
error-unknown_document = Ya no conozco este documento. Elígelo de nuevo, por favor.
error-unknown_outfit = Esta ropa no está disponible. Elige otra, por favor.
error-outfit_not_allowed = Las normas de este documento no permiten cambiar la ropa. Tómate la foto con la ropa que quieras llevar.
error-outfit_needs_new_background = Cambiar la ropa también repinta el fondo, y este documento no lo permite. Mantén tu propia ropa.
error-unexpected = Lo siento, algo falló de mi parte. Inténtalo de nuevo; si vuelve a pasar, envía /new.

## Background and outfit

style-choose = Elige el color del fondo. Estos son los colores que permiten las normas de { $document }:
style-single = Fondo: { $colour } (el único color que permiten las normas).
style-real-background = Este documento no admite fotos editadas, así que mantengo tu fondo real.
button-outfit-keep = 👕 Mantener mi ropa
button-outfit-try-men = 👔 Para hombre
button-outfit-try-women = 👚 Para mujer
button-outfit-try-child = 🧒 Para niños
outfit-offer = ¿Quieres verte con traje, blazer o camisa? Puedo mostrar tu foto con varios conjuntos, o puedes quedarte con tu propia ropa.
outfit-making = 👔 Probando varios conjuntos en tu foto…
outfit-sheet-caption = Tu foto con varios conjuntos (una vista previa con marca de agua). Toca el número del que te guste o quédate con tu propia ropa.
outfit-own-clothes = Tu propia ropa
colour-white = Blanco
colour-near-white = Casi blanco
colour-off-white = Blanco roto
colour-light-grey = Gris claro
colour-grey = Gris
colour-light-blue = Azul claro
colour-sky-blue = Azul cielo
colour-cream = Crema

## Preview

preview-making = 🎨 Preparando tu vista previa…
preview-caption = Vista previa de tu foto de { $document } (con marca de agua y más pequeña que el archivo real). Ajústala o descarga tus archivos.
preview-synthesised-outfit = ⚠️ La ropa de esta foto es sintética: está dibujada, no fotografiada.
preview-synthesised-body = ⚠️ Parte de esta foto es sintética: la línea de los hombros se completó donde el selfie la cortaba.
preview-limit = Las normas no permiten ir más allá.
button-head-higher = ⬆️ Cabeza más arriba
button-head-lower = ⬇️ Cabeza más abajo
button-bigger = ➕ Más grande
button-smaller = ➖ Más pequeña
button-brighter = ☀️ Más clara
button-darker = 🌙 Más oscura
button-reset = ↩️ Restablecer
button-get-files = ✅ Está bien: quiero mis archivos

## Checkout and delivery

checkout-card =
    <b>Tu foto de { $document } está lista.</b>
    Recibes el archivo de la foto para subir, hojas para imprimir y el informe de comprobación. La vista previa sigue siendo gratis.
    { $balance ->
        [0] Paga con Estrellas de Telegram ⭐:
        [one] Tienes 1 crédito: úsalo o paga con Estrellas ⭐.
       *[other] Tienes { $balance } créditos: usa uno o paga con Estrellas ⭐.
    }
button-pay-credit = 🎟 Usar 1 crédito (tienes { $balance })
button-buy-document = ⭐ { $stars }: este documento
button-buy-family = ⭐ { $stars }: este + { $credits } más (familia)
button-buy-credits_5 = ⭐ { $stars }: { $credits } créditos
button-buy-credits_15 = ⭐ { $stars }: { $credits } créditos
button-buy-monthly = ⭐ { $stars } / 30 días: { $credits } créditos
button-subscribe = ⭐ Suscribirme
product-document-title = Archivos de foto de documento
product-document-description = { $document }: el archivo de la foto, hojas para imprimir y el informe de comprobación.
product-family-title = Familiar: +{ $credits ->
        [one] 1 crédito
       *[other] { $credits } créditos
    }
product-family-description = { $document } ahora, más { $credits ->
        [one] 1 crédito para otro documento.
       *[other] { $credits } créditos para { $credits } documentos más.
    } Los créditos no vencen.
product-credits_5-title = { $credits } créditos
product-credits_5-description = { $credits } créditos: cada uno paga los archivos de un documento. Los créditos comprados no vencen.
product-credits_15-title = { $credits } créditos
product-credits_15-description = { $credits } créditos: cada uno paga los archivos de un documento. Los créditos comprados no vencen.
product-monthly-title = Plan de 30 días
product-monthly-description = { $credits } créditos cada 30 días, para estudios fotográficos y usuarios frecuentes. Los créditos del plan que no uses en esos 30 días vencen.
checkout-decline-invalid = Esta factura no es válida para tu cuenta. Abre el bot y pide una nueva.
checkout-decline-expired = Esta factura venció. Pide una nueva en el bot.
checkout-decline-price = El precio ha cambiado. El bot te ha enviado una factura actualizada.
checkout-decline-state = Este pedido ya está pagado o cerrado. Consulta /history.
checkout-decline-banned = Los pagos no están disponibles para esta cuenta. Escribe a /paysupport.
checkout-price-changed = El precio ha cambiado desde que se creó esta factura. Aquí tienes una actualizada:
credits-not-enough = No te quedan créditos. Paga con Estrellas, por favor.
payment-thanks = ¡Gracias! Pago recibido ✅
credits-added =
    ¡Gracias! { $credits ->
        [one] Se agregó 1 crédito.
       *[other] Se agregaron { $credits } créditos.
    } Tu saldo: { $balance }.
subscription-offer = El plan de 30 días te da { $credits } créditos cada 30 días por { $stars } ⭐. Los créditos del plan que no uses en esos 30 días vencen; puedes cancelarlo cuando quieras en Telegram. Toca para suscribirte:
order-failed = Ya pagaste, así que no pierdes nada: vuelve a intentarlo o recupera tu dinero.
button-refund = ↩️ Devolverme el dinero
button-files-again = ⬇️ Reenviar archivos del #{ $order }
button-try-again-order = 🔄 Reintentar pedido #{ $order }
refund-done =
    { $stars ->
        [0] Reembolsado: tu crédito vuelve a estar en tu saldo.
       *[other] Reembolsado: { $stars } ⭐ están de camino hacia ti.
    }
refund-out-of-spec =
    Medí tu foto terminada y no cumple las normas oficiales, así que no te la envié y te devolví el pago. { $stars ->
        [0] Tu crédito vuelve a estar en tu saldo.
       *[other] { $stars } ⭐ están de camino hacia ti.
    } Prueba con otro selfie: mira a la cámara con luz uniforme y deja algo de espacio alrededor de la cabeza.
refund-failed = Ahora mismo no se ha podido completar el reembolso. Escribe a /paysupport; tu pedido está a salvo.
refund-refused-not_found = No encuentro ese pedido.
refund-refused-not_paid = Ese pedido nunca se pagó.
refund-refused-refunded = Ese pedido ya está reembolsado.
refund-refused-window = Ese pedido es demasiado antiguo para un reembolso automático. Escribe a /paysupport.
refund-refused-delivered = Ese pedido ya se entregó. Si hay algún problema con él, escribe a /paysupport.
payment-returned-unmatched = Este pago no corresponde a ninguno de tus pedidos, así que lo devolví. No se te cobró nada.
payment-returned-double = Ya habías pagado este pedido, así que te devolví el segundo pago.
delivery-making = 📦 Preparando tus archivos…
delivery-photo = Tu foto de { $document } ({ $size }). Sube este archivo o imprímelo.
delivery-sheet = Hoja para imprimir. Imprímela al 100 % («tamaño real»), sin «ajustar a la página».
delivery-report = El informe de comprobación.
delivery-done = ¡Listo! ✅ Tus archivos están arriba. ¿Necesitas una foto para otro documento? Puedo hacerla con el mismo selfie.
delivery-already = Ya te envié estos archivos arriba.
button-another = 📄 Otro documento, mismo selfie
button-new-photo = 📷 Foto nueva

## Account

help =
    <b>Cómo funciona</b>
    1. Dime para qué documento es la foto.
    2. Envía un selfie: lo compruebo con las normas oficiales y te digo qué corregir.
    3. Elige el fondo y, si quieres, un conjunto; mira la vista previa y ajústala.
    4. Recibe el archivo de la foto, una hoja para imprimir y un informe de comprobación.
    /new: una foto para otro documento
    /language: cambiar el idioma
    /privacy: qué pasa con tus fotos
    /delete: borrar ahora tus fotos y datos
    /cancel: cancelar el paso actual
    /balance, /buy, /history: créditos, pedidos y tus archivos otra vez
    /referral: invita a amigos y gana créditos
    /paysupport: ayuda con un pago
    /support: hablar con una persona
privacy =
    <b>Tus fotos</b>
    • Uso tu selfie y la geometría de tu cara medida en él solo para hacer tu foto de documento.
    • Solo el operador de este bot los procesa, en sus propios servidores; nunca se comparten ni se usan para entrenar IA.
    • Las fotos, las medidas y los archivos terminados se borran automáticamente tras { $hours } horas.
    • /delete borra al instante tus fotos, archivos y conversación, y retira tu consentimiento.
    • Dudas sobre tus datos: /support.
deleted =
    { $count ->
        [0] Borrado: no tenías fotos guardadas. Los datos de la conversación también se han borrado.
        [one] Borrado: 1 archivo y los datos de la conversación.
       *[other] Borrado: { $count } archivos y los datos de la conversación.
    }
    Envía /start para empezar de nuevo.
cancelled = Cancelado. Envía /new para una foto de otro documento, o /start para empezar de nuevo.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] No tienes créditos.
        [one] Tienes 1 crédito.
       *[other] Tienes { $balance } créditos.
    } Un crédito paga los archivos de un documento. /buy para comprar más, /referral para ganarlos.
buy-card = <b>Créditos</b>: un crédito paga los archivos de un documento. Los créditos comprados no vencen.
history-title = <b>Tus pedidos</b>
history-empty = Todavía no tienes pedidos.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits ->
            [one] { $credits } crédito
           *[other] { $credits } créditos
        }
       *[other] { $stars } ⭐
    }
order-status-created = pendiente de pago
order-status-paid = pagado
order-status-delivering = en preparación
order-status-delivered = entregado
order-status-failed = aún no entregado
order-status-refunded = reembolsado
order-status-cancelled = cancelado
order-refunded = Este pedido se reembolsó, así que sus archivos ya no están disponibles.
referral-welcome = ¡Te damos la bienvenida! Te uniste con el enlace de un amigo: { $credits ->
        [one] tienes { $credits } crédito gratis
       *[other] tienes { $credits } créditos gratis
    } en tu saldo.
referral-earned =
    🎉 Un amigo al que invitaste completó su primer pedido: { $credits ->
        [one] se agregó { $credits } crédito a tu saldo.
       *[other] se agregaron { $credits } créditos a tu saldo.
    } Tu saldo: { $balance }.
referral-card =
    <b>Invita a tus amigos</b>
    Comparte tu enlace: { $link }
    Quien se una con él recibe { $invitee ->
        [one] { $invitee } crédito gratis
       *[other] { $invitee } créditos gratis
    }; tú recibes { $inviter ->
        [one] { $inviter } crédito
       *[other] { $inviter } créditos
    } cuando se complete su primer pedido pagado.
    Se unieron: { $joined } · Créditos ganados: { $earned }
paysupport =
    <b>Ayuda con un pago</b>
    • ¿Pagaste y no recibiste los archivos? Abre /history y toca «Reintentar pedido» en ese pedido.
    • ¿Prefieres que te devolvamos el dinero? El mensaje que avisó del fallo de la entrega tiene un botón «Devolverme el dinero». Funciona durante { $hours } horas después del pago y las estrellas vuelven al instante. Pasado ese plazo, escríbenos.
    • Si nuestra propia comprobación detecta que una foto pagada no cumple las normas, no te la envío y te devuelvo el dinero al instante, sin que lo pidas.
    • Para cualquier otra cosa, escríbenos aquí y te responderá una persona. El soporte de Telegram no puede ayudarte con las compras hechas en este bot.

## Support desk

button-support = 🙋 Hablar con una persona
button-back-to-bot = 🤖 Volver al bot
support-opened = 🙋 Una persona de nuestro equipo te responderá aquí pronto. Escribe tu pregunta y envía fotos o archivos si sirven de ayuda. Los pasos automáticos esperarán hasta que termines.
support-back = 🤖 Volviste con el bot. Sigue donde lo dejaste o envía /new.
support-done = ✅ Nuestro equipo terminó de ayudarte. Volviste con el bot: sigue donde lo dejaste o envía /new.
support-unavailable = Lo sentimos, ahora mismo no es posible hablar con una persona. Prueba con /paysupport o /help.
support-credited =
    🎁 Nuestro equipo agregó { $credits ->
        [one] { $credits } crédito
       *[other] { $credits } créditos
    } a tu saldo. Tu saldo actual: { $balance }.

## Hints and polite refusals

hint-start = Envía /start para empezar.
hint-buttons = Usa los botones de arriba, o envía /new para empezar de nuevo.
hint-document = Escribe el país y el documento, por ejemplo «pasaporte español».
hint-delivered = Tus archivos están arriba. ¿Necesitas otro documento? Toca «Otro documento» o envía /new.
stale-button = Este botón ya no está activo. Usa el mensaje más reciente, por favor.
throttled = Vas un poco rápido 🙂 Espera { $seconds } s y vuelve a intentarlo.
delivery-delayed = ⏳ Tus archivos están tardando más de lo normal. Ya pagaste, así que no pierdes nada: te los enviaré en cuanto estén listos. No hace falta pagar otra vez.
delivery-refunded =
    No pude preparar tus archivos tras varios intentos, así que te devolví el dinero. { $stars ->
        [0] Tu crédito vuelve a estar en tu saldo.
       *[other] { $stars } ⭐ vuelven a ti.
    } Si quieres, habla con una persona:
error-temporary = Lo siento, algo falló de mi parte. Inténtalo de nuevo dentro de un momento. Lo que hayas pagado está a salvo: tus archivos llegarán igualmente.

## Reglas de la autoridad antes del selfie (issue 15)

unverified-mark = sin verificar
capture-unverified = { $count ->
        [8] ⚠️ Sin verificar: ninguna página oficial que hayamos leído respalda las medidas de este documento; vienen de fuentes secundarias. Confírmalas con la oficina emisora antes de imprimir.
       *[other] ⚠️ Algunas medidas de este documento ({ $count }) están sin verificar: solo las dan fuentes secundarias. Confírmalas con la oficina emisora antes de imprimir.
    }
capture-glasses-not-recommended = • Mejor sin lentes: la autoridad recomienda quitárselos. Si los dejas puestos, deben ser transparentes, sin reflejos, y el armazón no debe tapar los ojos.
capture-edit-unaltered = • La autoridad quiere una foto sin retocar: ponte delante de una pared lisa y clara ({ $colours }) para que se pueda conservar tu propio fondo. Un fondo cambiado puede ser rechazado.
capture-edit-office-only = ⚠️ { $document }: la oficina solo acepta fotos tomadas allí o enviadas por un fotógrafo registrado, así que una foto hecha aquí será rechazada. { $count ->
        [0] Elige otro documento si necesitas una foto para él.
       *[other] Nuestra foto sirve para: { $documents }.
    }
document-missing = { $kind ->
        [passport] { $country }: aún no tengo el pasaporte.
        [visa] { $country }: aún no tengo la visa.
        [evisa] { $country }: aún no tengo la visa electrónica.
        [id_card] { $country }: aún no tengo el documento de identidad.
        [residence_permit] { $country }: aún no tengo el permiso de residencia.
        [driving_licence] { $country }: aún no tengo la licencia de conducir.
       *[other] { $country }: aún no tengo este documento.
    } Abajo hay otros documentos que pueden servir; si ninguno encaja, busca por país: los tamaños genéricos están al final.
preview-edit-unaltered = ⚠️ { $document }: la autoridad quiere una foto sin retocar, y esta vista previa tiene el fondo cambiado. Para ir sobre seguro, repite el selfie delante de una pared lisa y clara ({ $colours }) y así conservo tu propio fondo.
style-keep-unaltered = Tu propio fondo ya cumple las normas de { $document }. La autoridad quiere una foto sin retocar, así que conservarlo es la opción segura: solo recorto y enderezo la foto. También puedes cambiarlo por un color permitido ({ $colours }).
style-keep-or-colour = Tu propio fondo ya cumple las normas de { $document }: puedo conservarlo (la foto solo se recorta y se endereza) o cambiarlo por un color permitido ({ $colours }).
style-wall-not-kept = ⚠️ Tu fondo no se puede conservar para { $document }: no es una pared lisa de un color permitido ({ $colours }) o la foto no muestra suficiente espacio a tu alrededor. La autoridad quiere una foto sin retocar y un fondo cambiado puede ser rechazado. Lo más seguro: repite la selfie delante de una pared lisa y clara. O cambia el fondo de todos modos.
button-keep-background = ✅ Conservar mi propio fondo
button-retake-plain-wall = 📷 Repetir ante una pared lisa
button-replace-background = 🎨 Cambiar por: { $colour }
preview-keep-failed = ⚠️ Con este encuadre tu propio fondo no llena la foto, así que se cambió. Para conservarlo, deshaz los ajustes o repite la selfie con más espacio a tu alrededor.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Abrir guía de cámara
webapp-title = Guía de cámara
webapp-loading = Iniciando la cámara…
webapp-camera-denied = No puedo abrir la cámara. Permite el acceso a la cámara para Telegram, o cierra esto y envía una foto en el chat.
webapp-switch = Cambiar cámara
webapp-capture = Tomar foto
webapp-retake = Repetir
webapp-send = Enviar esta foto
webapp-sending = Enviando…
webapp-sent = ¡Enviada! Vuelve al chat: la revisión ya está en camino.
webapp-failed = La foto no llegó. Inténtalo de nuevo o envíala en el chat.
webapp-expired = Esta guía de cámara caducó. Ciérrala y ábrela de nuevo desde el chat.
webapp-consent = Primero acepta los términos en el chat y luego abre de nuevo la guía de cámara.
webapp-slow-down = Demasiadas fotos seguidas. Espera un minuto y vuelve a intentarlo.
webapp-too-big = Esta foto es demasiado grande para enviarla. Tómala de nuevo o envíala en el chat.
webapp-hint-no-face = No veo tu cara. Mira hacia la cámara.
webapp-hint-closer = Acércate
webapp-hint-back = Aléjate un poco
webapp-hint-raise = Sube un poco el celular
webapp-hint-lower = Baja un poco el celular
webapp-hint-centre = Pon la cara en el centro del óvalo
webapp-hint-straighten = Endereza la cabeza
webapp-hint-look = Mira directo a la cámara
webapp-hint-light = Busca una luz más pareja en la cara
webapp-hint-dark = Busca más luz
webapp-hint-glasses = Quítate los lentes
webapp-hint-good = Bien: no te muevas
