"""Steps 12-15: the keys, the install check, the JD.ID login and what was connected."""
