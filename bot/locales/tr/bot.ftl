# idphoto bot — Türkçe. Hitap: siz. Sayıdan sonra isim tekil kalır (3 kredi).

language-name = Türkçe

## Commands (the "/" menu)

cmd-start = Baştan başla
cmd-new = Başka bir belge için fotoğraf
cmd-help = Nasıl çalışır
cmd-language = Dili değiştir
cmd-privacy = Fotoğraflarınıza ne olur
cmd-delete = Fotoğraflarımı ve verilerimi şimdi sil
cmd-cancel = Geçerli adımı iptal et
cmd-balance = Kredilerim
cmd-buy = Kredi satın al
cmd-history = Siparişlerim ve dosyalarım
cmd-referral = Arkadaşlarını davet et, kredi kazan
cmd-paysupport = Ödeme konusunda yardım
cmd-support = Bir insanla konuş

## Start, language, consent

start-welcome = Merhaba! Telefonla çekilmiş bir özçekimi resmî kurallara uyan pasaport, vize veya kimlik fotoğrafına dönüştürüyorum.
language-prompt = Dilinizi seçin:
language-set = Dil: Türkçe
language-resumed = Dil değiştirildi. Kaldığınız yerden devam edin: yukarıdaki düğmeler hâlâ çalışıyor.
consent-card =
    <b>Fotoğraf göndermeden önce: neyi kabul ediyorsunuz</b>
    • <b>Amaç</b>: yalnızca vesikalık fotoğrafınızı hazırlamak: yüzünüzü bulur, fotoğrafı belgenin kurallarına göre kontrol eder, arka planı değiştirir ve kırparım.
    • <b>İşlenen veriler</b>: gönderdiğiniz fotoğraf ve ondan ölçülen yüz geometriniz (gözlerin, çenenin ve başın tepesinin konumu). Bu yüz verileri özel nitelikli kişisel veridir: yalnızca bu amaçla kullanılır, sizi tanımak için asla kullanılmaz.
    • <b>Kim işler</b>: yalnızca bu botun işletmecisi, kendi sunucularında. Fotoğrafınız hiç kimseyle paylaşılmaz ve yapay zekâ eğitiminde asla kullanılmaz.
    • <b>Ne kadar süre</b>: fotoğraf, ölçümler ve hazır dosyalar { $hours } saat sonra otomatik olarak silinir. Siparişleriniz ve ödemeleriniz (fotoğrafsız) muhasebe için saklanır.
    • <b>Geri çekme</b>: /delete fotoğraflarınızı ve verilerinizi hemen siler; kullanmayı bırakmanız da yeterlidir. Sorular: /support.
    “Kabul ediyorum” düğmesine dokunarak buna ve ayrıca yüz verilerinizin işlenmesine açık rıza vermiş olursunuz.
consent-thanks = Teşekkürler!
consent-needed = Lütfen önce aşağıdaki notu kabul edin, sonra fotoğrafınızı yeniden gönderin.
button-agree = ✅ Kabul ediyorum, yüz verileri dahil
button-language = 🌐 Dil

## Choosing the document

document-prompt = Fotoğraf hangi belge için? Ülkeyi ve belgeyi yazın, örneğin “Türk pasaportu”, “Schengen vizesi” veya “35x45 mm”, ya da aşağıdan seçin.
document-another = Sıradaki belge hangisi? Aynı özçekimi kullanacağım.
photo-which-document = Güzel fotoğraf! Hangi belge için? Ülkeyi ve belgeyi yazın ya da aşağıdan seçin.
document-results = Bulduklarım şunlar. Belgenize dokunun:
document-none = Bu belgeyi bulamadım. Başka kelimeler deneyin (ülke ve belge türü) ya da ülkeye göre göz atın.
document-countries = Ülkeyi seçin (sayfa { $page } / { $pages }):
document-country = Belgeler, ülke: { $country }
country-generic = Standart ölçüler
button-browse = 🌍 Ülkeye göre göz at
button-back = ⬅️ Geri
button-previous = ⬅️ Önceki
button-next = Sonraki ➡️
button-other-document = 📄 Başka belge

## Taking the selfie

capture-example = Fotoğrafta baş ve gözler nerede olmalı: { $document }.
capture-guide =
    <b>{ $document }</b> ({ $size })
    Özçekim nasıl çekilir:
    • Yüzünüz bir pencereye dönük olsun; yumuşak, eşit gün ışığında, yüzünüzde gölge olmadan durun.
    • Telefonu göz hizasında, bir kol boyu uzakta tutun ya da fotoğrafı birinin çekmesini isteyin.
    • Doğrudan kameraya bakın. Başınızın tamamı ve omuzlarınız kadrajda olsun.
    • Saçlarınız yüzünüzden uzak olsun; dinî veya tıbbi bir neden yoksa başınızda hiçbir şey olmasın.
capture-glasses-off = • Gözlüğünüzü çıkarın.
capture-glasses-ok = • Camlar şeffafsa (renkli değilse), yansıma yoksa ve çerçeve gözleri kapatmıyorsa gözlük olabilir.
capture-expression-neutral = • Nötr yüz ifadesi: ağız kapalı, gözler açık, gülümseme yok.
capture-expression-smile = • Doğal bir ifade uygundur: ağız kapalı, gözler açık.
capture-background-any = • Düz renkli her arka plan olur: onu kuralların istediği renkle değiştiririm.
capture-background-real = • Bu belge düzenlenmiş fotoğraf kabul etmiyor, bu yüzden gerçek arka plan kalır: düz bir duvarın önünde durun ({ $colours }).
capture-send = Sonra fotoğrafı buraya fotoğraf ya da dosya olarak gönderin.
capture-retake = Yeni bir fotoğraf gönderin. Kameraya tam karşıdan, eşit ışıkta, başınızın tamamı ve omuzlarınız kadrajda olacak şekilde bakın.
capture-waiting = Özçekiminizi bekliyorum: fotoğraf ya da dosya olarak gönderin. Başka bir belge mi istiyorsunuz? Aşağıya dokunun.
capture-sticker = Bu bir çıkartma 🙂 Yüzünüzün gerçek bir fotoğrafına ihtiyacım var. Lütfen bir özçekim gönderin.
capture-video = Video veya GIF kullanamıyorum. Lütfen bunun yerine fotoğraf gönderin.
capture-voice = Sesli mesaj veya ses kaydı kullanamıyorum. Lütfen bir özçekim gönderin.
capture-pdf = Bu bir PDF. Lütfen fotoğrafın kendisini gönderin: JPEG, PNG, WebP veya HEIC.
capture-file = Bu tür bir dosyayı kullanamıyorum. Lütfen fotoğraf gönderin: JPEG, PNG, WebP veya HEIC.
capture-too-big = Bu dosya { $size } MB; en fazla { $limit } MB alabiliyorum. Normal fotoğraf olarak ya da daha küçük bir kopyasını gönderin.
capture-album = Birkaç fotoğraf gönderdiniz, ilkini kullanıyorum.
capture-download-failed = Fotoğrafı indiremedim. Lütfen yeniden gönderin.

## Checks

checks-running = 🔎 Fotoğrafınızı kurallara göre kontrol ediyorum: { $document }…
still-working = ⏳ Hâlâ üzerinde çalışıyorum, neredeyse bitti…
checks-passed = ✅ Tüm kontrollerden geçti.
checks-blocking = Fotoğrafı yapabilmem için bazı şeylerin düzeltilmesi gerekiyor ({ $document }):
checks-warnings = Fotoğraf kullanılabilir ama birkaç şey daha iyi olabilir:
checks-line = • { $title }: { $tip }
checks-retake-hint = Lütfen yeni bir fotoğraf çekip buraya gönderin.
job-timeout = Bu, her zamankinden uzun sürüyor. Lütfen birazdan yeniden deneyin.
button-retake = 📷 Yeniden çek
button-continue = Yine de devam et ➡️
button-continue-headwear = Dini veya tıbbi ➡️
button-try-again = 🔁 Yeniden dene

check-face_size = Yüz fotoğrafta çok küçük
check-head_cut = Baş kesilmiş
check-yaw = Baş yana dönük
check-pitch = Baş yukarı veya aşağı eğik
check-roll = Baş yana yatık
check-gaze = Gözler kameraya bakmıyor
check-eyes_closed = Gözler kapalı
check-mouth_open = Ağız açık
check-smile = Gülümseme
check-glasses = Gözlük
check-lighting_uneven = Yüzde eşit olmayan ışık
check-exposure = Çok karanlık veya çok parlak
check-dynamic_range = Soluk, donuk görüntü
check-colour_photo = Siyah beyaz fotoğraf
check-blur = Bulanık fotoğraf
check-compression = Fotoğraf fazla sıkıştırılmış
check-head_covering = Baş örtüsü veya şapka
check-hands = Fotoğrafta eller var
check-no_room = Başın çevresinde yeterli boşluk yok
check-shoulders_cut = Omuzlar kesilmiş
check-cutout = Arka plan temiz biçimde kaldırılamadı
check-background_colour = Arka plan rengi

tip-face_size = kameraya yaklaşın ya da kırpılmış veya küçültülmüş bir kopya yerine orijinal fotoğrafı gönderin.
tip-head_cut = başınızın tamamı, saçınız, çeneniz ve iki kulağınızla birlikte kadrajda olsun.
tip-yaw = yüzünüzü tam olarak kameraya çevirin.
tip-pitch = telefonu göz hizasında tutun ve çenenizi düz tutun.
tip-roll = başınızı dik tutun, bir omzunuza doğru eğmeyin.
tip-gaze = doğrudan kamera merceğine bakın, ekrana ya da yana değil.
tip-eyes_closed = gözlerinizi açık tutun ve kameraya bakın.
tip-mouth_open = ağzınızı kapatın.
tip-smile = gülümsemeden, nötr bir ifade takının.
tip-glasses = gözlüğünüzü çıkarın ya da yansıma olmadığından ve çerçevenin gözlerinizi kapatmadığından emin olun.
tip-lighting_uneven = yüzünüzün iki yanı da eşit aydınlansın diye bir pencereye ya da yumuşak bir ışığa dönün.
tip-exposure = daha yumuşak, eşit bir ışık bulun: doğrudan güneş altında ya da karanlık bir odada değil.
tip-dynamic_range = fotoğrafı daha iyi ışıkta ve filtresiz çekin.
tip-colour_photo = fotoğrafı renkli çekin: kameradaki siyah beyaz veya renk filtrelerini kapatın.
tip-blur = telefonu sabit tutun, lensi silin ve kameranın yüzünüze odaklanmasını bekleyin.
tip-compression = iletilmiş ya da sıkıştırılmış değil, orijinal fotoğrafı gönderin.
tip-head_covering = şapka ve bereleri çıkarın; yüzün tamamı görünüyorsa dinî veya tıbbi örtüler uygundur.
tip-hands = ellerinizi ve kollarınızı indirin: fotoğrafta yalnızca başınız ve omuzlarınız görünmeli.
tip-no_room = biraz geri çekilin, böylece başınızın üstünde boşluk kalsın ve omuzlarınız kadraja girsin.
tip-shoulders_cut = omuzlarınız kadraja girsin diye biraz geri çekilin.
tip-cutout = başınızın arkasında hiçbir şey olmayan düz, açık renkli bir duvarın önünde durun ve biraz geri çekilin.
tip-background_colour = düz, açık renkli bir duvarın önünde durun.

## Errors from the engine

error-empty_file = Dosya boş. Lütfen fotoğrafı yeniden gönderin.
error-not_an_image = Bu dosya bir resim değil. Lütfen fotoğraf gönderin: JPEG, PNG, WebP veya HEIC.
error-corrupt_image = Resim bozuk ya da eksik. Lütfen orijinal fotoğrafı yeniden gönderin.
error-too_many_pixels = Resim çok büyük. Normal bir telefon fotoğrafı ya da daha küçük bir kopya gönderin.
error-extreme_aspect = Resim çok uzun ve dar. Panorama ya da ekran görüntüsü değil, sıradan bir fotoğraf gönderin.
error-too_small = Resim çok küçük. Küçük resim ya da önizleme değil, orijinal fotoğrafı gönderin.
error-unsupported_format = Bu resim biçimini okuyamıyorum. Lütfen JPEG, PNG, WebP veya HEIC bir fotoğraf gönderin.
error-no_face = Yüz bulamadım. Başınızın tamamı kadrajda olacak şekilde kameraya bakın.
error-multiple_faces = Fotoğrafta birden fazla kişi var. Fotoğrafta yalnızca siz olmalısınız: diğerlerinden kenara çekilmelerini isteyin.
error-face_not_measurable = Bir yüz buldum ama ölçemedim. Yüzünüzü hiçbir şey kapatmadan doğrudan kameraya bakın.
error-edit_not_allowed = Bu belgenin kuralları düzenlenmiş fotoğrafa izin vermiyor. Fotoğrafı izin verilen renkte düz bir duvarın önünde çekin.
error-retouch_not_allowed = Bu belgenin kuralları rötuşlu fotoğrafa izin vermiyor.
error-background_not_allowed = Bu arka plan rengi bu belge için uygun değil. Lütfen başka bir renk seçin.
error-file_size_unreachable = Dosyayı bu belgenin başvuru portalının istediği boyuta getiremedim. Lütfen başka bir fotoğraf deneyin.
error-model_missing = Üzgünüm, fotoğraf motorumun bir parçası şu anda kullanılamıyor. Lütfen daha sonra yeniden deneyin.
error-internal = Üzgünüm, benim tarafımda bir şeyler ters gitti. Lütfen yeniden deneyin.
error-bad_input = Bu fotoğrafı kullanamıyorum. Lütfen başka bir tane çekin.
error-checks_failed = Fotoğraf henüz kurallara uymuyor. Lütfen yeniden çekin.
error-selfie_missing = Fotoğrafınız artık saklanmıyor (fotoğraflar bir süre sonra silinir). Lütfen yeniden gönderin.
error-unknown_document = Bu belgeyi artık tanımıyorum. Lütfen yeniden seçin.
error-unknown_outfit = Bu kıyafet artık yok. Lütfen başka birini seçin.
error-outfit_not_allowed = Bu belgenin kuralları kıyafet değiştirmeye izin vermiyor. Fotoğrafta olmasını istediğiniz kıyafeti giyin.
error-outfit_needs_new_background = Kıyafet değiştirmek arka planı da yeniden boyar; bu belge buna izin vermiyor. Kendi kıyafetinizle kalın.
error-unexpected = Üzgünüm, benim tarafımda bir şeyler ters gitti. Lütfen yeniden deneyin; tekrarlarsa /new gönderin.

## Background and outfit

style-choose = Arka plan rengini seçin. Kuralların izin verdiği renkler şunlar ({ $document }):
style-single = Arka plan: { $colour } (kuralların izin verdiği tek renk).
style-real-background = Bu belge düzenlenmiş fotoğraf kabul etmiyor, bu yüzden gerçek arka planınızı koruyorum.
button-outfit-keep = 👕 Kendi kıyafetim kalsın
button-outfit-try-men = 👔 Erkek
button-outfit-try-women = 👚 Kadın
button-outfit-try-child = 🧒 Çocuk
outfit-offer = Kendinizi takım elbise, blazer ceket ya da gömlekle görmek ister misiniz? Fotoğrafınızı birkaç kıyafetle gösterebilirim ya da kendi kıyafetinizle kalabilirsiniz.
outfit-making = 👔 Fotoğrafınıza birkaç kıyafet giydiriyorum…
outfit-sheet-caption = Fotoğrafınız birkaç kıyafetle (filigranlı önizleme). Beğendiğinizin numarasına dokunun ya da kendi kıyafetinizle kalın.
outfit-own-clothes = Kendi kıyafetiniz
colour-white = Beyaz
colour-near-white = Beyaza yakın
colour-off-white = Kırık beyaz
colour-light-grey = Açık gri
colour-grey = Gri
colour-light-blue = Açık mavi
colour-sky-blue = Gök mavisi
colour-cream = Krem

## Preview

preview-making = 🎨 Önizlemenizi hazırlıyorum…
preview-caption = Fotoğrafınızın önizlemesi ({ $document }): filigranlı ve gerçek dosyadan küçük. Ayarlayın ya da dosyalarınızı alın.
preview-synthesised-outfit = ⚠️ Bu fotoğraftaki kıyafet yapay olarak üretilmiştir: fotoğraflanmamış, çizilmiştir.
preview-synthesised-body = ⚠️ Bu fotoğrafın bir kısmı yapay olarak üretilmiştir: özçekimin kestiği yerde omuz çizgisi tamamlanmıştır.
preview-limit = Kurallar daha fazlasına izin vermiyor.
button-head-higher = ⬆️ Baş daha yukarı
button-head-lower = ⬇️ Baş daha aşağı
button-bigger = ➕ Daha büyük
button-smaller = ➖ Daha küçük
button-brighter = ☀️ Daha aydınlık
button-darker = 🌙 Daha koyu
button-reset = ↩️ Sıfırla
button-get-files = ✅ İyi görünüyor: dosyaları al

## Checkout and delivery

checkout-card =
    <b>Fotoğrafınız hazır ({ $document }).</b>
    Yükleme için fotoğraf dosyasını, baskı sayfalarını ve kontrol raporunu alırsınız. Önizleme ücretsiz kalır.
    { $balance ->
        [0] Telegram Stars ⭐ ile ödeyin:
       *[other] { $balance } krediniz var: birini kullanın ya da Stars ⭐ ile ödeyin.
    }
button-pay-credit = 🎟 1 kredi kullan ({ $balance } krediniz var)
button-buy-document = ⭐ { $stars }: bu belge
button-buy-family = ⭐ { $stars }: bu + { $credits } belge daha (aile)
button-buy-credits_5 = ⭐ { $stars }: { $credits } kredi
button-buy-credits_15 = ⭐ { $stars }: { $credits } kredi
button-buy-monthly = ⭐ { $stars } / 30 gün: { $credits } kredi
button-subscribe = ⭐ Abone ol
product-document-title = Vesikalık fotoğraf dosyaları
product-document-description = { $document }: fotoğraf dosyası, baskı sayfaları ve kontrol raporu.
product-family-title = Aile paketi: +{ $credits } kredi
product-family-description = Şimdi { $document }, ayrıca { $credits } belge daha için { $credits } kredi. Kredilerin süresi dolmaz.
product-credits_5-title = { $credits } kredi
product-credits_5-description = { $credits } kredi: her biri bir belgenin dosyalarını karşılar. Satın alınan kredilerin süresi dolmaz.
product-credits_15-title = { $credits } kredi
product-credits_15-description = { $credits } kredi: her biri bir belgenin dosyalarını karşılar. Satın alınan kredilerin süresi dolmaz.
product-monthly-title = 30 günlük plan
product-monthly-description = Stüdyolar ve sık kullananlar için her 30 günde { $credits } kredi. Planın 30 gün içinde kullanılmayan kredileri sona erer.
checkout-decline-invalid = Bu fatura hesabınız için geçerli değil. Lütfen botu açıp yeni bir fatura isteyin.
checkout-decline-expired = Bu faturanın süresi doldu. Lütfen botta yeni bir fatura isteyin.
checkout-decline-price = Fiyat değişti. Bot size güncel bir fatura gönderdi.
checkout-decline-state = Bu sipariş zaten ödenmiş ya da kapanmış. /history bölümüne bakın.
checkout-decline-banned = Bu hesap için ödeme yapılamıyor. Lütfen /paysupport ile iletişime geçin.
checkout-price-changed = Bu fatura oluşturulduktan sonra fiyat değişti. İşte güncel fatura:
credits-not-enough = Krediniz kalmadı. Lütfen bunun yerine Stars ile ödeyin.
payment-thanks = Teşekkürler! Ödeme alındı ✅
credits-added = Teşekkürler! { $credits } kredi eklendi. Bakiyeniz: { $balance }.
subscription-offer = 30 günlük plan, { $stars } ⭐ karşılığında her 30 günde { $credits } kredi verir. Planın 30 gün içinde kullanılmayan kredileri sona erer; aboneliği Telegram'da istediğiniz zaman iptal edebilirsiniz. Abone olmak için dokunun:
order-failed = Ödemenizi yaptınız, yani hiçbir şey kaybolmadı: yeniden deneyin ya da paranızı geri alın.
button-refund = ↩️ Paramı iade et
button-files-again = ⬇️ #{ $order } siparişinin dosyaları
button-try-again-order = 🔄 #{ $order } siparişini yeniden dene
refund-done =
    { $stars ->
        [0] İade edildi: krediniz bakiyenize geri döndü.
       *[other] İade edildi: { $stars } ⭐ size geri gönderiliyor.
    }
refund-out-of-spec =
    Hazır fotoğrafınızı ölçtüm ve resmî kurallara uymuyor; bu yüzden göndermedim ve ödemenizi iade ettim. { $stars ->
        [0] Krediniz bakiyenize geri döndü.
       *[other] { $stars } ⭐ size geri gönderiliyor.
    } Lütfen başka bir özçekim deneyin: eşit ışıkta kameraya bakın, başınızın çevresinde biraz boşluk bırakın.
refund-failed = İade şu anda tamamlanamadı. Lütfen /paysupport ile iletişime geçin; siparişiniz güvende.
refund-refused-not_found = Bu siparişi bulamıyorum.
refund-refused-not_paid = Bu sipariş hiç ödenmedi.
refund-refused-refunded = Bu sipariş zaten iade edildi.
refund-refused-window = Bu sipariş, kendi kendine iade için çok eski. Lütfen /paysupport ile iletişime geçin.
refund-refused-delivered = Bu sipariş teslim edildi. Bir sorun varsa lütfen /paysupport ile iletişime geçin.
payment-returned-unmatched = Bu ödeme siparişlerinizin hiçbirine ait değil, bu yüzden geri gönderdim. Hiçbir ücret alınmadı.
payment-returned-double = Bu siparişi zaten ödemiştiniz, bu yüzden ikinci ödemeyi geri gönderdim.
delivery-making = 📦 Dosyalarınızı hazırlıyorum…
delivery-photo = Fotoğrafınız ({ $document }, { $size }). Bu dosyayı yükleyin ya da bastırın.
delivery-sheet = Baskı sayfası. %100 ölçekte (“gerçek boyut”) yazdırın, “sayfaya sığdır” seçeneği olmadan.
delivery-report = Kontrol raporu.
delivery-done = Tamam! ✅ Dosyalarınız yukarıda. Başka bir belge için fotoğraf mı gerekiyor? Aynı özçekimden yapabilirim.
delivery-already = Bu dosyaları yukarıda zaten gönderdim.
button-another = 📄 Başka belge, aynı özçekim
button-new-photo = 📷 Yeni fotoğraf

## Account

help =
    <b>Nasıl çalışır</b>
    1. Fotoğrafın hangi belge için olduğunu söyleyin.
    2. Bir özçekim gönderin: resmî kurallara göre kontrol eder, neyi düzeltmeniz gerektiğini söylerim.
    3. Arka planı ve isterseniz bir kıyafet seçin; önizlemeye bakıp ayarlayın.
    4. Fotoğraf dosyasını, baskı sayfasını ve kontrol raporunu alın.
    /new: başka bir belge için fotoğraf
    /language: dili değiştir
    /privacy: fotoğraflarınıza ne olur
    /delete: fotoğraflarınızı ve verilerinizi şimdi silin
    /cancel: geçerli adımı iptal et
    /balance, /buy, /history: krediler, siparişler ve dosyalarınız yeniden
    /referral: arkadaşlarınızı davet edin, kredi kazanın
    /paysupport: ödeme konusunda yardım
    /support: bir insanla konuşun
privacy =
    <b>Fotoğraflarınız</b>
    • Özçekiminizi ve ondan ölçülen yüz geometrisini yalnızca vesikalık fotoğrafınızı hazırlamak için kullanırım.
    • Bunları yalnızca bu botun işletmecisi kendi sunucularında işler; hiç kimseyle paylaşılmaz ve yapay zekâ eğitiminde asla kullanılmaz.
    • Fotoğraflar, ölçümler ve hazır dosyalar { $hours } saat sonra otomatik olarak silinir.
    • /delete fotoğraflarınızı, dosyalarınızı ve yazışmayı hemen siler ve rızanızı geri çeker.
    • Verilerinizle ilgili sorular: /support.
deleted =
    { $count ->
        [0] Silindi: saklanan fotoğrafınız yoktu. Yazışma verileriniz de silindi.
       *[other] Silindi: { $count } dosya ve yazışma verileriniz.
    }
    Yeniden başlamak için /start gönderin.
cancelled = İptal edildi. Başka bir belge için fotoğraf için /new, baştan başlamak için /start gönderin.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] Krediniz yok.
       *[other] { $balance } krediniz var.
    } Bir kredi, bir belgenin dosyalarını karşılar. Daha fazlası için /buy, kazanmak için /referral.
buy-card = <b>Krediler</b>: bir kredi, bir belgenin dosyalarını karşılar. Satın alınan kredilerin süresi dolmaz.
history-title = <b>Siparişleriniz</b>
history-empty = Henüz sipariş yok.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } kredi
       *[other] { $stars } ⭐
    }
order-status-created = ödeme bekleniyor
order-status-paid = ödendi
order-status-delivering = hazırlanıyor
order-status-delivered = teslim edildi
order-status-failed = henüz teslim edilmedi
order-status-refunded = iade edildi
order-status-cancelled = iptal edildi
order-refunded = Bu sipariş iade edildi, bu yüzden dosyaları artık kullanılamıyor.
referral-welcome = Hoş geldiniz! Bir arkadaşınızın bağlantısıyla katıldınız: bakiyenizde { $credits } ücretsiz kredi var.
referral-earned = 🎉 Davet ettiğiniz bir arkadaşınız ilk siparişini tamamladı: bakiyenize { $credits } kredi eklendi. Bakiyeniz: { $balance }.
referral-card =
    <b>Arkadaşlarınızı davet edin</b>
    Bağlantınızı paylaşın: { $link }
    Bu bağlantıyla katılan arkadaşınız { $invitee } ücretsiz kredi alır; onun ilk ücretli siparişi tamamlandığında siz { $inviter } kredi alırsınız.
    Katılan: { $joined } · Kazanılan kredi: { $earned }
paysupport =
    <b>Ödeme konusunda yardım</b>
    • Ödediniz ama dosya gelmedi mi? /history'yi açın ve o siparişin “Yeniden dene” düğmesine dokunun.
    • Paranızı geri mi istiyorsunuz? Teslimatın başarısız olduğunu bildiren mesajda “Paramı iade et” düğmesi var. Ödemeden sonra { $hours } saat boyunca çalışır; Stars hemen geri gelir. Bu süreden sonra bize yazın.
    • Kendi kontrolümüz ödenmiş bir fotoğrafın kurallara uymadığını bulursa, onu göndermem ve siz istemeden ödemenizi hemen iade ederim.
    • Diğer her şey için: bize buradan yazın, bir insan yanıt verecek. Telegram desteği bu bottaki satın almalar konusunda yardımcı olamaz.

## Support desk

button-support = 🙋 Bir insanla konuş
button-back-to-bot = 🤖 Bota dön
support-opened = 🙋 Ekibimizden biri birazdan burada yanıt verecek. Sorunuzu yazın; işe yarayacaksa fotoğraf ya da dosya gönderin. Otomatik adımlar siz işinizi bitirene kadar bekler.
support-back = 🤖 Bota geri döndünüz. Kaldığınız yerden devam edin ya da /new gönderin.
support-done = ✅ Ekibimiz size yardımcı olmayı tamamladı. Bota geri döndünüz: kaldığınız yerden devam edin ya da /new gönderin.
support-unavailable = Üzgünüm, şu anda bir insanla konuşmak mümkün değil. Lütfen /paysupport ya da /help deneyin.
support-credited = 🎁 Ekibimiz bakiyenize { $credits } kredi ekledi. Şu anki bakiyeniz: { $balance }.

## Hints and polite refusals

hint-start = Başlamak için /start gönderin.
hint-buttons = Lütfen yukarıdaki düğmeleri kullanın ya da baştan başlamak için /new gönderin.
hint-document = Ülkeyi ve belgeyi yazın, örneğin “Türk pasaportu”.
hint-delivered = Dosyalarınız yukarıda. Başka bir belge mi gerekiyor? “Başka belge” düğmesine dokunun ya da /new gönderin.
stale-button = Bu düğme artık etkin değil. Lütfen en son mesajı kullanın.
throttled = Biraz hızlı gidiyorsunuz 🙂 Lütfen { $seconds } sn bekleyip yeniden deneyin.
delivery-delayed = ⏳ Dosyalarınız her zamankinden uzun sürüyor. Ödemenizi yaptınız, hiçbir şey kaybolmadı: hazır olur olmaz göndereceğim. Yeniden ödeme yapmanıza gerek yok.
delivery-refunded =
    Birkaç denemeye rağmen dosyalarınızı hazırlayamadım, bu yüzden ücretinizi iade ettim. { $stars ->
        [0] Krediniz bakiyenize geri yüklendi.
       *[other] { $stars } ⭐ size geri gönderiliyor.
    } İsterseniz bir kişiyle konuşun:
error-temporary = Üzgünüm, benim tarafımda bir sorun oldu. Lütfen biraz sonra yeniden deneyin. Ödediğiniz şey güvende: dosyalarınız yine de gelecek.

## Selfie öncesi makamın kuralları (issue 15)

unverified-mark = doğrulanmadı
capture-unverified = { $count ->
        [8] ⚠️ Doğrulanmadı: okuduğumuz hiçbir resmi sayfa bu belgenin ölçülerini doğrulamıyor; ölçüler ikincil kaynaklardan. Basmadan önce belgeyi veren kuruma danışın.
       *[other] ⚠️ Bu belgenin bazı ölçüleri ({ $count }) doğrulanmadı: yalnızca ikincil kaynaklar veriyor. Basmadan önce belgeyi veren kuruma danışın.
    }
capture-glasses-not-recommended = • Gözlüksüz daha iyi: makam gözlüğün çıkarılmasını öneriyor. Takacaksanız camlar şeffaf ve yansımasız olmalı, çerçeve gözleri kapatmamalı.
capture-edit-unaltered = • Makam düzenlenmemiş bir fotoğraf istiyor: kendi arka planınız korunabilsin diye düz, açık renkli bir duvarın önünde durun ({ $colours }). Değiştirilmiş bir arka plan reddedilebilir.
capture-edit-office-only = ⚠️ { $document }: kurum yalnızca orada çekilen ya da kayıtlı bir fotoğrafçının gönderdiği fotoğrafları kabul ediyor; burada hazırlanan fotoğraf reddedilir. { $count ->
        [0] Fotoğrafa ihtiyacınız varsa başka bir belge seçin.
       *[other] Fotoğrafımız şunlar için kullanılabilir: { $documents }.
    }
document-missing = { $kind ->
        [passport] { $country } pasaportu henüz bende yok.
        [visa] { $country } vizesi henüz bende yok.
        [evisa] { $country } e-vizesi henüz bende yok.
        [id_card] { $country } kimlik kartı henüz bende yok.
        [residence_permit] { $country } oturma izni henüz bende yok.
        [driving_licence] { $country } ehliyeti henüz bende yok.
       *[other] { $country } için bu belge henüz bende yok.
    } Aşağıda işinize yarayabilecek başka belgeler var; hiçbiri uymazsa ülkeye göre göz atın: genel boyutlar sonda.
preview-edit-unaltered = ⚠️ { $document }: makam düzenlenmemiş bir fotoğraf istiyor ve bu önizlemenin arka planı değiştirildi. Garantili olsun diye özçekimi düz, açık renkli bir duvarın önünde ({ $colours }) yeniden çekin; böylece kendi arka planınızı korurum.
style-keep-unaltered = Kendi arka planınız zaten kurallara uyuyor ({ $document }). Makam düzenlenmemiş bir fotoğraf istiyor, bu yüzden korumak güvenli seçimdir: fotoğrafı yalnızca kırpıp düzeltirim. İsterseniz izin verilen bir renkle de değiştirebilirim ({ $colours }).
style-keep-or-colour = Kendi arka planınız zaten kurallara uyuyor ({ $document }): koruyabilirim (fotoğraf yalnızca kırpılır ve düzeltilir) ya da izin verilen bir renkle değiştirebilirim ({ $colours }).
style-wall-not-kept = ⚠️ Arka planınız korunamıyor ({ $document }): izin verilen renkte düz bir duvar değil ({ $colours }) ya da fotoğrafta çevrenizde yeterli boşluk yok. Makam düzenlenmemiş bir fotoğraf istiyor ve değiştirilmiş bir arka plan reddedilebilir. En güvenlisi: selfie'yi düz, açık renkli bir duvarın önünde yeniden çekin. Ya da arka planı yine de değiştirin.
button-keep-background = ✅ Kendi arka planım kalsın
button-retake-plain-wall = 📷 Düz duvar önünde yeniden çek
button-replace-background = 🎨 Şununla değiştir: { $colour }
preview-keep-failed = ⚠️ Bu kadrajda kendi arka planınız fotoğrafı doldurmuyor, bu yüzden değiştirildi. Korumak için ayarları geri alın ya da selfie'yi çevrenizde daha fazla boşlukla yeniden çekin.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Kamera rehberini aç
webapp-title = Kamera rehberi
webapp-loading = Kamera açılıyor…
webapp-camera-denied = Kamerayı açamıyorum. Telegram'a kamera izni verin ya da bunu kapatıp sohbette bir fotoğraf gönderin.
webapp-switch = Kamerayı değiştir
webapp-capture = Fotoğraf çek
webapp-retake = Yeniden çek
webapp-send = Bu fotoğrafı gönder
webapp-sending = Gönderiliyor…
webapp-sent = Gönderildi! Sohbete dönün: kontroller yolda.
webapp-failed = Fotoğraf ulaşmadı. Yeniden deneyin ya da sohbette gönderin.
webapp-expired = Bu kamera rehberinin süresi doldu. Kapatıp sohbetten yeniden açın.
webapp-consent = Önce sohbette koşulları kabul edin, sonra kamera rehberini yeniden açın.
webapp-slow-down = Arka arkaya çok fazla fotoğraf. Bir dakika bekleyip yeniden deneyin.
webapp-too-big = Bu fotoğraf göndermek için çok büyük. Yeniden çekin ya da sohbette gönderin.
webapp-hint-no-face = Yüzünüzü göremiyorum. Kameraya dönün.
webapp-hint-closer = Biraz yaklaşın
webapp-hint-back = Biraz geri çekilin
webapp-hint-raise = Telefonu biraz kaldırın
webapp-hint-lower = Telefonu biraz indirin
webapp-hint-centre = Yüzünüzü ovalin ortasına getirin
webapp-hint-straighten = Başınızı dik tutun
webapp-hint-look = Doğrudan kameraya bakın
webapp-hint-light = Yüzünüzde daha eşit bir ışık bulun
webapp-hint-dark = Daha fazla ışık bulun
webapp-hint-glasses = Gözlüğünüzü çıkarın
webapp-hint-good = Güzel: kıpırdamayın
