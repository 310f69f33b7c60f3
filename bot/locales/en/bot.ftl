# idphoto bot — English (the fallback for every other catalogue).
# Messages are sent as Telegram HTML: only <b> and <i> are used, and only in whole messages,
# never in texts that are inserted into other texts (check titles, tips, colours, buttons).

language-name = English

## Commands (the "/" menu)

cmd-start = Start over
cmd-new = Photo for another document
cmd-help = How it works
cmd-language = Change the language
cmd-privacy = What happens to your photos
cmd-delete = Delete my photos and data now
cmd-cancel = Cancel the current step
cmd-balance = My credits
cmd-buy = Buy credits
cmd-history = My orders and files
cmd-referral = Invite friends, earn credits
cmd-paysupport = Help with a payment
cmd-support = Talk to a person

## Start, language, consent

start-welcome = Hi! I turn a phone selfie into a passport, visa or ID photo that meets the official rules.
language-prompt = Choose your language:
language-set = Language: English
language-resumed = Language changed. Carry on where you left off: the buttons above still work.
consent-card =
    <b>Before you send a photo: what you agree to</b>
    • <b>Purpose</b>: only to make your ID photo: I find your face, check the photo against the document's rules, replace the background and crop it.
    • <b>What is processed</b>: the photo you send and your face geometry measured from it (where the eyes, chin and top of the head are). This facial information is sensitive: it is used only for this purpose, never to recognise who you are.
    • <b>Who</b>: only the operator of this bot, on its own servers. Your photo is never shared with anyone and never used to train AI.
    • <b>How long</b>: the photo, the measurements and the finished files are deleted automatically after { $hours } hours. Your orders and payments (no photos) are kept for accounting.
    • <b>Withdrawal</b>: /delete erases your photos and data at once; you can also just stop. Questions: /support.
    Tap “I agree” to consent to this, including, separately, the processing of your facial information.
consent-thanks = Thank you!
consent-needed = Please accept the note below first; then send your photo again.
button-agree = ✅ I agree, face data included
button-language = 🌐 Language

## Choosing the document

document-prompt = Which document is the photo for? Type the country and the document, for example “US passport”, “Schengen visa” or “35x45 mm”, or pick one below.
document-another = Which document next? I will use the same selfie.
photo-which-document = Nice photo! Which document is it for? Type the country and the document, or pick one below.
document-results = Here is what I found. Tap your document:
document-none = I could not find that document. Try other words (the country and the kind of document), or browse by country.
document-countries = Choose the country (page { $page } of { $pages }):
document-country = Documents of { $country }:
country-generic = Standard sizes
button-browse = 🌍 Browse by country
button-back = ⬅️ Back
button-previous = ⬅️ Previous
button-next = Next ➡️
button-other-document = 📄 Another document

## Taking the selfie

capture-example = Where the head and eyes must be on a { $document } photo.
capture-guide =
    <b>{ $document }</b> ({ $size })
    How to take the selfie:
    • Stand facing a window, in soft even daylight, with no shadows on your face.
    • Hold the phone at eye level, an arm's length away, or ask someone to take the photo.
    • Look straight into the camera. Keep your whole head and your shoulders in the picture.
    • Hair away from your face; nothing on your head unless it is for religious or medical reasons.
capture-glasses-off = • Take your glasses off.
capture-glasses-ok = • Glasses are fine if the lenses are clear (not tinted), with no glare, and the frames do not cover your eyes.
capture-expression-neutral = • Neutral face: mouth closed, eyes open, no smile.
capture-expression-smile = • A natural look is fine: mouth closed, eyes open.
capture-background-any = • Any plain background will do: I replace it with the colour the rules require.
capture-background-real = • This document does not allow edited photos, so the real background is kept: stand in front of a plain wall ({ $colours }).
capture-send = Then send the photo here, as a photo or as a file.
capture-retake = Send a new photo. Face the camera straight on, in even light, with your whole head and your shoulders in the picture.
capture-waiting = I am waiting for your selfie: send it as a photo or as a file. Want a different document? Tap below.
capture-sticker = That is a sticker 🙂 I need a real photo of your face. Please send a selfie.
capture-video = I cannot use videos or GIFs. Please send a photo instead.
capture-voice = I cannot use voice or audio messages. Please send a selfie photo.
capture-pdf = That is a PDF. Please send the photo itself: JPEG, PNG, WebP or HEIC.
capture-file = I cannot use this kind of file. Please send a photo: JPEG, PNG, WebP or HEIC.
capture-too-big = This file is { $size } MB; I can take at most { $limit } MB. Send it as a normal photo instead, or send a smaller copy.
capture-album = You sent several photos, so I am using the first one.
capture-download-failed = I could not download the photo. Please send it again.

## Checks

checks-running = 🔎 Checking your photo against the { $document } rules…
still-working = ⏳ Still working on it, almost there…
checks-passed = ✅ All checks passed.
checks-blocking = Some things need fixing before I can make the { $document } photo:
checks-warnings = The photo can be used, but a few things could be better:
checks-line = • { $title }: { $tip }
checks-retake-hint = Please take a new photo and send it here.
job-timeout = This is taking longer than usual. Please try again in a moment.
button-retake = 📷 Retake
button-continue = Continue anyway ➡️
button-continue-headwear = It's religious or medical ➡️
button-try-again = 🔁 Try again

check-face_size = Face too small in the photo
check-head_cut = Head cut off
check-yaw = Head turned to the side
check-pitch = Head tilted up or down
check-roll = Head tilted sideways
check-gaze = Eyes not on the camera
check-eyes_closed = Eyes closed
check-mouth_open = Mouth open
check-smile = Smiling
check-glasses = Glasses
check-lighting_uneven = Uneven light on the face
check-exposure = Too dark or too bright
check-dynamic_range = Flat, washed-out picture
check-colour_photo = Black-and-white photo
check-blur = Blurry photo
check-compression = Photo too compressed
check-head_covering = Head covering
check-hands = Hands in the photo
check-no_room = Not enough space around the head
check-shoulders_cut = Shoulders cut off
check-cutout = Background not removed cleanly
check-background_colour = Background colour

tip-face_size = come closer to the camera, or send the original photo instead of a cropped or reduced copy.
tip-head_cut = keep your whole head, with your hair, chin and both ears, inside the picture.
tip-yaw = turn your face straight towards the camera.
tip-pitch = hold the phone at eye level and keep your chin level.
tip-roll = keep your head upright, not tilted to one shoulder.
tip-gaze = look straight into the camera lens, not at the screen or to the side.
tip-eyes_closed = keep your eyes open and look into the camera.
tip-mouth_open = close your mouth.
tip-smile = keep a neutral face, without a smile.
tip-glasses = take your glasses off, or make sure there is no glare and the frames do not cover your eyes.
tip-lighting_uneven = face a window or a soft light, so that both sides of your face are equally lit.
tip-exposure = find softer, even light: no direct sun, not in a dark room.
tip-dynamic_range = take the photo in better light, and do not use filters.
tip-colour_photo = take the photo in colour: switch off black-and-white or colour filters in your camera.
tip-blur = hold the phone steady, wipe the lens, and let the camera focus on your face.
tip-compression = send the original photo, not one that was forwarded or compressed.
tip-head_covering = take off hats and caps; religious or medical coverings are fine, with the whole face visible.
tip-hands = lower your hands and arms: only your head and shoulders should be in the photo.
tip-no_room = step back a little, so there is space above your head and your shoulders are in the picture.
tip-shoulders_cut = step back a little so that your shoulders are in the picture.
tip-cutout = stand in front of a plain, light wall with nothing behind your head, and step back a little.
tip-background_colour = stand in front of a plain, light wall.

## Errors from the engine

error-empty_file = The file is empty. Please send the photo again.
error-not_an_image = That file is not a picture. Please send a photo: JPEG, PNG, WebP or HEIC.
error-corrupt_image = The picture is damaged or incomplete. Please send the original photo again.
error-too_many_pixels = The picture is too large. Send a normal phone photo or a smaller copy.
error-extreme_aspect = The picture is too long and narrow. Send an ordinary photo, not a panorama or a screenshot.
error-too_small = The picture is too small. Send the original photo, not a thumbnail or a preview.
error-unsupported_format = I cannot read this picture format. Please send a JPEG, PNG, WebP or HEIC photo.
error-no_face = I could not find a face. Face the camera, with your whole head in the picture.
error-multiple_faces = There is more than one person in the photo. Only you may be in it: ask the others to step aside.
error-face_not_measurable = I found a face but could not measure it. Look straight at the camera, with nothing covering your face.
error-edit_not_allowed = The rules of this document do not allow edited photos. Take the photo in front of a plain wall of an allowed colour.
error-retouch_not_allowed = The rules of this document do not allow retouched photos.
error-background_not_allowed = This background colour is not allowed for this document. Please choose another one.
error-file_size_unreachable = I could not make the file fit the size this document's upload portal requires. Please try another photo.
error-model_missing = Sorry, a part of my photo engine is not available right now. Please try again later.
error-internal = Sorry, something went wrong on my side. Please try again.
error-bad_input = I cannot use this photo. Please take another one.
error-checks_failed = The photo does not meet the rules yet. Please retake it.
error-selfie_missing = Your photo is no longer stored (photos are deleted after a while). Please send it again.
error-unknown_document = I no longer know this document. Please choose it again.
error-unknown_outfit = This outfit is not available. Please choose another one.
error-outfit_not_allowed = The rules of this document do not allow changing clothes. Wear the clothes you want in the photo.
error-outfit_needs_new_background = Changing clothes also repaints the background, which this document does not allow. Keep your own clothes.
error-unexpected = Sorry, something went wrong on my side. Please try again; if it keeps happening, send /new.

## Background and outfit

style-choose = Choose the background colour. These are the colours the { $document } rules allow:
style-single = Background: { $colour } (the only colour the rules allow).
style-real-background = This document does not allow edited photos, so I keep your real background.
button-outfit-keep = 👕 Keep my clothes
button-outfit-try-men = 👔 For men
button-outfit-try-women = 👚 For women
button-outfit-try-child = 🧒 For a child
outfit-offer = Would you like to see yourself in a suit, a blazer or a shirt? I can show your photo in a few outfits, or you can keep your own clothes.
outfit-making = 👔 Dressing your photo in a few outfits…
outfit-sheet-caption = Your photo in a few outfits (a watermarked preview). Tap the number of the one you like, or keep your own clothes.
outfit-own-clothes = Your own clothes
colour-white = White
colour-near-white = Near white
colour-off-white = Off-white
colour-light-grey = Light grey
colour-grey = Grey
colour-light-blue = Light blue
colour-sky-blue = Sky blue
colour-cream = Cream

## Preview

preview-making = 🎨 Making your preview…
preview-caption = Preview of your { $document } photo (watermarked and smaller than the real file). Adjust it, or get your files.
preview-synthesised-outfit = ⚠️ The clothes in this photo are synthesised: they are drawn in, not photographed.
preview-synthesised-body = ⚠️ Part of this photo is synthesised: the shoulder line was completed where the selfie cut it off.
preview-limit = That is as far as the rules allow.
button-head-higher = ⬆️ Head higher
button-head-lower = ⬇️ Head lower
button-bigger = ➕ Bigger
button-smaller = ➖ Smaller
button-brighter = ☀️ Brighter
button-darker = 🌙 Darker
button-reset = ↩️ Reset
button-get-files = ✅ Looks good: get my files

## Checkout and delivery

checkout-card =
    <b>Your { $document } photo is ready.</b>
    You get the photo file for upload, print sheets and the check report. The preview stays free.
    { $balance ->
        [0] Pay in Telegram Stars ⭐:
        [one] You have 1 credit: use it, or pay in Stars ⭐.
       *[other] You have { $balance } credits: use one, or pay in Stars ⭐.
    }
button-pay-credit = 🎟 Use 1 credit (you have { $balance })
button-buy-document = ⭐ { $stars }: this document
button-buy-family = ⭐ { $stars }: this one + { $credits } more (family)
button-buy-credits_5 = ⭐ { $stars }: { $credits } credits
button-buy-credits_15 = ⭐ { $stars }: { $credits } credits
button-buy-monthly = ⭐ { $stars } / 30 days: { $credits } credits
button-subscribe = ⭐ Subscribe
product-document-title = ID photo files
product-document-description = { $document }: the photo file, print sheets and the check report.
product-family-title = Family pack: +{ $credits ->
        [one] 1 credit
       *[other] { $credits } credits
    }
product-family-description = { $document } now, plus { $credits ->
        [one] 1 credit for one more document.
       *[other] { $credits } credits for { $credits } more documents.
    } Credits never expire.
product-credits_5-title = { $credits } credits
product-credits_5-description = { $credits } credits: each one buys the files of one document. Bought credits never expire.
product-credits_15-title = { $credits } credits
product-credits_15-description = { $credits } credits: each one buys the files of one document. Bought credits never expire.
product-monthly-title = 30-day plan
product-monthly-description = { $credits } credits every 30 days, for studios and frequent users. Plan credits not used within the 30 days expire.
checkout-decline-invalid = This invoice is not valid for your account. Please open the bot and ask for a new one.
checkout-decline-expired = This invoice has expired. Please ask for a new one in the bot.
checkout-decline-price = The price has changed. The bot has sent you an updated invoice.
checkout-decline-state = This order is already paid or closed. Check /history.
checkout-decline-banned = Payments are not available for this account. Please contact /paysupport.
checkout-price-changed = The price has changed since this invoice was made. Here is an updated one:
credits-not-enough = You have no credits left. Please pay in Stars instead.
payment-thanks = Thank you! Payment received ✅
credits-added =
    Thank you! { $credits ->
        [one] 1 credit was added.
       *[other] { $credits } credits were added.
    } Your balance: { $balance }.
subscription-offer = The 30-day plan gives you { $credits } credits every 30 days for { $stars } ⭐. Plan credits not used within the 30 days expire; you can cancel any time in Telegram. Tap to subscribe:
order-failed = You have paid, so nothing is lost: try again, or get your money back.
button-refund = ↩️ Refund me
button-files-again = ⬇️ Files of order #{ $order } again
button-try-again-order = 🔄 Try order #{ $order } again
refund-done =
    { $stars ->
        [0] Refunded: your credit is back on your balance.
       *[other] Refunded: { $stars } ⭐ are on their way back to you.
    }
refund-out-of-spec =
    I measured your finished photo and it does not meet the official rules, so I did not send it and refunded you. { $stars ->
        [0] Your credit is back on your balance.
       *[other] { $stars } ⭐ are on their way back to you.
    } Please try another selfie: face the camera in even light, with some room around your head.
refund-failed = The refund could not be completed right now. Please contact /paysupport; your order is safe.
refund-refused-not_found = I cannot find that order.
refund-refused-not_paid = That order was never paid.
refund-refused-refunded = That order is already refunded.
refund-refused-window = That order is too old for a self-service refund. Please contact /paysupport.
refund-refused-delivered = That order was delivered. If something is wrong with it, please contact /paysupport.
payment-returned-unmatched = This payment does not belong to any of your orders, so I sent it back. Nothing was charged.
payment-returned-double = You had already paid for this order, so I sent the second payment back.
delivery-making = 📦 Making your files…
delivery-photo = Your { $document } photo ({ $size }). Upload this file, or print it.
delivery-sheet = Print sheet. Print it at 100 % (“actual size”), without “fit to page”.
delivery-report = The check report.
delivery-done = Done! ✅ Your files are above. Need a photo for another document? I can make it from the same selfie.
delivery-already = I already sent these files above.
button-another = 📄 Another document, same selfie
button-new-photo = 📷 New photo

## Account

help =
    <b>How it works</b>
    1. Tell me which document the photo is for.
    2. Send a selfie: I check it against the official rules and tell you what to fix.
    3. Choose the background and, if you like, an outfit; look at the preview and adjust it.
    4. Get the photo file, a print sheet and a check report.
    /new: a photo for another document
    /language: change the language
    /privacy: what happens to your photos
    /delete: delete your photos and data now
    /cancel: cancel the current step
    /balance, /buy, /history: credits, orders and your files again
    /referral: invite friends and earn credits
    /paysupport: help with a payment
    /support: talk to a person
privacy =
    <b>Your photos</b>
    • I use your selfie and the face geometry measured from it only to make your ID photo.
    • Only the operator of this bot processes them, on its own servers; they are never shared and never used to train AI.
    • Photos, measurements and finished files are deleted automatically after { $hours } hours.
    • /delete erases your photos, files and conversation at once and withdraws your consent.
    • Questions about your data: /support.
deleted =
    { $count ->
        [0] Deleted: you had no stored photos. Your conversation data is erased too.
        [one] Deleted: 1 file and your conversation data.
       *[other] Deleted: { $count } files and your conversation data.
    }
    Send /start to begin again.
cancelled = Cancelled. Send /new for a photo for another document, or /start to begin again.

## Credits, orders, referrals

balance =
    { $balance ->
        [0] You have no credits.
        [one] You have 1 credit.
       *[other] You have { $balance } credits.
    } One credit buys the files of one document. /buy for more, /referral to earn them.
buy-card = <b>Credits</b>: one credit buys the files of one document. Bought credits never expire.
history-title = <b>Your orders</b>
history-empty = No orders yet.
history-line = #{ $order } · { $date } · { $product } { $document } · { $status } · { $stars ->
        [0] { $credits } credit
       *[other] { $stars } ⭐
    }
order-status-created = awaiting payment
order-status-paid = paid
order-status-delivering = being made
order-status-delivered = delivered
order-status-failed = not delivered yet
order-status-refunded = refunded
order-status-cancelled = cancelled
order-refunded = This order was refunded, so its files are no longer available.
referral-welcome = Welcome! You joined through a friend's link: { $credits ->
        [one] 1 free credit is
       *[other] { $credits } free credits are
    } on your balance.
referral-earned =
    🎉 A friend you invited finished their first order: { $credits ->
        [one] { $credits } credit was
       *[other] { $credits } credits were
    } added to your balance. Your balance: { $balance }.
referral-card =
    <b>Invite friends</b>
    Share your link: { $link }
    A friend who joins through it gets { $invitee ->
        [one] 1 free credit
       *[other] { $invitee } free credits
    }; you get { $inviter ->
        [one] 1 credit
       *[other] { $inviter } credits
    } when their first paid order is done.
    Joined: { $joined } · Credits earned: { $earned }
paysupport =
    <b>Help with a payment</b>
    • Paid but no files? Open /history and tap “Try again” on that order.
    • Want your money back instead? The message that said the delivery failed has a “Refund me” button. It works for { $hours } hours after payment; the Stars go back at once. After that, write to us.
    • If our own check finds that a paid photo does not meet the rules, I do not send it and refund you at once, without you asking.
    • Anything else: write to us here and a person will answer. Telegram support cannot help with purchases made in this bot.

## Support desk

button-support = 🙋 Talk to a person
button-back-to-bot = 🤖 Back to the bot
support-opened = 🙋 A person from our team will answer here soon. Write your question, and send photos or files if they help. The automatic steps wait until you are done.
support-back = 🤖 You are back with the bot. Carry on where you were, or send /new.
support-done = ✅ Our team has finished helping you. You are back with the bot: carry on where you were, or send /new.
support-unavailable = Sorry, talking to a person is not available right now. Please try /paysupport or /help.
support-credited =
    🎁 Our team added { $credits ->
        [one] 1 credit
       *[other] { $credits } credits
    } to your balance. You now have { $balance }.

## Hints and polite refusals

hint-start = Send /start to begin.
hint-buttons = Please use the buttons above, or send /new to start again.
hint-document = Type the country and the document, for example “US passport”.
hint-delivered = Your files are above. Need another document? Tap “Another document” or send /new.
stale-button = This button is no longer active. Please use the latest message.
throttled = You are going a bit fast 🙂 Please wait { $seconds } s and try again.
delivery-delayed = ⏳ Your files are taking longer than usual. You have paid, so nothing is lost: I will send them as soon as they are ready. There is no need to pay again.
delivery-refunded =
    I could not make your files after several tries, so I refunded you. { $stars ->
        [0] Your credit is back on your balance.
       *[other] { $stars } ⭐ are on their way back to you.
    } If you like, talk to a person:
error-temporary = Sorry, something went wrong on my side. Please try that again in a moment. Anything you have paid for is safe: your files will still come.

## Authority rules told before the selfie (issue 15)

unverified-mark = unverified
capture-unverified = { $count ->
        [8] ⚠️ Unverified: no official page we read backs this document's figures; they come from secondary sources. Check with the issuing office before you print.
       *[other] ⚠️ Some figures of this document ({ $count }) are unverified: only secondary sources give them. Check with the issuing office before you print.
    }
capture-glasses-not-recommended = • Better without glasses: the authority recommends taking them off. If you keep them on, the lenses must be clear, with no glare, and the frames must not cover your eyes.
capture-edit-unaltered = • The authority wants an unaltered photo: stand in front of a plain light wall ({ $colours }) so that your own background can be kept. A replaced background may be refused.
capture-edit-office-only = ⚠️ { $document }: the office accepts only photos taken there or sent by a registered photographer, so a photo made here will be refused. { $count ->
        [0] Choose another document if you need a photo for it.
       *[other] Our photo can serve: { $documents }.
    }
document-missing = { $kind ->
        [passport] I don't have the passport of { $country } yet.
        [visa] I don't have the visa of { $country } yet.
        [evisa] I don't have the e-visa of { $country } yet.
        [id_card] I don't have the identity card of { $country } yet.
        [residence_permit] I don't have the residence permit of { $country } yet.
        [driving_licence] I don't have the driving licence of { $country } yet.
       *[other] I don't have this document of { $country } yet.
    } Below are other documents that may help; if none fits, browse by country: the generic sizes are at the end.
preview-edit-unaltered = ⚠️ { $document }: the authority wants an unaltered photo, and this preview has a replaced background. To be safe, retake the selfie in front of a plain light wall ({ $colours }) so I can keep your own background.
style-keep-unaltered = Your own background already meets the { $document } rules. The authority wants an unaltered photo, so keeping it is the safe choice: I only crop and level the photo. You can also have it replaced with an allowed colour ({ $colours }).
style-keep-or-colour = Your own background already meets the { $document } rules: I can keep it (the photo is only cropped and levelled) or replace it with an allowed colour ({ $colours }).
style-wall-not-kept = ⚠️ Your background cannot be kept for { $document }: it is not a plain wall of an allowed colour ({ $colours }), or the photo does not show enough space around you. The authority wants an unaltered photo, and a replaced background may be refused. Safest: retake the selfie in front of a plain light wall. Or have the background replaced anyway.
button-keep-background = ✅ Keep my own background
button-retake-plain-wall = 📷 Retake at a plain wall
button-replace-background = 🎨 Replace with: { $colour }
preview-keep-failed = ⚠️ With this framing your own background does not fill the photo, so it was replaced. To keep it, undo the adjustments or retake the selfie with more space around you.

# The camera guide (Mini App, bot/webapp): its button and the page's texts and live hints.
button-camera-guide = 📷 Open camera guide
webapp-title = Camera guide
webapp-loading = Starting the camera…
webapp-camera-denied = I cannot open the camera. Allow camera access for Telegram, or close this and send a photo in the chat.
webapp-switch = Switch camera
webapp-capture = Take photo
webapp-retake = Retake
webapp-send = Send this photo
webapp-sending = Sending…
webapp-sent = Sent! Go back to the chat: the checks are on their way.
webapp-failed = The photo did not arrive. Try again, or send it in the chat.
webapp-expired = This camera guide has expired. Close it and open it again from the chat.
webapp-consent = Agree to the terms in the chat first, then open the camera guide again.
webapp-slow-down = Too many photos in a row. Wait a minute, then try again.
webapp-too-big = This photo is too large to send. Take it again or send it in the chat.
webapp-hint-no-face = I cannot see your face. Face the camera.
webapp-hint-closer = Come closer
webapp-hint-back = Step back a little
webapp-hint-raise = Raise the phone a little
webapp-hint-lower = Lower the phone a little
webapp-hint-centre = Put your face in the middle of the oval
webapp-hint-straighten = Straighten your head
webapp-hint-look = Look straight into the camera
webapp-hint-light = Find more even light on your face
webapp-hint-dark = Find more light
webapp-hint-glasses = Take your glasses off
webapp-hint-good = Good: hold still
