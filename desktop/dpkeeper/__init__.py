"""Direct Payments Keeper: private, calm record keeping for social-care direct payments."""

__version__ = "0.1.0"
APP_NAME = "Direct Payments Keeper"
