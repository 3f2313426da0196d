"""JD.ID Setup Wizard: connects a JD.ID store to an omnichannel inventory, linked by SKU code."""

__version__ = "0.1.0"
APP_NAME = "JD.ID Setup Wizard"
APP_ID = "jdid-setup-wizard"
