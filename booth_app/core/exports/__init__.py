"""Lead exports: rows read, CSV, XLSX and vCard files, one ZIP for every manufacturer."""
