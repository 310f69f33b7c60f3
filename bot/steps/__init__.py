"""The conversation's steps, one module each, in the order of bot/conversation/flow.md: review,
style, outfit, preview, checkout (delivery is bot/services/delivery.py), plus support and referral.

A step is what happens when the user reaches it: the messages, the session changes, the next
step. Handlers (bot/handlers) only parse an update and call a step; steps call services and the
next step, never a handler. pyproject.toml's import contract keeps it so.
"""
