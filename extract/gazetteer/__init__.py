"""Indonesian administrative regions: the compiled Kemendagri table, our abbreviation list and lookups."""
