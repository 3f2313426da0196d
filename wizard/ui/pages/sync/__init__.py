"""Step 17: the export-sync switch (page, runner, preview and result views)."""
