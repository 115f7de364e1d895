"""The package version (one place; the facade and generated headers read it)."""

__version__ = "0.1.0"
