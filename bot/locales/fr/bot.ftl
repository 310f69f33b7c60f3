# idphoto bot — français. Vouvoiement ; espaces insécables avant « : ; ? ! » comme l'usage le veut.

language-name = Français

## Commands (the "/" menu)

cmd-start = Recommencer
cmd-new = Photo pour un autre document
cmd-help = Comment ça marche
cmd-language = Changer de langue
cmd-privacy = Ce que deviennent vos photos
cmd-delete = Supprimer mes photos et données maintenant
cmd-cancel = Annuler l'étape en cours
cmd-balance = Mes crédits
cmd-buy = Acheter des crédits
cmd-history = Mes commandes et fichiers
cmd-referral = Inviter des amis, gagner des crédits
cmd-paysupport = Aide pour un paiement
cmd-support = Parler à une personne

## Start, language, consent

start-welcome = Bonjour ! Je transforme un selfie pris au téléphone en photo de passeport, de visa ou de carte d'identité conforme aux règles officielles.
language-prompt = Choisissez votre langue :
language-set = Langue : français
language-resumed = Langue changée. Reprenez là où vous en étiez : les boutons ci-dessus fonctionnent toujours.
consent-card =
    <b>Avant d'envoyer une photo : ce que vous acceptez</b>
    • <b>Finalité</b> : uniquement réaliser votre photo d'identité : je repère votre visage, vérifie la photo selon les règles du document, remplace le fond et recadre.
    • <b>Données traitées</b> : la photo que vous envoyez et la géométrie de votre visage mesurée sur celle-ci (position des yeux, du menton et du haut de la tête). Ces données faciales sont sensibles : elles servent uniquement à cela, jamais à vous reconnaître.
    • <b>Qui</b> : uniquement l'exploitant de ce bot, sur ses propres serveurs. Votre photo n'est jamais transmise à qui que ce soit ni utilisée pour entraîner une IA.
    • <b>Durée</b> : la photo, les mesures et les fichiers finis sont supprimés automatiquement après { $hours } heures. Vos commandes et paiements (sans photo) sont conservés pour la comptabilité.
    • <b>Retrait</b> : /delete efface immédiatement vos photos et données ; vous pouvez aussi simplement arrêter. Questions : /support.
    Touchez « J'accepte » pour y consentir, y compris, de façon distincte, au traitement de vos données faciales.
consent-thanks = Merci !
consent-needed = Veuillez d'abord accepter la note ci-dessous, puis renvoyez votre photo.
button-agree = ✅ J'accepte, données faciales incluses
button-language = 🌐 Langue

## Choosing the document

document-prompt = Pour quel document est la photo ? Tapez le pays et le document, par exemple « passeport français », « visa Schengen » ou « 35x45 mm », ou choisissez ci-dessous.
document-another = Quel document maintenant ? J'utiliserai le même selfie.
photo-which-document = Belle photo ! Pour quel document est-elle ? Tapez le pays et le document, ou choisissez ci-dessous.
document-results = Voici ce que j'ai trouvé. Touchez votre document :
document-none = Je n'ai pas trouvé ce document. Essayez d'autres mots (le pays et le type de document) ou parcourez par pays.
document-countries = Choisissez le pays (page { $page } sur { $pages }) :
document-country = Documents — { $country } :
country-generic = Formats standard
button-browse = 🌍 Parcourir par pays
button-back = ⬅️ Retour
button-previous = ⬅️ Précédent
button-next = Suivant ➡️
button-other-document = 📄 Autre document

## Taking the selfie

capture-example = Où doivent se trouver la tête et les yeux sur une photo pour : { $document }.
capture-guide =
    <b>{ $document }</b> ({ $size })
    Comment prendre le selfie :
    • Placez-vous face à une fenêtre, dans une lumière du jour douce et uniforme, sans ombre sur le visage.
    • Tenez le téléphone à hauteur des yeux, à bout de bras, ou demandez à quelqu'un de prendre la photo.
    • Regardez droit dans l'objectif. Toute la tête et les épaules doivent être dans l'image.
    • Cheveux dégagés du visage ; rien sur la tête, sauf pour raison religieuse ou médicale.
capture-glasses-off = • Retirez vos lunettes.
capture-glasses-ok = • Les lunettes sont acceptées si les verres sont clairs (non teintés), sans reflet, et si la monture ne cache pas les yeux.
capture-expression-neutral = • Expression neutre : bouche fermée, yeux ouverts, sans sourire.
capture-expression-smile = • Une expression naturelle convient : bouche fermée, yeux ouverts.
capture-background-any = • N'importe quel fond uni convient : je le remplace par la couleur exigée par les règles.
capture-background-real = • Ce document n'accepte pas les photos retouchées, le vrai fond est donc conservé : placez-vous devant un mur uni ({ $colours }).
capture-send = Envoyez ensuite la photo ici, en photo ou en fichier.
capture-retake = Envoyez une nouvelle photo. Face à l'objectif, dans une lumière uniforme, avec toute la tête et les épaules dans l'image.
capture-waiting = J'attends votre selfie : envoyez-le en photo ou en fichier. Un autre document ? Touchez ci-dessous.
capture-sticker = C'est un sticker 🙂 J'ai besoin d'une vraie photo de votre visage. Envoyez un selfie, s'il vous plaît.
capture-video = Je ne peux pas utiliser les vidéos ni les GIF. Envoyez plutôt une photo.
capture-voice = Je ne peux pas utiliser les messages vocaux ou audio. Envoyez un selfie, s'il vous plaît.
capture-pdf = C'est un PDF. Envoyez la photo elle-même : JPEG, PNG, WebP ou HEIC.
capture-file = Je ne peux pas utiliser ce type de fichier. Envoyez une photo : JPEG, PNG, WebP ou HEIC.
capture-too-big = Ce fichier fait { $size } Mo ; j'accepte au plus { $limit } Mo. Envoyez-le comme photo normale, ou une copie plus petite.
capture-album = Vous avez envoyé plusieurs photos : j'utilise la première.
capture-download-failed = Je n'ai pas pu télécharger la photo. Envoyez-la de nouveau, s'il vous plaît.

## Checks

checks-running = 🔎 Je vérifie votre photo selon les règles : { $document }…
still-working = ⏳ Je m'en occupe encore, c'est presque fini…
checks-passed = ✅ Toutes les vérifications sont réussies.
checks-blocking = Certains points doivent être corrigés avant que je puisse faire la photo ({ $document }) :
checks-warnings = La photo est utilisable, mais quelques points pourraient être meilleurs :
checks-line = • { $title } : { $tip }
checks-retake-hint = Prenez une nouvelle photo et envoyez-la ici.
job-timeout = Cela prend plus de temps que d'habitude. Réessayez dans un instant.
button-retake = 📷 Reprendre
button-continue = Continuer quand même ➡️
button-continue-headwear = Religieux ou médical ➡️
button-try-again = 🔁 Réessayer

check-face_size = Visage trop petit sur la photo
check-head_cut = Tête coupée
check-yaw = Tête tournée sur le côté
check-pitch = Tête inclinée vers le haut ou le bas
check-roll = Tête penchée sur le côté
check-gaze = Regard pas dans l'objectif
check-eyes_closed = Yeux fermés
check-mouth_open = Bouche ouverte
check-smile = Sourire
check-glasses = Lunettes
check-lighting_uneven = Éclairage inégal du visage
check-exposure = Trop sombre ou trop claire
check-dynamic_range = Image terne, sans contraste
check-colour_photo = Photo en noir et blanc
check-blur = Photo floue
check-compression = Photo trop compressée
check-head_covering = Couvre-chef
check-hands = Mains dans la photo
check-no_room = Pas assez d'espace autour de la tête
check-shoulders_cut = Épaules coupées
check-cutout = Le fond n'a pas pu être retiré proprement
check-background_colour = Couleur du fond

tip-face_size = rapprochez-vous de l'objectif, ou envoyez la photo originale plutôt qu'une copie recadrée ou réduite.
tip-head_cut = gardez toute la tête, cheveux, menton et les deux oreilles, dans l'image.
tip-yaw = tournez le visage bien face à l'objectif.
tip-pitch = tenez le téléphone à hauteur des yeux et gardez le menton droit.
tip-roll = gardez la tête droite, sans la pencher vers une épaule.
tip-gaze = regardez droit dans l'objectif, pas l'écran ni sur le côté.
tip-eyes_closed = gardez les yeux ouverts et regardez l'objectif.
tip-mouth_open = fermez la bouche.
tip-smile = gardez une expression neutre, sans sourire.
tip-glasses = retirez vos lunettes, ou vérifiez qu'il n'y a aucun reflet et que la monture ne cache pas les yeux.
tip-lighting_uneven = placez-vous face à une fenêtre ou à une lumière douce, pour que les deux côtés du visage soient éclairés de la même façon.
tip-exposure = cherchez une lumière plus douce et uniforme : pas de soleil direct, pas de pièce sombre.
tip-dynamic_range = prenez la photo avec une meilleure lumière, et sans filtre.
tip-colour_photo = prenez la photo en couleur : désactivez les filtres noir et blanc ou de couleur de l'appareil.
tip-blur = tenez le téléphone immobile, essuyez l'objectif et laissez l'appareil faire la mise au point sur votre visage.
tip-compression = envoyez la photo originale, pas une photo transférée ou compressée.
tip-head_covering = retirez chapeaux et casquettes ; les couvre-chefs religieux ou médicaux sont acceptés si tout le visage est visible.
tip-hands = baissez les mains et les bras : seuls la tête et les épaules doivent figurer sur la photo.
tip-no_room = reculez un peu, pour laisser de l'espace au-dessus de la tête et avoir les épaules dans l'image.
tip-shoulders_cut = reculez un peu pour que vos épaules soient dans l'image.
tip-cutout = placez-vous devant un mur uni et clair, sans rien derrière la tête, et reculez un peu.
tip-background_colour = placez-vous devant un mur uni et clair.

## Errors from the engine

error-empty_file = Le fichier est vide. Envoyez de nouveau la photo, s'il vous plaît.
error-not_an_image = Ce fichier n'est pas une image. Envoyez une photo : JPEG, PNG, WebP ou HEIC.
error-corrupt_image = L'image est endommagée ou incomplète. Envoyez de nouveau la photo originale.
error-too_many_pixels = L'image est trop grande. Envoyez une photo de téléphone normale ou une copie plus petite.
error-extreme_aspect = L'image est trop longue et étroite. Envoyez une photo ordinaire, pas un panorama ni une capture d'écran.
error-too_small = L'image est trop petite. Envoyez la photo originale, pas une miniature ni un aperçu.
error-unsupported_format = Je ne sais pas lire ce format d'image. Envoyez une photo JPEG, PNG, WebP ou HEIC.
error-no_face = Je n'ai pas trouvé de visage. Regardez l'objectif, avec toute la tête dans l'image.
error-multiple_faces = Il y a plus d'une personne sur la photo. Vous devez y être seul ou seule : demandez aux autres de s'écarter.
error-face_not_measurable = J'ai trouvé un visage mais je n'ai pas pu le mesurer. Regardez droit dans l'objectif, sans rien devant le visage.
error-edit_not_allowed = Les règles de ce document n'acceptent pas les photos retouchées. Prenez la photo devant un mur uni d'une couleur autorisée.
error-retouch_not_allowed = Les règles de ce document n'acceptent pas les photos retouchées.
error-background_not_allowed = Cette couleur de fond n'est pas autorisée pour ce document. Choisissez-en une autre.
error-file_size_unreachable = Je n'ai pas pu ramener le fichier à la taille exigée par le portail de ce document. Essayez avec une autre photo.
error-model_missing = Désolé, une partie de mon moteur photo n'est pas disponible pour le moment. Réessayez plus tard.
error-internal = Désolé, quelque chose s'est mal passé de mon côté. Réessayez.
error-bad_input = Je ne peux pas utiliser cette photo. Prenez-en une autre, s'il vous plaît.
error-checks_failed = La photo ne respecte pas encore les règles. Reprenez-la, s'il vous plaît.
error-selfie_missing = Votre photo n'est plus conservée (les photos sont supprimées au bout d'un moment). Envoyez-la de nouveau.
error-unknown_document = Je ne connais plus ce document. Choisissez-le de nouveau.
error-unknown_outfit = Cette tenue n'est pas disponible. Choisissez-en une autre.
error-outfit_not_allowed = Les règles de ce document n'acceptent pas de changer les vêtements. Portez sur la photo les vêtements que vous voulez.
error-outfit_needs_new_background = Changer de vêtements repeint aussi le fond, ce que ce document n'accepte pas. Gardez vos propres vêtements.
error-unexpected = Désolé, quelque chose s'est mal passé de mon côté. Réessayez ; si cela se reproduit, envoyez /new.

## Background and outfit

style-choose = Choisissez la couleur du fond. Voici les couleurs autorisées par les règles ({ $document }) :
style-single = Fond : { $colour } (la seule couleur autorisée par les règles).
style-real-background = Ce document n'accepte pas les photos retouchées, je garde donc votre vrai fond.
button-outfit-keep = 👕 Garder mes vêtements
button-outfit-try-men = 👔 Pour homme
button-outfit-try-women = 👚 Pour femme
button-outfit-try-child = 🧒 Pour enfant
outfit-offer = Voulez-vous vous voir en costume, en blazer ou en chemise ? Je peux montrer votre photo avec quelques tenues, ou vous gardez vos propres vêtements.
outfit-making = 👔 J'habille votre photo de quelques tenues…
outfit-sheet-caption = Votre photo avec quelques tenues (aperçu filigrané). Touchez le numéro de celle qui vous plaît, ou gardez vos propres vêtements.
outfit-own-clothes = Vos propres vêtements
colour-white = Blanc
colour-near-white = Presque blanc
colour-off-white = Blanc cassé
colour-light-grey = Gris clair
colour-grey = Gris
colour-light-blue = Bleu clair
colour-sky-blue = Bleu ciel
colour-cream = Crème

## Preview

preview-making = 🎨 Je prépare votre aperçu…
preview-caption = Aperçu de votre photo ({ $document }), filigrané et plus petit que le vrai fichier. Ajustez-le, ou obtenez vos fichiers.
preview-synthesised-outfit = ⚠️ Les vêtements de cette photo sont synthétiques : ils sont dessinés, non photographiés.
preview-synthesised-body = ⚠️ Une partie de cette photo est synthétique : la ligne des épaules a été complétée là où le selfie la coupait.
preview-limit = Les règles ne permettent pas d'aller plus loin.
button-head-higher = ⬆️ Tête plus haut
button-head-lower = ⬇️ Tête plus bas
button-bigger = ➕ Plus grand
button-smaller = ➖ Plus petit
button-brighter = ☀️ Plus clair
button-darker = 🌙 Plus sombre
button-reset = ↩️ Réinitialiser
button-get-files = ✅ C'est bon : mes fichiers

## Checkout and delivery

checkout-card =
    <b>Votre photo ({ $document }) est prête.</b>
    Vous recevez le fichier photo à téléverser, des planches à imprimer et le rapport de vérification. L'aperçu reste gratuit.
    { $balance ->
        [0] Payez en Telegram Stars ⭐ :
        [one] Vous avez 1 crédit : utilisez-le, ou payez en Stars ⭐.
       *[other] Vous avez { $balance } crédits : utilisez-en un, ou payez en Stars ⭐.
    }
button-pay-credit = 🎟 Utiliser 1 crédit (vous en avez { $balance })
button-buy-document = ⭐ { $stars } : ce document
button-buy-family = ⭐ { $stars } : celui-ci + { $credits } autres (famille)
button-buy-credits_5 = ⭐ { $stars } : { $credits } crédits
button-buy-credits_15 = ⭐ { $stars } : { $credits } crédits
button-buy-monthly = ⭐ { $stars } / 30 jours : { $credits } crédits
button-subscribe = ⭐ S'abonner
product-document-title = Fichiers photo d'identité
product-document-description = { $document } : le fichier photo, les planches à imprimer et le rapport de vérification.
product-family-title = Pack famille : +{ $credits ->
        [one] 1 crédit
       *[other] { $credits } crédits
    }
product-family-description = { $document } maintenant, plus { $credits ->
        [one] 1 crédit pour un autre document.
       *[other] { $credits } crédits pour { $credits } autres documents.
    } Les crédits n'expirent jamais.
product-credits_5-title = { $credits } crédits
product-credits_5-description = { $credits } crédits : chacun paie les fichiers d'un document. Les crédits achetés n'expirent jamais.
product-credits_15-title = { $credits } crédits
product-credits_15-description = { $credits } crédits : chacun paie les fichiers d'un document. Les crédits achetés n'expirent jamais.
product-monthly-title = Forfait 30 jours
product-monthly-description = { $credits } crédits tous les 30 jours, pour les studios et les utilisateurs fréquents. Les crédits du forfait non utilisés dans les 30 jours expirent.
checkout-decline-invalid = Cette facture n'est pas valable pour votre compte. Ouvrez le bot et demandez-en une nouvelle.
checkout-decline-expired = Cette facture a expiré. Demandez-en une nouvelle dans le bot.
checkout-decline-price = Le prix a changé. Le bot vous a envoyé une facture mise à jour.
checkout-decline-state = Cette commande est déjà payée ou close. Consultez /history.
checkout-decline-banned = Les paiements ne sont pas disponibles pour ce compte. Contactez /paysupport.
checkout-price-changed = Le prix a changé depuis la création de cette facture. En voici une à jour :
credits-not-enough = Vous n'avez plus de crédits. Payez plutôt en Stars.
payment-thanks = Merci ! Paiement reçu ✅
credits-added =
    Merci ! { $credits ->
        [one] 1 crédit a été ajouté.
       *[other] { $credits } crédits ont été ajoutés.
    } Votre solde : { $balance }.
subscription-offer = Le forfait 30 jours vous donne { $credits } crédits tous les 30 jours pour { $stars } ⭐. Les crédits du forfait non utilisés dans les 30 jours expirent ; vous pouvez résilier à tout moment dans Telegram. Touchez pour vous abonner :
order-failed = Vous avez payé, donc rien n'est perdu : réessayez, ou faites-vous rembourser.
button-refund = ↩️ Me rembourser
button-files-again = ⬇️ Renvoyer les fichiers #{ $order }
button-try-again-order = 🔄 Relancer la commande #{ $order }
refund-done =
    { $stars ->
        [0] Remboursé : votre crédit est de retour sur votre solde.
       *[other] Remboursé : { $stars } ⭐ vous sont retournées.
    }
refund-out-of-spec =
    J'ai mesuré votre photo finale et elle ne respecte pas les règles officielles : je ne l'ai donc pas envoyée et le paiement vous a été rendu. { $stars ->
        [0] Votre crédit est de retour sur votre solde.
       *[other] { $stars } ⭐ vous sont retournées.
    } Essayez un autre selfie : face à l'objectif, dans une lumière uniforme, avec de l'espace autour de la tête.
refund-failed = Le remboursement n'a pas pu aboutir pour le moment. Contactez /paysupport ; votre commande est en sécurité.
refund-refused-not_found = Je ne trouve pas cette commande.
refund-refused-not_paid = Cette commande n'a jamais été payée.
refund-refused-refunded = Cette commande est déjà remboursée.
refund-refused-window = Cette commande est trop ancienne pour un remboursement en libre-service. Contactez /paysupport.
refund-refused-delivered = Cette commande a été livrée. Si quelque chose ne va pas, contactez /paysupport.
payment-returned-unmatched = Ce paiement ne correspond à aucune de vos commandes, je l'ai donc renvoyé. Rien n'a été débité.
payment-returned-double = Vous aviez déjà payé cette commande, j'ai donc renvoyé le second paiement.
delivery-making = 📦 Je prépare vos fichiers…
delivery-photo = Votre photo ({ $document }, { $size }). Téléversez ce fichier, ou imprimez-le.
delivery-sheet = Planche à imprimer. Imprimez-la à 100 % (« taille réelle »), sans « ajuster à la page ».
delivery-report = Le rapport de vérification.
delivery-done = C'est fait ! ✅ Vos fichiers sont ci-dessus. Besoin d'une photo pour un autre document ? Je peux la faire avec le même selfie.
delivery-already = Je vous ai déjà envoyé ces fichiers ci-dessus.
button-another = 📄 Autre document, même selfie
button-new-photo = 📷 Nouvelle photo

## Account

help =
    <b>Comment ça marche</b>
    1. Dites-moi pour quel document est la photo.
    2. Envoyez un selfie : je le vérifie selon les règles officielles et vous dis quoi corriger.
    3. Choisissez le fond et, si vous voulez, une tenue ; regardez l'aperçu et ajustez-le.
    4. Recevez le fichier photo, une planche à imprimer et un rapport de vérification.
    /new : une photo pour un autre document
    /language : changer de langue
    /privacy : ce que deviennent vos photos
    /delete : supprimer vos photos et données maintenant
    /cancel : annuler l'étape en cours
    /balance, /buy, /history : crédits, commandes et vos fichiers à nouveau
    /referral : inviter des amis et gagner des crédits
    /paysupport : aide pour un paiement
    /support : parler à une personne
privacy =
    <b>Vos photos</b>
    • J'utilise votre selfie et la géométrie du visage mesurée dessus uniquement pour faire votre photo d'identité.
    • Seul l'exploitant de ce bot les traite, sur ses propres serveurs ; elles ne sont jamais transmises ni utilisées pour entraîner une IA.
    • Photos, mesures et fichiers finis sont supprimés automatiquement après { $hours } heures.
    • /delete efface immédiatement vos photos, vos fichiers et la conversation, et retire votre consentement.
    • Questions sur vos données : /support.
deleted =
    { $count ->
        [0] Supprimé : vous n'aviez aucune photo conservée. Les données de la conversation sont effacées aussi.
        [one] Supprimé : 1 fichier et les données de la conversation.
       *[other] Supprimé : { $count } fichiers et les données de la conversation.
    }
    Envoyez /start pour recommencer.
cancelled = Annulé. Envoyez /new pour une photo pour un autre document, ou /start pour recommencer.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] Vous n'avez aucun crédit.
        [one] Vous avez 1 crédit.
       *[other] Vous avez { $balance } crédits.
    } Un crédit paie les fichiers d'un document. /buy pour en acheter, /referral pour en gagner.
buy-card = <b>Crédits</b> : un crédit paie les fichiers d'un document. Les crédits achetés n'expirent jamais.
history-title = <b>Vos commandes</b>
history-empty = Aucune commande pour l'instant.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } crédit
       *[other] { $stars } ⭐
    }
order-status-created = en attente de paiement
order-status-paid = payée
order-status-delivering = en préparation
order-status-delivered = livrée
order-status-failed = pas encore livrée
order-status-refunded = remboursée
order-status-cancelled = annulée
order-refunded = Cette commande a été remboursée : ses fichiers ne sont plus disponibles.
referral-welcome = Bienvenue ! Vous nous rejoignez grâce au lien d'un ami : { $credits ->
        [one] 1 crédit gratuit est
       *[other] { $credits } crédits gratuits sont
    } sur votre solde.
referral-earned =
    🎉 Un ami que vous avez invité a terminé sa première commande : { $credits ->
        [one] { $credits } crédit a été ajouté
       *[other] { $credits } crédits ont été ajoutés
    } à votre solde. Votre solde : { $balance }.
referral-card =
    <b>Invitez des amis</b>
    Partagez votre lien : { $link }
    Un ami qui s'inscrit avec ce lien reçoit { $invitee ->
        [one] 1 crédit gratuit
       *[other] { $invitee } crédits gratuits
    } ; vous recevez { $inviter ->
        [one] 1 crédit
       *[other] { $inviter } crédits
    } quand sa première commande payée est livrée.
    Inscrits : { $joined } · Crédits gagnés : { $earned }
paysupport =
    <b>Aide pour un paiement</b>
    • Payé mais pas de fichiers ? Ouvrez /history et touchez « Relancer la commande » sur cette commande.
    • Vous préférez un remboursement ? Le message qui annonçait l'échec de la livraison a un bouton « Me rembourser ». Il fonctionne pendant { $hours } heures après le paiement ; les Stars reviennent immédiatement. Passé ce délai, écrivez-nous.
    • Si notre propre vérification constate qu'une photo payée ne respecte pas les règles, je ne l'envoie pas et je vous rembourse immédiatement, sans que vous ayez à le demander.
    • Pour tout le reste, écrivez-nous ici et une personne vous répondra. Le support de Telegram ne peut pas aider pour les achats faits dans ce bot.

## Support desk

button-support = 🙋 Parler à une personne
button-back-to-bot = 🤖 Retour au bot
support-opened = 🙋 Une personne de notre équipe va vous répondre ici. Écrivez votre question, et envoyez des photos ou des fichiers s'ils peuvent aider. Les étapes automatiques attendent que vous ayez fini.
support-back = 🤖 Vous êtes de retour avec le bot. Reprenez où vous en étiez, ou envoyez /new.
support-done = ✅ Notre équipe a fini de vous aider. Vous êtes de retour avec le bot : reprenez où vous en étiez, ou envoyez /new.
support-unavailable = Désolé, il n'est pas possible de parler à une personne pour le moment. Essayez /paysupport ou /help.
support-credited =
    🎁 Notre équipe a ajouté { $credits ->
        [one] 1 crédit
       *[other] { $credits } crédits
    } à votre solde. Vous avez maintenant { $balance }.

## Hints and polite refusals

hint-start = Envoyez /start pour commencer.
hint-buttons = Utilisez les boutons ci-dessus, ou envoyez /new pour recommencer.
hint-document = Tapez le pays et le document, par exemple « passeport français ».
hint-delivered = Vos fichiers sont ci-dessus. Besoin d'un autre document ? Touchez « Autre document » ou envoyez /new.
stale-button = Ce bouton n'est plus actif. Utilisez le dernier message.
throttled = Vous allez un peu vite 🙂 Attendez { $seconds } s puis réessayez.
delivery-delayed = ⏳ Vos fichiers prennent plus de temps que d'habitude. Vous avez payé, rien n'est perdu : je vous les envoie dès qu'ils sont prêts. Inutile de payer à nouveau.
delivery-refunded =
    Je n'ai pas pu préparer vos fichiers après plusieurs essais, le paiement vous a donc été rendu. { $stars ->
        [0] Votre crédit est de retour sur votre solde.
       *[other] { $stars } ⭐ vous sont rendues.
    } Si vous le souhaitez, parlez à une personne :
error-temporary = Désolé, quelque chose s'est mal passé de mon côté. Réessayez dans un instant. Ce que vous avez payé est en sécurité : vos fichiers arriveront quand même.

## Règles de l'autorité avant le selfie (issue 15)

unverified-mark = non vérifié
capture-unverified = { $count ->
        [8] ⚠️ Non vérifié : aucune page officielle que nous avons lue ne confirme les mesures de ce document ; elles viennent de sources secondaires. Vérifiez auprès du service émetteur avant d'imprimer.
       *[other] ⚠️ Certaines mesures de ce document ({ $count }) ne sont pas vérifiées : seules des sources secondaires les donnent. Vérifiez auprès du service émetteur avant d'imprimer.
    }
capture-glasses-not-recommended = • Mieux sans lunettes : l'autorité recommande de les retirer. Si vous les gardez, verres clairs, sans reflet, et la monture ne doit pas cacher les yeux.
capture-edit-unaltered = • L'autorité veut une photo non retouchée : placez-vous devant un mur uni et clair ({ $colours }) pour que votre propre fond puisse être gardé. Un fond remplacé peut être refusé.
capture-edit-office-only = ⚠️ { $document } : le service n'accepte que les photos prises sur place ou envoyées par un photographe agréé ; une photo faite ici sera refusée. { $count ->
        [0] Choisissez un autre document si vous avez besoin d'une photo.
       *[other] Notre photo peut servir pour : { $documents }.
    }
document-missing = { $kind ->
        [passport] { $country } : je n'ai pas encore le passeport.
        [visa] { $country } : je n'ai pas encore le visa.
        [evisa] { $country } : je n'ai pas encore le visa électronique.
        [id_card] { $country } : je n'ai pas encore la carte d'identité.
        [residence_permit] { $country } : je n'ai pas encore le titre de séjour.
        [driving_licence] { $country } : je n'ai pas encore le permis de conduire.
       *[other] { $country } : je n'ai pas encore ce document.
    } Voici d'autres documents qui peuvent aider ; si aucun ne convient, cherchez par pays : les formats génériques sont à la fin.
preview-edit-unaltered = ⚠️ { $document } : l'autorité veut une photo non retouchée, et cet aperçu a un fond remplacé. Par prudence, refaites le selfie devant un mur uni et clair ({ $colours }) pour que je garde votre propre fond.
style-keep-unaltered = Votre propre fond respecte déjà les règles ({ $document }). L'autorité veut une photo non retouchée : le garder est donc le choix sûr, je ne fais que recadrer et redresser la photo. Vous pouvez aussi le faire remplacer par une couleur autorisée ({ $colours }).
style-keep-or-colour = Votre propre fond respecte déjà les règles ({ $document }) : je peux le garder (la photo est seulement recadrée et redressée) ou le remplacer par une couleur autorisée ({ $colours }).
style-wall-not-kept = ⚠️ Votre fond ne peut pas être gardé ({ $document }) : ce n'est pas un mur uni d'une couleur autorisée ({ $colours }), ou la photo ne montre pas assez d'espace autour de vous. L'autorité veut une photo non retouchée, et un fond remplacé peut être refusé. Le plus sûr : reprenez le selfie devant un mur uni et clair. Ou faites quand même remplacer le fond.
button-keep-background = ✅ Garder mon propre fond
button-retake-plain-wall = 📷 Reprendre devant un mur uni
button-replace-background = 🎨 Remplacer par : { $colour }
preview-keep-failed = ⚠️ Avec ce cadrage, votre propre fond ne remplit pas la photo : il a donc été remplacé. Pour le garder, annulez les réglages ou reprenez le selfie avec plus d'espace autour de vous.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Ouvrir le guide photo
webapp-title = Guide photo
webapp-loading = Démarrage de la caméra…
webapp-camera-denied = Je ne peux pas ouvrir la caméra. Autorisez l’accès à la caméra pour Telegram, ou fermez ceci et envoyez une photo dans le chat.
webapp-switch = Changer de caméra
webapp-capture = Prendre la photo
webapp-retake = Reprendre
webapp-send = Envoyer cette photo
webapp-sending = Envoi…
webapp-sent = Envoyée ! Revenez au chat : les vérifications arrivent.
webapp-failed = La photo n’est pas arrivée. Réessayez, ou envoyez-la dans le chat.
webapp-expired = Ce guide photo a expiré. Fermez-le et rouvrez-le depuis le chat.
webapp-consent = Acceptez d’abord les conditions dans le chat, puis rouvrez le guide photo.
webapp-slow-down = Trop de photos d’affilée. Attendez une minute, puis réessayez.
webapp-too-big = Cette photo est trop lourde pour être envoyée. Reprenez-la ou envoyez-la dans le chat.
webapp-hint-no-face = Je ne vois pas votre visage. Tournez-vous vers la caméra.
webapp-hint-closer = Approchez-vous
webapp-hint-back = Reculez un peu
webapp-hint-raise = Levez un peu le téléphone
webapp-hint-lower = Baissez un peu le téléphone
webapp-hint-centre = Placez votre visage au milieu de l’ovale
webapp-hint-straighten = Redressez la tête
webapp-hint-look = Regardez droit dans la caméra
webapp-hint-light = Cherchez une lumière plus uniforme sur le visage
webapp-hint-dark = Cherchez plus de lumière
webapp-hint-glasses = Retirez vos lunettes
webapp-hint-good = Parfait : ne bougez plus
