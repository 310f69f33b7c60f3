"""The idphoto command line (the engine, specs and bot live in their own packages)."""
