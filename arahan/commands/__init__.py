"""One module per user-facing area; each exposes `register(app)` to add its commands.

Commands wire user tasks to the domain packages and hold no domain logic themselves.
"""
