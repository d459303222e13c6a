"""The pavilion results report for the ministry: figures, charts, pages."""
