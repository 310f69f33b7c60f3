"""Operations: Prometheus metrics, the /metrics, /healthz and /readyz server, JSON logs.

Why a package of its own outside the bot's layers: the job layer, the services, the handlers and
the wiring all count things, and none of them should have to import another to do it. It imports
nothing of the bot itself (readiness checks are handed to it as callables).
"""
