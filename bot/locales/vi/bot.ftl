# idphoto bot — Tiếng Việt. Xưng "mình", gọi người dùng là "bạn".

language-name = Tiếng Việt

## Commands (the "/" menu)

cmd-start = Bắt đầu lại
cmd-new = Ảnh cho giấy tờ khác
cmd-help = Cách hoạt động
cmd-language = Đổi ngôn ngữ
cmd-privacy = Ảnh của bạn được xử lý thế nào
cmd-delete = Xóa ảnh và dữ liệu của tôi ngay
cmd-cancel = Hủy bước hiện tại
cmd-balance = Tín dụng của tôi
cmd-buy = Mua tín dụng
cmd-history = Đơn hàng và tệp của tôi
cmd-referral = Mời bạn bè, nhận tín dụng
cmd-paysupport = Hỗ trợ thanh toán
cmd-support = Nói chuyện với nhân viên

## Start, language, consent

start-welcome = Xin chào! Mình biến ảnh selfie chụp bằng điện thoại thành ảnh hộ chiếu, thị thực hoặc thẻ căn cước đúng quy định chính thức.
language-prompt = Chọn ngôn ngữ của bạn:
language-set = Ngôn ngữ: Tiếng Việt
language-resumed = Đã đổi ngôn ngữ. Bạn tiếp tục từ chỗ đang làm nhé: các nút ở trên vẫn dùng được.
consent-card =
    <b>Trước khi gửi ảnh: bạn đồng ý với điều gì</b>
    • <b>Mục đích</b>: chỉ để làm ảnh giấy tờ cho bạn: mình tìm khuôn mặt, kiểm tra ảnh theo quy định của giấy tờ, thay phông nền và cắt ảnh.
    • <b>Dữ liệu được xử lý</b>: ảnh bạn gửi và số đo hình học khuôn mặt lấy từ ảnh đó (vị trí mắt, cằm và đỉnh đầu). Dữ liệu khuôn mặt là dữ liệu nhạy cảm: chỉ dùng cho mục đích này, không bao giờ dùng để nhận diện bạn là ai.
    • <b>Ai xử lý</b>: chỉ đơn vị vận hành bot này, trên máy chủ của chính mình. Ảnh của bạn không bao giờ được chia sẻ với bất kỳ ai và không bao giờ được dùng để huấn luyện AI.
    • <b>Lưu bao lâu</b>: ảnh, số đo và tệp hoàn chỉnh tự động bị xóa sau { $hours } giờ. Đơn hàng và thanh toán của bạn (không kèm ảnh) được lưu để phục vụ kế toán.
    • <b>Rút lại đồng ý</b>: /delete xóa ngay ảnh và dữ liệu của bạn; bạn cũng có thể đơn giản là ngừng sử dụng. Thắc mắc: /support.
    Bấm “Tôi đồng ý” để đồng ý với các điều trên, và đồng ý riêng cho việc xử lý dữ liệu khuôn mặt của bạn.
consent-thanks = Cảm ơn bạn!
consent-needed = Bạn hãy đồng ý với ghi chú bên dưới trước, rồi gửi lại ảnh nhé.
button-agree = ✅ Tôi đồng ý, gồm cả dữ liệu khuôn mặt
button-language = 🌐 Ngôn ngữ

## Choosing the document

document-prompt = Ảnh dùng cho giấy tờ nào? Hãy gõ tên nước và loại giấy tờ, ví dụ “hộ chiếu Việt Nam”, “thị thực Schengen” hoặc “35x45 mm”, hoặc chọn bên dưới.
document-another = Giấy tờ tiếp theo là gì? Mình sẽ dùng lại ảnh selfie này.
photo-which-document = Ảnh đẹp đấy! Ảnh dùng cho giấy tờ nào? Hãy gõ tên nước và loại giấy tờ, hoặc chọn bên dưới.
document-results = Đây là kết quả mình tìm được. Bấm vào giấy tờ của bạn:
document-none = Mình không tìm thấy giấy tờ đó. Hãy thử từ khác (tên nước và loại giấy tờ), hoặc tìm theo quốc gia.
document-countries = Chọn quốc gia (trang { $page }/{ $pages }):
document-country = Giấy tờ của { $country }:
country-generic = Kích thước tiêu chuẩn
button-browse = 🌍 Tìm theo quốc gia
button-back = ⬅️ Quay lại
button-previous = ⬅️ Trang trước
button-next = Trang sau ➡️
button-other-document = 📄 Giấy tờ khác

## Taking the selfie

capture-example = Vị trí đúng của đầu và mắt trên ảnh { $document }.
capture-guide =
    <b>{ $document }</b> ({ $size })
    Cách chụp selfie:
    • Đứng quay mặt về phía cửa sổ, dưới ánh sáng ban ngày dịu và đều, không có bóng trên mặt.
    • Cầm điện thoại ngang tầm mắt, cách một sải tay, hoặc nhờ người khác chụp giúp.
    • Nhìn thẳng vào camera. Cả đầu và vai phải nằm trong khung hình.
    • Tóc không che mặt; không đội gì trên đầu, trừ lý do tôn giáo hoặc y tế.
capture-glasses-off = • Tháo kính ra.
capture-glasses-ok = • Có thể đeo kính nếu tròng kính trong suốt (không màu), không lóa và gọng không che mắt.
capture-expression-neutral = • Nét mặt trung tính: ngậm miệng, mở mắt, không cười.
capture-expression-smile = • Nét mặt tự nhiên là được: ngậm miệng, mở mắt.
capture-background-any = • Phông nền trơn nào cũng được: mình sẽ thay bằng màu theo quy định.
capture-background-real = • Giấy tờ này không chấp nhận ảnh chỉnh sửa nên phông nền thật được giữ nguyên: hãy đứng trước một bức tường trơn ({ $colours }).
capture-send = Sau đó gửi ảnh vào đây, dạng ảnh hoặc dạng tệp.
capture-retake = Gửi ảnh mới nhé. Nhìn thẳng vào camera, ánh sáng đều, cả đầu và vai nằm trong khung hình.
capture-waiting = Mình đang chờ ảnh selfie của bạn: gửi dạng ảnh hoặc dạng tệp. Muốn chọn giấy tờ khác? Bấm bên dưới.
capture-sticker = Đó là nhãn dán 🙂 Mình cần ảnh thật khuôn mặt của bạn. Bạn gửi ảnh selfie nhé.
capture-video = Mình không dùng được video hay GIF. Bạn gửi ảnh nhé.
capture-voice = Mình không dùng được tin nhắn thoại hay âm thanh. Bạn gửi ảnh selfie nhé.
capture-pdf = Đó là tệp PDF. Bạn gửi chính bức ảnh nhé: JPEG, PNG, WebP hoặc HEIC.
capture-file = Mình không dùng được loại tệp này. Bạn gửi ảnh nhé: JPEG, PNG, WebP hoặc HEIC.
capture-too-big = Tệp này nặng { $size } MB; mình chỉ nhận tối đa { $limit } MB. Hãy gửi dạng ảnh thường hoặc gửi bản nhỏ hơn.
capture-album = Bạn đã gửi nhiều ảnh, mình dùng ảnh đầu tiên.
capture-download-failed = Mình không tải được ảnh. Bạn gửi lại nhé.

## Checks

checks-running = 🔎 Đang kiểm tra ảnh của bạn theo quy định { $document }…
still-working = ⏳ Vẫn đang xử lý, sắp xong rồi…
checks-passed = ✅ Đạt tất cả các bước kiểm tra.
checks-blocking = Cần sửa vài điểm trước khi mình làm được ảnh { $document }:
checks-warnings = Ảnh dùng được, nhưng vài điểm có thể tốt hơn:
checks-line = • { $title }: { $tip }
checks-retake-hint = Bạn chụp ảnh mới rồi gửi vào đây nhé.
job-timeout = Việc này lâu hơn bình thường. Bạn thử lại sau giây lát nhé.
button-retake = 📷 Chụp lại
button-continue = Vẫn tiếp tục ➡️
button-continue-headwear = Vì tôn giáo hoặc y tế ➡️
button-try-again = 🔁 Thử lại

check-face_size = Khuôn mặt quá nhỏ trong ảnh
check-head_cut = Đầu bị cắt
check-yaw = Đầu quay sang một bên
check-pitch = Đầu ngửa lên hoặc cúi xuống
check-roll = Đầu nghiêng sang một bên
check-gaze = Mắt không nhìn vào máy ảnh
check-eyes_closed = Mắt nhắm
check-mouth_open = Miệng mở
check-smile = Đang cười
check-glasses = Kính
check-lighting_uneven = Ánh sáng trên mặt không đều
check-exposure = Quá tối hoặc quá sáng
check-dynamic_range = Ảnh nhạt, thiếu tương phản
check-colour_photo = Ảnh đen trắng
check-blur = Ảnh bị mờ
check-compression = Ảnh bị nén quá mức
check-head_covering = Đội đồ trên đầu
check-hands = Có tay trong ảnh
check-no_room = Không đủ khoảng trống quanh đầu
check-shoulders_cut = Vai bị cắt
check-cutout = Không thể tách nền gọn gàng
check-background_colour = Màu phông nền

tip-face_size = đến gần camera hơn, hoặc gửi ảnh gốc thay vì bản đã cắt hay thu nhỏ.
tip-head_cut = để cả đầu, cùng tóc, cằm và hai tai, nằm trong khung hình.
tip-yaw = quay mặt thẳng về phía camera.
tip-pitch = cầm điện thoại ngang tầm mắt và giữ cằm thẳng.
tip-roll = giữ đầu thẳng, không nghiêng về một bên vai.
tip-gaze = hãy nhìn thẳng vào ống kính, không nhìn màn hình hay sang bên.
tip-eyes_closed = mở mắt và nhìn vào camera.
tip-mouth_open = ngậm miệng lại.
tip-smile = giữ nét mặt trung tính, không cười.
tip-glasses = tháo kính, hoặc đảm bảo kính không lóa và gọng không che mắt.
tip-lighting_uneven = quay mặt về phía cửa sổ hoặc nguồn sáng dịu để hai bên mặt sáng đều nhau.
tip-exposure = tìm ánh sáng dịu và đều hơn: không dưới nắng gắt, không trong phòng tối.
tip-dynamic_range = chụp ở nơi có ánh sáng tốt hơn và không dùng bộ lọc.
tip-colour_photo = hãy chụp ảnh màu: tắt bộ lọc đen trắng hoặc bộ lọc màu trong máy ảnh.
tip-blur = giữ chắc điện thoại, lau ống kính và để camera lấy nét vào mặt bạn.
tip-compression = gửi ảnh gốc, không phải ảnh đã chuyển tiếp hoặc đã nén.
tip-head_covering = bỏ mũ, nón; khăn trùm vì lý do tôn giáo hoặc y tế được chấp nhận nếu thấy rõ toàn bộ khuôn mặt.
tip-hands = hãy hạ tay xuống: trong ảnh chỉ nên có đầu và vai.
tip-no_room = lùi lại một chút để có khoảng trống phía trên đầu và vai nằm trong khung hình.
tip-shoulders_cut = lùi lại một chút để vai nằm trong khung hình.
tip-cutout = hãy đứng trước một bức tường trơn màu sáng, phía sau đầu không có gì, và lùi lại một chút.
tip-background_colour = đứng trước một bức tường trơn, sáng màu.

## Errors from the engine

error-empty_file = Tệp trống. Bạn gửi lại ảnh nhé.
error-not_an_image = Tệp này không phải ảnh. Bạn gửi ảnh nhé: JPEG, PNG, WebP hoặc HEIC.
error-corrupt_image = Ảnh bị hỏng hoặc không đầy đủ. Bạn gửi lại ảnh gốc nhé.
error-too_many_pixels = Ảnh quá lớn. Hãy gửi ảnh điện thoại bình thường hoặc bản nhỏ hơn.
error-extreme_aspect = Ảnh quá dài và hẹp. Hãy gửi ảnh bình thường, không phải ảnh toàn cảnh hay ảnh chụp màn hình.
error-too_small = Ảnh quá nhỏ. Hãy gửi ảnh gốc, không phải ảnh thu nhỏ hay ảnh xem trước.
error-unsupported_format = Mình không đọc được định dạng ảnh này. Bạn gửi ảnh JPEG, PNG, WebP hoặc HEIC nhé.
error-no_face = Mình không tìm thấy khuôn mặt. Hãy nhìn vào camera, để cả đầu nằm trong khung hình.
error-multiple_faces = Trong ảnh có nhiều hơn một người. Chỉ bạn được có mặt trong ảnh: nhờ những người khác tránh ra.
error-face_not_measurable = Mình tìm thấy khuôn mặt nhưng không đo được. Hãy nhìn thẳng vào camera, không để gì che mặt.
error-edit_not_allowed = Quy định của giấy tờ này không chấp nhận ảnh chỉnh sửa. Hãy chụp trước bức tường trơn có màu được phép.
error-retouch_not_allowed = Quy định của giấy tờ này không chấp nhận ảnh đã chỉnh sửa da mặt.
error-background_not_allowed = Màu phông nền này không được phép cho giấy tờ này. Bạn chọn màu khác nhé.
error-file_size_unreachable = Mình không đưa được tệp về đúng dung lượng mà cổng nộp hồ sơ của giấy tờ này yêu cầu. Bạn thử ảnh khác nhé.
error-model_missing = Xin lỗi, một phần bộ xử lý ảnh của mình tạm thời không hoạt động. Bạn thử lại sau nhé.
error-internal = Xin lỗi, phía mình có lỗi. Bạn thử lại nhé.
error-bad_input = Mình không dùng được ảnh này. Bạn chụp ảnh khác nhé.
error-checks_failed = Ảnh chưa đạt quy định. Bạn chụp lại nhé.
error-selfie_missing = Ảnh của bạn không còn được lưu (ảnh bị xóa sau một thời gian). Bạn gửi lại nhé.
error-unknown_document = Mình không còn nhận ra giấy tờ này. Bạn chọn lại nhé.
error-unknown_outfit = Trang phục này không còn. Bạn chọn bộ khác nhé.
error-outfit_not_allowed = Quy định của giấy tờ này không cho phép thay trang phục. Hãy mặc trang phục bạn muốn khi chụp.
error-outfit_needs_new_background = Thay trang phục cũng tô lại phông nền, điều mà giấy tờ này không cho phép. Hãy giữ trang phục của bạn.
error-unexpected = Xin lỗi, phía mình có lỗi. Bạn thử lại nhé; nếu vẫn bị, hãy gửi /new.

## Background and outfit

style-choose = Chọn màu phông nền. Đây là các màu mà quy định { $document } cho phép:
style-single = Phông nền: { $colour } (màu duy nhất mà quy định cho phép).
style-real-background = Giấy tờ này không chấp nhận ảnh chỉnh sửa nên mình giữ phông nền thật của bạn.
button-outfit-keep = 👕 Giữ trang phục của tôi
button-outfit-try-men = 👔 Nam
button-outfit-try-women = 👚 Nữ
button-outfit-try-child = 🧒 Trẻ em
outfit-offer = Bạn có muốn xem mình trong bộ vest, áo blazer hay sơ mi không? Mình có thể cho xem ảnh của bạn với vài bộ trang phục, hoặc bạn giữ trang phục của mình.
outfit-making = 👔 Đang mặc thử vài bộ trang phục cho ảnh của bạn…
outfit-sheet-caption = Ảnh của bạn với vài bộ trang phục (bản xem trước có hình mờ). Bấm số của bộ bạn thích, hoặc giữ trang phục của bạn.
outfit-own-clothes = Trang phục của bạn
colour-white = Trắng
colour-near-white = Gần trắng
colour-off-white = Trắng ngà
colour-light-grey = Xám nhạt
colour-grey = Xám
colour-light-blue = Xanh nhạt
colour-sky-blue = Xanh da trời
colour-cream = Màu kem

## Preview

preview-making = 🎨 Đang tạo bản xem trước…
preview-caption = Bản xem trước ảnh { $document } của bạn (có hình mờ và nhỏ hơn tệp thật). Hãy chỉnh, hoặc nhận tệp.
preview-synthesised-outfit = ⚠️ Trang phục trong ảnh này là hình tổng hợp: được vẽ thêm, không phải chụp thật.
preview-synthesised-body = ⚠️ Một phần ảnh này là hình tổng hợp: đường vai được vẽ bổ sung ở chỗ ảnh selfie bị cắt.
preview-limit = Quy định không cho phép chỉnh thêm nữa.
button-head-higher = ⬆️ Đầu cao hơn
button-head-lower = ⬇️ Đầu thấp hơn
button-bigger = ➕ To hơn
button-smaller = ➖ Nhỏ hơn
button-brighter = ☀️ Sáng hơn
button-darker = 🌙 Tối hơn
button-reset = ↩️ Đặt lại
button-get-files = ✅ Được rồi: nhận tệp

## Checkout and delivery

checkout-card =
    <b>Ảnh { $document } của bạn đã sẵn sàng.</b>
    Bạn nhận tệp ảnh để tải lên, tờ in và báo cáo kiểm tra. Bản xem trước vẫn miễn phí.
    { $balance ->
        [0] Thanh toán bằng Telegram Stars ⭐:
       *[other] Bạn có { $balance } tín dụng: dùng một tín dụng, hoặc thanh toán bằng Stars ⭐.
    }
button-pay-credit = 🎟 Dùng 1 tín dụng (còn { $balance })
button-buy-document = ⭐ { $stars }: giấy tờ này
button-buy-family = ⭐ { $stars }: giấy tờ này + { $credits } (gia đình)
button-buy-credits_5 = ⭐ { $stars }: { $credits } tín dụng
button-buy-credits_15 = ⭐ { $stars }: { $credits } tín dụng
button-buy-monthly = ⭐ { $stars } / 30 ngày: { $credits } tín dụng
button-subscribe = ⭐ Đăng ký
product-document-title = Tệp ảnh giấy tờ
product-document-description = { $document }: tệp ảnh, tờ in và báo cáo kiểm tra.
product-family-title = Gói gia đình: +{ $credits } tín dụng
product-family-description = { $document } ngay bây giờ, cộng { $credits } tín dụng cho { $credits } giấy tờ nữa. Tín dụng không bao giờ hết hạn.
product-credits_5-title = { $credits } tín dụng
product-credits_5-description = { $credits } tín dụng: mỗi tín dụng trả cho các tệp của một giấy tờ. Tín dụng đã mua không bao giờ hết hạn.
product-credits_15-title = { $credits } tín dụng
product-credits_15-description = { $credits } tín dụng: mỗi tín dụng trả cho các tệp của một giấy tờ. Tín dụng đã mua không bao giờ hết hạn.
product-monthly-title = Gói 30 ngày
product-monthly-description = { $credits } tín dụng mỗi 30 ngày, dành cho tiệm ảnh và người dùng thường xuyên. Tín dụng của gói không dùng hết trong 30 ngày sẽ hết hạn.
checkout-decline-invalid = Hóa đơn này không hợp lệ với tài khoản của bạn. Hãy mở bot và yêu cầu hóa đơn mới.
checkout-decline-expired = Hóa đơn này đã hết hạn. Hãy yêu cầu hóa đơn mới trong bot.
checkout-decline-price = Giá đã thay đổi. Bot đã gửi cho bạn hóa đơn cập nhật.
checkout-decline-state = Đơn hàng này đã được thanh toán hoặc đã đóng. Xem /history.
checkout-decline-banned = Tài khoản này không thể thanh toán. Vui lòng liên hệ /paysupport.
checkout-price-changed = Giá đã thay đổi kể từ khi tạo hóa đơn này. Đây là hóa đơn cập nhật:
credits-not-enough = Bạn đã hết tín dụng. Vui lòng thanh toán bằng Stars.
payment-thanks = Cảm ơn bạn! Đã nhận thanh toán ✅
credits-added = Cảm ơn bạn! Đã cộng { $credits } tín dụng. Số dư của bạn: { $balance }.
subscription-offer = Gói 30 ngày cho bạn { $credits } tín dụng mỗi 30 ngày với giá { $stars } ⭐. Tín dụng của gói không dùng hết trong 30 ngày sẽ hết hạn; bạn có thể hủy bất cứ lúc nào trong Telegram. Bấm để đăng ký:
order-failed = Bạn đã thanh toán nên không mất gì cả: hãy thử lại, hoặc nhận lại tiền.
button-refund = ↩️ Hoàn tiền cho tôi
button-files-again = ⬇️ Gửi lại tệp đơn #{ $order }
button-try-again-order = 🔄 Thử lại đơn #{ $order }
refund-done =
    { $stars ->
        [0] Đã hoàn: tín dụng đã trở lại số dư của bạn.
       *[other] Đã hoàn: { $stars } ⭐ đang được trả lại cho bạn.
    }
refund-out-of-spec =
    Mình đã đo ảnh hoàn chỉnh và ảnh không đạt quy định chính thức, nên mình không gửi và đã hoàn tiền cho bạn. { $stars ->
        [0] Tín dụng đã trở lại số dư của bạn.
       *[other] { $stars } ⭐ đang được trả lại cho bạn.
    } Bạn thử ảnh selfie khác nhé: nhìn vào camera, ánh sáng đều, chừa chút khoảng trống quanh đầu.
refund-failed = Hiện chưa hoàn tiền được. Vui lòng liên hệ /paysupport; đơn hàng của bạn vẫn an toàn.
refund-refused-not_found = Mình không tìm thấy đơn hàng đó.
refund-refused-not_paid = Đơn hàng đó chưa từng được thanh toán.
refund-refused-refunded = Đơn hàng đó đã được hoàn tiền.
refund-refused-window = Đơn hàng đó đã quá lâu để tự hoàn tiền. Vui lòng liên hệ /paysupport.
refund-refused-delivered = Đơn hàng đó đã được giao. Nếu có vấn đề, vui lòng liên hệ /paysupport.
payment-returned-unmatched = Khoản thanh toán này không thuộc đơn hàng nào của bạn nên mình đã trả lại. Bạn không bị trừ tiền.
payment-returned-double = Bạn đã thanh toán đơn hàng này rồi nên mình đã trả lại khoản thanh toán thứ hai.
delivery-making = 📦 Đang tạo tệp của bạn…
delivery-photo = Ảnh { $document } của bạn ({ $size }). Hãy tải tệp này lên, hoặc in ra.
delivery-sheet = Tờ in. In ở tỉ lệ 100% (“kích thước thực”), không chọn “vừa trang”.
delivery-report = Báo cáo kiểm tra.
delivery-done = Xong rồi! ✅ Tệp của bạn ở phía trên. Cần ảnh cho giấy tờ khác? Mình có thể làm từ chính ảnh selfie này.
delivery-already = Mình đã gửi các tệp này ở phía trên rồi.
button-another = 📄 Giấy tờ khác, cùng ảnh selfie
button-new-photo = 📷 Ảnh mới

## Account

help =
    <b>Cách hoạt động</b>
    1. Cho mình biết ảnh dùng cho giấy tờ nào.
    2. Gửi ảnh selfie: mình kiểm tra theo quy định chính thức và cho bạn biết cần sửa gì.
    3. Chọn phông nền và, nếu muốn, trang phục; xem bản xem trước và chỉnh.
    4. Nhận tệp ảnh, tờ in và báo cáo kiểm tra.
    /new: ảnh cho giấy tờ khác
    /language: đổi ngôn ngữ
    /privacy: ảnh của bạn được xử lý thế nào
    /delete: xóa ngay ảnh và dữ liệu của bạn
    /cancel: hủy bước hiện tại
    /balance, /buy, /history: tín dụng, đơn hàng và nhận lại tệp
    /referral: mời bạn bè và nhận tín dụng
    /paysupport: hỗ trợ thanh toán
    /support: nói chuyện với nhân viên
privacy =
    <b>Ảnh của bạn</b>
    • Mình chỉ dùng ảnh selfie và số đo hình học khuôn mặt lấy từ ảnh để làm ảnh giấy tờ cho bạn.
    • Chỉ đơn vị vận hành bot này xử lý chúng, trên máy chủ của chính mình; không bao giờ chia sẻ và không bao giờ dùng để huấn luyện AI.
    • Ảnh, số đo và tệp hoàn chỉnh tự động bị xóa sau { $hours } giờ.
    • /delete xóa ngay ảnh, tệp và cuộc trò chuyện của bạn, đồng thời rút lại sự đồng ý.
    • Thắc mắc về dữ liệu của bạn: /support.
deleted =
    { $count ->
        [0] Đã xóa: bạn không có ảnh nào được lưu. Dữ liệu cuộc trò chuyện cũng đã được xóa.
       *[other] Đã xóa: { $count } tệp và dữ liệu cuộc trò chuyện.
    }
    Gửi /start để bắt đầu lại.
cancelled = Đã hủy. Gửi /new để làm ảnh cho giấy tờ khác, hoặc /start để bắt đầu lại.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] Bạn chưa có tín dụng nào.
       *[other] Bạn có { $balance } tín dụng.
    } Một tín dụng trả cho các tệp của một giấy tờ. /buy để mua thêm, /referral để nhận miễn phí.
buy-card = <b>Tín dụng</b>: một tín dụng trả cho các tệp của một giấy tờ. Tín dụng đã mua không bao giờ hết hạn.
history-title = <b>Đơn hàng của bạn</b>
history-empty = Chưa có đơn hàng nào.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } tín dụng
       *[other] { $stars } ⭐
    }
order-status-created = chờ thanh toán
order-status-paid = đã thanh toán
order-status-delivering = đang tạo
order-status-delivered = đã giao
order-status-failed = chưa giao được
order-status-refunded = đã hoàn tiền
order-status-cancelled = đã hủy
order-refunded = Đơn hàng này đã được hoàn tiền nên các tệp không còn nữa.
referral-welcome = Chào mừng bạn! Bạn tham gia qua liên kết của một người bạn: { $credits } tín dụng miễn phí đã có trong số dư của bạn.
referral-earned = 🎉 Một người bạn bạn mời đã hoàn tất đơn hàng đầu tiên: { $credits } tín dụng đã được cộng vào số dư. Số dư của bạn: { $balance }.
referral-card =
    <b>Mời bạn bè</b>
    Chia sẻ liên kết của bạn: { $link }
    Người tham gia qua liên kết này nhận { $invitee } tín dụng miễn phí; bạn nhận { $inviter } tín dụng khi đơn hàng trả phí đầu tiên của họ hoàn tất.
    Đã tham gia: { $joined } · Tín dụng đã nhận: { $earned }
paysupport =
    <b>Hỗ trợ thanh toán</b>
    • Đã thanh toán mà chưa nhận được tệp? Mở /history và bấm “Thử lại đơn” ở đơn hàng đó.
    • Muốn lấy lại tiền? Tin nhắn báo giao tệp thất bại có nút “Hoàn tiền cho tôi”. Nút này dùng được trong { $hours } giờ sau khi thanh toán; Stars được trả lại ngay. Sau thời gian đó, hãy nhắn cho chúng tôi.
    • Nếu bước kiểm tra của chính chúng tôi phát hiện ảnh đã thanh toán không đạt quy định, mình sẽ không gửi ảnh và hoàn tiền ngay cho bạn, không cần bạn yêu cầu.
    • Việc khác: hãy nhắn cho chúng tôi tại đây, nhân viên sẽ trả lời. Bộ phận hỗ trợ của Telegram không thể giúp với các giao dịch mua trong bot này.

## Support desk

button-support = 🙋 Nói chuyện với nhân viên
button-back-to-bot = 🤖 Quay lại bot
support-opened = 🙋 Nhân viên của chúng tôi sẽ sớm trả lời tại đây. Hãy viết câu hỏi, và gửi ảnh hoặc tệp nếu cần. Các bước tự động sẽ chờ đến khi bạn xong.
support-back = 🤖 Bạn đã quay lại với bot. Tiếp tục từ chỗ đang làm, hoặc gửi /new.
support-done = ✅ Nhân viên đã hỗ trợ xong. Bạn đã quay lại với bot: tiếp tục từ chỗ đang làm, hoặc gửi /new.
support-unavailable = Xin lỗi, hiện chưa thể nói chuyện với nhân viên. Bạn thử /paysupport hoặc /help nhé.
support-credited = 🎁 Nhân viên đã cộng { $credits } tín dụng vào số dư của bạn. Số dư hiện tại: { $balance }.

## Hints and polite refusals

hint-start = Gửi /start để bắt đầu.
hint-buttons = Hãy dùng các nút ở trên, hoặc gửi /new để bắt đầu lại.
hint-document = Hãy gõ tên nước và loại giấy tờ, ví dụ “hộ chiếu Việt Nam”.
hint-delivered = Tệp của bạn ở phía trên. Cần giấy tờ khác? Bấm “Giấy tờ khác” hoặc gửi /new.
stale-button = Nút này không còn hoạt động. Hãy dùng tin nhắn mới nhất.
throttled = Bạn thao tác hơi nhanh 🙂 Hãy chờ { $seconds } giây rồi thử lại.
delivery-delayed = ⏳ Tệp của bạn đang lâu hơn bình thường. Bạn đã thanh toán nên không mất gì: tôi sẽ gửi ngay khi xong. Không cần thanh toán lại.
delivery-refunded =
    Tôi không thể tạo tệp của bạn sau nhiều lần thử, nên đã hoàn tiền cho bạn. { $stars ->
        [0] Tín dụng đã được trả lại vào số dư của bạn.
       *[other] { $stars } ⭐ đang được hoàn lại cho bạn.
    } Nếu muốn, hãy trò chuyện với nhân viên:
error-temporary = Xin lỗi, phía tôi đã có lỗi. Vui lòng thử lại sau giây lát. Những gì bạn đã thanh toán vẫn an toàn: tệp của bạn vẫn sẽ được gửi.

## Quy định của cơ quan trước khi chụp (issue 15)

unverified-mark = chưa xác minh
capture-unverified = { $count ->
        [8] ⚠️ Chưa xác minh: không trang chính thức nào chúng tôi đã đọc xác nhận các thông số của giấy tờ này; chúng lấy từ nguồn thứ cấp. Hãy hỏi cơ quan cấp trước khi in.
       *[other] ⚠️ Một số thông số của giấy tờ này ({ $count }) chưa được xác minh: chỉ nguồn thứ cấp nêu chúng. Hãy hỏi cơ quan cấp trước khi in.
    }
capture-glasses-not-recommended = • Tốt hơn là không đeo kính: cơ quan khuyên nên tháo kính. Nếu vẫn đeo, tròng kính phải trong, không lóa, và gọng không che mắt.
capture-edit-unaltered = • Cơ quan yêu cầu ảnh không chỉnh sửa: hãy đứng trước một bức tường trơn màu sáng ({ $colours }) để có thể giữ nguyên nền của bạn. Nền đã bị thay có thể bị từ chối.
capture-edit-office-only = ⚠️ { $document }: cơ quan chỉ nhận ảnh chụp tại chỗ hoặc do thợ ảnh đã đăng ký gửi lên, nên ảnh làm ở đây sẽ bị từ chối. { $count ->
        [0] Hãy chọn giấy tờ khác nếu bạn cần ảnh cho nó.
       *[other] Ảnh của chúng tôi dùng được cho: { $documents }.
    }
document-missing = { $kind ->
        [passport] Mình chưa có hộ chiếu của { $country }.
        [visa] Mình chưa có thị thực của { $country }.
        [evisa] Mình chưa có thị thực điện tử của { $country }.
        [id_card] Mình chưa có thẻ căn cước của { $country }.
        [residence_permit] Mình chưa có giấy phép cư trú của { $country }.
        [driving_licence] Mình chưa có giấy phép lái xe của { $country }.
       *[other] Mình chưa có giấy tờ này của { $country }.
    } Bên dưới là các giấy tờ khác có thể giúp ích; nếu không có cái nào phù hợp, hãy tìm theo quốc gia: các cỡ chung nằm ở cuối.
preview-edit-unaltered = ⚠️ { $document }: cơ quan yêu cầu ảnh không chỉnh sửa, còn ảnh xem trước này đã thay nền. Để chắc chắn, hãy chụp lại trước một bức tường trơn màu sáng ({ $colours }) để tôi giữ nguyên nền của bạn.
style-keep-unaltered = Nền của bạn đã đáp ứng quy định { $document }. Cơ quan yêu cầu ảnh không chỉnh sửa, vì vậy giữ nguyên nền là lựa chọn an toàn: tôi chỉ cắt và chỉnh thẳng ảnh. Bạn cũng có thể thay nền bằng một màu được phép ({ $colours }).
style-keep-or-colour = Nền của bạn đã đáp ứng quy định { $document }: tôi có thể giữ nguyên (ảnh chỉ được cắt và chỉnh thẳng) hoặc thay bằng một màu được phép ({ $colours }).
style-wall-not-kept = ⚠️ Không thể giữ nền của bạn cho { $document }: đó không phải bức tường trơn có màu được phép ({ $colours }), hoặc ảnh không có đủ khoảng trống quanh bạn. Cơ quan yêu cầu ảnh không chỉnh sửa, và nền đã bị thay có thể bị từ chối. An toàn nhất: chụp lại ảnh selfie trước một bức tường trơn màu sáng. Hoặc vẫn thay nền.
button-keep-background = ✅ Giữ nền của tôi
button-retake-plain-wall = 📷 Chụp lại trước tường trơn
button-replace-background = 🎨 Thay bằng: { $colour }
preview-keep-failed = ⚠️ Với khung hình này, nền của bạn không phủ kín ảnh nên đã được thay. Để giữ nền, hãy hoàn tác các điều chỉnh hoặc chụp lại ảnh selfie với nhiều khoảng trống quanh bạn hơn.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Mở hướng dẫn chụp
webapp-title = Hướng dẫn chụp
webapp-loading = Đang mở camera…
webapp-camera-denied = Tôi không mở được camera. Hãy cho Telegram quyền dùng camera, hoặc đóng trang này và gửi ảnh trong cuộc trò chuyện.
webapp-switch = Đổi camera
webapp-capture = Chụp ảnh
webapp-retake = Chụp lại
webapp-send = Gửi ảnh này
webapp-sending = Đang gửi…
webapp-sent = Đã gửi! Quay lại cuộc trò chuyện: kết quả kiểm tra sắp có.
webapp-failed = Ảnh chưa đến nơi. Hãy thử lại, hoặc gửi trong cuộc trò chuyện.
webapp-expired = Hướng dẫn chụp này đã hết hạn. Hãy đóng lại và mở lại từ cuộc trò chuyện.
webapp-consent = Trước tiên hãy đồng ý điều khoản trong cuộc trò chuyện, rồi mở lại hướng dẫn chụp.
webapp-slow-down = Quá nhiều ảnh liên tiếp. Đợi một phút rồi thử lại.
webapp-too-big = Ảnh này quá lớn để gửi. Hãy chụp lại hoặc gửi trong cuộc trò chuyện.
webapp-hint-no-face = Tôi không thấy mặt bạn. Hãy nhìn về phía camera.
webapp-hint-closer = Lại gần hơn
webapp-hint-back = Lùi lại một chút
webapp-hint-raise = Nâng điện thoại lên một chút
webapp-hint-lower = Hạ điện thoại xuống một chút
webapp-hint-centre = Đặt khuôn mặt vào giữa hình bầu dục
webapp-hint-straighten = Giữ đầu thẳng
webapp-hint-look = Nhìn thẳng vào camera
webapp-hint-light = Tìm ánh sáng đều hơn trên mặt
webapp-hint-dark = Cần thêm ánh sáng
webapp-hint-glasses = Hãy tháo kính
webapp-hint-good = Tốt: giữ yên
