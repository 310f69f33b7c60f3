# idphoto bot — 简体中文。

language-name = 中文

## Commands (the "/" menu)

cmd-start = 重新开始
cmd-new = 为其他证件制作照片
cmd-help = 使用说明
cmd-language = 切换语言
cmd-privacy = 你的照片如何处理
cmd-delete = 立即删除我的照片和数据
cmd-cancel = 取消当前步骤
cmd-balance = 我的积分
cmd-buy = 购买积分
cmd-history = 我的订单和文件
cmd-referral = 邀请好友，赚取积分
cmd-paysupport = 支付帮助
cmd-support = 联系人工客服

## Start, language, consent

start-welcome = 你好！我可以把手机自拍变成符合官方要求的护照、签证或身份证件照。
language-prompt = 请选择语言：
language-set = 语言：中文
language-resumed = 语言已切换。从刚才的步骤继续即可：上面的按钮仍然有效。
consent-card =
    <b>发送照片之前：你同意的内容</b>
    • <b>目的</b>：仅用于制作你的证件照：识别人脸、按证件要求检查照片、替换背景并裁剪。
    • <b>处理哪些信息</b>：你发送的照片，以及从中测得的面部几何信息（眼睛、下巴和头顶的位置）。人脸信息属于敏感个人信息：只用于上述目的，绝不用于识别你的身份。
    • <b>由谁处理</b>：仅由本机器人的运营方在自己的服务器上处理。你的照片不会提供给任何人，也不会用于训练人工智能。
    • <b>保存多久</b>：照片、测量数据和生成的文件在 { $hours } 小时后自动删除。你的订单和付款记录（不含照片）会为记账而保留。
    • <b>撤回同意</b>：发送 /delete 可立即删除你的照片和数据；你也可以随时停止使用。有疑问请发送 /support。
    点击“同意”即表示你同意上述处理，并单独同意处理你的人脸信息。
consent-thanks = 谢谢！
consent-needed = 请先同意下面的说明，然后重新发送照片。
button-agree = ✅ 同意（含人脸信息）
button-language = 🌐 语言

## Choosing the document

document-prompt = 照片用于哪种证件？请输入国家和证件名称，例如“美国护照”“申根签证”或“35x45 mm”，也可以在下面选择。
document-another = 下一个是什么证件？我会使用同一张自拍。
photo-which-document = 照片不错！它用于哪种证件？请输入国家和证件名称，或在下面选择。
document-results = 找到以下结果，请点击你的证件：
document-none = 没有找到这种证件。换个说法试试（国家和证件类型），或按国家浏览。
document-countries = 请选择国家（第 { $page } 页，共 { $pages } 页）：
document-country = { $country }的证件：
country-generic = 通用尺寸
button-browse = 🌍 按国家浏览
button-back = ⬅️ 返回
button-previous = ⬅️ 上一页
button-next = 下一页 ➡️
button-other-document = 📄 其他证件

## Taking the selfie

capture-example = { $document }照片中头部和眼睛应在的位置。
capture-guide =
    <b>{ $document }</b>（{ $size }）
    自拍方法：
    • 面向窗户，在柔和均匀的日光下拍摄，脸上不要有阴影。
    • 手机与眼睛同高，手臂伸直，或请别人帮你拍。
    • 直视镜头。整个头部和双肩都要在画面内。
    • 头发不要遮住脸；除宗教或医疗原因外，头上不要戴任何东西。
capture-glasses-off = • 请摘下眼镜。
capture-glasses-ok = • 可以戴眼镜，但镜片须透明、无反光，镜框不能遮住眼睛。
capture-expression-neutral = • 中性表情：闭上嘴，睁开眼，不要笑。
capture-expression-smile = • 自然的表情即可：闭上嘴，睁开眼。
capture-background-any = • 任何纯色背景都可以：我会把它换成规定的颜色。
capture-background-real = • 该证件不允许编辑照片，因此会保留真实背景：请站在纯色墙前（{ $colours }）。
capture-send = 然后把照片发到这里，以图片或文件形式发送均可。
capture-retake = 请发送一张新照片。正对镜头，光线均匀，整个头部和双肩都在画面内。
capture-waiting = 正在等你的自拍：以图片或文件形式发送均可。想换一种证件？点击下方按钮。
capture-sticker = 这是一个贴纸 🙂 我需要你脸部的真实照片，请发送自拍。
capture-video = 无法使用视频或 GIF，请发送照片。
capture-voice = 无法使用语音或音频消息，请发送自拍照片。
capture-pdf = 这是一个 PDF 文件。请直接发送照片：JPEG、PNG、WebP 或 HEIC。
capture-file = 无法使用这种文件。请发送照片：JPEG、PNG、WebP 或 HEIC。
capture-too-big = 这个文件有 { $size } MB，我最多只能接收 { $limit } MB。请以普通图片形式发送，或发送较小的副本。
capture-album = 你发送了多张照片，我将使用第一张。
capture-download-failed = 照片下载失败，请重新发送。

## Checks

checks-running = 🔎 正在按{ $document }的要求检查你的照片…
still-working = ⏳ 仍在处理，马上就好…
checks-passed = ✅ 所有检查均已通过。
checks-blocking = 在制作{ $document }照片之前，需要先解决以下问题：
checks-warnings = 照片可以使用，但以下几点还可以改进：
checks-line = • { $title }：{ $tip }
checks-retake-hint = 请重新拍一张照片并发送到这里。
job-timeout = 处理时间比平时长，请稍后再试。
button-retake = 📷 重拍
button-continue = 仍然继续 ➡️
button-continue-headwear = 出于宗教或医疗原因 ➡️
button-try-again = 🔁 重试

check-face_size = 脸在照片中太小
check-head_cut = 头部被裁掉
check-yaw = 头部向一侧转动
check-pitch = 头部抬起或低下
check-roll = 头部向一侧歪斜
check-gaze = 眼睛没有看镜头
check-eyes_closed = 眼睛闭着
check-mouth_open = 嘴巴张开
check-smile = 面带笑容
check-glasses = 眼镜
check-lighting_uneven = 脸部光线不均
check-exposure = 太暗或太亮
check-dynamic_range = 画面发灰、缺乏层次
check-colour_photo = 黑白照片
check-blur = 照片模糊
check-compression = 照片压缩过度
check-head_covering = 头部遮盖物
check-hands = 照片中有手
check-no_room = 头部周围空间不足
check-shoulders_cut = 肩膀被裁掉
check-cutout = 背景无法干净去除
check-background_colour = 背景颜色

tip-face_size = 靠近镜头一些，或发送原图，而不是裁剪或缩小后的副本。
tip-head_cut = 让整个头部（包括头发、下巴和双耳）都在画面内。
tip-yaw = 脸正对镜头。
tip-pitch = 手机与眼睛同高，下巴保持水平。
tip-roll = 头部保持端正，不要向肩膀倾斜。
tip-gaze = 请直视相机镜头，不要看屏幕或看向一侧。
tip-eyes_closed = 睁开眼睛，看着镜头。
tip-mouth_open = 闭上嘴巴。
tip-smile = 保持中性表情，不要笑。
tip-glasses = 摘下眼镜，或确保没有反光且镜框不遮挡眼睛。
tip-lighting_uneven = 面向窗户或柔和的光源，让脸的两侧光线一致。
tip-exposure = 找更柔和均匀的光线：避免阳光直射，也不要在昏暗的房间里拍。
tip-dynamic_range = 在更好的光线下拍摄，不要使用滤镜。
tip-colour_photo = 请拍彩色照片：关闭相机的黑白或色彩滤镜。
tip-blur = 拿稳手机，擦干净镜头，让相机对焦到脸上。
tip-compression = 发送原图，不要发送转发过或压缩过的照片。
tip-head_covering = 摘下帽子；宗教或医疗用的头饰可以保留，但必须露出整张脸。
tip-hands = 请放下双手和手臂：照片中只应有头部和肩膀。
tip-no_room = 稍微后退一点，让头顶留出空间，并让肩膀进入画面。
tip-shoulders_cut = 稍微后退一点，让肩膀进入画面。
tip-cutout = 请站在纯色浅色墙前，头后不要有任何物体，并稍微后退一点。
tip-background_colour = 站在浅色纯色墙前。

## Errors from the engine

error-empty_file = 文件是空的，请重新发送照片。
error-not_an_image = 这个文件不是图片。请发送照片：JPEG、PNG、WebP 或 HEIC。
error-corrupt_image = 图片已损坏或不完整，请重新发送原图。
error-too_many_pixels = 图片太大。请发送普通的手机照片或较小的副本。
error-extreme_aspect = 图片过于细长。请发送普通照片，不要发送全景图或截图。
error-too_small = 图片太小。请发送原图，而不是缩略图或预览图。
error-unsupported_format = 无法读取这种图片格式。请发送 JPEG、PNG、WebP 或 HEIC 照片。
error-no_face = 没有找到人脸。请面对镜头，让整个头部都在画面内。
error-multiple_faces = 照片中不止一个人。画面里只能有你一个人，请让其他人离开。
error-face_not_measurable = 找到了人脸，但无法测量。请直视镜头，不要遮挡脸部。
error-edit_not_allowed = 该证件的规定不允许编辑照片。请站在规定颜色的纯色墙前拍照。
error-retouch_not_allowed = 该证件的规定不允许修饰照片。
error-background_not_allowed = 该证件不允许使用这种背景颜色，请选择其他颜色。
error-file_size_unreachable = 无法把文件调整到该证件上传网站要求的大小。请换一张照片试试。
error-model_missing = 抱歉，照片引擎的一部分暂时不可用，请稍后再试。
error-internal = 抱歉，我这边出了点问题，请重试。
error-bad_input = 这张照片无法使用，请重新拍一张。
error-checks_failed = 照片尚未符合要求，请重拍。
error-selfie_missing = 你的照片已不再保存（照片会在一段时间后删除），请重新发送。
error-unknown_document = 我找不到这个证件了，请重新选择。
error-unknown_outfit = 没有这套服装，请选择其他服装。
error-outfit_not_allowed = 该证件的规定不允许更换服装。请穿着你想在照片中穿的衣服拍照。
error-outfit_needs_new_background = 更换服装也会重绘背景，而该证件不允许这样做。请保留你自己的衣服。
error-unexpected = 抱歉，我这边出了点问题。请重试；如果一直出现，请发送 /new。

## Background and outfit

style-choose = 请选择背景颜色。以下是{ $document }规定允许的颜色：
style-single = 背景：{ $colour }（规定只允许这一种颜色）。
style-real-background = 该证件不允许编辑照片，因此保留你的真实背景。
button-outfit-keep = 👕 保留我的衣服
button-outfit-try-men = 👔 男士
button-outfit-try-women = 👚 女士
button-outfit-try-child = 🧒 儿童
outfit-offer = 想看看自己穿西装、西装外套或衬衫的样子吗？我可以把你的照片换上几套服装给你看，你也可以保留自己的衣服。
outfit-making = 👔 正在为你的照片换上几套服装…
outfit-sheet-caption = 你的照片换上几套服装后的样子（带水印的预览）。点击你喜欢的那套的编号，或保留自己的衣服。
outfit-own-clothes = 你自己的衣服
colour-white = 白色
colour-near-white = 近白色
colour-off-white = 米白色
colour-light-grey = 浅灰色
colour-grey = 灰色
colour-light-blue = 浅蓝色
colour-sky-blue = 天蓝色
colour-cream = 奶油色

## Preview

preview-making = 🎨 正在生成预览…
preview-caption = { $document }照片预览（带水印，且比正式文件小）。可以调整，或直接获取文件。
preview-synthesised-outfit = ⚠️ 这张照片中的衣服是合成的：是画上去的，不是拍摄的。
preview-synthesised-body = ⚠️ 这张照片的一部分是合成的：自拍中被截掉的肩线已补全。
preview-limit = 已达到规定允许的极限。
button-head-higher = ⬆️ 头部上移
button-head-lower = ⬇️ 头部下移
button-bigger = ➕ 放大
button-smaller = ➖ 缩小
button-brighter = ☀️ 调亮
button-darker = 🌙 调暗
button-reset = ↩️ 重置
button-get-files = ✅ 满意，获取文件

## Checkout and delivery

checkout-card =
    <b>你的{ $document }照片已准备好。</b>
    你将获得用于上传的照片文件、打印排版页和检查报告。预览始终免费。
    { $balance ->
        [0] 使用 Telegram 星星 ⭐ 支付：
       *[other] 你有 { $balance } 积分：可以使用 1 积分，或用星星 ⭐ 支付。
    }
button-pay-credit = 🎟 使用 1 积分（你有 { $balance }）
button-buy-document = ⭐ { $stars }：本证件
button-buy-family = ⭐ { $stars }：本证件 + 另外 { $credits } 份（家庭）
button-buy-credits_5 = ⭐ { $stars }：{ $credits } 积分
button-buy-credits_15 = ⭐ { $stars }：{ $credits } 积分
button-buy-monthly = ⭐ { $stars }/30天：{ $credits } 积分
button-subscribe = ⭐ 订阅
product-document-title = 证件照文件
product-document-description = { $document }：照片文件、打印排版页和检查报告。
product-family-title = 家庭套餐：另加 { $credits } 积分
product-family-description = 本次的{ $document }照片，另加 { $credits } 积分，可再制作 { $credits } 份证件照。积分永不过期。
product-credits_5-title = { $credits } 积分
product-credits_5-description = { $credits } 积分：每 1 积分可获取一份证件照的文件。购买的积分永不过期。
product-credits_15-title = { $credits } 积分
product-credits_15-description = { $credits } 积分：每 1 积分可获取一份证件照的文件。购买的积分永不过期。
product-monthly-title = 30 天套餐
product-monthly-description = 每 30 天 { $credits } 积分，适合照相馆和经常使用的用户。30 天内未用完的套餐积分会过期。
checkout-decline-invalid = 此账单对你的账户无效。请打开机器人重新获取账单。
checkout-decline-expired = 此账单已过期。请在机器人中重新获取。
checkout-decline-price = 价格已变动。机器人已向你发送更新后的账单。
checkout-decline-state = 此订单已支付或已关闭。请查看 /history。
checkout-decline-banned = 此账户无法使用支付功能。请联系 /paysupport。
checkout-price-changed = 此账单生成后价格已变动。这是更新后的账单：
credits-not-enough = 你的积分已用完。请改用星星支付。
payment-thanks = 谢谢！已收到付款 ✅
credits-added = 谢谢！已添加 { $credits } 积分。当前余额：{ $balance }。
subscription-offer = 30 天套餐每 30 天为你提供 { $credits } 积分，价格 { $stars } ⭐。30 天内未用完的套餐积分会过期；你可以随时在 Telegram 中取消。点击订阅：
order-failed = 你已付款，不会有任何损失：可以重试，或申请退款。
button-refund = ↩️ 申请退款
button-files-again = ⬇️ 再次获取订单 #{ $order } 的文件
button-try-again-order = 🔄 重试订单 #{ $order }
refund-done =
    { $stars ->
        [0] 已退款：积分已退回你的余额。
       *[other] 已退款：{ $stars } ⭐ 正在退回给你。
    }
refund-out-of-spec =
    我测量了你的成品照片，它不符合官方要求，所以我没有发送，并已为你退款。{ $stars ->
        [0] 积分已退回你的余额。
       *[other] { $stars } ⭐ 正在退回给你。
    }请换一张自拍再试：正对镜头，光线均匀，头部周围留出一些空间。
refund-failed = 暂时无法完成退款。请联系 /paysupport；你的订单是安全的。
refund-refused-not_found = 找不到该订单。
refund-refused-not_paid = 该订单从未付款。
refund-refused-refunded = 该订单已退款。
refund-refused-window = 该订单时间太久，无法自助退款。请联系 /paysupport。
refund-refused-delivered = 该订单已交付。如有问题，请联系 /paysupport。
payment-returned-unmatched = 这笔付款不属于你的任何订单，所以我已将其退回。没有扣除任何费用。
payment-returned-double = 你已经为这个订单付过款，所以我退回了第二笔付款。
delivery-making = 📦 正在生成文件…
delivery-photo = 你的{ $document }照片（{ $size }）。可直接上传此文件，或打印。
delivery-sheet = 打印排版页。请按 100% 比例（“实际大小”）打印，不要选择“适合页面”。
delivery-report = 检查报告。
delivery-done = 完成！✅ 文件已发送到上方。需要其他证件的照片吗？我可以用同一张自拍制作。
delivery-already = 这些文件已经发送到上方了。
button-another = 📄 其他证件，同一张自拍
button-new-photo = 📷 新照片

## Account

help =
    <b>使用说明</b>
    1. 告诉我照片用于哪种证件。
    2. 发送一张自拍：我会按官方要求检查，并告诉你需要改进的地方。
    3. 选择背景，愿意的话再选一套服装；查看预览并进行调整。
    4. 获取照片文件、打印排版页和检查报告。
    /new：为其他证件制作照片
    /language：切换语言
    /privacy：你的照片如何处理
    /delete：立即删除你的照片和数据
    /cancel：取消当前步骤
    /balance、/buy、/history：积分、订单，以及重新获取文件
    /referral：邀请好友，赚取积分
    /paysupport：支付帮助
    /support：联系人工客服
privacy =
    <b>你的照片</b>
    • 你的自拍和从中测得的面部几何信息只用于制作证件照。
    • 仅由本机器人的运营方在自己的服务器上处理；不会提供给任何人，也不会用于训练人工智能。
    • 照片、测量数据和生成的文件会在 { $hours } 小时后自动删除。
    • 发送 /delete 可立即删除你的照片、文件和对话记录，并撤回同意。
    • 关于你的数据有疑问：/support。
deleted =
    { $count ->
        [0] 已删除：你没有保存的照片。对话数据也已清除。
       *[other] 已删除 { $count } 个文件以及对话数据。
    }
    发送 /start 重新开始。
cancelled = 已取消。发送 /new 为其他证件制作照片，或发送 /start 重新开始。

## Credits, orders, referrals

balance =
    { $balance ->
        [0] 你没有积分。
       *[other] 你有 { $balance } 积分。
    }1 积分可获取一份证件照的文件。发送 /buy 购买更多，发送 /referral 赚取积分。
buy-card = <b>积分</b>：1 积分可获取一份证件照的文件。购买的积分永不过期。
history-title = <b>你的订单</b>
history-empty = 暂无订单。
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } 积分
       *[other] { $stars } ⭐
    }
order-status-created = 待付款
order-status-paid = 已付款
order-status-delivering = 制作中
order-status-delivered = 已交付
order-status-failed = 尚未交付
order-status-refunded = 已退款
order-status-cancelled = 已取消
order-refunded = 该订单已退款，其文件已无法获取。
referral-welcome = 欢迎！你是通过好友的链接加入的：{ $credits } 免费积分已存入你的余额。
referral-earned = 🎉 你邀请的朋友完成了首个订单：已为你添加 { $credits } 积分。当前余额：{ $balance }。
referral-card =
    <b>邀请好友</b>
    分享你的链接：{ $link }
    通过链接加入的好友可获得 { $invitee } 免费积分；他们的首个付费订单完成后，你将获得 { $inviter } 积分。
    已加入：{ $joined } · 已赚取积分：{ $earned }
paysupport =
    <b>付款帮助</b>
    • 已付款但没收到文件？打开 /history，在该订单上点击“重试订单”。
    • 想退款？告诉你交付失败的那条消息里有“申请退款”按钮，付款后 { $hours } 小时内有效，星星会立即退回。超过时限请直接给我们留言。
    • 如果我们自己的检查发现已付款的照片不符合要求，我不会发送它，并会立即为你退款，无需你申请。
    • 其他问题：在这里给我们留言，会有工作人员回复。Telegram 客服无法处理在本机器人中的购买。

## Support desk

button-support = 🙋 联系人工客服
button-back-to-bot = 🤖 返回机器人
support-opened = 🙋 我们团队的工作人员很快会在这里回复你。请写下你的问题；如果有帮助，也可以发送照片或文件。在你结束之前，自动流程会一直等着。
support-back = 🤖 你已回到机器人。从刚才的地方继续，或发送 /new。
support-done = ✅ 我们的团队已经处理完你的问题。你已回到机器人：从刚才的地方继续，或发送 /new。
support-unavailable = 抱歉，目前无法联系人工客服。请试试 /paysupport 或 /help。
support-credited =
    🎁 我们的团队已为你的余额添加 { $credits ->
       *[other] { $credits } 积分
    }。当前余额：{ $balance }。

## Hints and polite refusals

hint-start = 发送 /start 开始。
hint-buttons = 请使用上面的按钮，或发送 /new 重新开始。
hint-document = 请输入国家和证件名称，例如“美国护照”。
hint-delivered = 文件在上方。需要其他证件？点击“其他证件”或发送 /new。
stale-button = 这个按钮已失效，请使用最新的消息。
throttled = 操作有点快 🙂 请等待 { $seconds } 秒后再试。
delivery-delayed = ⏳ 文件制作比平时慢。你已付款，不会有任何损失：文件一准备好我就发给你，无需再次付款。
delivery-refunded =
    多次尝试后仍无法生成你的文件，因此已为你退款。 { $stars ->
        [0] 你的点数已退回余额。
       *[other] { $stars } ⭐ 正在退回给你。
    } 如有需要，可以联系人工客服：
error-temporary = 抱歉，我这边出了点问题。请稍后再试。你已付款的内容是安全的：文件仍会送达。

## 自拍前告知的官方规定（issue 15）

unverified-mark = 未核实
capture-unverified = { $count ->
        [8] ⚠️ 未核实：我们读过的官方页面都没有给出该证件的规格，数据来自第三方来源。打印前请向签发机构确认。
       *[other] ⚠️ 该证件有 { $count } 项规格未核实，只有第三方来源给出。打印前请向签发机构确认。
    }
capture-glasses-not-recommended = • 最好不戴眼镜：官方建议摘下眼镜。如果戴着，镜片须透明、无反光，镜框不能遮住眼睛。
capture-edit-unaltered = • 官方要求照片未经修改：请站在纯色浅色墙前（{ $colours }），这样可以保留你自己的背景。替换过的背景可能会被拒收。
capture-edit-office-only = ⚠️ { $document }：办证机构只接受现场拍摄或注册摄影师上传的照片，这里制作的照片会被拒收。{ $count ->
        [0] 如需照片，请选择其他证件。
       *[other] 我们的照片可用于：{ $documents }。
    }
document-missing = { $kind ->
        [passport] 暂时还没有{ $country }护照的规格。
        [visa] 暂时还没有{ $country }签证的规格。
        [evisa] 暂时还没有{ $country }电子签证的规格。
        [id_card] 暂时还没有{ $country }身份证的规格。
        [residence_permit] 暂时还没有{ $country }居留许可的规格。
        [driving_licence] 暂时还没有{ $country }驾照的规格。
       *[other] 暂时还没有{ $country }这种证件的规格。
    }下面是可能有用的其他证件；如果都不合适，可以按国家浏览，通用尺寸在最后。
preview-edit-unaltered = ⚠️ { $document }：官方要求照片未经修改，而这张预览的背景是替换过的。稳妥起见，请在纯色浅色墙前（{ $colours }）重拍，我就能保留你自己的背景。
style-keep-unaltered = 你自己的背景已经符合{ $document }的规定。官方要求照片未经修改，所以保留背景是稳妥的选择：我只裁剪并扶正照片。你也可以把背景换成允许的颜色（{ $colours }）。
style-keep-or-colour = 你自己的背景已经符合{ $document }的规定：我可以保留它（照片只做裁剪和扶正），也可以换成允许的颜色（{ $colours }）。
style-wall-not-kept = ⚠️ 你的背景无法用于{ $document }：它不是允许颜色（{ $colours }）的纯色墙面，或者照片里你周围的空间不够。官方要求照片未经修改，替换过的背景可能会被拒收。最稳妥的做法：在纯色浅色墙前重拍自拍。也可以仍然替换背景。
button-keep-background = ✅ 保留我自己的背景
button-retake-plain-wall = 📷 在纯色墙前重拍
button-replace-background = 🎨 换成：{ $colour }
preview-keep-failed = ⚠️ 按这个取景，你自己的背景填不满照片，所以已被替换。想保留它，请撤销调整，或在周围留出更多空间重拍自拍。

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 打开拍照引导
webapp-title = 拍照引导
webapp-loading = 正在打开相机…
webapp-camera-denied = 无法打开相机。请允许 Telegram 使用相机，或关闭此页并在聊天中发送照片。
webapp-switch = 切换相机
webapp-capture = 拍照
webapp-retake = 重拍
webapp-send = 发送这张照片
webapp-sending = 正在发送…
webapp-sent = 已发送！请回到聊天：检查结果马上就到。
webapp-failed = 照片没有送达。请重试，或在聊天中发送。
webapp-expired = 此拍照引导已过期。请关闭后从聊天中重新打开。
webapp-consent = 请先在聊天中同意条款，然后重新打开拍照引导。
webapp-slow-down = 连续发送的照片太多。请等一分钟后再试。
webapp-too-big = 这张照片太大，无法发送。请重拍，或在聊天中发送。
webapp-hint-no-face = 看不到你的脸。请面向相机。
webapp-hint-closer = 靠近一点
webapp-hint-back = 稍微后退
webapp-hint-raise = 把手机稍微举高
webapp-hint-lower = 把手机稍微放低
webapp-hint-centre = 让脸位于椭圆中间
webapp-hint-straighten = 把头摆正
webapp-hint-look = 直视相机
webapp-hint-light = 让脸上的光线更均匀
webapp-hint-dark = 光线不够，换个亮一点的地方
webapp-hint-glasses = 请摘下眼镜
webapp-hint-good = 很好：保持不动
