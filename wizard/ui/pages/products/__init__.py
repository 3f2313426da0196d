"""Step 16: the product import (page, runner, report, master list dialog, notices)."""
