"""The Reports page, member statements and the printed directory."""
