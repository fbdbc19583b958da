"""Knowledge graph of Chinese government work reports: build, validate and serve."""

__version__ = "0.1.0"
