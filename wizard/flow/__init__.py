"""What the wizard is, without Qt: the table of steps and where the seller is."""
