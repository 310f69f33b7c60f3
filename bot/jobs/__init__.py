"""Engine jobs through a taskiq broker: the bot kicks them, a worker (or the bot itself, embedded) runs them.

The payloads are small pydantic models (protocol.py); the pixels never travel through the queue:
selfies and results are files in the shared PhotoStore, addressed by key.
"""
