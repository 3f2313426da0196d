"""Talking to one JD.ID store, without Qt: which store, connecting it, its credentials."""
