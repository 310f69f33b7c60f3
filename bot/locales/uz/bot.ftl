# idphoto bot — oʻzbekcha (lotin yozuvi). Murojaat: siz. Sondan keyin ot birlikda qoladi (3 ta kredit).
# Harflar: oʻ, gʻ (U+02BB), tutuq belgisi ʼ (U+02BC).

language-name = Oʻzbekcha

## Commands (the "/" menu)

cmd-start = Boshidan boshlash
cmd-new = Boshqa hujjat uchun surat
cmd-help = Bu qanday ishlaydi
cmd-language = Tilni oʻzgartirish
cmd-privacy = Suratlaringiz bilan nima boʻladi
cmd-delete = Suratlarim va maʼlumotlarimni hozir oʻchirish
cmd-cancel = Joriy qadamni bekor qilish
cmd-balance = Kreditlarim
cmd-buy = Kredit sotib olish
cmd-history = Buyurtmalarim va fayllarim
cmd-referral = Doʻstlarni taklif qiling, kredit oling
cmd-paysupport = Toʻlov boʻyicha yordam
cmd-support = Xodim bilan gaplashish

## Start, language, consent

start-welcome = Salom! Telefonda olingan selfini rasmiy talablarga mos pasport, viza yoki ID-karta suratiga aylantiraman.
language-prompt = Tilni tanlang:
language-set = Til: oʻzbekcha
language-resumed = Til oʻzgartirildi. Toʻxtagan joyingizdan davom eting: yuqoridagi tugmalar hali ishlaydi.
consent-card =
    <b>Surat yuborishdan oldin: nimaga rozilik berasiz</b>
    • <b>Maqsad</b>: faqat hujjat suratingizni tayyorlash: yuzingizni topaman, suratni hujjat talablari boʻyicha tekshiraman, fonni almashtiraman va qirqaman.
    • <b>Nima qayta ishlanadi</b>: siz yuborgan surat va undan oʻlchangan yuz geometriyangiz (koʻzlar, iyak va boshning yuqori qismi qayerdaligi). Yuz maʼlumotlari alohida himoyalanadigan maʼlumotlardir: ular faqat shu maqsadda ishlatiladi, sizni tanib olish uchun hech qachon ishlatilmaydi.
    • <b>Kim</b>: faqat shu botning operatori, oʻz serverlarida. Suratingiz hech kimga berilmaydi va sunʼiy intellektni oʻqitishda hech qachon ishlatilmaydi.
    • <b>Qancha vaqt</b>: surat, oʻlchovlar va tayyor fayllar { $hours } soatdan keyin avtomatik oʻchiriladi. Buyurtma va toʻlovlaringiz (suratsiz) hisob-kitob uchun saqlanadi.
    • <b>Rozilikni qaytarib olish</b>: /delete suratlaringiz va maʼlumotlaringizni darhol oʻchiradi; shunchaki foydalanishni toʻxtatsangiz ham boʻladi. Savollar: /support.
    “Roziman” tugmasini bosib, bunga va alohida ravishda yuz maʼlumotlaringiz qayta ishlanishiga rozilik bildirasiz.
consent-thanks = Rahmat!
consent-needed = Avval quyidagi eslatmaga rozilik bering, soʻng suratni qayta yuboring.
button-agree = ✅ Roziman, yuz maʼlumotlari bilan
button-language = 🌐 Til

## Choosing the document

document-prompt = Surat qaysi hujjat uchun? Davlat va hujjatni yozing, masalan: “Oʻzbekiston pasporti”, “Shengen vizasi” yoki “35x45 mm”, yoki quyidan tanlang.
document-another = Keyingi hujjat qaysi? Oʻsha selfidan foydalanaman.
photo-which-document = Yaxshi surat! U qaysi hujjat uchun? Davlat va hujjatni yozing yoki quyidan tanlang.
document-results = Mana topganlarim. Hujjatingizni bosing:
document-none = Bu hujjatni topa olmadim. Boshqa soʻzlarni sinab koʻring (davlat va hujjat turi) yoki davlat boʻyicha qidiring.
document-countries = Davlatni tanlang ({ $pages } sahifadan { $page }-sahifa):
document-country = Hujjatlar, davlat: { $country }
country-generic = Standart oʻlchamlar
button-browse = 🌍 Davlat boʻyicha
button-back = ⬅️ Orqaga
button-previous = ⬅️ Oldingi
button-next = Keyingi ➡️
button-other-document = 📄 Boshqa hujjat

## Taking the selfie

capture-example = Suratda bosh va koʻzlar qayerda boʻlishi kerak: { $document }.
capture-guide =
    <b>{ $document }</b> ({ $size })
    Selfini qanday olish kerak:
    • Derazaga yuzlanib, yumshoq va bir tekis kunduzgi yorugʻlikda turing, yuzingizda soya boʻlmasin.
    • Telefonni koʻz darajasida, qoʻl uzunligi masofasida ushlang yoki kimdandir sizni suratga olishni soʻrang.
    • Toʻgʻri kameraga qarang. Butun boshingiz va yelkalaringiz kadrda boʻlsin.
    • Sochlar yuzdan olingan boʻlsin; diniy yoki tibbiy sabab boʻlmasa, boshda hech narsa boʻlmasin.
capture-glasses-off = • Koʻzoynagingizni yeching.
capture-glasses-ok = • Koʻzoynak mumkin, agar oynalari tiniq (rangsiz) boʻlsa, yaltiramasa va gardishi koʻzlarni toʻsmasa.
capture-expression-neutral = • Neytral yuz ifodasi: ogʻiz yopiq, koʻzlar ochiq, tabassum yoʻq.
capture-expression-smile = • Tabiiy ifoda boʻlaveradi: ogʻiz yopiq, koʻzlar ochiq.
capture-background-any = • Har qanday bir xil rangli fon boʻlaveradi: uni talablarda koʻrsatilgan rang bilan almashtiraman.
capture-background-real = • Bu hujjat tahrirlangan suratlarni qabul qilmaydi, shuning uchun haqiqiy fon qoladi: bir xil rangli devor oldida turing ({ $colours }).
capture-send = Keyin suratni shu yerga surat yoki fayl sifatida yuboring.
capture-retake = Yangi surat yuboring. Kameraga toʻgʻri qarang, yorugʻlik bir tekis boʻlsin, butun boshingiz va yelkalaringiz kadrda boʻlsin.
capture-waiting = Selfingizni kutyapman: surat yoki fayl sifatida yuboring. Boshqa hujjat kerakmi? Quyidagini bosing.
capture-sticker = Bu stiker 🙂 Menga yuzingizning haqiqiy surati kerak. Iltimos, selfi yuboring.
capture-video = Video yoki GIF dan foydalana olmayman. Iltimos, surat yuboring.
capture-voice = Ovozli yoki audio xabarlardan foydalana olmayman. Iltimos, selfi yuboring.
capture-pdf = Bu PDF. Iltimos, suratning oʻzini yuboring: JPEG, PNG, WebP yoki HEIC.
capture-file = Bunday fayldan foydalana olmayman. Iltimos, surat yuboring: JPEG, PNG, WebP yoki HEIC.
capture-too-big = Bu fayl { $size } MB; men koʻpi bilan { $limit } MB qabul qilaman. Uni oddiy surat sifatida yoki kichikroq nusxasini yuboring.
capture-album = Bir nechta surat yubordingiz, shuning uchun birinchisidan foydalanaman.
capture-download-failed = Suratni yuklab ololmadim. Iltimos, qayta yuboring.

## Checks

checks-running = 🔎 Suratingizni talablar boʻyicha tekshiryapman: { $document }…
still-working = ⏳ Hali ishlayapman, deyarli tayyor…
checks-passed = ✅ Barcha tekshiruvlardan oʻtdi.
checks-blocking = Suratni tayyorlashdan oldin baʼzi narsalarni tuzatish kerak ({ $document }):
checks-warnings = Suratdan foydalanish mumkin, lekin baʼzi narsalar yaxshiroq boʻlishi mumkin:
checks-line = • { $title }: { $tip }
checks-retake-hint = Iltimos, yangi surat olib, shu yerga yuboring.
job-timeout = Bu odatdagidan uzoqroq choʻzilyapti. Iltimos, birozdan soʻng qayta urinib koʻring.
button-retake = 📷 Qayta olish
button-continue = Baribir davom etish ➡️
button-continue-headwear = Diniy yoki tibbiy ➡️
button-try-again = 🔁 Qayta urinish

check-face_size = Suratda yuz juda kichik
check-head_cut = Bosh kesilgan
check-yaw = Bosh yonga burilgan
check-pitch = Bosh yuqoriga yoki pastga egilgan
check-roll = Bosh yon tomonga qiyshaygan
check-gaze = Nigoh kameraga emas
check-eyes_closed = Koʻzlar yumuq
check-mouth_open = Ogʻiz ochiq
check-smile = Tabassum
check-glasses = Koʻzoynak
check-lighting_uneven = Yuzda yorugʻlik notekis
check-exposure = Juda qorongʻi yoki juda yorugʻ
check-dynamic_range = Xira, rangsiz tasvir
check-colour_photo = Oq-qora surat
check-blur = Surat xira
check-compression = Surat haddan tashqari siqilgan
check-head_covering = Bosh kiyimi
check-hands = Suratda qoʻllar bor
check-no_room = Bosh atrofida joy yetarli emas
check-shoulders_cut = Yelkalar kesilgan
check-cutout = Fonni toza olib tashlab boʻlmadi
check-background_colour = Fon rangi

tip-face_size = kameraga yaqinroq keling yoki qirqilgan yoki kichraytirilgan nusxa oʻrniga asl suratni yuboring.
tip-head_cut = butun boshingiz — sochingiz, iyagingiz va ikkala qulogʻingiz bilan — kadrda boʻlsin.
tip-yaw = yuzingizni toʻgʻri kameraga qarating.
tip-pitch = telefonni koʻz darajasida ushlang va iyagingizni tekis tuting.
tip-roll = boshingizni tik tuting, yelkangizga egmang.
tip-gaze = toʻgʻridan-toʻgʻri kamera obyektiviga qarang, ekranga yoki yon tomonga emas.
tip-eyes_closed = koʻzlaringizni ochiq tuting va kameraga qarang.
tip-mouth_open = ogʻzingizni yoping.
tip-smile = tabassumsiz, neytral ifodani saqlang.
tip-glasses = koʻzoynakni yeching yoki yaltiramasligi va gardishi koʻzlarni toʻsmasligiga ishonch hosil qiling.
tip-lighting_uneven = yuzingizning ikki tomoni bir xil yoritilishi uchun deraza yoki yumshoq yorugʻlikka yuzlaning.
tip-exposure = yumshoqroq, bir tekis yorugʻlik toping: toʻgʻridan-toʻgʻri quyosh ostida ham, qorongʻi xonada ham emas.
tip-dynamic_range = suratni yaxshiroq yorugʻlikda va filtrsiz oling.
tip-colour_photo = suratni rangli oling: kameradagi oq-qora yoki rang filtrlarini oʻchiring.
tip-blur = telefonni qimirlatmay ushlang, obyektivni arting va kamera yuzingizga fokus olishini kuting.
tip-compression = asl suratni yuboring, uzatilgan yoki siqilganini emas.
tip-head_covering = shlyapa va kepkalarni yeching; diniy yoki tibbiy bosh kiyimlari mumkin, agar butun yuz koʻrinib tursa.
tip-hands = qo‘llaringizni tushiring: suratda faqat boshingiz va yelkalaringiz bo‘lishi kerak.
tip-no_room = biroz orqaga chekining, boshingiz ustida joy qolsin va yelkalaringiz kadrga kirsin.
tip-shoulders_cut = yelkalaringiz kadrga kirishi uchun biroz orqaga chekining.
tip-cutout = boshingiz ortida hech narsa boʻlmagan oddiy, och rangli devor oldida turing va biroz orqaga cheking.
tip-background_colour = bir xil rangli, och tusli devor oldida turing.

## Errors from the engine

error-empty_file = Fayl boʻsh. Iltimos, suratni qayta yuboring.
error-not_an_image = Bu fayl rasm emas. Iltimos, surat yuboring: JPEG, PNG, WebP yoki HEIC.
error-corrupt_image = Rasm shikastlangan yoki toʻliq emas. Iltimos, asl suratni qayta yuboring.
error-too_many_pixels = Rasm juda katta. Oddiy telefon suratini yoki kichikroq nusxasini yuboring.
error-extreme_aspect = Rasm juda uzun va tor. Panorama yoki skrinshot emas, oddiy surat yuboring.
error-too_small = Rasm juda kichik. Kichik rasm yoki oldindan koʻrish emas, asl suratni yuboring.
error-unsupported_format = Bu rasm formatini oʻqiy olmayman. Iltimos, JPEG, PNG, WebP yoki HEIC surat yuboring.
error-no_face = Yuz topa olmadim. Butun boshingiz kadrda boʻlgan holda kameraga qarang.
error-multiple_faces = Suratda bittadan ortiq odam bor. Suratda faqat siz boʻlishingiz kerak: boshqalardan chetga chiqishni soʻrang.
error-face_not_measurable = Yuzni topdim, lekin oʻlchay olmadim. Yuzingizni hech narsa toʻsmasdan toʻgʻri kameraga qarang.
error-edit_not_allowed = Bu hujjat talablari tahrirlangan suratlarni qabul qilmaydi. Ruxsat etilgan rangdagi bir xil rangli devor oldida suratga tushing.
error-retouch_not_allowed = Bu hujjat talablari retush qilingan suratlarni qabul qilmaydi.
error-background_not_allowed = Bu fon rangi ushbu hujjat uchun ruxsat etilmagan. Iltimos, boshqasini tanlang.
error-file_size_unreachable = Faylni bu hujjat portali talab qiladigan hajmga keltira olmadim. Iltimos, boshqa surat bilan urinib koʻring.
error-model_missing = Kechirasiz, surat dvigatelimning bir qismi hozir ishlamayapti. Iltimos, keyinroq qayta urinib koʻring.
error-internal = Kechirasiz, men tomonda nimadir xato ketdi. Iltimos, qayta urinib koʻring.
error-bad_input = Bu suratdan foydalana olmayman. Iltimos, boshqasini oling.
error-checks_failed = Surat hali talablarga mos emas. Iltimos, qayta oling.
error-selfie_missing = Suratingiz endi saqlanmagan (suratlar maʼlum vaqtdan keyin oʻchiriladi). Iltimos, qayta yuboring.
error-unknown_document = Bu hujjatni endi tanimayman. Iltimos, uni qayta tanlang.
error-unknown_outfit = Bu kiyim mavjud emas. Iltimos, boshqasini tanlang.
error-outfit_not_allowed = Bu hujjat talablari kiyimni almashtirishga ruxsat bermaydi. Suratda boʻlishini istagan kiyimingizni kiying.
error-outfit_needs_new_background = Kiyimni almashtirish fonni ham qayta boʻyaydi, bu hujjat esa bunga ruxsat bermaydi. Oʻz kiyimingizda qoling.
error-unexpected = Kechirasiz, men tomonda nimadir xato ketdi. Iltimos, qayta urinib koʻring; yana takrorlansa, /new yuboring.

## Background and outfit

style-choose = Fon rangini tanlang. Talablar ruxsat beradigan ranglar ({ $document }):
style-single = Fon: { $colour } (talablar ruxsat beradigan yagona rang).
style-real-background = Bu hujjat tahrirlangan suratlarni qabul qilmaydi, shuning uchun haqiqiy foningizni saqlab qolaman.
button-outfit-keep = 👕 Oʻz kiyimim qolsin
button-outfit-try-men = 👔 Erkaklar
button-outfit-try-women = 👚 Ayollar
button-outfit-try-child = 🧒 Bolalar
outfit-offer = Oʻzingizni kostyum, blazer yoki koʻylakda koʻrishni xohlaysizmi? Suratingizni bir nechta kiyimda koʻrsatishim mumkin yoki oʻz kiyimingizda qolishingiz mumkin.
outfit-making = 👔 Suratingizga bir nechta kiyim kiydiryapman…
outfit-sheet-caption = Suratingiz bir nechta kiyimda (suv belgili oldindan koʻrish). Yoqqanining raqamini bosing yoki oʻz kiyimingizda qoling.
outfit-own-clothes = Oʻz kiyimingiz
colour-white = Oq
colour-near-white = Oqqa yaqin
colour-off-white = Sutrang oq
colour-light-grey = Och kulrang
colour-grey = Kulrang
colour-light-blue = Och havorang
colour-sky-blue = Osmon rang
colour-cream = Krem rang

## Preview

preview-making = 🎨 Oldindan koʻrishni tayyorlayapman…
preview-caption = Suratingizni oldindan koʻrish ({ $document }): suv belgili va haqiqiy fayldan kichikroq. Sozlang yoki fayllaringizni oling.
preview-synthesised-outfit = ⚠️ Bu suratdagi kiyim sunʼiy yaratilgan: u chizilgan, suratga olinmagan.
preview-synthesised-body = ⚠️ Bu suratning bir qismi sunʼiy yaratilgan: selfi kesib qoʻygan joyda yelka chizigʻi toʻldirilgan.
preview-limit = Talablar bundan ortigʻiga ruxsat bermaydi.
button-head-higher = ⬆️ Boshni yuqoriroq
button-head-lower = ⬇️ Boshni pastroq
button-bigger = ➕ Kattaroq
button-smaller = ➖ Kichikroq
button-brighter = ☀️ Yorugʻroq
button-darker = 🌙 Toʻqroq
button-reset = ↩️ Asliga qaytarish
button-get-files = ✅ Yaxshi: fayllarni olish

## Checkout and delivery

checkout-card =
    <b>Suratingiz tayyor ({ $document }).</b>
    Yuklash uchun surat fayli, chop etish varaqlari va tekshiruv hisobotini olasiz. Oldindan koʻrish bepul qoladi.
    { $balance ->
        [0] Telegram Stars ⭐ bilan toʻlang:
       *[other] Sizda { $balance } ta kredit bor: bittasini ishlating yoki Stars ⭐ bilan toʻlang.
    }
button-pay-credit = 🎟 1 kreditni ishlatish (sizda { $balance } ta)
button-buy-document = ⭐ { $stars }: shu hujjat
button-buy-family = ⭐ { $stars }: shu + yana { $credits } ta (oila)
button-buy-credits_5 = ⭐ { $stars }: { $credits } ta kredit
button-buy-credits_15 = ⭐ { $stars }: { $credits } ta kredit
button-buy-monthly = ⭐ { $stars } / 30 kun: { $credits } ta kredit
button-subscribe = ⭐ Obuna boʻlish
product-document-title = Hujjat surati fayllari
product-document-description = { $document }: surat fayli, chop etish varaqlari va tekshiruv hisoboti.
product-family-title = Oilaviy paket: +{ $credits } kredit
product-family-description = Hozir { $document }, yana { $credits } ta hujjat uchun { $credits } ta kredit. Kreditlarning muddati tugamaydi.
product-credits_5-title = { $credits } ta kredit
product-credits_5-description = { $credits } ta kredit: har biri bitta hujjat fayllari uchun toʻlaydi. Sotib olingan kreditlarning muddati tugamaydi.
product-credits_15-title = { $credits } ta kredit
product-credits_15-description = { $credits } ta kredit: har biri bitta hujjat fayllari uchun toʻlaydi. Sotib olingan kreditlarning muddati tugamaydi.
product-monthly-title = 30 kunlik tarif
product-monthly-description = Har 30 kunda { $credits } ta kredit — fotostudiyalar va tez-tez foydalanuvchilar uchun. Tarifning 30 kun ichida ishlatilmagan kreditlari kuyadi.
checkout-decline-invalid = Bu hisob-faktura hisobingiz uchun yaroqsiz. Iltimos, botni ochib, yangisini soʻrang.
checkout-decline-expired = Bu hisob-fakturaning muddati tugagan. Iltimos, botda yangisini soʻrang.
checkout-decline-price = Narx oʻzgardi. Bot sizga yangilangan hisob-faktura yubordi.
checkout-decline-state = Bu buyurtma allaqachon toʻlangan yoki yopilgan. /history ni koʻring.
checkout-decline-banned = Bu hisob uchun toʻlovlar mavjud emas. Iltimos, /paysupport ga murojaat qiling.
checkout-price-changed = Bu hisob-faktura tuzilganidan beri narx oʻzgardi. Mana yangilangani:
credits-not-enough = Kreditingiz qolmadi. Iltimos, Stars bilan toʻlang.
payment-thanks = Rahmat! Toʻlov qabul qilindi ✅
credits-added = Rahmat! { $credits } ta kredit qoʻshildi. Balansingiz: { $balance }.
subscription-offer = 30 kunlik tarif har 30 kunda { $stars } ⭐ evaziga { $credits } ta kredit beradi. Tarifning 30 kun ichida ishlatilmagan kreditlari kuyadi; obunani istalgan vaqtda Telegramda bekor qilishingiz mumkin. Obuna boʻlish uchun bosing:
order-failed = Siz toʻlov qildingiz, hech narsa yoʻqolmaydi: qayta urinib koʻring yoki pulingizni qaytarib oling.
button-refund = ↩️ Pulimni qaytaring
button-files-again = ⬇️ #{ $order } buyurtma fayllari qayta
button-try-again-order = 🔄 #{ $order } buyurtmani qayta urinish
refund-done =
    { $stars ->
        [0] Qaytarildi: kreditingiz balansingizga qaytdi.
       *[other] Qaytarildi: { $stars } ⭐ sizga qaytarilmoqda.
    }
refund-out-of-spec =
    Tayyor suratingizni oʻlchadim, u rasmiy talablarga mos emas, shuning uchun uni yubormadim va toʻlovingizni qaytardim. { $stars ->
        [0] Kreditingiz balansingizga qaytdi.
       *[other] { $stars } ⭐ sizga qaytarilmoqda.
    } Iltimos, boshqa selfi bilan urinib koʻring: bir tekis yorugʻlikda kameraga qarang, bosh atrofida biroz joy qoldiring.
refund-failed = Pulni hozir qaytarib boʻlmadi. Iltimos, /paysupport ga murojaat qiling; buyurtmangiz xavfsiz.
refund-refused-not_found = Bu buyurtmani topa olmayapman.
refund-refused-not_paid = Bu buyurtma hech qachon toʻlanmagan.
refund-refused-refunded = Bu buyurtma puli allaqachon qaytarilgan.
refund-refused-window = Bu buyurtma oʻzingiz pulni qaytarishingiz uchun juda eski. Iltimos, /paysupport ga murojaat qiling.
refund-refused-delivered = Bu buyurtma yetkazilgan. Agar unda biror muammo boʻlsa, /paysupport ga murojaat qiling.
payment-returned-unmatched = Bu toʻlov buyurtmalaringizning hech biriga tegishli emas, shuning uchun uni qaytardim. Hech narsa yechilmadi.
payment-returned-double = Bu buyurtmani allaqachon toʻlagansiz, shuning uchun ikkinchi toʻlovni qaytardim.
delivery-making = 📦 Fayllaringizni tayyorlayapman…
delivery-photo = Suratingiz ({ $document }, { $size }). Bu faylni yuklang yoki chop eting.
delivery-sheet = Chop etish varagʻi. 100% masshtabda (“haqiqiy oʻlcham”) chop eting, “sahifaga moslash”siz.
delivery-report = Tekshiruv hisoboti.
delivery-done = Tayyor! ✅ Fayllaringiz yuqorida. Boshqa hujjat uchun surat kerakmi? Uni oʻsha selfidan tayyorlay olaman.
delivery-already = Bu fayllarni yuqorida allaqachon yubordim.
button-another = 📄 Boshqa hujjat, oʻsha selfi
button-new-photo = 📷 Yangi surat

## Account

help =
    <b>Bu qanday ishlaydi</b>
    1. Surat qaysi hujjat uchun ekanini ayting.
    2. Selfi yuboring: uni rasmiy talablar boʻyicha tekshirib, nimani tuzatish kerakligini aytaman.
    3. Fonni va xohlasangiz kiyimni tanlang; oldindan koʻrishga qarab, uni sozlang.
    4. Surat fayli, chop etish varagʻi va tekshiruv hisobotini oling.
    /new: boshqa hujjat uchun surat
    /language: tilni oʻzgartirish
    /privacy: suratlaringiz bilan nima boʻladi
    /delete: suratlaringiz va maʼlumotlaringizni hozir oʻchirish
    /cancel: joriy qadamni bekor qilish
    /balance, /buy, /history: kreditlar, buyurtmalar va fayllaringiz qayta
    /referral: doʻstlarni taklif qiling va kredit oling
    /paysupport: toʻlov boʻyicha yordam
    /support: xodim bilan gaplashish
privacy =
    <b>Suratlaringiz</b>
    • Selfingiz va undan oʻlchangan yuz geometriyasidan faqat hujjat suratingizni tayyorlash uchun foydalanaman.
    • Ularni faqat shu botning operatori oʻz serverlarida qayta ishlaydi; ular hech kimga berilmaydi va sunʼiy intellektni oʻqitishda ishlatilmaydi.
    • Suratlar, oʻlchovlar va tayyor fayllar { $hours } soatdan keyin avtomatik oʻchiriladi.
    • /delete suratlaringiz, fayllaringiz va yozishmani darhol oʻchiradi hamda roziligingizni qaytarib oladi.
    • Maʼlumotlaringiz boʻyicha savollar: /support.
deleted =
    { $count ->
        [0] Oʻchirildi: saqlangan suratingiz yoʻq edi. Yozishma maʼlumotlari ham oʻchirildi.
       *[other] Oʻchirildi: { $count } ta fayl va yozishma maʼlumotlari.
    }
    Qaytadan boshlash uchun /start yuboring.
cancelled = Bekor qilindi. Boshqa hujjat uchun surat uchun /new, qaytadan boshlash uchun /start yuboring.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] Sizda kredit yoʻq.
       *[other] Sizda { $balance } ta kredit bor.
    } Bitta kredit bitta hujjat fayllari uchun toʻlaydi. Yana olish uchun /buy, ishlab olish uchun /referral.
buy-card = <b>Kreditlar</b>: bitta kredit bitta hujjat fayllari uchun toʻlaydi. Sotib olingan kreditlarning muddati tugamaydi.
history-title = <b>Buyurtmalaringiz</b>
history-empty = Hali buyurtma yoʻq.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } ta kredit
       *[other] { $stars } ⭐
    }
order-status-created = toʻlov kutilmoqda
order-status-paid = toʻlangan
order-status-delivering = tayyorlanmoqda
order-status-delivered = yetkazilgan
order-status-failed = hali yetkazilmagan
order-status-refunded = pul qaytarilgan
order-status-cancelled = bekor qilingan
order-refunded = Bu buyurtma puli qaytarilgan, shuning uchun uning fayllari endi mavjud emas.
referral-welcome = Xush kelibsiz! Siz doʻstingiz havolasi orqali qoʻshildingiz: balansingizda { $credits } ta bepul kredit bor.
referral-earned = 🎉 Siz taklif qilgan doʻstingiz birinchi buyurtmasini yakunladi: balansingizga { $credits } ta kredit qoʻshildi. Balansingiz: { $balance }.
referral-card =
    <b>Doʻstlarni taklif qiling</b>
    Havolangizni ulashing: { $link }
    U orqali qoʻshilgan doʻstingiz { $invitee } ta bepul kredit oladi; uning birinchi pullik buyurtmasi bajarilganda siz { $inviter } ta kredit olasiz.
    Qoʻshilganlar: { $joined } · Ishlab olingan kreditlar: { $earned }
paysupport =
    <b>Toʻlov boʻyicha yordam</b>
    • Toʻladingiz, lekin fayl olmadingizmi? /history ni oching va oʻsha buyurtmadagi “Qayta urinish” tugmasini bosing.
    • Pulingizni qaytarib olmoqchimisiz? Yetkazib berish amalga oshmagani haqidagi xabarda “Pulimni qaytaring” tugmasi bor. U toʻlovdan keyin { $hours } soat ishlaydi; Stars darhol qaytadi. Undan keyin bizga yozing.
    • Agar oʻz tekshiruvimiz toʻlangan surat talablarga mos emasligini aniqlasa, uni yubormayman va siz soʻramasangiz ham pulingizni darhol qaytaraman.
    • Boshqa masalalar: shu yerda bizga yozing, xodim javob beradi. Telegram yordam xizmati bu botdagi xaridlar boʻyicha yordam bera olmaydi.

## Support desk

button-support = 🙋 Xodim bilan gaplashish
button-back-to-bot = 🤖 Botga qaytish
support-opened = 🙋 Jamoamizdan bir xodim tez orada shu yerda javob beradi. Savolingizni yozing, foydasi boʻlsa surat yoki fayl yuboring. Avtomatik qadamlar siz tugatguningizcha kutadi.
support-back = 🤖 Siz botga qaytdingiz. Toʻxtagan joyingizdan davom eting yoki /new yuboring.
support-done = ✅ Jamoamiz sizga yordam berib boʻldi. Siz botga qaytdingiz: toʻxtagan joyingizdan davom eting yoki /new yuboring.
support-unavailable = Kechirasiz, hozir xodim bilan gaplashib boʻlmaydi. Iltimos, /paysupport yoki /help ni sinab koʻring.
support-credited = 🎁 Jamoamiz balansingizga { $credits } ta kredit qoʻshdi. Endi sizda: { $balance }.

## Hints and polite refusals

hint-start = Boshlash uchun /start yuboring.
hint-buttons = Iltimos, yuqoridagi tugmalardan foydalaning yoki qaytadan boshlash uchun /new yuboring.
hint-document = Davlat va hujjatni yozing, masalan: “Oʻzbekiston pasporti”.
hint-delivered = Fayllaringiz yuqorida. Boshqa hujjat kerakmi? “Boshqa hujjat” tugmasini bosing yoki /new yuboring.
stale-button = Bu tugma endi faol emas. Iltimos, eng soʻnggi xabardan foydalaning.
throttled = Biroz shoshyapsiz 🙂 Iltimos, { $seconds } soniya kutib, qayta urinib koʻring.
delivery-delayed = ⏳ Fayllaringiz odatdagidan uzoqroq tayyorlanmoqda. Siz toʻlov qilgansiz, hech narsa yoʻqolmaydi: tayyor boʻlishi bilan yuboraman. Qayta toʻlash shart emas.
delivery-refunded =
    Bir necha urinishdan keyin ham fayllaringizni tayyorlay olmadim, shuning uchun pulingizni qaytardim. { $stars ->
        [0] Kreditingiz balansingizga qaytdi.
       *[other] { $stars } ⭐ sizga qaytarilmoqda.
    } Istasangiz, xodim bilan gaplashing:
error-temporary = Kechirasiz, men tomonda xatolik yuz berdi. Birozdan soʻng qayta urinib koʻring. Toʻlaganingiz xavfsiz: fayllaringiz baribir keladi.

## Selfidan oldin idora qoidalari (issue 15)

unverified-mark = tekshirilmagan
capture-unverified = { $count ->
        [8] ⚠️ Tekshirilmagan: biz oʻqigan birorta rasmiy sahifa bu hujjat oʻlchamlarini tasdiqlamaydi; ular ikkilamchi manbalardan olingan. Chop etishdan oldin hujjatni beruvchi idoradan aniqlang.
       *[other] ⚠️ Bu hujjatning ayrim oʻlchamlari ({ $count }) tekshirilmagan: ularni faqat ikkilamchi manbalar beradi. Chop etishdan oldin hujjatni beruvchi idoradan aniqlang.
    }
capture-glasses-not-recommended = • Koʻzoynaksiz yaxshiroq: idora uni yechishni tavsiya qiladi. Taqsangiz, linzalar shaffof, yaltiramaydigan boʻlsin va gardish koʻzni toʻsmasin.
capture-edit-unaltered = • Idora tahrirlanmagan surat talab qiladi: o‘z foningiz saqlanib qolishi uchun tekis och rangli devor oldida turing ({ $colours }). Almashtirilgan fon rad etilishi mumkin.
capture-edit-office-only = ⚠️ { $document }: idora faqat oʻsha yerda olingan yoki roʻyxatdan oʻtgan fotograf yuborgan suratlarni qabul qiladi, shuning uchun bu yerda tayyorlangan surat rad etiladi. { $count ->
        [0] Surat kerak boʻlsa, boshqa hujjatni tanlang.
       *[other] Bizning suratimiz quyidagilarga yaraydi: { $documents }.
    }
document-missing = { $kind ->
        [passport] { $country } pasporti hozircha menda yoʻq.
        [visa] { $country } vizasi hozircha menda yoʻq.
        [evisa] { $country } elektron vizasi hozircha menda yoʻq.
        [id_card] { $country } ID kartasi hozircha menda yoʻq.
        [residence_permit] { $country } yashash ruxsatnomasi hozircha menda yoʻq.
        [driving_licence] { $country } haydovchilik guvohnomasi hozircha menda yoʻq.
       *[other] { $country } ning bu hujjati hozircha menda yoʻq.
    } Quyida yordam berishi mumkin boʻlgan boshqa hujjatlar bor; hech biri mos kelmasa, mamlakat boʻyicha koʻring: umumiy oʻlchamlar oxirida.
preview-edit-unaltered = ⚠️ { $document }: idora tahrirlanmagan surat talab qiladi, bu koʻrinishda esa fon almashtirilgan. Ishonchli boʻlishi uchun selfini tekis och rangli devor oldida ({ $colours }) qayta oling, shunda oʻz foningizni saqlayman.
style-keep-unaltered = Oʻz foningiz allaqachon talablarga mos ({ $document }). Idora tahrirlanmagan surat talab qiladi, shuning uchun uni saqlab qolish xavfsiz tanlov: men suratni faqat qirqaman va tekislayman. Uni ruxsat etilgan rangga ham almashtirish mumkin ({ $colours }).
style-keep-or-colour = Oʻz foningiz allaqachon talablarga mos ({ $document }): uni saqlab qolishim (surat faqat qirqiladi va tekislanadi) yoki ruxsat etilgan rangga almashtirishim mumkin ({ $colours }).
style-wall-not-kept = ⚠️ Foningizni saqlab boʻlmaydi ({ $document }): u ruxsat etilgan rangdagi tekis devor emas ({ $colours }) yoki suratda atrofingizda yetarli joy yoʻq. Idora tahrirlanmagan surat talab qiladi, almashtirilgan fon esa rad etilishi mumkin. Eng xavfsizi: selfini tekis och rangli devor oldida qayta oling. Yoki baribir fonni almashtiring.
button-keep-background = ✅ Oʻz fonim qolsin
button-retake-plain-wall = 📷 Tekis devor oldida qayta olish
button-replace-background = 🎨 Almashtirish: { $colour }
preview-keep-failed = ⚠️ Bu kadrlashda oʻz foningiz suratni toʻldirmaydi, shuning uchun u almashtirildi. Uni saqlash uchun sozlashlarni bekor qiling yoki atrofingizda koʻproq joy qoldirib selfini qayta oling.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Kamera yoʻriqnomasini ochish
webapp-title = Kamera yoʻriqnomasi
webapp-loading = Kamera yoqilmoqda…
webapp-camera-denied = Kamerani ocholmayapman. Telegram’ga kameradan foydalanishga ruxsat bering yoki buni yopib, chatda rasm yuboring.
webapp-switch = Kamerani almashtirish
webapp-capture = Suratga olish
webapp-retake = Qayta olish
webapp-send = Shu rasmni yuborish
webapp-sending = Yuborilmoqda…
webapp-sent = Yuborildi! Chatga qayting: tekshiruv natijasi yoʻlda.
webapp-failed = Rasm yetib bormadi. Qayta urinib koʻring yoki chatda yuboring.
webapp-expired = Bu kamera yoʻriqnomasining muddati tugadi. Uni yopib, chatdan qayta oching.
webapp-consent = Avval chatda shartlarga rozilik bering, soʻng kamera yoʻriqnomasini qayta oching.
webapp-slow-down = Ketma-ket juda koʻp rasm. Bir daqiqa kutib, qayta urinib koʻring.
webapp-too-big = Bu rasm yuborish uchun juda katta. Qayta oling yoki chatda yuboring.
webapp-hint-no-face = Yuzingizni koʻrmayapman. Kameraga qarang.
webapp-hint-closer = Yaqinroq keling
webapp-hint-back = Biroz orqaga chekining
webapp-hint-raise = Telefonni biroz koʻtaring
webapp-hint-lower = Telefonni biroz tushiring
webapp-hint-centre = Yuzingizni oval oʻrtasiga keltiring
webapp-hint-straighten = Boshingizni tik tuting
webapp-hint-look = Toʻgʻri kameraga qarang
webapp-hint-light = Yuzingizga tekisroq yorugʻlik tushsin
webapp-hint-dark = Koʻproq yorugʻlik kerak
webapp-hint-glasses = Koʻzoynakni yeching
webapp-hint-good = Yaxshi: qimirlamang
