# idphoto bot — Deutsch. Anrede: du (wie Telegram selbst).

language-name = Deutsch

## Commands (the "/" menu)

cmd-start = Von vorn beginnen
cmd-new = Foto für ein anderes Dokument
cmd-help = So funktioniert es
cmd-language = Sprache ändern
cmd-privacy = Was mit deinen Fotos passiert
cmd-delete = Meine Fotos und Daten jetzt löschen
cmd-cancel = Aktuellen Schritt abbrechen
cmd-balance = Meine Credits
cmd-buy = Credits kaufen
cmd-history = Meine Bestellungen und Dateien
cmd-referral = Freunde einladen, Credits verdienen
cmd-paysupport = Hilfe bei einer Zahlung
cmd-support = Mit einem Menschen sprechen

## Start, language, consent

start-welcome = Hallo! Ich mache aus einem Handy-Selfie ein Pass-, Visum- oder Ausweisfoto, das den amtlichen Vorgaben entspricht.
language-prompt = Wähle deine Sprache:
language-set = Sprache: Deutsch
language-resumed = Sprache geändert. Mach da weiter, wo du warst: Die Schaltflächen oben funktionieren weiterhin.
consent-card =
    <b>Bevor du ein Foto sendest: Dem stimmst du zu</b>
    • <b>Zweck</b>: nur dein Passfoto zu erstellen: Ich finde dein Gesicht, prüfe das Foto anhand der Vorgaben des Dokuments, ersetze den Hintergrund und schneide es zu.
    • <b>Was verarbeitet wird</b>: das Foto, das du sendest, und die daraus gemessene Geometrie deines Gesichts (wo Augen, Kinn und Scheitel liegen). Diese Gesichtsdaten sind sensibel: Sie dienen nur diesem Zweck, nie dazu, dich zu erkennen.
    • <b>Wer</b>: nur der Betreiber dieses Bots, auf eigenen Servern. Dein Foto wird an niemanden weitergegeben und nie zum Trainieren von KI verwendet.
    • <b>Wie lange</b>: Foto, Messwerte und fertige Dateien werden nach { $hours } Stunden automatisch gelöscht. Deine Bestellungen und Zahlungen (ohne Fotos) werden für die Buchhaltung aufbewahrt.
    • <b>Widerruf</b>: /delete löscht deine Fotos und Daten sofort; du kannst auch einfach aufhören. Fragen: /support.
    Tippe auf „Ich stimme zu“, um dem zuzustimmen, und zwar ausdrücklich auch der Verarbeitung deiner Gesichtsdaten.
consent-thanks = Danke!
consent-needed = Bitte stimme zuerst dem Hinweis unten zu und sende dann dein Foto noch einmal.
button-agree = ✅ Ich stimme zu, inkl. Gesichtsdaten
button-language = 🌐 Sprache

## Choosing the document

document-prompt = Für welches Dokument ist das Foto? Schreib das Land und das Dokument, zum Beispiel „deutscher Reisepass“, „Schengen-Visum“ oder „35x45 mm“, oder wähle unten eins aus.
document-another = Welches Dokument als Nächstes? Ich verwende dasselbe Selfie.
photo-which-document = Schönes Foto! Für welches Dokument ist es? Schreib das Land und das Dokument, oder wähle unten eins aus.
document-results = Das habe ich gefunden. Tippe auf dein Dokument:
document-none = Dieses Dokument habe ich nicht gefunden. Versuch es mit anderen Wörtern (Land und Art des Dokuments) oder such nach Land.
document-countries = Wähle das Land (Seite { $page } von { $pages }):
document-country = Dokumente: { $country }
country-generic = Standardgrößen
button-browse = 🌍 Nach Land suchen
button-back = ⬅️ Zurück
button-previous = ⬅️ Zurück
button-next = Weiter ➡️
button-other-document = 📄 Anderes Dokument

## Taking the selfie

capture-example = Wo Kopf und Augen auf einem Foto für: { $document } sein müssen.
capture-guide =
    <b>{ $document }</b> ({ $size })
    So machst du das Selfie:
    • Stell dich einem Fenster gegenüber, in weiches, gleichmäßiges Tageslicht, ohne Schatten im Gesicht.
    • Halte das Handy auf Augenhöhe, eine Armlänge entfernt, oder bitte jemanden, das Foto zu machen.
    • Schau direkt in die Kamera. Der ganze Kopf und die Schultern müssen im Bild sein.
    • Haare aus dem Gesicht; nichts auf dem Kopf, außer aus religiösen oder medizinischen Gründen.
capture-glasses-off = • Nimm deine Brille ab.
capture-glasses-ok = • Eine Brille ist erlaubt, wenn die Gläser klar (nicht getönt) sind, nicht spiegeln und die Fassung die Augen nicht verdeckt.
capture-expression-neutral = • Neutraler Gesichtsausdruck: Mund geschlossen, Augen offen, kein Lächeln.
capture-expression-smile = • Ein natürlicher Ausdruck ist in Ordnung: Mund geschlossen, Augen offen.
capture-background-any = • Jeder einfarbige Hintergrund geht: Ich ersetze ihn durch die Farbe, die die Vorgaben verlangen.
capture-background-real = • Dieses Dokument erlaubt keine bearbeiteten Fotos, daher bleibt der echte Hintergrund: Stell dich vor eine einfarbige Wand ({ $colours }).
capture-send = Sende das Foto dann hier, als Foto oder als Datei.
capture-retake = Sende ein neues Foto. Schau gerade in die Kamera, bei gleichmäßigem Licht, mit dem ganzen Kopf und den Schultern im Bild.
capture-waiting = Ich warte auf dein Selfie: Sende es als Foto oder als Datei. Anderes Dokument? Tippe unten.
capture-sticker = Das ist ein Sticker 🙂 Ich brauche ein echtes Foto deines Gesichts. Bitte sende ein Selfie.
capture-video = Videos und GIFs kann ich nicht verwenden. Bitte sende ein Foto.
capture-voice = Sprach- und Audionachrichten kann ich nicht verwenden. Bitte sende ein Selfie.
capture-pdf = Das ist ein PDF. Bitte sende das Foto selbst: JPEG, PNG, WebP oder HEIC.
capture-file = Diese Art von Datei kann ich nicht verwenden. Bitte sende ein Foto: JPEG, PNG, WebP oder HEIC.
capture-too-big = Diese Datei ist { $size } MB groß; ich kann höchstens { $limit } MB annehmen. Sende sie als normales Foto oder eine kleinere Kopie.
capture-album = Du hast mehrere Fotos gesendet, ich verwende das erste.
capture-download-failed = Ich konnte das Foto nicht herunterladen. Bitte sende es noch einmal.

## Checks

checks-running = 🔎 Ich prüfe dein Foto anhand der Vorgaben für: { $document }…
still-working = ⏳ Ich arbeite noch daran, gleich fertig…
checks-passed = ✅ Alle Prüfungen bestanden.
checks-blocking = Einiges muss noch korrigiert werden, bevor ich das Foto für „{ $document }“ machen kann:
checks-warnings = Das Foto ist verwendbar, aber einiges ginge besser:
checks-line = • { $title }: { $tip }
checks-retake-hint = Bitte mach ein neues Foto und sende es hier.
job-timeout = Das dauert länger als sonst. Bitte versuch es gleich noch einmal.
button-retake = 📷 Neues Foto
button-continue = Trotzdem weiter ➡️
button-continue-headwear = Religiös oder medizinisch ➡️
button-try-again = 🔁 Noch einmal

check-face_size = Gesicht im Foto zu klein
check-head_cut = Kopf abgeschnitten
check-yaw = Kopf zur Seite gedreht
check-pitch = Kopf nach oben oder unten geneigt
check-roll = Kopf seitlich geneigt
check-gaze = Blick nicht in die Kamera
check-eyes_closed = Augen geschlossen
check-mouth_open = Mund offen
check-smile = Lächeln
check-glasses = Brille
check-lighting_uneven = Ungleichmäßiges Licht im Gesicht
check-exposure = Zu dunkel oder zu hell
check-dynamic_range = Flaues, blasses Bild
check-colour_photo = Schwarz-Weiß-Foto
check-blur = Unscharfes Foto
check-compression = Foto zu stark komprimiert
check-head_covering = Kopfbedeckung
check-hands = Hände im Bild
check-no_room = Zu wenig Platz um den Kopf
check-shoulders_cut = Schultern abgeschnitten
check-cutout = Hintergrund ließ sich nicht sauber entfernen
check-background_colour = Hintergrundfarbe

tip-face_size = geh näher an die Kamera oder sende das Originalfoto statt einer zugeschnittenen oder verkleinerten Kopie.
tip-head_cut = der ganze Kopf mit Haaren, Kinn und beiden Ohren muss im Bild sein.
tip-yaw = dreh das Gesicht gerade zur Kamera.
tip-pitch = halte das Handy auf Augenhöhe und das Kinn waagerecht.
tip-roll = halte den Kopf gerade, nicht zu einer Schulter geneigt.
tip-gaze = schau direkt in das Kameraobjektiv, nicht auf den Bildschirm oder zur Seite.
tip-eyes_closed = halte die Augen offen und schau in die Kamera.
tip-mouth_open = schließ den Mund.
tip-smile = behalte einen neutralen Gesichtsausdruck, ohne Lächeln.
tip-glasses = nimm die Brille ab oder achte darauf, dass nichts spiegelt und die Fassung die Augen nicht verdeckt.
tip-lighting_uneven = stell dich einem Fenster oder weichem Licht gegenüber, damit beide Gesichtshälften gleich hell sind.
tip-exposure = such weicheres, gleichmäßiges Licht: keine direkte Sonne, kein dunkler Raum.
tip-dynamic_range = mach das Foto bei besserem Licht und ohne Filter.
tip-colour_photo = mach das Foto in Farbe: schalte Schwarz-Weiß- oder Farbfilter der Kamera aus.
tip-blur = halte das Handy ruhig, wisch die Linse ab und lass die Kamera auf dein Gesicht scharfstellen.
tip-compression = sende das Originalfoto, kein weitergeleitetes oder komprimiertes.
tip-head_covering = nimm Hüte und Mützen ab; religiöse oder medizinische Kopfbedeckungen sind erlaubt, wenn das ganze Gesicht zu sehen ist.
tip-hands = nimm die Hände und Arme herunter: Auf dem Foto sollen nur Kopf und Schultern zu sehen sein.
tip-no_room = geh ein Stück zurück, damit über dem Kopf Platz bleibt und die Schultern im Bild sind.
tip-shoulders_cut = geh ein Stück zurück, damit die Schultern im Bild sind.
tip-cutout = stell dich vor eine glatte, helle Wand ohne etwas hinter dem Kopf und geh ein Stück zurück.
tip-background_colour = stell dich vor eine einfarbige, helle Wand.

## Errors from the engine

error-empty_file = Die Datei ist leer. Bitte sende das Foto noch einmal.
error-not_an_image = Diese Datei ist kein Bild. Bitte sende ein Foto: JPEG, PNG, WebP oder HEIC.
error-corrupt_image = Das Bild ist beschädigt oder unvollständig. Bitte sende das Originalfoto noch einmal.
error-too_many_pixels = Das Bild ist zu groß. Sende ein normales Handyfoto oder eine kleinere Kopie.
error-extreme_aspect = Das Bild ist zu lang und schmal. Sende ein gewöhnliches Foto, kein Panorama und keinen Screenshot.
error-too_small = Das Bild ist zu klein. Sende das Originalfoto, keine Vorschau und kein Miniaturbild.
error-unsupported_format = Dieses Bildformat kann ich nicht lesen. Bitte sende ein Foto als JPEG, PNG, WebP oder HEIC.
error-no_face = Ich konnte kein Gesicht finden. Schau in die Kamera, mit dem ganzen Kopf im Bild.
error-multiple_faces = Auf dem Foto ist mehr als eine Person. Nur du darfst darauf sein: Bitte die anderen, zur Seite zu gehen.
error-face_not_measurable = Ich habe ein Gesicht gefunden, konnte es aber nicht vermessen. Schau gerade in die Kamera, ohne dass etwas dein Gesicht verdeckt.
error-edit_not_allowed = Die Vorgaben dieses Dokuments erlauben keine bearbeiteten Fotos. Mach das Foto vor einer einfarbigen Wand in einer erlaubten Farbe.
error-retouch_not_allowed = Die Vorgaben dieses Dokuments erlauben keine retuschierten Fotos.
error-background_not_allowed = Diese Hintergrundfarbe ist für dieses Dokument nicht erlaubt. Bitte wähle eine andere.
error-file_size_unreachable = Ich konnte die Datei nicht auf die Größe bringen, die das Upload-Portal dieses Dokuments verlangt. Bitte versuch es mit einem anderen Foto.
error-model_missing = Entschuldigung, ein Teil meiner Foto-Engine ist gerade nicht verfügbar. Bitte versuch es später noch einmal.
error-internal = Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuch es noch einmal.
error-bad_input = Dieses Foto kann ich nicht verwenden. Bitte mach ein anderes.
error-checks_failed = Das Foto entspricht noch nicht den Vorgaben. Bitte mach es neu.
error-selfie_missing = Dein Foto ist nicht mehr gespeichert (Fotos werden nach einer Weile gelöscht). Bitte sende es noch einmal.
error-unknown_document = Dieses Dokument kenne ich nicht mehr. Bitte wähle es noch einmal aus.
error-unknown_outfit = Dieses Outfit ist nicht verfügbar. Bitte wähle ein anderes.
error-outfit_not_allowed = Die Vorgaben dieses Dokuments erlauben keinen Kleidungswechsel. Trag auf dem Foto die Kleidung, die du haben möchtest.
error-outfit_needs_new_background = Ein Kleidungswechsel färbt auch den Hintergrund neu, und das erlaubt dieses Dokument nicht. Behalte deine eigene Kleidung.
error-unexpected = Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuch es noch einmal; wenn es wieder passiert, sende /new.

## Background and outfit

style-choose = Wähle die Hintergrundfarbe. Diese Farben erlauben die Vorgaben für „{ $document }“:
style-single = Hintergrund: { $colour } (die einzige Farbe, die die Vorgaben erlauben).
style-real-background = Dieses Dokument erlaubt keine bearbeiteten Fotos, daher behalte ich deinen echten Hintergrund.
button-outfit-keep = 👕 Eigene Kleidung behalten
button-outfit-try-men = 👔 Für Herren
button-outfit-try-women = 👚 Für Damen
button-outfit-try-child = 🧒 Für ein Kind
outfit-offer = Möchtest du dich im Anzug, Blazer oder Hemd sehen? Ich kann dein Foto in ein paar Outfits zeigen, oder du behältst deine eigene Kleidung.
outfit-making = 👔 Ich ziehe deinem Foto ein paar Outfits an…
outfit-sheet-caption = Dein Foto in ein paar Outfits (Vorschau mit Wasserzeichen). Tippe auf die Nummer des Outfits, das dir gefällt, oder behalte deine eigene Kleidung.
outfit-own-clothes = Eigene Kleidung
colour-white = Weiß
colour-near-white = Fast weiß
colour-off-white = Gebrochenes Weiß
colour-light-grey = Hellgrau
colour-grey = Grau
colour-light-blue = Hellblau
colour-sky-blue = Himmelblau
colour-cream = Creme

## Preview

preview-making = 🎨 Ich erstelle deine Vorschau…
preview-caption = Vorschau deines Fotos für: { $document } (mit Wasserzeichen und kleiner als die echte Datei). Pass es an oder hol dir deine Dateien.
preview-synthesised-outfit = ⚠️ Die Kleidung auf diesem Foto ist künstlich erzeugt: Sie ist gezeichnet, nicht fotografiert.
preview-synthesised-body = ⚠️ Ein Teil dieses Fotos ist künstlich erzeugt: Die Schulterlinie wurde dort ergänzt, wo das Selfie sie abgeschnitten hat.
preview-limit = Weiter erlauben es die Vorgaben nicht.
button-head-higher = ⬆️ Kopf höher
button-head-lower = ⬇️ Kopf tiefer
button-bigger = ➕ Größer
button-smaller = ➖ Kleiner
button-brighter = ☀️ Heller
button-darker = 🌙 Dunkler
button-reset = ↩️ Zurücksetzen
button-get-files = ✅ Passt: Dateien holen

## Checkout and delivery

checkout-card =
    <b>Dein Foto für „{ $document }“ ist fertig.</b>
    Du bekommst die Fotodatei zum Hochladen, Druckbögen und den Prüfbericht. Die Vorschau bleibt kostenlos.
    { $balance ->
        [0] Bezahle mit Telegram Stars ⭐:
        [one] Du hast 1 Credit: Löse ihn ein oder bezahle mit Stars ⭐.
       *[other] Du hast { $balance } Credits: Löse einen ein oder bezahle mit Stars ⭐.
    }
button-pay-credit = 🎟 1 Credit einlösen (du hast { $balance })
button-buy-document = ⭐ { $stars }: dieses Dokument
button-buy-family = ⭐ { $stars }: dieses + { $credits } weitere (Familie)
button-buy-credits_5 = ⭐ { $stars }: { $credits } Credits
button-buy-credits_15 = ⭐ { $stars }: { $credits } Credits
button-buy-monthly = ⭐ { $stars } / 30 Tage: { $credits } Credits
button-subscribe = ⭐ Abonnieren
product-document-title = Passfoto-Dateien
product-document-description = { $document }: Fotodatei, Druckbögen und Prüfbericht.
product-family-title = Familienpaket: +{ $credits ->
        [one] 1 Credit
       *[other] { $credits } Credits
    }
product-family-description = { $document } jetzt, dazu { $credits ->
        [one] 1 Credit für ein weiteres Dokument.
       *[other] { $credits } Credits für { $credits } weitere Dokumente.
    } Credits verfallen nie.
product-credits_5-title = { $credits } Credits
product-credits_5-description = { $credits } Credits: Jeder bezahlt die Dateien eines Dokuments. Gekaufte Credits verfallen nie.
product-credits_15-title = { $credits } Credits
product-credits_15-description = { $credits } Credits: Jeder bezahlt die Dateien eines Dokuments. Gekaufte Credits verfallen nie.
product-monthly-title = 30-Tage-Tarif
product-monthly-description = { $credits } Credits alle 30 Tage, für Fotostudios und alle, die oft Fotos brauchen. Tarif-Credits, die innerhalb der 30 Tage nicht genutzt werden, verfallen.
checkout-decline-invalid = Diese Rechnung gilt nicht für dein Konto. Bitte öffne den Bot und fordere eine neue an.
checkout-decline-expired = Diese Rechnung ist abgelaufen. Bitte fordere im Bot eine neue an.
checkout-decline-price = Der Preis hat sich geändert. Der Bot hat dir eine aktualisierte Rechnung geschickt.
checkout-decline-state = Diese Bestellung ist bereits bezahlt oder abgeschlossen. Sieh unter /history nach.
checkout-decline-banned = Zahlungen sind für dieses Konto nicht verfügbar. Bitte wende dich an /paysupport.
checkout-price-changed = Der Preis hat sich geändert, seit diese Rechnung erstellt wurde. Hier ist eine aktualisierte:
credits-not-enough = Du hast keine Credits mehr. Bitte bezahle stattdessen mit Stars.
payment-thanks = Danke! Zahlung erhalten ✅
credits-added =
    Danke! { $credits ->
        [one] 1 Credit wurde gutgeschrieben.
       *[other] { $credits } Credits wurden gutgeschrieben.
    } Dein Stand: { $balance }.
subscription-offer = Der 30-Tage-Tarif gibt dir alle 30 Tage { $credits } Credits für { $stars } ⭐. Tarif-Credits, die innerhalb der 30 Tage nicht genutzt werden, verfallen; du kannst jederzeit in Telegram kündigen. Tippe zum Abonnieren:
order-failed = Du hast bezahlt, es geht also nichts verloren: Versuch es noch einmal oder hol dir dein Geld zurück.
button-refund = ↩️ Geld zurück
button-files-again = ⬇️ Dateien von Bestellung #{ $order } erneut
button-try-again-order = 🔄 Bestellung #{ $order } erneut versuchen
refund-done =
    { $stars ->
        [0] Erstattet: Dein Credit ist wieder auf deinem Konto.
       *[other] Erstattet: { $stars } ⭐ sind auf dem Weg zurück zu dir.
    }
refund-out-of-spec =
    Ich habe dein fertiges Foto vermessen, und es entspricht nicht den amtlichen Vorgaben. Deshalb habe ich es nicht gesendet und dir den Betrag erstattet. { $stars ->
        [0] Dein Credit ist wieder auf deinem Konto.
       *[other] { $stars } ⭐ sind auf dem Weg zurück zu dir.
    } Versuch es bitte mit einem anderen Selfie: Schau in die Kamera, bei gleichmäßigem Licht, mit etwas Platz um den Kopf.
refund-failed = Die Erstattung konnte gerade nicht abgeschlossen werden. Bitte wende dich an /paysupport; deine Bestellung ist sicher.
refund-refused-not_found = Diese Bestellung finde ich nicht.
refund-refused-not_paid = Diese Bestellung wurde nie bezahlt.
refund-refused-refunded = Diese Bestellung wurde bereits erstattet.
refund-refused-window = Diese Bestellung ist zu alt für eine Erstattung per Schaltfläche. Bitte wende dich an /paysupport.
refund-refused-delivered = Diese Bestellung wurde geliefert. Wenn damit etwas nicht stimmt, wende dich bitte an /paysupport.
payment-returned-unmatched = Diese Zahlung gehört zu keiner deiner Bestellungen, daher habe ich sie zurückgeschickt. Es wurde nichts abgebucht.
payment-returned-double = Du hattest diese Bestellung schon bezahlt, daher habe ich die zweite Zahlung zurückgeschickt.
delivery-making = 📦 Ich erstelle deine Dateien…
delivery-photo = Dein Foto für: { $document } ({ $size }). Lade diese Datei hoch oder drucke sie.
delivery-sheet = Druckbogen. Drucke ihn in 100 % („Originalgröße“), ohne „An Seite anpassen“.
delivery-report = Der Prüfbericht.
delivery-done = Fertig! ✅ Deine Dateien sind oben. Brauchst du ein Foto für ein anderes Dokument? Ich kann es aus demselben Selfie machen.
delivery-already = Diese Dateien habe ich oben schon gesendet.
button-another = 📄 Anderes Dokument, gleiches Selfie
button-new-photo = 📷 Neues Foto

## Account

help =
    <b>So funktioniert es</b>
    1. Sag mir, für welches Dokument das Foto ist.
    2. Sende ein Selfie: Ich prüfe es anhand der amtlichen Vorgaben und sage dir, was zu korrigieren ist.
    3. Wähle den Hintergrund und, wenn du magst, ein Outfit; sieh dir die Vorschau an und pass sie an.
    4. Hol dir die Fotodatei, einen Druckbogen und einen Prüfbericht.
    /new: ein Foto für ein anderes Dokument
    /language: Sprache ändern
    /privacy: was mit deinen Fotos passiert
    /delete: deine Fotos und Daten jetzt löschen
    /cancel: aktuellen Schritt abbrechen
    /balance, /buy, /history: Credits, Bestellungen und deine Dateien erneut
    /referral: Freunde einladen und Credits verdienen
    /paysupport: Hilfe bei einer Zahlung
    /support: mit einem Menschen sprechen
privacy =
    <b>Deine Fotos</b>
    • Ich verwende dein Selfie und die daraus gemessene Gesichtsgeometrie nur, um dein Passfoto zu erstellen.
    • Nur der Betreiber dieses Bots verarbeitet sie, auf eigenen Servern; sie werden nie weitergegeben und nie zum Trainieren von KI verwendet.
    • Fotos, Messwerte und fertige Dateien werden nach { $hours } Stunden automatisch gelöscht.
    • /delete löscht deine Fotos, Dateien und den Gesprächsverlauf sofort und widerruft deine Einwilligung.
    • Fragen zu deinen Daten: /support.
deleted =
    { $count ->
        [0] Gelöscht: Du hattest keine gespeicherten Fotos. Deine Gesprächsdaten sind ebenfalls gelöscht.
        [one] Gelöscht: 1 Datei und deine Gesprächsdaten.
       *[other] Gelöscht: { $count } Dateien und deine Gesprächsdaten.
    }
    Sende /start, um neu zu beginnen.
cancelled = Abgebrochen. Sende /new für ein Foto für ein anderes Dokument oder /start, um neu zu beginnen.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] Du hast keine Credits.
        [one] Du hast 1 Credit.
       *[other] Du hast { $balance } Credits.
    } Ein Credit bezahlt die Dateien eines Dokuments. /buy für mehr, /referral, um welche zu verdienen.
buy-card = <b>Credits</b>: Ein Credit bezahlt die Dateien eines Dokuments. Gekaufte Credits verfallen nie.
history-title = <b>Deine Bestellungen</b>
history-empty = Noch keine Bestellungen.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } Credit
       *[other] { $stars } ⭐
    }
order-status-created = wartet auf Zahlung
order-status-paid = bezahlt
order-status-delivering = wird erstellt
order-status-delivered = geliefert
order-status-failed = noch nicht geliefert
order-status-refunded = erstattet
order-status-cancelled = storniert
order-refunded = Diese Bestellung wurde erstattet, daher sind ihre Dateien nicht mehr verfügbar.
referral-welcome = Willkommen! Du bist über den Link eines Freundes gekommen: { $credits ->
        [one] 1 kostenloser Credit ist
       *[other] { $credits } kostenlose Credits sind
    } auf deinem Konto.
referral-earned =
    🎉 Ein Freund, den du eingeladen hast, hat seine erste Bestellung abgeschlossen: { $credits ->
        [one] { $credits } Credit wurde
       *[other] { $credits } Credits wurden
    } deinem Konto gutgeschrieben. Dein Stand: { $balance }.
referral-card =
    <b>Freunde einladen</b>
    Teile deinen Link: { $link }
    Wer darüber beitritt, bekommt { $invitee ->
        [one] 1 kostenloser Credit
       *[other] { $invitee } kostenlose Credits
    }; du bekommst { $inviter ->
        [one] 1 Credit
       *[other] { $inviter } Credits
    }, sobald die erste bezahlte Bestellung erledigt ist.
    Beigetreten: { $joined } · Verdiente Credits: { $earned }
paysupport =
    <b>Hilfe bei einer Zahlung</b>
    • Bezahlt, aber keine Dateien? Öffne /history und tippe bei dieser Bestellung auf „Erneut versuchen“.
    • Lieber das Geld zurück? Die Nachricht, die den Fehlschlag der Lieferung gemeldet hat, hat eine Schaltfläche „Geld zurück“. Sie funktioniert { $hours } Stunden nach der Zahlung; die Stars kommen sofort zurück. Danach schreib uns.
    • Stellt unsere eigene Prüfung fest, dass ein bezahltes Foto die Vorgaben nicht erfüllt, sende ich es nicht und erstatte dir den Betrag sofort, ohne dass du fragen musst.
    • Alles andere: Schreib uns hier, ein Mensch antwortet dir. Der Telegram-Support kann bei Käufen in diesem Bot nicht helfen.

## Support desk

button-support = 🙋 Mit einem Menschen sprechen
button-back-to-bot = 🤖 Zurück zum Bot
support-opened = 🙋 Jemand aus unserem Team antwortet dir bald hier. Schreib deine Frage und sende Fotos oder Dateien, wenn sie helfen. Die automatischen Schritte warten, bis du fertig bist.
support-back = 🤖 Du bist wieder beim Bot. Mach weiter, wo du warst, oder sende /new.
support-done = ✅ Unser Team hat dir fertig geholfen. Du bist wieder beim Bot: Mach weiter, wo du warst, oder sende /new.
support-unavailable = Entschuldigung, ein Gespräch mit einem Menschen ist gerade nicht möglich. Versuch es mit /paysupport oder /help.
support-credited =
    🎁 Unser Team hat dir { $credits ->
        [one] 1 Credit
       *[other] { $credits } Credits
    } gutgeschrieben. Dein Stand: { $balance }.

## Hints and polite refusals

hint-start = Sende /start, um zu beginnen.
hint-buttons = Bitte nutze die Schaltflächen oben oder sende /new, um neu zu beginnen.
hint-document = Schreib das Land und das Dokument, zum Beispiel „deutscher Reisepass“.
hint-delivered = Deine Dateien sind oben. Brauchst du ein anderes Dokument? Tippe auf „Anderes Dokument“ oder sende /new.
stale-button = Diese Schaltfläche ist nicht mehr aktiv. Bitte nutze die neueste Nachricht.
throttled = Du bist etwas schnell 🙂 Bitte warte { $seconds } s und versuch es noch einmal.
delivery-delayed = ⏳ Deine Dateien brauchen länger als üblich. Du hast bezahlt, es geht also nichts verloren: Ich schicke sie, sobald sie fertig sind. Du musst nicht noch einmal bezahlen.
delivery-refunded =
    Ich konnte deine Dateien auch nach mehreren Versuchen nicht erstellen, deshalb habe ich dir das Geld erstattet. { $stars ->
        [0] Dein Guthaben ist wieder auf deinem Konto.
       *[other] { $stars } ⭐ sind auf dem Weg zurück zu dir.
    } Wenn du möchtest, sprich mit einem Menschen:
error-temporary = Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal. Was du bezahlt hast, ist sicher: Deine Dateien kommen trotzdem.

## Regeln der Behörde vor dem Selfie (issue 15)

unverified-mark = nicht geprüft
capture-unverified = { $count ->
        [8] ⚠️ Nicht geprüft: Keine amtliche Seite, die wir gelesen haben, bestätigt die Maße dieses Dokuments; sie stammen aus Sekundärquellen. Kläre das vor dem Druck mit der ausstellenden Stelle.
       *[other] ⚠️ Einige Maße dieses Dokuments ({ $count }) sind nicht geprüft: Nur Sekundärquellen nennen sie. Kläre das vor dem Druck mit der ausstellenden Stelle.
    }
capture-glasses-not-recommended = • Besser ohne Brille: Die Behörde empfiehlt, sie abzunehmen. Wenn du sie aufbehältst: klare Gläser, keine Spiegelungen, und die Fassung darf die Augen nicht verdecken.
capture-edit-unaltered = • Die Behörde will ein unbearbeitetes Foto: Stell dich vor eine glatte, helle Wand ({ $colours }), damit dein eigener Hintergrund bleiben kann. Ein ersetzter Hintergrund kann abgelehnt werden.
capture-edit-office-only = ⚠️ { $document }: Die Behörde nimmt nur Fotos, die dort aufgenommen oder von einem registrierten Fotografen übermittelt wurden; ein hier erstelltes Foto wird abgelehnt. { $count ->
        [0] Wähle ein anderes Dokument, wenn du dafür ein Foto brauchst.
       *[other] Unser Foto taugt für: { $documents }.
    }
document-missing = { $kind ->
        [passport] { $country }: Den Reisepass habe ich noch nicht.
        [visa] { $country }: Das Visum habe ich noch nicht.
        [evisa] { $country }: Das E-Visum habe ich noch nicht.
        [id_card] { $country }: Den Personalausweis habe ich noch nicht.
        [residence_permit] { $country }: Den Aufenthaltstitel habe ich noch nicht.
        [driving_licence] { $country }: Den Führerschein habe ich noch nicht.
       *[other] { $country }: Dieses Dokument habe ich noch nicht.
    } Unten stehen andere Dokumente, die helfen können; passt keines, such nach Land: Die allgemeinen Größen stehen am Ende.
preview-edit-unaltered = ⚠️ { $document }: Die Behörde will ein unbearbeitetes Foto, und diese Vorschau hat einen ersetzten Hintergrund. Sicherer ist ein neues Selfie vor einer glatten, hellen Wand ({ $colours }), dann behalte ich deinen eigenen Hintergrund.
style-keep-unaltered = Dein eigener Hintergrund erfüllt schon die Vorgaben für „{ $document }“. Die Behörde will ein unbearbeitetes Foto, darum ist Behalten die sichere Wahl: Ich schneide das Foto nur zu und richte es gerade aus. Du kannst ihn auch durch eine erlaubte Farbe ersetzen lassen ({ $colours }).
style-keep-or-colour = Dein eigener Hintergrund erfüllt schon die Vorgaben für „{ $document }“: Ich kann ihn behalten (das Foto wird nur zugeschnitten und gerade ausgerichtet) oder durch eine erlaubte Farbe ersetzen ({ $colours }).
style-wall-not-kept = ⚠️ Dein Hintergrund kann für „{ $document }“ nicht bleiben: Er ist keine glatte Wand in einer erlaubten Farbe ({ $colours }), oder um dich herum ist zu wenig Platz im Bild. Die Behörde will ein unbearbeitetes Foto, und ein ersetzter Hintergrund kann abgelehnt werden. Am sichersten: ein neues Selfie vor einer glatten, hellen Wand. Oder lass den Hintergrund trotzdem ersetzen.
button-keep-background = ✅ Eigenen Hintergrund behalten
button-retake-plain-wall = 📷 Neues Foto vor glatter Wand
button-replace-background = 🎨 Ersetzen durch: { $colour }
preview-keep-failed = ⚠️ Mit diesem Ausschnitt füllt dein eigener Hintergrund das Foto nicht, deshalb wurde er ersetzt. Um ihn zu behalten, nimm die Anpassungen zurück oder mach ein neues Selfie mit mehr Platz um dich herum.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Kamera-Assistent öffnen
webapp-title = Kamera-Assistent
webapp-loading = Kamera wird gestartet…
webapp-camera-denied = Ich kann die Kamera nicht öffnen. Erlaube Telegram den Kamerazugriff oder schließe dies und schick ein Foto im Chat.
webapp-switch = Kamera wechseln
webapp-capture = Foto aufnehmen
webapp-retake = Neu aufnehmen
webapp-send = Dieses Foto senden
webapp-sending = Wird gesendet…
webapp-sent = Gesendet! Geh zurück in den Chat: Die Prüfung läuft.
webapp-failed = Das Foto ist nicht angekommen. Versuch es noch einmal oder schick es im Chat.
webapp-expired = Dieser Kamera-Assistent ist abgelaufen. Schließe ihn und öffne ihn erneut aus dem Chat.
webapp-consent = Stimme zuerst im Chat den Bedingungen zu und öffne dann den Kamera-Assistenten erneut.
webapp-slow-down = Zu viele Fotos hintereinander. Warte eine Minute und versuch es dann noch einmal.
webapp-too-big = Dieses Foto ist zu groß zum Senden. Nimm es neu auf oder schick es im Chat.
webapp-hint-no-face = Ich sehe dein Gesicht nicht. Schau zur Kamera.
webapp-hint-closer = Komm näher
webapp-hint-back = Geh ein wenig zurück
webapp-hint-raise = Halte das Handy etwas höher
webapp-hint-lower = Halte das Handy etwas tiefer
webapp-hint-centre = Bring dein Gesicht in die Mitte des Ovals
webapp-hint-straighten = Halte den Kopf gerade
webapp-hint-look = Schau direkt in die Kamera
webapp-hint-light = Such dir gleichmäßigeres Licht im Gesicht
webapp-hint-dark = Such dir mehr Licht
webapp-hint-glasses = Nimm die Brille ab
webapp-hint-good = Gut: jetzt stillhalten
