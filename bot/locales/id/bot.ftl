# idphoto bot — Bahasa Indonesia. Sapaan: Anda. Kata benda setelah angka tidak diulang (3 kredit).

language-name = Bahasa Indonesia

## Commands (the "/" menu)

cmd-start = Mulai dari awal
cmd-new = Foto untuk dokumen lain
cmd-help = Cara kerjanya
cmd-language = Ganti bahasa
cmd-privacy = Apa yang terjadi pada foto Anda
cmd-delete = Hapus foto dan data saya sekarang
cmd-cancel = Batalkan langkah ini
cmd-balance = Kredit saya
cmd-buy = Beli kredit
cmd-history = Pesanan dan file saya
cmd-referral = Undang teman, dapatkan kredit
cmd-paysupport = Bantuan pembayaran
cmd-support = Bicara dengan petugas

## Start, language, consent

start-welcome = Halo! Saya mengubah swafoto dari ponsel menjadi pasfoto untuk paspor, visa, atau kartu identitas yang sesuai aturan resmi.
language-prompt = Pilih bahasa Anda:
language-set = Bahasa: Indonesia
language-resumed = Bahasa diganti. Lanjutkan dari langkah terakhir: tombol di atas masih berfungsi.
consent-card =
    <b>Sebelum mengirim foto: apa yang Anda setujui</b>
    • <b>Tujuan</b>: hanya untuk membuat pasfoto Anda: saya menemukan wajah Anda, memeriksa foto sesuai aturan dokumen, mengganti latar, dan memotongnya.
    • <b>Data yang diproses</b>: foto yang Anda kirim dan geometri wajah yang diukur darinya (letak mata, dagu, dan puncak kepala). Data wajah ini termasuk data pribadi yang bersifat spesifik: hanya dipakai untuk tujuan ini, tidak pernah untuk mengenali siapa Anda.
    • <b>Siapa</b>: hanya pengelola bot ini, di servernya sendiri. Foto Anda tidak pernah dibagikan kepada siapa pun dan tidak pernah dipakai untuk melatih AI.
    • <b>Berapa lama</b>: foto, hasil pengukuran, dan file jadi dihapus otomatis setelah { $hours } jam. Pesanan dan pembayaran Anda (tanpa foto) disimpan untuk pembukuan.
    • <b>Penarikan</b>: /delete langsung menghapus foto dan data Anda; Anda juga bisa berhenti begitu saja. Pertanyaan: /support.
    Ketuk “Saya setuju” untuk menyetujui hal ini, termasuk, secara terpisah, pemrosesan data wajah Anda.
consent-thanks = Terima kasih!
consent-needed = Setujui dulu catatan di bawah, lalu kirim foto Anda lagi.
button-agree = ✅ Saya setuju, termasuk data wajah
button-language = 🌐 Bahasa

## Choosing the document

document-prompt = Foto ini untuk dokumen apa? Ketik negara dan dokumennya, misalnya “paspor Indonesia”, “visa Schengen”, atau “35x45 mm”, atau pilih di bawah.
document-another = Dokumen apa berikutnya? Saya akan memakai swafoto yang sama.
photo-which-document = Fotonya bagus! Untuk dokumen apa? Ketik negara dan dokumennya, atau pilih di bawah.
document-results = Ini yang saya temukan. Ketuk dokumen Anda:
document-none = Saya tidak menemukan dokumen itu. Coba kata lain (negara dan jenis dokumen), atau cari per negara.
document-countries = Pilih negara (halaman { $page } dari { $pages }):
document-country = Dokumen { $country }:
country-generic = Ukuran standar
button-browse = 🌍 Cari per negara
button-back = ⬅️ Kembali
button-previous = ⬅️ Sebelumnya
button-next = Berikutnya ➡️
button-other-document = 📄 Dokumen lain

## Taking the selfie

capture-example = Letak kepala dan mata yang benar pada foto { $document }.
capture-guide =
    <b>{ $document }</b> ({ $size })
    Cara mengambil swafoto:
    • Berdirilah menghadap jendela, dalam cahaya siang yang lembut dan merata, tanpa bayangan di wajah.
    • Pegang ponsel setinggi mata, sejauh satu lengan, atau minta orang lain memotret.
    • Lihat lurus ke kamera. Seluruh kepala dan bahu harus masuk dalam foto.
    • Rambut tidak menutupi wajah; tidak ada apa pun di kepala kecuali karena alasan agama atau medis.
capture-glasses-off = • Lepaskan kacamata Anda.
capture-glasses-ok = • Kacamata boleh dipakai jika lensanya bening (tidak berwarna), tidak memantulkan cahaya, dan bingkainya tidak menutupi mata.
capture-expression-neutral = • Ekspresi netral: mulut tertutup, mata terbuka, tidak tersenyum.
capture-expression-smile = • Ekspresi alami boleh: mulut tertutup, mata terbuka.
capture-background-any = • Latar polos apa pun boleh: saya menggantinya dengan warna yang diwajibkan aturan.
capture-background-real = • Dokumen ini tidak menerima foto yang diedit, jadi latar asli tetap dipakai: berdirilah di depan dinding polos ({ $colours }).
capture-send = Lalu kirim fotonya di sini, sebagai foto atau sebagai file.
capture-retake = Kirim foto baru. Hadap lurus ke kamera, dalam cahaya merata, dengan seluruh kepala dan bahu masuk dalam foto.
capture-waiting = Saya menunggu swafoto Anda: kirim sebagai foto atau file. Ingin dokumen lain? Ketuk di bawah.
capture-sticker = Itu stiker 🙂 Saya perlu foto asli wajah Anda. Silakan kirim swafoto.
capture-video = Saya tidak bisa memakai video atau GIF. Silakan kirim foto.
capture-voice = Saya tidak bisa memakai pesan suara atau audio. Silakan kirim swafoto.
capture-pdf = Itu PDF. Silakan kirim fotonya langsung: JPEG, PNG, WebP, atau HEIC.
capture-file = Saya tidak bisa memakai jenis file ini. Silakan kirim foto: JPEG, PNG, WebP, atau HEIC.
capture-too-big = Ukuran file ini { $size } MB; saya hanya bisa menerima paling besar { $limit } MB. Kirim sebagai foto biasa, atau kirim salinan yang lebih kecil.
capture-album = Anda mengirim beberapa foto, jadi saya memakai yang pertama.
capture-download-failed = Saya tidak bisa mengunduh foto itu. Silakan kirim lagi.

## Checks

checks-running = 🔎 Memeriksa foto Anda sesuai aturan { $document }…
still-working = ⏳ Masih diproses, hampir selesai…
checks-passed = ✅ Semua pemeriksaan lolos.
checks-blocking = Ada yang perlu diperbaiki sebelum saya bisa membuat foto { $document }:
checks-warnings = Foto ini bisa dipakai, tetapi beberapa hal bisa lebih baik:
checks-line = • { $title }: { $tip }
checks-retake-hint = Silakan ambil foto baru dan kirim di sini.
job-timeout = Ini memakan waktu lebih lama dari biasanya. Silakan coba lagi sebentar lagi.
button-retake = 📷 Foto ulang
button-continue = Tetap lanjutkan ➡️
button-continue-headwear = Alasan agama atau medis ➡️
button-try-again = 🔁 Coba lagi

check-face_size = Wajah terlalu kecil di foto
check-head_cut = Kepala terpotong
check-yaw = Kepala menoleh ke samping
check-pitch = Kepala mendongak atau menunduk
check-roll = Kepala miring
check-gaze = Mata tidak menatap kamera
check-eyes_closed = Mata tertutup
check-mouth_open = Mulut terbuka
check-smile = Tersenyum
check-glasses = Kacamata
check-lighting_uneven = Cahaya di wajah tidak merata
check-exposure = Terlalu gelap atau terlalu terang
check-dynamic_range = Gambar pudar dan datar
check-colour_photo = Foto hitam-putih
check-blur = Foto buram
check-compression = Foto terlalu terkompresi
check-head_covering = Penutup kepala
check-hands = Tangan terlihat di foto
check-no_room = Ruang di sekitar kepala kurang
check-shoulders_cut = Bahu terpotong
check-cutout = Latar belakang tidak bisa dihapus dengan bersih
check-background_colour = Warna latar

tip-face_size = mendekatlah ke kamera, atau kirim foto asli, bukan salinan yang dipotong atau diperkecil.
tip-head_cut = pastikan seluruh kepala, termasuk rambut, dagu, dan kedua telinga, masuk dalam foto.
tip-yaw = hadapkan wajah lurus ke kamera.
tip-pitch = pegang ponsel setinggi mata dan jaga dagu tetap lurus.
tip-roll = tegakkan kepala, jangan dimiringkan ke salah satu bahu.
tip-gaze = tatap lurus ke lensa kamera, bukan ke layar atau ke samping.
tip-eyes_closed = buka mata Anda dan lihat ke kamera.
tip-mouth_open = tutup mulut Anda.
tip-smile = pertahankan ekspresi netral, tanpa senyum.
tip-glasses = lepaskan kacamata, atau pastikan tidak ada pantulan cahaya dan bingkainya tidak menutupi mata.
tip-lighting_uneven = hadaplah ke jendela atau cahaya lembut, agar kedua sisi wajah sama terangnya.
tip-exposure = cari cahaya yang lebih lembut dan merata: jangan di bawah sinar matahari langsung, jangan di ruang gelap.
tip-dynamic_range = ambil foto dalam cahaya yang lebih baik, dan jangan pakai filter.
tip-colour_photo = ambil foto berwarna: matikan filter hitam-putih atau filter warna di kamera.
tip-blur = pegang ponsel dengan stabil, lap lensanya, dan biarkan kamera fokus ke wajah Anda.
tip-compression = kirim foto asli, bukan foto yang diteruskan atau dikompresi.
tip-head_covering = lepaskan topi; penutup kepala karena agama atau medis boleh, asalkan seluruh wajah terlihat.
tip-hands = turunkan tangan dan lengan Anda: hanya kepala dan bahu yang boleh terlihat di foto.
tip-no_room = mundurlah sedikit, agar ada ruang di atas kepala dan bahu masuk dalam foto.
tip-shoulders_cut = mundurlah sedikit agar bahu masuk dalam foto.
tip-cutout = berdirilah di depan dinding polos berwarna terang tanpa benda apa pun di belakang kepala, lalu mundurlah sedikit.
tip-background_colour = berdirilah di depan dinding polos berwarna terang.

## Errors from the engine

error-empty_file = File-nya kosong. Silakan kirim fotonya lagi.
error-not_an_image = File itu bukan gambar. Silakan kirim foto: JPEG, PNG, WebP, atau HEIC.
error-corrupt_image = Gambarnya rusak atau tidak lengkap. Silakan kirim ulang foto aslinya.
error-too_many_pixels = Gambarnya terlalu besar. Kirim foto ponsel biasa atau salinan yang lebih kecil.
error-extreme_aspect = Gambarnya terlalu panjang dan sempit. Kirim foto biasa, bukan panorama atau tangkapan layar.
error-too_small = Gambarnya terlalu kecil. Kirim foto aslinya, bukan gambar mini atau pratinjau.
error-unsupported_format = Saya tidak bisa membaca format gambar ini. Silakan kirim foto JPEG, PNG, WebP, atau HEIC.
error-no_face = Saya tidak menemukan wajah. Hadaplah ke kamera, dengan seluruh kepala masuk dalam foto.
error-multiple_faces = Ada lebih dari satu orang di foto. Hanya Anda yang boleh ada di foto: minta yang lain menyingkir.
error-face_not_measurable = Saya menemukan wajah tetapi tidak bisa mengukurnya. Lihat lurus ke kamera, tanpa ada yang menutupi wajah.
error-edit_not_allowed = Aturan dokumen ini tidak menerima foto yang diedit. Ambil foto di depan dinding polos dengan warna yang diizinkan.
error-retouch_not_allowed = Aturan dokumen ini tidak menerima foto yang diretus.
error-background_not_allowed = Warna latar ini tidak diizinkan untuk dokumen ini. Silakan pilih warna lain.
error-file_size_unreachable = Saya tidak bisa menyesuaikan file dengan ukuran yang diminta portal unggah dokumen ini. Silakan coba foto lain.
error-model_missing = Maaf, sebagian mesin foto saya sedang tidak tersedia. Silakan coba lagi nanti.
error-internal = Maaf, ada yang salah di pihak saya. Silakan coba lagi.
error-bad_input = Saya tidak bisa memakai foto ini. Silakan ambil foto lain.
error-checks_failed = Foto ini belum memenuhi aturan. Silakan foto ulang.
error-selfie_missing = Foto Anda sudah tidak tersimpan (foto dihapus setelah beberapa waktu). Silakan kirim lagi.
error-unknown_document = Saya tidak lagi mengenali dokumen ini. Silakan pilih lagi.
error-unknown_outfit = Pakaian ini tidak tersedia. Silakan pilih yang lain.
error-outfit_not_allowed = Aturan dokumen ini tidak mengizinkan penggantian pakaian. Kenakan pakaian yang Anda inginkan di foto.
error-outfit_needs_new_background = Mengganti pakaian juga mewarnai ulang latar, dan dokumen ini tidak mengizinkannya. Tetap pakai pakaian Anda sendiri.
error-unexpected = Maaf, ada yang salah di pihak saya. Silakan coba lagi; jika terus terjadi, kirim /new.

## Background and outfit

style-choose = Pilih warna latar. Ini warna yang diizinkan aturan { $document }:
style-single = Latar: { $colour } (satu-satunya warna yang diizinkan aturan).
style-real-background = Dokumen ini tidak menerima foto yang diedit, jadi saya mempertahankan latar asli Anda.
button-outfit-keep = 👕 Pakaian saya sendiri
button-outfit-try-men = 👔 Pria
button-outfit-try-women = 👚 Wanita
button-outfit-try-child = 🧒 Anak
outfit-offer = Ingin melihat diri Anda memakai jas, blazer, atau kemeja? Saya bisa menampilkan foto Anda dengan beberapa pakaian, atau Anda tetap memakai pakaian sendiri.
outfit-making = 👔 Memakaikan beberapa pakaian pada foto Anda…
outfit-sheet-caption = Foto Anda dengan beberapa pakaian (pratinjau bertanda air). Ketuk nomor yang Anda suka, atau tetap pakai pakaian sendiri.
outfit-own-clothes = Pakaian sendiri
colour-white = Putih
colour-near-white = Hampir putih
colour-off-white = Putih gading
colour-light-grey = Abu-abu muda
colour-grey = Abu-abu
colour-light-blue = Biru muda
colour-sky-blue = Biru langit
colour-cream = Krem

## Preview

preview-making = 🎨 Membuat pratinjau Anda…
preview-caption = Pratinjau foto { $document } Anda (bertanda air dan lebih kecil dari file aslinya). Sesuaikan, atau ambil file Anda.
preview-synthesised-outfit = ⚠️ Pakaian di foto ini adalah hasil sintesis: digambar, bukan difoto.
preview-synthesised-body = ⚠️ Sebagian foto ini adalah hasil sintesis: garis bahu dilengkapi di bagian yang terpotong pada swafoto.
preview-limit = Aturan tidak mengizinkan lebih dari ini.
button-head-higher = ⬆️ Kepala lebih tinggi
button-head-lower = ⬇️ Kepala lebih rendah
button-bigger = ➕ Lebih besar
button-smaller = ➖ Lebih kecil
button-brighter = ☀️ Lebih terang
button-darker = 🌙 Lebih gelap
button-reset = ↩️ Atur ulang
button-get-files = ✅ Sudah bagus: ambil file

## Checkout and delivery

checkout-card =
    <b>Foto { $document } Anda sudah siap.</b>
    Anda mendapat file foto untuk diunggah, lembar cetak, dan laporan pemeriksaan. Pratinjau tetap gratis.
    { $balance ->
        [0] Bayar dengan Telegram Stars ⭐:
       *[other] Anda punya { $balance } kredit: pakai satu, atau bayar dengan Stars ⭐.
    }
button-pay-credit = 🎟 Pakai 1 kredit (sisa { $balance })
button-buy-document = ⭐ { $stars }: dokumen ini
button-buy-family = ⭐ { $stars }: ini + { $credits } lagi (keluarga)
button-buy-credits_5 = ⭐ { $stars }: { $credits } kredit
button-buy-credits_15 = ⭐ { $stars }: { $credits } kredit
button-buy-monthly = ⭐ { $stars } / 30 hari: { $credits } kredit
button-subscribe = ⭐ Berlangganan
product-document-title = File pasfoto
product-document-description = { $document }: file foto, lembar cetak, dan laporan pemeriksaan.
product-family-title = Paket keluarga: +{ $credits } kredit
product-family-description = { $document } sekarang, ditambah { $credits } kredit untuk { $credits } dokumen lagi. Kredit tidak pernah kedaluwarsa.
product-credits_5-title = { $credits } kredit
product-credits_5-description = { $credits } kredit: masing-masing membayar file satu dokumen. Kredit yang dibeli tidak pernah kedaluwarsa.
product-credits_15-title = { $credits } kredit
product-credits_15-description = { $credits } kredit: masing-masing membayar file satu dokumen. Kredit yang dibeli tidak pernah kedaluwarsa.
product-monthly-title = Paket 30 hari
product-monthly-description = { $credits } kredit setiap 30 hari, untuk studio foto dan pengguna rutin. Kredit paket yang tidak terpakai dalam 30 hari akan hangus.
checkout-decline-invalid = Tagihan ini tidak berlaku untuk akun Anda. Silakan buka bot dan minta tagihan baru.
checkout-decline-expired = Tagihan ini sudah kedaluwarsa. Silakan minta yang baru di bot.
checkout-decline-price = Harganya berubah. Bot sudah mengirimkan tagihan yang diperbarui.
checkout-decline-state = Pesanan ini sudah dibayar atau ditutup. Cek /history.
checkout-decline-banned = Pembayaran tidak tersedia untuk akun ini. Silakan hubungi /paysupport.
checkout-price-changed = Harganya berubah sejak tagihan ini dibuat. Ini tagihan yang diperbarui:
credits-not-enough = Kredit Anda habis. Silakan bayar dengan Stars.
payment-thanks = Terima kasih! Pembayaran diterima ✅
credits-added = Terima kasih! { $credits } kredit ditambahkan. Saldo Anda: { $balance }.
subscription-offer = Paket 30 hari memberi Anda { $credits } kredit setiap 30 hari seharga { $stars } ⭐. Kredit paket yang tidak terpakai dalam 30 hari akan hangus; Anda bisa berhenti berlangganan kapan saja di Telegram. Ketuk untuk berlangganan:
order-failed = Anda sudah membayar, jadi tidak ada yang hilang: coba lagi, atau minta uang Anda kembali.
button-refund = ↩️ Kembalikan uang saya
button-files-again = ⬇️ File pesanan #{ $order } lagi
button-try-again-order = 🔄 Coba lagi pesanan #{ $order }
refund-done =
    { $stars ->
        [0] Dikembalikan: kredit Anda sudah kembali ke saldo.
       *[other] Dikembalikan: { $stars } ⭐ sedang dikirim kembali kepada Anda.
    }
refund-out-of-spec =
    Saya mengukur foto jadi Anda dan foto itu tidak memenuhi aturan resmi, jadi saya tidak mengirimkannya dan mengembalikan pembayaran Anda. { $stars ->
        [0] Kredit Anda sudah kembali ke saldo.
       *[other] { $stars } ⭐ sedang dikirim kembali kepada Anda.
    } Silakan coba swafoto lain: hadap ke kamera dalam cahaya merata, dengan sedikit ruang di sekitar kepala.
refund-failed = Pengembalian dana belum bisa diselesaikan sekarang. Silakan hubungi /paysupport; pesanan Anda aman.
refund-refused-not_found = Saya tidak menemukan pesanan itu.
refund-refused-not_paid = Pesanan itu belum pernah dibayar.
refund-refused-refunded = Pesanan itu sudah dikembalikan dananya.
refund-refused-window = Pesanan itu sudah terlalu lama untuk pengembalian mandiri. Silakan hubungi /paysupport.
refund-refused-delivered = Pesanan itu sudah dikirim. Jika ada masalah, silakan hubungi /paysupport.
payment-returned-unmatched = Pembayaran ini tidak cocok dengan pesanan Anda mana pun, jadi saya mengembalikannya. Tidak ada yang ditagih.
payment-returned-double = Anda sudah membayar pesanan ini, jadi pembayaran kedua saya kembalikan.
delivery-making = 📦 Membuat file Anda…
delivery-photo = Foto { $document } Anda ({ $size }). Unggah file ini, atau cetak.
delivery-sheet = Lembar cetak. Cetak dengan skala 100% (“ukuran sebenarnya”), tanpa “sesuaikan dengan halaman”.
delivery-report = Laporan pemeriksaan.
delivery-done = Selesai! ✅ File Anda ada di atas. Perlu foto untuk dokumen lain? Saya bisa membuatnya dari swafoto yang sama.
delivery-already = File ini sudah saya kirim di atas.
button-another = 📄 Dokumen lain, swafoto sama
button-new-photo = 📷 Foto baru

## Account

help =
    <b>Cara kerjanya</b>
    1. Beri tahu saya foto ini untuk dokumen apa.
    2. Kirim swafoto: saya memeriksanya sesuai aturan resmi dan memberi tahu apa yang perlu diperbaiki.
    3. Pilih latar dan, jika mau, pakaian; lihat pratinjau dan sesuaikan.
    4. Ambil file foto, lembar cetak, dan laporan pemeriksaan.
    /new: foto untuk dokumen lain
    /language: ganti bahasa
    /privacy: apa yang terjadi pada foto Anda
    /delete: hapus foto dan data Anda sekarang
    /cancel: batalkan langkah ini
    /balance, /buy, /history: kredit, pesanan, dan file Anda lagi
    /referral: undang teman dan dapatkan kredit
    /paysupport: bantuan pembayaran
    /support: bicara dengan petugas
privacy =
    <b>Foto Anda</b>
    • Saya memakai swafoto Anda dan geometri wajah yang diukur darinya hanya untuk membuat pasfoto Anda.
    • Hanya pengelola bot ini yang memprosesnya, di servernya sendiri; tidak pernah dibagikan dan tidak pernah dipakai untuk melatih AI.
    • Foto, hasil pengukuran, dan file jadi dihapus otomatis setelah { $hours } jam.
    • /delete langsung menghapus foto, file, dan percakapan Anda, sekaligus menarik persetujuan Anda.
    • Pertanyaan tentang data Anda: /support.
deleted =
    { $count ->
        [0] Dihapus: Anda tidak punya foto yang tersimpan. Data percakapan Anda juga sudah dihapus.
       *[other] Dihapus: { $count } file dan data percakapan Anda.
    }
    Kirim /start untuk mulai lagi.
cancelled = Dibatalkan. Kirim /new untuk foto dokumen lain, atau /start untuk mulai lagi.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] Anda tidak punya kredit.
       *[other] Anda punya { $balance } kredit.
    } Satu kredit membayar file satu dokumen. /buy untuk membeli, /referral untuk mendapatkannya gratis.
buy-card = <b>Kredit</b>: satu kredit membayar file satu dokumen. Kredit yang dibeli tidak pernah kedaluwarsa.
history-title = <b>Pesanan Anda</b>
history-empty = Belum ada pesanan.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } kredit
       *[other] { $stars } ⭐
    }
order-status-created = menunggu pembayaran
order-status-paid = dibayar
order-status-delivering = sedang dibuat
order-status-delivered = terkirim
order-status-failed = belum terkirim
order-status-refunded = dana dikembalikan
order-status-cancelled = dibatalkan
order-refunded = Dana pesanan ini sudah dikembalikan, jadi file-nya tidak tersedia lagi.
referral-welcome = Selamat datang! Anda bergabung lewat tautan teman: { $credits } kredit gratis sudah masuk ke saldo Anda.
referral-earned = 🎉 Teman yang Anda undang menyelesaikan pesanan pertamanya: { $credits } kredit ditambahkan ke saldo Anda. Saldo Anda: { $balance }.
referral-card =
    <b>Undang teman</b>
    Bagikan tautan Anda: { $link }
    Teman yang bergabung lewat tautan ini mendapat { $invitee } kredit gratis; Anda mendapat { $inviter } kredit setelah pesanan berbayar pertamanya selesai.
    Bergabung: { $joined } · Kredit diperoleh: { $earned }
paysupport =
    <b>Bantuan pembayaran</b>
    • Sudah bayar tapi belum dapat file? Buka /history dan ketuk “Coba lagi pesanan” pada pesanan itu.
    • Ingin uang kembali? Pesan yang memberi tahu bahwa pengiriman gagal punya tombol “Kembalikan uang saya”. Tombol itu berlaku { $hours } jam setelah pembayaran; Stars langsung kembali. Setelah itu, tulis pesan kepada kami.
    • Jika pemeriksaan kami sendiri menemukan bahwa foto yang sudah dibayar tidak memenuhi aturan, saya tidak mengirimkannya dan langsung mengembalikan uang Anda, tanpa perlu diminta.
    • Hal lain: tulis pesan kepada kami di sini dan seorang petugas akan menjawab. Dukungan Telegram tidak bisa membantu pembelian di bot ini.

## Support desk

button-support = 🙋 Bicara dengan petugas
button-back-to-bot = 🤖 Kembali ke bot
support-opened = 🙋 Petugas dari tim kami akan segera menjawab di sini. Tulis pertanyaan Anda, dan kirim foto atau file jika membantu. Langkah otomatis menunggu sampai Anda selesai.
support-back = 🤖 Anda kembali ke bot. Lanjutkan dari langkah terakhir, atau kirim /new.
support-done = ✅ Tim kami sudah selesai membantu Anda. Anda kembali ke bot: lanjutkan dari langkah terakhir, atau kirim /new.
support-unavailable = Maaf, saat ini belum bisa bicara dengan petugas. Silakan coba /paysupport atau /help.
support-credited = 🎁 Tim kami menambahkan { $credits } kredit ke saldo Anda. Saldo Anda sekarang { $balance }.

## Hints and polite refusals

hint-start = Kirim /start untuk mulai.
hint-buttons = Silakan pakai tombol di atas, atau kirim /new untuk mulai lagi.
hint-document = Ketik negara dan dokumennya, misalnya “paspor Indonesia”.
hint-delivered = File Anda ada di atas. Perlu dokumen lain? Ketuk “Dokumen lain” atau kirim /new.
stale-button = Tombol ini sudah tidak aktif. Silakan pakai pesan terbaru.
throttled = Pelan-pelan sedikit 🙂 Tunggu { $seconds } detik, lalu coba lagi.
delivery-delayed = ⏳ File Anda butuh waktu lebih lama dari biasanya. Anda sudah membayar, jadi tidak ada yang hilang: saya akan mengirimnya begitu siap. Tidak perlu membayar lagi.
delivery-refunded =
    Saya tidak berhasil membuat file Anda setelah beberapa kali mencoba, jadi uang Anda saya kembalikan. { $stars ->
        [0] Kredit Anda sudah kembali ke saldo.
       *[other] { $stars } ⭐ sedang dikembalikan kepada Anda.
    } Jika mau, bicaralah dengan petugas:
error-temporary = Maaf, ada yang salah di pihak saya. Silakan coba lagi sebentar lagi. Yang sudah Anda bayar aman: file Anda tetap akan dikirim.

## Aturan instansi sebelum swafoto (issue 15)

unverified-mark = belum diverifikasi
capture-unverified = { $count ->
        [8] ⚠️ Belum diverifikasi: tidak ada halaman resmi yang kami baca yang mendukung ukuran dokumen ini; datanya dari sumber sekunder. Pastikan ke kantor penerbit sebelum mencetak.
       *[other] ⚠️ Beberapa ukuran dokumen ini ({ $count }) belum diverifikasi: hanya sumber sekunder yang menyebutkannya. Pastikan ke kantor penerbit sebelum mencetak.
    }
capture-glasses-not-recommended = • Lebih baik tanpa kacamata: instansi menyarankan untuk melepasnya. Jika tetap dipakai, lensa harus bening, tanpa pantulan, dan bingkai tidak menutupi mata.
capture-edit-unaltered = • Instansi meminta foto tanpa suntingan: berdirilah di depan dinding polos berwarna terang ({ $colours }) agar latar Anda sendiri bisa dipertahankan. Latar yang diganti bisa ditolak.
capture-edit-office-only = ⚠️ { $document }: kantor hanya menerima foto yang diambil di sana atau dikirim oleh fotografer terdaftar, jadi foto dari sini akan ditolak. { $count ->
        [0] Pilih dokumen lain jika Anda butuh foto untuknya.
       *[other] Foto kami bisa dipakai untuk: { $documents }.
    }
document-missing = { $kind ->
        [passport] Saya belum punya paspor { $country }.
        [visa] Saya belum punya visa { $country }.
        [evisa] Saya belum punya e-visa { $country }.
        [id_card] Saya belum punya kartu identitas { $country }.
        [residence_permit] Saya belum punya izin tinggal { $country }.
        [driving_licence] Saya belum punya SIM { $country }.
       *[other] Saya belum punya dokumen { $country } ini.
    } Di bawah ada dokumen lain yang mungkin membantu; jika tidak ada yang cocok, telusuri per negara: ukuran umum ada di akhir.
preview-edit-unaltered = ⚠️ { $document }: instansi meminta foto tanpa suntingan, dan pratinjau ini latarnya sudah diganti. Agar aman, ulangi swafoto di depan dinding polos berwarna terang ({ $colours }) supaya saya bisa mempertahankan latar Anda sendiri.
style-keep-unaltered = Latar Anda sendiri sudah memenuhi aturan { $document }. Instansi meminta foto tanpa suntingan, jadi mempertahankannya adalah pilihan aman: saya hanya memotong dan meluruskan foto. Anda juga bisa menggantinya dengan warna yang diizinkan ({ $colours }).
style-keep-or-colour = Latar Anda sendiri sudah memenuhi aturan { $document }: saya bisa mempertahankannya (foto hanya dipotong dan diluruskan) atau menggantinya dengan warna yang diizinkan ({ $colours }).
style-wall-not-kept = ⚠️ Latar Anda tidak bisa dipertahankan untuk { $document }: bukan dinding polos berwarna yang diizinkan ({ $colours }), atau foto tidak menampilkan cukup ruang di sekitar Anda. Instansi meminta foto tanpa suntingan, dan latar yang diganti bisa ditolak. Paling aman: foto ulang selfie di depan dinding polos berwarna terang. Atau tetap ganti latarnya.
button-keep-background = ✅ Pertahankan latar saya
button-retake-plain-wall = 📷 Foto ulang di dinding polos
button-replace-background = 🎨 Ganti dengan: { $colour }
preview-keep-failed = ⚠️ Dengan bingkai ini latar Anda sendiri tidak memenuhi foto, jadi latarnya diganti. Untuk mempertahankannya, batalkan penyesuaian atau foto ulang selfie dengan lebih banyak ruang di sekitar Anda.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Buka panduan kamera
webapp-title = Panduan kamera
webapp-loading = Menyalakan kamera…
webapp-camera-denied = Saya tidak bisa membuka kamera. Izinkan akses kamera untuk Telegram, atau tutup ini dan kirim foto di chat.
webapp-switch = Ganti kamera
webapp-capture = Ambil foto
webapp-retake = Ulangi
webapp-send = Kirim foto ini
webapp-sending = Mengirim…
webapp-sent = Terkirim! Kembali ke chat: hasil pemeriksaan segera datang.
webapp-failed = Foto tidak sampai. Coba lagi, atau kirim di chat.
webapp-expired = Panduan kamera ini sudah kedaluwarsa. Tutup dan buka lagi dari chat.
webapp-consent = Setujui dulu ketentuannya di chat, lalu buka lagi panduan kamera.
webapp-slow-down = Terlalu banyak foto berturut-turut. Tunggu satu menit, lalu coba lagi.
webapp-too-big = Foto ini terlalu besar untuk dikirim. Ambil ulang atau kirim di chat.
webapp-hint-no-face = Wajah Anda tidak terlihat. Hadapkan wajah ke kamera.
webapp-hint-closer = Mendekatlah
webapp-hint-back = Mundur sedikit
webapp-hint-raise = Angkat ponsel sedikit
webapp-hint-lower = Turunkan ponsel sedikit
webapp-hint-centre = Letakkan wajah di tengah oval
webapp-hint-straighten = Tegakkan kepala
webapp-hint-look = Tatap lurus ke kamera
webapp-hint-light = Cari cahaya yang lebih merata di wajah
webapp-hint-dark = Cari cahaya yang lebih terang
webapp-hint-glasses = Lepaskan kacamata
webapp-hint-good = Bagus: tahan posisi
