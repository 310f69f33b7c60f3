"""What the bot says in the staff group. English only, on purpose: it is our team's working
language and these texts never reach users (the user's side is translated in bot/locales)."""

from __future__ import annotations

STAFF_TEXTS = {
    "card-title": "🧾 <b>User {user_id}</b> · opened by {opened_by} ({reason})",
    "card-lines": (
        "Language: {lang}\nDocument: {document}\nStep: {step}\nChecks: {checks}\n"
        "Balance: {balance} credits\nReferred by: {referred_by} · invited {joined}, earned {earned}\n"
        "Orders:\n{orders}"
    ),
    "card-order": "  #{id} {product} · {status} · {paid}",
    "card-no-orders": "  none",
    "card-selfie": "Last selfie (deleted with the user's photos after the retention period)",
    "help": (
        "Commands in a user's topic: /refund [order], /credit N reason, /reprocess [doc=ID] [bg=NAME] "
        "[outfit=ID|own] [up=N|down=N] [zoom=N], /note text (internal), /done, /ban, /unban.\n"
        "Anything else you write here is sent to the user as the bot."
    ),
    "not-staff": "⛔ Only staff can do this here.",
    "no-user": "ℹ️ This topic belongs to no user (it may have been deleted). Commands work in a user's topic.",
    "blocked": "🚫 The user has blocked the bot: nothing can be delivered to them.",
    "done": "✅ Handed back to the bot (by staff {staff}).",
    "user-left": "↩️ The user went back to the bot.",
    "user-deleted": "🗑 The user deleted their data; this topic goes too.",
    "refunded": "✅ Order #{order} refunded ({what}).",
    "refund-refused": "⚠️ Order #{order} cannot be refunded: {reason}.",
    "refund-failed": "⚠️ Telegram refused the refund of order #{order}; nothing was recorded.",
    "no-order": "⚠️ The user has no paid order to refund.",
    "usage-refund": "Usage: /refund (the latest paid order) or /refund ORDER_NUMBER",
    "credited": "✅ {credits:+d} credits ({reason}). Balance: {balance}.",
    "usage-credit": "Usage: /credit N reason (N may be negative)",
    "reprocessed": "✅ New files sent to the user ({what}).",
    "reprocess-failed": "⚠️ Reprocess failed: {reason}.",
    "usage-reprocess": "Usage: /reprocess [doc=ID] [bg=NAME] [outfit=ID|own] [up=N|down=N] [zoom=N]",
    "noted": "📝 Note kept (never sent to the user).",
    "banned": "⛔ User banned: the bot ignores them and refuses their payments.",
    "unbanned": "✅ User unbanned.",
    "unchanged": "ℹ️ Nothing to change.",
    "not-copied": "ℹ️ That kind of message cannot be sent to the user; write text, a photo or a file.",
}


def staff_text(key: str, **args: object) -> str:
    return STAFF_TEXTS[key].format(**args)
