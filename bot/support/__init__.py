"""The support desk: staff step into a user's conversation from a forum supergroup.

desk.py keeps the records (topics, open tickets, relayed messages), staff.py says who is staff,
outbox.py sends to the group within Telegram's per-group limit, card.py writes the context card,
relay.py moves messages and edits both ways. The handlers are bot/handlers/support.py (the user's
side) and bot/handlers/staff.py (the group's side).
"""
