"""The Exports page: lead files, the ZIP of every manufacturer, the report, backups."""
